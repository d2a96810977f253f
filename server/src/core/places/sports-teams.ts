// Teams as a reading of a gazetteer name (docs/guidelines.md, Places: teams;
// data/places/readings.json). In a sentence with a sports noun, a country
// or city is a team right after a sports verb and after the على/أمام/مع that
// follows it (فاز X على Y), and right after a team noun (منتخب X، لاعب X،
// فريق X). The article remembers it: the same place in another sports
// sentence is the team too, unless a preposition of place stands before it
// (أقيمت المباراة في الدوحة). Linear: one pass over the tokens, one over the
// places.
import readingsData from '../data/places/readings.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { Place, Token } from '../types.js';
import { readings } from './clitics.js';
import { LOCATIVE } from './lexicon.js';

const set = (words: string[]) => new Set(words.map(normalize));
const withConj = (words: string[]) => new Set(words.flatMap((w) => [w, 'و' + w, 'ف' + w].map(normalize)));

const SPORTS_NOUNS = set(readingsData.sportsNouns.filter((w) => !w.includes(' ')));
const SPORTS_VERBS = withConj(readingsData.sportsVerbs);
const OPPONENTS = set(readingsData.opponents);
const TEAM_NOUNS = set(readingsData.teamNouns);
/** How many words after a sports verb its subject and object may take (هزم ريال مدريد برشلونة). */
const CLAUSE_WORDS = 4;

/** Is the word (through its proclitics, never with ال) a noun a team's name follows (منتخب، ولاعبي)? */
function teamNoun(norm: string): boolean {
  const rs = readings(norm);
  for (let k = 0; k < rs.length; k++) if (!rs[k]!.key.startsWith('ال') && TEAM_NOUNS.has(rs[k]!.key)) return true;
  return false;
}

/** The places that are no teams: those of a sports report named as teams, and the same places elsewhere in its sports sentences. */
export function dropTeams(tokens: Token[], places: Place[]): Place[] {
  if (!places.length) return places;
  const sports = new Set<number>();
  for (const t of tokens) if (t.type === 'word' && t.sentence >= 0 && SPORTS_NOUNS.has(t.norm)) sports.add(t.sentence);
  if (!sports.size) return places;
  const drop = new Set<number>(); // start offsets of team names
  const wordAfter = (i: number): number => {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.type === 'space') j++;
    return j < tokens.length && tokens[j]!.type === 'word' ? j : -1;
  };
  const nextNonSpace = (i: number): number => {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.type === 'space') j++;
    return j;
  };
  const wordBefore = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && tokens[j]!.type === 'space') j--;
    return j >= 0 && tokens[j]!.type === 'word' ? j : -1;
  };
  const placeAt = (i: number): Place | undefined => {
    const t = tokens[i];
    if (!t) return undefined;
    for (const p of places) if (p.start >= t.start && p.start < t.end) return p;
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !sports.has(t.sentence)) continue;
    // منتخب X، لاعب X: the team a noun of players or supporters names
    if (teamNoun(t.norm)) {
      const a = wordAfter(i);
      const named = a >= 0 ? placeAt(a) : undefined;
      if (named && named.start === tokens[a]!.start) drop.add(named.start);
      continue;
    }
    if (!SPORTS_VERBS.has(t.norm)) continue;
    // فاز منتخب X على Y: the team noun's rule takes X, the verb's still reads the opponent
    let a = wordAfter(i);
    if (a >= 0 && teamNoun(tokens[a]!.norm)) a = wordAfter(a);
    const first = a >= 0 ? placeAt(a) : undefined;
    if (!first) {
      // هزم ريال مدريد برشلونة: a subject that is no place, then the object a transitive verb takes
      // without a preposition: the clause's next few words, up to punctuation or a preposition of place
      for (let w = a, n = 0; w >= 0 && n < CLAUSE_WORDS && !LOCATIVE.has(tokens[w]!.norm); n++) {
        const named = placeAt(w);
        if (named && named.start === tokens[w]!.start) drop.add(named.start);
        const next = wordAfter(w);
        if (next < 0 || next !== nextNonSpace(w)) break; // punctuation ends the clause
        w = next;
      }
      continue;
    }
    drop.add(first.start);
    let k = a;
    while (k >= 0 && tokens[k]!.end < first.end) k = wordAfter(k);
    const o = k >= 0 ? wordAfter(k) : -1;
    const opp = o >= 0 && OPPONENTS.has(tokens[o]!.norm) ? wordAfter(o) : o >= 0 && /^(علي|امام|مع|ضد)/.test(tokens[o]!.norm) ? o : -1;
    const second = opp >= 0 ? placeAt(opp) : undefined;
    if (second) drop.add(second.start);
  }
  if (!drop.size) return places;
  // the same places in the report's other sports sentences are the teams too, but where a preposition of place puts them
  const teams = new Set<string>();
  for (const p of places) if (drop.has(p.start)) teams.add(p.id ?? p.name);
  // places and tokens are both in text order: walk them together to the token each place starts in
  let i = 0;
  for (const p of places) {
    while (i < tokens.length && tokens[i]!.end <= p.start) i++;
    const t = tokens[i];
    if (!t || drop.has(p.start) || !teams.has(p.id ?? p.name) || !sports.has(t.sentence)) continue;
    const b = wordBefore(i);
    if (b >= 0 && LOCATIVE.has(tokens[b]!.norm)) continue;
    drop.add(p.start);
  }
  return places.filter((p) => !drop.has(p.start));
}
