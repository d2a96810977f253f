// Other readings of a gazetteer name, chosen against the place
// (docs/guidelines.md, Places): a person (a given name or a title and a
// nationality adjective before it: أحمد X، الرئيس اللبناني X), an
// organisation (شركة X للبترول), a team in a sports report (فاز X على Y), a
// common word in a construct (جدة الطفل، صور الضحايا). Data in
// data/places/readings.json, data/people/given-names.json and the derived
// data/places/ambiguous-words.json (a dictionary's common nouns) and
// data/places/word-frequencies.json (names running text uses as common nouns).
import readingsData from '../data/places/readings.json' with { type: 'json' };
import ambiguous from '../data/places/ambiguous-words.json' with { type: 'json' };
import frequencies from '../data/places/word-frequencies.json' with { type: 'json' };
import { isGivenName } from '../lexicon/people.js';
import { normalize } from '../text/normalize.js';
import type { Place, Token } from '../types.js';

const set = (words: string[]) => new Set(words.map(normalize));
const withConj = (words: string[]) => new Set(words.flatMap((w) => [w, 'و' + w, 'ف' + w].map(normalize)));

export const ORGANISATIONS = set(readingsData.organisations);
const SPORTS_NOUNS = set(readingsData.sportsNouns.filter((w) => !w.includes(' ')));
const SPORTS_VERBS = withConj(readingsData.sportsVerbs);
const OPPONENTS = set(readingsData.opponents);
const AMBIGUOUS = new Set(ambiguous.words);
// a name the text gives a pronoun suffix (صورهم، جدتنا) is a common noun too: no place takes one
for (const [word, [, owned]] of Object.entries(frequencies.counts as Record<string, number[]>))
  if ((owned ?? 0) >= frequencies.ambiguousWhen.minOwned && word.length >= frequencies.ambiguousWhen.minLetters) AMBIGUOUS.add(word);

/** Is the normalised word a nationality or other nisba adjective with ال (اللبناني، الفرنسية)? */
const nisbaAdjective = (norm: string) => norm.startsWith('ال') && /(ي|يه)$/.test(norm) && norm.length >= 5;

/**
 * Does the word before a name make it a person's name: a given name, or a
 * title then a nationality adjective? A well-known place after a title and an
 * adjective is the object of the clause, not a name (زار الرئيس الفرنسي بغداد).
 */
export function personBefore(before: string, beforeText: string, beforeThat: string | undefined, titles: Set<string>, wellKnown = false): boolean {
  if (isGivenName(before, beforeText)) return true;
  return !wellKnown && beforeThat !== undefined && titles.has(beforeThat) && nisbaAdjective(before);
}

/** Is this one-word name (normalised, maybe with ال) also a common word (the derived list)? */
export function ambiguousWord(key: string): boolean {
  return AMBIGUOUS.has(key.startsWith('ال') ? key.slice(2) : key);
}

/**
 * Places that are teams in a sports report: in a sentence with a sports noun,
 * the name right after a sports verb and the one after the على/أمام/مع that
 * follows it. Linear: one pass over the tokens, one over the places.
 */
export function dropTeams(tokens: Token[], places: Place[]): Place[] {
  if (!places.length) return places;
  const sports = new Set<number>();
  for (const t of tokens) if (t.type === 'word' && t.sentence >= 0 && SPORTS_NOUNS.has(t.norm)) sports.add(t.sentence);
  if (!sports.size) return places;
  const drop = new Set<number>(); // start offsets of team names
  const byStart = new Map<number, Place>();
  for (const p of places) byStart.set(p.start, p);
  const wordAfter = (i: number): number => {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.type === 'space') j++;
    return j < tokens.length && tokens[j]!.type === 'word' ? j : -1;
  };
  const placeAt = (i: number): Place | undefined => {
    const t = tokens[i];
    if (!t) return undefined;
    for (const p of places) if (p.start >= t.start && p.start < t.end) return p;
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !sports.has(t.sentence) || !SPORTS_VERBS.has(t.norm)) continue;
    const a = wordAfter(i);
    const first = a >= 0 ? placeAt(a) : undefined;
    if (!first) continue;
    drop.add(first.start);
    let k = a;
    while (k >= 0 && tokens[k]!.end < first.end) k = wordAfter(k);
    const o = k >= 0 ? wordAfter(k) : -1;
    const opp = o >= 0 && OPPONENTS.has(tokens[o]!.norm) ? wordAfter(o) : o >= 0 && /^(علي|امام|مع|ضد)/.test(tokens[o]!.norm) ? o : -1;
    const second = opp >= 0 ? placeAt(opp) : undefined;
    if (second) drop.add(second.start);
  }
  return drop.size ? places.filter((p) => !drop.has(p.start)) : places;
}
