// Groups that are everyone a count of people names (data/claims/whole-groups.json).
// The people of the scene, named by what they were doing there (70 مصليا in a
// mosque bombing, 32 راكبا of a ferry, 85 مدعوا at a wedding), are the people
// the incident befell: its whole toll, told by another outlet as «63 قتيلا».
// So are workers where their sentence names their workplace (انهيار منجم),
// migrants where it names their boat (غرق مركب), and the people a measure
// itself implies (توقيف 38 متهما is اعتقال 38 شخصا).
// A demographic or an affiliation (children, police, a nationality) is a part
// of the toll or another side, and is not listed. A scene noun coordinated with
// other people (15 راكبا والسائق) is one item of a list, not the whole.

import data from '../data/claims/whole-groups.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { GROUP_PARENT, GROUPS, isTransparent, longestAt, measureInfo, MEASURE_AFTER, MEASURE_BEFORE, type Phrase } from './lexicon.js';
import { stemOf } from './noun-stem.js';
import { namesPeople, nounGroupKey } from './synonyms.js';
import type { GroupHit } from './group.js';
import type { FigureAt, Scan } from './scan.js';

const D = data as unknown as { scene: string[]; sited: { groups: string[]; sites: string[] }[]; sides: { groups: string[]; fights: string[] }[]; companions: string[]; ofMeasure: Record<string, string[]>; notAmong: string[] };

/** A listed group by its name, else a noun keyed as a counted noun is (مصليا، المصلين → noun:مصل). */
function keyOf(word: string): string {
  return GROUP_PARENT.has(word) ? word : nounGroupKey([stemOf(normalize(word))]);
}

const phrases = (list: string[]): Phrase<true>[] =>
  list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: true as const })).sort((a, b) => b.words.length - a.words.length);

/** The keys of the scene's people: every count of people names them all. */
export const SCENE_GROUPS = new Set(D.scene.map(keyOf));
/** People of the scene only where their sentence names the site: each group's sites. */
const SITES = new Map<string, Phrase<true>[]>();
for (const e of D.sited) for (const g of e.groups) SITES.set(keyOf(g), phrases(e.sites));
/** Scene people who are one side of a fight their sentence names: each group's words of a fight. */
const FIGHTS = new Map<string, Phrase<true>[]>();
for (const e of D.sides) for (const g of e.groups) FIGHTS.set(keyOf(g), phrases(e.fights));
const COMPANIONS = phrases(D.companions);
const NOT_AMONG = new Set(D.notAmong);
const OF_MEASURE = new Map(Object.entries(D.ofMeasure).map(([m, words]) => [m, new Set(words.map(keyOf))]));

/** Does the figure's sentence name one of the words (a site: منجم، مركب; a fight: مواجهات)? */
function namesSite(scan: Scan, f: FigureAt, sites: Phrase<true>[]): boolean {
  for (let i = f.sentence.first; i <= f.sentence.last && i < scan.ctx.tokens.length; i++) if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, sites)) return true;
  return false;
}

/**
 * Is the group's noun coordinated with other people right after it (15 راكبا
 * والسائق، 30 مريضا وممرضتان، 12 حاجا وعاملان): a companion, a listed group or a
 * noun that names people, written with و. A measure word (وإصابة 20) starts
 * the next count and ends no list.
 */
function coordinatedWithPeople(scan: Scan, f: FigureAt, group: GroupHit): boolean {
  const { ctx } = scan;
  const from = group.token !== undefined && group.token >= 0 && group.token > f.last ? group.token + 1 : f.last + 1;
  // up to two words on: the noun's adjective may stand between (18 معتمرا مصريا والسائق)
  for (let i = from, words = 0; i <= f.sentence.last && i < ctx.tokens.length && words < 3; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = ctx.tokens[i]!;
    if (t.type !== 'word') return false;
    words++;
    if (!t.norm.startsWith('و') || t.norm.length < 3) continue;
    if (scan.figureOf[i]! >= 0 || longestAt(ctx, i, MEASURE_BEFORE) || longestAt(ctx, i, MEASURE_AFTER)) return false;
    if (longestAt(ctx, i, COMPANIONS) || longestAt(ctx, i, GROUPS)) return true;
    const rest = t.norm.slice(1);
    return namesPeople(nounGroupKey([stemOf(rest)]), rest);
  }
  return false;
}

/**
 * Is the group of a count of people everyone the count names: the people of
 * the scene, people at a site the sentence names, or the people the
 * measure implies? `listed`: the figure is an item of a list of counts of
 * one measure (15 راكبا و3 من أفراد الطاقم), never the whole.
 */
export function countsEveryone(scan: Scan, f: FigureAt, measure: string, group: GroupHit, listed: boolean): boolean {
  if (group.members || listed) return false;
  const g = group.group;
  const own = OF_MEASURE.get(measure)?.has(g) ?? false;
  if (!own && !measureInfo(measure).people) return false;
  const sites = SITES.get(g);
  if (!own && !SCENE_GROUPS.has(g) && !(sites && namesSite(scan, f, sites))) return false;
  const fights = own ? undefined : FIGHTS.get(g);
  if (fights && namesSite(scan, f, fights)) return false;
  return !coordinatedWithPeople(scan, f, group);
}

/** Is the group never among a scene's people (the police at a protest): no part of a whole read from them (story/compare.ts)? */
export function neverAmongScene(ancestry: string[]): boolean {
  return ancestry.some((g) => NOT_AMONG.has(g));
}
