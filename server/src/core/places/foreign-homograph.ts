// A one-word name of a faraway place that the data know as a word too (an
// event or incident noun of the claims data, a dictionary or common word),
// written where no preposition of place or trigger noun places it, in an
// article that names other countries and nothing else of that place's
// country, is the word (سيول torrents, not Seoul). It is no place of the
// article. A faraway capital that is no word (موسكو) stays: the article may
// name it for its government. The article's own places,
// countries and nisba adjectives (places/homonyms.ts) are the support; a
// place in the Arab world is left alone (its names are Arabic words and
// places at once, and places/rank.ts already weighs them).

import type { DocContext } from '../parse/context.js';
import type { Place, Token } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { readings } from './clitics.js';
import { countryOf, namedCountries } from './homonyms.js';
import { LOCATIVE, trigger } from './lexicon.js';
import { isCommonWord, knownByData } from './common-word.js';
import { ambiguousWord } from './readings.js';
import contextData from '../data/claims/context.json' with { type: 'json' };
import incidentsData from '../data/claims/incidents.json' with { type: 'json' };
import measuresData from '../data/claims/measures.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';

let EVENT_WORDS: Set<string> | null = null;
/** One-word event, incident and force nouns of the claims data (السيول، فيضانات، انفجار), normalised, without ال. */
function eventWords(): Set<string> {
  if (EVENT_WORDS) return EVENT_WORDS;
  const I = incidentsData as unknown as { kinds: Record<string, string[]>; generic: string[] };
  const words = [...((contextData as unknown as { eventNouns?: string[] }).eventNouns ?? []), ...Object.values(I.kinds).flat(), ...I.generic, ...((measuresData as unknown as { forces?: string[] }).forces ?? [])];
  EVENT_WORDS = new Set();
  for (const w of words) {
    if (/\s/.test(w.trim())) continue;
    EVENT_WORDS.add(normalize(w.replace(/\*$/, '')).replace(/^ال(?=..)/, ''));
  }
  return EVENT_WORDS;
}

/** Is the place's name, as written, a word the data know? */
function spellsWord(text: string): boolean {
  const n = normalize(text);
  const bare = n.replace(/^ال(?=..)/, '');
  return eventWords().has(bare) || isCommonWord(n) || knownByData(n) !== undefined || ambiguousWord(n);
}

/** The word token ending right before offset `start` (across spaces), or undefined. */
function wordBefore(tokens: Token[], at: number): Token | undefined {
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.type === 'space') continue;
    return t.type === 'word' ? t : undefined;
  }
  return undefined;
}

/** Is the place at token k placed by its context: a preposition of place or a trigger noun before it, or ب on it? */
function placedByContext(tokens: Token[], k: number, p: Place): boolean {
  const own = tokens[k]!;
  // بسيول، وفي سيول: a proclitic ب (not و alone) is a preposition of place
  if (own.start < p.start && /^[وف]?ب/.test(own.norm)) return true;
  const b = wordBefore(tokens, k);
  if (!b) return false;
  return readings(b.norm).some((r) => LOCATIVE.has(r.key) || trigger(r.key) !== undefined);
}

/** The places without the unsupported one-word foreign homographs. */
export function dropForeignHomographs(ctx: DocContext, places: Place[], gaz: Gazetteer): Place[] {
  const candidates: number[] = [];
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if (p.via !== 'gazetteer' || !p.id || p.type === 'country' || /\s/.test(p.text)) continue;
    const e = gaz.get(p.id);
    if (!e || gaz.inArabWorld(e) || !spellsWord(p.text)) continue;
    candidates.push(i);
  }
  if (!candidates.length) return places;
  const located = locatedElsewhere(ctx.tokens, places, candidates, gaz);
  for (const i of describedAsWord(ctx.tokens, places, candidates)) located.add(i);
  const named = namedCountries(ctx, places, gaz);
  if (!named.size) return located.size ? places.filter((_, i) => !located.has(i)) : places;
  // every country some place of the article lies in
  const held = new Map<string, number>();
  for (const p of places) {
    const c = p.id ? countryOf(gaz, p.id) : null;
    if (c) held.set(c, (held.get(c) ?? 0) + 1);
  }
  const drop = new Set<number>(located);
  const tokens = ctx.tokens;
  for (const i of candidates) {
    const p = places[i]!;
    const c = countryOf(gaz, p.id!);
    if (!c || named.has(c) || (held.get(c) ?? 0) > 1) continue;
    const k = tokenAt(tokens, p.start);
    if (k < 0 || placedByContext(tokens, k, p)) continue;
    drop.add(i);
  }
  return drop.size ? places.filter((_, i) => !drop.has(i)) : places;
}

/**
 * The candidates that the next place locates in another country (سيول
 * بمحافظة ظفار: torrents in an Omani province, not Seoul): between the two,
 * only prepositions of place and trigger nouns.
 */
function locatedElsewhere(tokens: Token[], places: Place[], candidates: number[], gaz: Gazetteer): Set<number> {
  const out = new Set<number>();
  for (const i of candidates) {
    const p = places[i]!;
    const next = places.find((q) => q.start >= p.end && q.id);
    if (!next || next.start - p.end > 24) continue;
    const home = countryOf(gaz, p.id!);
    const there = countryOf(gaz, next.id!);
    if (!home || !there || home === there) continue;
    const k = tokenAt(tokens, p.end - 1);
    const last = tokenAt(tokens, next.start);
    if (k < 0 || last < 0) continue;
    let between = true;
    for (let j = k + 1; j < last && between; j++) {
      const t = tokens[j]!;
      if (t.type === 'space') continue;
      between = t.type === 'word' && readings(t.norm).some((r) => LOCATIVE.has(r.key) || trigger(r.key) !== undefined);
    }
    // the located place's own token may carry the preposition (سيول بظفار)
    if (between && (last > k + 1 || tokens[last]!.start < next.start)) out.add(i);
  }
  return out;
}

/**
 * The candidates an indefinite feminine adjective follows (سيول جارفة، سيول
 * غزيرة تضرب): a broken plural's adjective, so the word. Not a noun in
 * construct with what follows it (سيول عاصمة كوريا: a place or a definite word after it).
 */
function describedAsWord(tokens: Token[], places: Place[], candidates: number[]): number[] {
  const out: number[] = [];
  const nextWord = (j: number): number => {
    for (let n = j + 1; n < tokens.length; n++) {
      if (tokens[n]!.type === 'space') continue;
      return tokens[n]!.type === 'word' ? n : -1;
    }
    return -1;
  };
  for (const i of candidates) {
    const k = tokenAt(tokens, places[i]!.end - 1);
    const a = k < 0 ? -1 : nextWord(k);
    if (a < 0) continue;
    const adj = tokens[a]!;
    if (adj.norm.startsWith('ال') || !adj.norm.endsWith('ه') || adj.norm.length < 4) continue;
    if (places.some((p) => p.start < adj.end && p.end > adj.start)) continue;
    const b = nextWord(a);
    if (b >= 0 && (tokens[b]!.norm.startsWith('ال') || places.some((p) => p.start <= tokens[b]!.start && p.end >= tokens[b]!.end))) continue;
    out.push(i);
  }
  return out;
}

/** Index of the token containing offset `at` (binary search), or -1. */
function tokenAt(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= at) lo = mid + 1;
    else if (t.start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
