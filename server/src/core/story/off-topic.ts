// Which articles of a story folder tell of another event. A folder is what a
// search returned for one event, and holds pages about other events of the
// same weeks and places. An article is set apart when its event signature
// (story/event-signature.ts) agrees with the rest of the folder on nothing:
// its places are not the others' (cosine of their place weights, a town
// counting for its province too), no figure it counts is counted by another
// article of a country it names too (nor of a province its own clause sets
// the figure in), and its date line (every date of its
// header) is far from theirs. Narrower cases need no far date: an article set
// in towns or provinces of its own, none of which another article names,
// with places barely like the rest's (another city's fire of the same week);
// one that names none of the others' towns or provinces and is dated apart
// from the day the others agree on (a protest in the capital four days
// earlier); one set in another province than most others, or another town
// of theirs on another day (story/other-scene.ts); one of another kind of
// incident dated before them all (story/other-kind.ts). A timeline or a log
// of many days (it names dozens of dates) is no one event's report at all.
// A count another article gives only to recall this article's event (an
// earlier incident elsewhere, story/recall.ts) does not tie the two. A line
// whose figures no clause places, of the story's kind or none, may be the
// story's own said in the capital: it is not set apart for the place it
// names unless it is dated before the story. Its figures are then
// not compared with the story's (story-index.ts): a hint says why, no warning.
// Linear in the articles and their places: the rest of the folder is the
// folder's sum less the article.

import settings from '../data/story/off-topic.json' with { type: 'json' };
import type { EventSignature } from './event-signature.js';
import { FolderScenes, otherScene } from './other-scene.js';
import { FolderKinds, otherKind, sharesKind } from './other-kind.js';
import { recallsAt, recallsWith } from './recall.js';

export interface OffTopic {
  /** Cosine of its places with the rest of the folder's (0–1). */
  similarity: number;
  /** Its date line lies farther than farDays from every other article's, while others agree with each other. */
  otherDate: boolean;
  /** Set when it is set in a province (or a town) of its own and names none of the one most others are set in: its place's name… */
  setIn?: string;
  /** …and the others' (story/other-scene.ts). */
  othersIn?: string;
  /** Set when its figures are of another kind of incident than most others' and it is dated before them: its kind… */
  kind?: string;
  /** …and theirs (story/other-kind.ts). */
  othersKind?: string;
  /** Set when it names so many dates that it is a timeline or a log of many days: how many. */
  dates?: number;
}

export const FAR_DAYS: number = settings.farDays;

/** Can a folder of this many articles have a majority to set an article apart from (not too few, not an archive)? */
export function hasMajority(articles: number): boolean {
  return articles >= settings.minArticles && articles <= settings.maxArticles;
}

/** The off-topic articles of a folder, with why; empty when the folder is too small or an archive. */
export function offTopicArticles(docs: ReadonlyMap<string, EventSignature>): Map<string, OffTopic> {
  const out = new Map<string, OffTopic>();
  if (!hasMajority(docs.size)) return out;
  const total = new Map<string, number>();
  const figureDocs = new Map<string, string[]>();
  const countries = new Map<string, string[]>();
  const days: number[] = [];
  for (const [id, s] of docs) {
    for (let i = 0; i < s.areas.length; i++) total.set(s.areas[i]!, (total.get(s.areas[i]!) ?? 0) + s.weights[i]!);
    for (const f of s.figures) {
      const ids = figureDocs.get(f);
      if (ids) ids.push(id);
      else figureDocs.set(f, [id]);
    }
    countries.set(id, s.areas.filter((a) => a.startsWith('iso3166:')));
    if (s.day !== null) days.push(s.day);
  }
  days.sort((a, b) => a - b);
  const provinces = new FolderScenes();
  const towns = new FolderScenes();
  const unknownDocs = new Map<string, number>();
  // a name one article at least reads as a place in its text: a claim's «في بيان» alone is no place
  const readAsPlace = new Set<string>();
  const kinds = new FolderKinds();
  for (const s of docs.values()) {
    kinds.add(s.kinds);
    provinces.add(s.provinces, s.day, s.claimScenes.provinces);
    towns.add(s.towns, s.day, s.claimScenes.towns);
    for (const k of s.unknown) unknownDocs.set(k, (unknownDocs.get(k) ?? 0) + 1);
    for (const k of s.unknownPlaces) readAsPlace.add(k);
  }
  // every article's header dates, by day: an article is near another when any of its dates is near any of the other's
  const stamps: { day: number; id: string }[] = [];
  for (const [id, s] of docs) for (const d of s.headerDays) stamps.push({ day: d, id });
  stamps.sort((a, b) => a.day - b.day);
  let totalNorm2 = 0;
  for (const t of total.values()) totalNorm2 += t * t;
  for (const [id, s] of docs) {
    if (!s.areas.length) continue; // names no place: nothing to tell it by
    // a timeline or a log of many days (a weekly bulletin, a chronology of a war): no one event's report, whatever figure it shares
    if (s.dates >= settings.logDates) {
      out.set(id, { similarity: Math.round(cosineWithRest(s, total, totalNorm2) * 100) / 100, otherDate: false, dates: s.dates });
      continue;
    }
    // a figure another article counts too is one event's, unless the two are set in no country in common (3 killed in two countries)
    // nor when its clause sets the figure in a province the other article never names (the same 8 killed in two cities)
    const mine = countries.get(id)!;
    // nor when the other article only recalls this one's event (story/recall.ts)
    const common = (other: string, n: number, at: readonly string[]) => {
      const theirs = countries.get(other)!;
      if (mine.length && theirs.length && !theirs.some((c) => mine.includes(c))) return false;
      if (recallsWith(docs.get(other)!, s, n)) return false;
      const where = docs.get(other)!.provinces.ids;
      return !at.length || !where.length || at.some((p) => where.includes(p));
    };
    if (s.figures.some((f, i) => figureDocs.get(f)!.some((other) => other !== id && common(other, i, s.figureProvinces[i]!)))) continue;
    const similarity = cosineWithRest(s, total, totalNorm2);
    const near = s.day !== null && (daysWithin(days, s.day, settings.farDays) > 1 || nearAnother(stamps, id, s.headerDays, settings.farDays)); // itself and another
    const otherDate = s.day !== null && !near && othersAgree(days, s.day, settings.farDays);
    const own = localPlaces(s, total);
    // towns of its own that no other article names, and places barely like the rest's: another city's event
    const elsewhere = own.named && !own.shared && similarity < settings.elsewhereSimilarity;
    // dated apart: no other article's date line within a day of its own, nor any header date of theirs within a day of one of its own
    const apart = s.day !== null && daysWithin(days, s.day, settings.apartDays - 1) === 1 && !nearAnother(stamps, id, s.headerDays, settings.apartDays - 1);
    // none of the others' towns, and a date line apart from the day the others agree on: another day's event
    const otherDay = !own.shared && apart && othersAgree(days, s.day!, settings.sameDays);
    const rounded = Math.round(similarity * 100) / 100;
    if ((otherDate && similarity < settings.farSimilarity) || (!near && similarity < settings.lowSimilarity) || elsewhere || (otherDay && similarity < settings.farSimilarity)) {
      out.set(id, { similarity: rounded, otherDate: otherDate || otherDay });
      continue;
    }
    // another place's event (story/other-scene.ts): unless a name it reads as an unknown place is another article's too
    if (s.unknown.some((k) => unknownDocs.get(k)! > 1 && readAsPlace.has(k))) continue;
    // dated before every other article (two days at least): the others' place named once in passing does not join it
    const before = apart && days.every((d) => d === s.day || d - s.day! >= settings.apartDays);
    // none of its figures set at a place, and of no kind of incident but the others': a line from the capital on the story's
    // days or after («the minister said in the capital that 9 died in the fire») may be the story's own, whatever place it names;
    // dated before the story, it cannot tell of it
    if (!before && !s.placed && (!s.kinds.length || sharesKind(s.kinds, kinds))) continue;
    // the other articles that set figures at a place of its own only to recall its event
    const recalled = (place: string) => {
      let n = 0;
      for (const [other, o] of docs) if (other !== id && recallsAt(o, s, place)) n++;
      return n;
    };
    const province = otherScene(s.provinces, s.claimScenes.provinces, s.day, docs.size, provinces, false, recalled) ?? (before ? otherScene(s.provinces, s.claimScenes.provinces, s.day, docs.size, provinces, true, recalled) : null);
    if (province) {
      out.set(id, { similarity: rounded, otherDate: false, ...province });
      continue;
    }
    // two towns of one province: another event only on another day, dated apart from every other article
    const town = apart ? otherScene(s.towns, s.claimScenes.towns, s.day, docs.size, towns) : null;
    if (town) {
      out.set(id, { similarity: rounded, otherDate: true, ...town });
      continue;
    }
    // another kind of incident, dated before every report of the story (story/other-kind.ts)
    const kind = before ? otherKind(s.kinds, kinds) : null;
    if (kind) out.set(id, { similarity: rounded, otherDate: true, ...kind });
  }
  return out;
}

/** Does the article name a town or a province (a place below a country), and does another article name one of them? */
function localPlaces(s: EventSignature, total: Map<string, number>): { named: boolean; shared: boolean } {
  let named = false;
  for (let i = 0; i < s.areas.length; i++) {
    if (!s.local[i]) continue;
    named = true;
    if (total.get(s.areas[i]!)! - s.weights[i]! > 1e-9) return { named, shared: true };
  }
  return { named, shared: false };
}

/** Cosine of the article's place weights with the folder's sum less the article's own. */
function cosineWithRest(s: EventSignature, total: Map<string, number>, totalNorm2: number): number {
  // |total − s|² = |total|² − Σ (2·t·w − w²) over the article's own places
  let dot = 0;
  let norm = totalNorm2;
  for (let i = 0; i < s.areas.length; i++) {
    const t = total.get(s.areas[i]!)!;
    const w = s.weights[i]!;
    const rest = t - w;
    norm -= t * t - (rest > 1e-9 ? rest * rest : 0);
    if (rest > 1e-9) dot += w * rest;
  }
  return norm > 1e-12 ? dot / Math.sqrt(norm) : 0;
}

/** Does another article name a header date within `far` days of one of these? (Sorted stamps, searched by halves.) */
function nearAnother(stamps: readonly { day: number; id: string }[], id: string, own: readonly number[], far: number): boolean {
  for (const d of own) {
    let lo = 0;
    let hi = stamps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stamps[mid]!.day < d - far) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < stamps.length && stamps[i]!.day <= d + far; i++) if (stamps[i]!.id !== id) return true;
  }
  return false;
}

/** How many of the sorted days lie within `far` of `day` (itself included when it is among them). */
function daysWithin(days: number[], day: number, far: number): number {
  let n = 0;
  for (const d of days) if (Math.abs(d - day) <= far) n++;
  return n;
}

/** Do two of the other articles' days (the article's own left out once) lie within `within` days of each other? */
function othersAgree(days: number[], own: number, within: number): boolean {
  const rest = [...days];
  rest.splice(rest.indexOf(own), 1);
  for (let i = 1; i < rest.length; i++) if (rest[i]! - rest[i - 1]! <= within) return true;
  return false;
}
