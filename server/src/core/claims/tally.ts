// Counted nouns of any kind (issue 13, open classes): a figure followed by
// its counted noun (tamyiz) is a count of that noun, whatever the noun: «خمس
// طبقات», «22 عائلة», «تقل 38 راكبا». The noun is keyed by its lemma (the
// groups list, else its stem, so طبقة / طبقات and مسكن / مسكنا are one), and
// a state said right after it («منزل تضرر», «أسرة نزحت», «محتجا نقلوا إلى
// المستشفى») is part of what is counted: a known measure becomes the
// measure, another state (data/claims/tally.json) another group. Counts of
// one noun are compared only with counts of the same noun and state.

import tallyData from '../data/claims/tally.json' with { type: 'json' };
import unitsData from '../data/figures/units.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { GroupHit } from './group.js';
import { EVENT_NOUNS, GENERIC, GROUP_PARENT, GROUPS, INCIDENTS, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, NOUN_STOPS, PARTICLES, PART_OF, type Phrase } from './lexicon.js';
import { stemOf, withoutPronoun } from './noun-stem.js';
import { feminineAccusative, takesPlainNoun } from './bare.js';
import { nounGroupKey } from './synonyms.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';
import { isCoordinated, phraseBefore } from './measure.js';
import { inflect, verbalNouns, type VerbModel } from '../lexicon/verbs.js';

const T = tallyData as unknown as { negations: string[]; stateWords: number; states: Record<string, string[]>; statesBefore: Record<string, VerbModel[]>; beforeWords: number; presence: string[]; things: string[]; notCounted: string[]; households: string[] };
const STATES: Phrase<string>[] = Object.entries(T.states)
  .flatMap(([key, list]) => list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: key })))
  .sort((a, b) => b.words.length - a.words.length);
// عالجت الفرق 2764 حاجا، إسعاف 40 شخصا: a state's verbs before the figure, by root and form, with their verbal nouns
const STATES_BEFORE: Phrase<string>[] = Object.entries(T.statesBefore)
  .flatMap(([key, verbs]) => verbs.flatMap((v) => [...inflect(v).filter((f) => f.person === 'third' && f.kind !== 'participle').map((f) => f.form), ...verbalNouns(v)].map((w) => ({ words: [normalize(w)], value: key }))))
  .sort((a, b) => b.words.length - a.words.length);
const PRESENCE = new Set(T.presence);
const NEGATIONS = new Set(T.negations.map(normalize));
const THINGS = new Set(T.things);
const HOUSEHOLDS = new Set(T.households);

// units (كيلومتر، ساعة، دولار) and words that measure rather than count (درجة، ملم): their figures are
// measures (claims/unit-claim.ts, the figures' units), never a count of a noun; by stem
let NOT_COUNTED: Set<string> | null = null;
function isUnitWord(norm: string): boolean {
  if (!NOT_COUNTED) {
    NOT_COUNTED = new Set();
    const U = unitsData as unknown as { units: Record<string, { singular: string[]; forms: string[] }> };
    for (const u of Object.values(U.units)) for (const w of [...u.singular, ...u.forms, ...T.notCounted]) if (!w.includes(' ')) NOT_COUNTED.add(stemOf(normalize(w)));
  }
  return NOT_COUNTED.has(stemOf(norm));
}

/** The measure of a plain count of a noun of things or people (no state said). */
export const TALLY = 'tally';

/** The measure of a count of a noun in a state of no measure list (tally:hospital). */
export function stateMeasure(state: string): string {
  return `${TALLY}:${state}`;
}

export function isTally(measure: string): boolean {
  return measure === TALLY || measure.startsWith(`${TALLY}:`);
}

// each single word of the groups list by its stem: مسكنا, مساكن's listed forms and منزلا name one group
let GROUP_OF_STEM: Map<string, string> | null = null;
function groupOfStem(stem: string): string | undefined {
  if (!GROUP_OF_STEM) {
    GROUP_OF_STEM = new Map();
    for (const p of GROUPS) if (p.words.length === 1 && !p.words[0]!.endsWith('*')) {
      const s = stemOf(p.words[0]!);
      if (!GROUP_OF_STEM.has(s)) GROUP_OF_STEM.set(s, p.value);
    }
  }
  return GROUP_OF_STEM.get(stem);
}

function next(scan: Scan, from: number, f: FigureAt): number {
  for (let i = from; i <= f.sentence.last && i < scan.ctx.tokens.length; i++) if (!isTransparent(scan.ctx, i)) return i;
  return -1;
}

/** The counted noun right after the figure (its own counted word first), or -1: a word, not a figure, place, particle or measure word. */
function countedNoun(scan: Scan, f: FigureAt): number {
  const toks = scan.ctx.tokens;
  let i = next(scan, f.last + 1, f);
  // a tanween alif the page split off the number's word (عنصر ا)
  if (i >= 0 && toks[i]!.norm === 'ا') i = next(scan, i + 1, f);
  if (i < 0) return -1;
  const t = toks[i]!;
  if (t.type !== 'word' || scan.figureOf[i]! >= 0 || scan.placeOf[i]! >= 0 || normalize(t.text).length < 3) return -1;
  const { ctx } = scan;
  if (longestAt(ctx, i, NOUN_STOPS) || longestAt(ctx, i, PARTICLES) || longestAt(ctx, i, GENERIC) || longestAt(ctx, i, PART_OF)) return -1;
  if (longestAt(ctx, i, MEASURE_AFTER) || longestAt(ctx, i, MEASURE_BEFORE)) return -1;
  if (isUnitWord(t.norm)) return -1;
  // 14 هزة ارتدادية، 9 حوادث سير: a count of incidents is a series over time, not a figure of one event
  if (longestAt(ctx, i, INCIDENTS) || longestAt(ctx, i, EVENT_NOUNS)) return -1;
  // a proclitic (بقصف، وإصابة) makes a phrase or the next item, not the counted noun
  if (/^[وبلفك]/.test(t.norm) && !longestAt(ctx, i, GROUPS)) return -1;
  return i;
}

/** The lemma key of the counted noun at i: a listed group (longest phrase: سيارة إطفاء), else its stem's group or set. */
function nounKey(scan: Scan, i: number, f: FigureAt): { group: string; end: number } {
  const g = longestAt(scan.ctx, i, GROUPS, Math.min(f.sentence.last + 1, scan.ctx.tokens.length));
  if (g) return { group: g.value, end: g.end };
  const stem = stemOf(scan.ctx.tokens[i]!.norm);
  return { group: groupOfStem(stem) ?? nounGroupKey([stem]), end: i + 1 };
}

/**
 * The state said after the counted noun, within its clause: a measure word
 * (تضرر، نزحت: first word; متضررا، بلا مأوى: any of the first three) or a
 * state phrase of the data (نقلوا إلى المستشفى، مهدد بالانهيار); null for none.
 */
function stateAfter(scan: Scan, from: number, f: FigureAt): { measure?: string; state?: string } | null {
  const toks = scan.ctx.tokens;
  let quoted = false;
  for (let i = from, words = 0; i <= f.sentence.last && i < toks.length && words < T.stateWords; i++) {
    if (isTransparent(scan.ctx, i)) {
      quoted ||= toks[i]!.type !== 'space';
      continue;
    }
    if (isClauseBreak(scan, i) || toks[i]!.type !== 'word' || scan.figureOf[i]! >= 0) return null;
    const s = longestAt(scan.ctx, i, STATES);
    if (s) return { state: s.value };
    // 90 مكتب تصويت لم تفتح: what did not happen, by the verb without its imperfect prefix
    if (NEGATIONS.has(toks[i]!.norm)) {
      const v = next(scan, i + 1, f);
      return v >= 0 && toks[v]!.type === 'word' && scan.figureOf[v]! < 0 ? { state: `not:${toks[v]!.norm.replace(/^[يتن](?=...)/, '')}` } : null;
    }
    // 1200 خيمة للنازحين: «لل» makes the measure's noun the things' owner, not their state
    if (words < 3 && !toks[i]!.norm.startsWith('لل')) {
      const a = longestAt(scan.ctx, i, MEASURE_AFTER);
      // في 4 أقاليم ووفاة 3 أشخاص: و + a measure noun starts the next count, as after the figure (measure.ts)
      if (a && isCoordinated(toks[i]!.norm)) return null;
      if (a) return { measure: a.value };
    }
    // the verb agreeing with the noun (1200 أسرة نزحت، 600 منزل تضرر); و before it starts the next count
    // (a quote opening after the noun starts someone's words: المؤلف من خمس طبقات "انهار دفعة واحدة" tells of the building)
    // (تقل 43 راكبا أنقذ منهم 27: a verb followed by «منهم» tells of the part the next figure counts, not of the noun)
    if (words === 0 && !quoted && !/^(و|لل)/.test(toks[i]!.norm)) {
      const b = longestAt(scan.ctx, i, MEASURE_BEFORE);
      if (b) return ofThemAt(scan, b.end, f) ? null : { measure: b.value };
    }
    words++;
  }
  return null;
}

/** Does «منهم», «بينهم» (a part of the noun before) stand at token i or after the spaces there? */
function ofThemAt(scan: Scan, i: number, f: FigureAt): boolean {
  const j = next(scan, i, f);
  return j >= 0 && scan.ctx.tokens[j]!.type === 'word' && longestAt(scan.ctx, j, PART_OF) !== null;
}

export interface Tally {
  /** A measure of the lists (damaged, displaced), tally, or tally:<state>. */
  measure: string;
  group: GroupHit;
}

/**
 * The figure as a count of its counted noun, or null when no noun follows.
 * `measure`: what its clause said already (a verb before it: دمرت نحو 1400
 * منزل); a state after the noun says it otherwise.
 */
export function tallyOf(scan: Scan, f: FigureAt, measure: string | null): Tally | null {
  // a count is whole (4 . 8 درجات is a measure the web spaced out)
  if (f.figure.kind !== 'count' || f.figure.unit || !Number.isInteger(f.figure.min)) return null;
  const i = countedNoun(scan, f);
  if (i < 0) return null;
  const key = nounKey(scan, i, f);
  // people of the toll's lists and nationalities (9 مسلحين، 44 سوريا) are the tolls' to read: a count of them with
  // no measure says how many there are somewhere, seldom the event's figure
  if (key.group.startsWith('nationality:') || (GROUP_PARENT.has(key.group) && !THINGS.has(key.group) && !HOUSEHOLDS.has(key.group))) return null;
  // a noun of no list must read as the number's noun: the figures' own counted word, an accusative or plural
  // ending (38 راكبا), or a plain plural after 3 to 10 (خمس طبقات); never a word with a pronoun on it (نفذته)
  // (a state said after it marks it as the counted noun too: أكثر من 90 مكتب تصويت لم تفتح, the web's singular)
  const before = measure ? null : phraseBefore(scan, f, STATES_BEFORE, T.beforeWords);
  const state = stateAfter(scan, key.end, f) ?? (before ? { state: before } : null);
  if (key.group.startsWith('noun:') && !countsNoun(scan, f, i) && !state?.state) return null;
  const group: GroupHit = { group: key.group, via: 'noun', token: i };
  if (state?.state) return { measure: stateMeasure(state.state), group };
  const m = state?.measure ?? measure;
  // 25 سيارة إطفاء شاركت: things taking part were there
  if (m && PRESENCE.has(m) && THINGS.has(key.group)) return { measure: TALLY, group };
  return { measure: m ?? TALLY, group };
}

/** Does a stateAfter phrase follow the noun after the figure (14 محتجا نقلوا إلى المستشفى)? */
export function stateFollows(scan: Scan, f: FigureAt): boolean {
  const i = countedNoun(scan, f);
  if (i < 0) return false;
  return stateAfter(scan, nounKey(scan, i, f).end, f)?.state !== undefined;
}

function countsNoun(scan: Scan, f: FigureAt, i: number): boolean {
  const t = scan.ctx.tokens[i]!;
  if (withoutPronoun(t.norm) !== t.norm) return false;
  const c = f.figure.counted;
  if (c && t.start <= c.start && c.start < t.end) return true;
  return /(ا|ين|ون|ات)$/.test(t.norm) || feminineAccusative(t.text, f.figure.value) || takesPlainNoun(f.figure.value);
}
