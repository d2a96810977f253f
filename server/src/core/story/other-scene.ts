// Another place's event in a story folder: the province (or the town) most of
// the folder's articles are set in is named nowhere in the article, which is
// set in one of its own: named again and again (its dateline, headline and
// paragraphs), not once in passing as a capital or a distance is. The story's
// articles may name its city once («270 km south of the capital», «a minister
// said in the capital»): that is why a place named by one other article does
// not join it to the story. A name it reads as a place that the gazetteer
// does not know (a prison, a village), and another article names too, may be
// the story's own place: then it stays. Two provinces are two places at once;
// two towns of one province are another event only on another day (a next
// day's report may come from the next town). The caller (off-topic.ts)
// checks first that it counts none of the others' figures.

import type { Gazetteer } from '../places/gazetteer.js';
import type { Claim, Place } from '../types.js';
import { provinceOf } from '../claims/setting.js';
import settings from '../data/story/off-topic.json' with { type: 'json' };

/** Where an article is set at one level (provinces, or towns below them): plain arrays, as the signature's. */
export interface Scene {
  /** Gazetteer ids, distinct… */
  ids: string[];
  /** …how often the article names a place in each… */
  mentions: number[];
  /** …each one's name, for the hint… */
  names: string[];
  /** …and the province each lies in (itself, for a province). */
  within: string[];
}

/** The provinces and towns its own claims' clauses set them in (their event areas; not another incident's): plain id lists. */
export function claimScenesOf(gazetteer: Gazetteer, claims: readonly Claim[], ignored: ReadonlySet<string>): { provinces: string[]; towns: string[] } {
  const provinces = new Set<string>();
  const towns = new Set<string>();
  for (const c of claims) {
    // placed by its own clause (not only by its sentence's place: «… إلى 5 قتلى، وقال مسؤول في أ»)
    if (ignored.has(c.measure) || !c.event || c.event.startsWith('~') || !c.area) continue;
    for (const id of c.area) {
      if (id.startsWith('iso3166:')) break;
      const e = gazetteer.get(id);
      if (!e) continue;
      // the region a province lies in (الصعيد above أسيوط) is no scene of its own
      if (e.type === 'region' && id !== c.area[0]) break;
      if (provinceOf(gazetteer, id) === id) provinces.add(id);
      else {
        towns.add(id);
        const province = provinceOf(gazetteer, id);
        if (province) provinces.add(province);
      }
    }
  }
  return { provinces: [...provinces], towns: [...towns] };
}

/** Kinds of place that lie in no one province: a river, a mountain range, a region across borders. */
const UNPLACED = new Set(['region', 'river', 'mountain']);

/** The provinces (first-level divisions) and the towns below them that the article's places lie in or are. */
export function scenesOf(gazetteer: Gazetteer, places: readonly Place[]): { provinces: Scene; towns: Scene } {
  const provinces = new Tally();
  const towns = new Tally();
  for (const p of places) {
    if (!p.id || UNPLACED.has(p.type)) continue;
    const province = provinceOf(gazetteer, p.id);
    if (!province) continue;
    // a division the gazetteer names only in English: the place named in it
    provinces.add(province, gazetteer.get(province)?.ar ?? (p.name || p.text), province);
    // the place and what contains it below its province: a quarter counts for its city
    for (let id: string | null = p.id, k = 0; id && id !== province && !id.startsWith('iso3166:') && k < 10; k++) {
      const e = gazetteer.get(id);
      towns.add(id, e?.ar ?? (p.name || p.text), province);
      id = e?.parent ?? null;
    }
  }
  return { provinces: provinces.scene(), towns: towns.scene() };
}

class Tally {
  private n = new Map<string, number>();
  private name = new Map<string, string>();
  private within = new Map<string, string>();
  add(id: string, name: string, within: string): void {
    this.n.set(id, (this.n.get(id) ?? 0) + 1);
    if (!this.name.has(id)) this.name.set(id, name);
    this.within.set(id, within);
  }
  scene(): Scene {
    const ids = [...this.n.keys()];
    return { ids, mentions: ids.map((id) => this.n.get(id)!), names: ids.map((id) => this.name.get(id)!), within: ids.map((id) => this.within.get(id)!) };
  }
}

/** A folder's places at one level: how many articles name each, the date lines' days of those that do, their names. */
export class FolderScenes {
  readonly docs = new Map<string, number>();
  readonly days = new Map<string, number[]>();
  readonly names = new Map<string, string>();
  readonly within = new Map<string, string>();
  /** How many articles set a figure of theirs at each place. */
  readonly claimed = new Map<string, number>();
  private wide: [string, number][] | null = null;
  /** The places that most of any article's others may name (named by two articles at least, and by half the folder less one): few, found once. */
  widest(articles: number): [string, number][] {
    if (!this.wide) this.wide = [...this.docs].filter(([, n]) => n >= 2 && 2 * n > articles - 1);
    return this.wide;
  }
  add(scene: Scene, day: number | null, claimed: readonly string[]): void {
    for (const id of claimed) this.claimed.set(id, (this.claimed.get(id) ?? 0) + 1);
    for (let i = 0; i < scene.ids.length; i++) {
      const id = scene.ids[i]!;
      this.docs.set(id, (this.docs.get(id) ?? 0) + 1);
      this.names.set(id, scene.names[i]!);
      this.within.set(id, scene.within[i]!);
      if (day === null) continue;
      const d = this.days.get(id);
      if (d) d.push(day);
      else this.days.set(id, [day]);
    }
  }
}

/**
 * Is the article set at a place of its own at this level, naming none of the
 * place most of the others (two at least, two of them dated a day apart at
 * most: one event's reports) are set at, on none of their days? Its place's
 * name and theirs, or null.
 * Its own place is no part of the story's scene: it names no place most of
 * the others name (a flood's second province, named by all), and none of
 * them sets a figure at its place.
 * `claimed`: the places its own figures are set at. `passing`: the article is
 * dated before every report of the others, and may name their place once in
 * passing («a like accident in أ last year») so long as none of its figures is
 * set there. `recalled`: how many other articles set figures at a place only
 * to recall this article's event (story/recall.ts).
 */
export function otherScene(scene: Scene, claimed: readonly string[], day: number | null, articles: number, folder: FolderScenes, passing = false, recalled: (place: string) => number = () => 0): { setIn: string; othersIn: string } | null {
  // dated on none of the days the others' reports are: a report of the story's day from the capital may never name the story's place
  if (day === null) return null;
  let own = -1;
  for (let i = 0; i < scene.ids.length; i++) if (scene.mentions[i]! >= settings.ownMentions && (own < 0 || scene.mentions[i]! > scene.mentions[own]!)) own = i;
  if (own < 0) return null;
  const ownId = scene.ids[own]!;
  const mineClaimed = new Set(claimed);
  // at the town level one other article's figure set in the next town is often its hospital's («نقلوا إلى مستشفى ب»): two are needed
  const town = scene.within[own] !== ownId;
  // an article that sets figures there only to recall this one's event (story/recall.ts) does not count
  const claimedThere = (folder.claimed.get(ownId) ?? 0) - (mineClaimed.has(ownId) ? 1 : 0);
  if (claimedThere >= (town ? 2 : 1) && claimedThere - (town ? 0 : recalled(ownId)) >= (town ? 2 : 1)) return null;
  const named = new Set(scene.ids);
  const mine = new Set<string>();
  for (let i = 0; i < scene.ids.length; i++) if (!passing || scene.mentions[i]! > settings.passingMentions || mineClaimed.has(scene.ids[i]!)) mine.add(scene.ids[i]!);
  // its figures set at a place of its own
  if (passing && !mineClaimed.has(ownId)) return null;
  let home = '';
  let most = 0;
  // the articles that name its own place only to recall its event are not the story's naming it
  const recallers = town ? 0 : recalled(ownId);
  for (const [p, n] of folder.widest(articles)) {
    const others = n - (named.has(p) ? 1 : 0) - (p === ownId ? recallers : 0);
    const majority = others >= 2 && 2 * others > articles - 1;
    if (mine.has(p) && majority) return null; // it names the place the others are set at
    if (!mine.has(p) && majority && others > most) {
      most = others;
      home = p;
    }
  }
  if (!home) return null;
  // at the town level, a town of the others' province: a place misread far away («كم مرة» as a Spanish town) is no scene of its own
  if (town && folder.within.get(home) !== scene.within[own]) return null;
  const days = [...(folder.days.get(home) ?? [])].sort((a, b) => a - b);
  if (named.has(home)) days.splice(days.indexOf(day), 1); // named in passing: its own day is not one of theirs
  if (days.includes(day)) return null;
  let agree = false;
  for (let i = 1; i < days.length; i++) if (days[i]! - days[i - 1]! <= settings.sameDays) agree = true;
  return agree ? { setIn: scene.names[own]!, othersIn: folder.names.get(home)! } : null;
}
