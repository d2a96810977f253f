// A word the web split with a space inside a claim («وأ صيب» for وأصيب, «قت ل»
// for قتل, «مق تل» for مقتل): as the attribution cues rejoin a split reporting
// verb (attributions/cues.ts), the claim readers see the two parts as one
// word when the joined form is a word of the claims' lists (a measure's
// verb or noun, a group, an incident) and neither part is a word any lexicon
// knows (a list word, a particle, a preposition, a negation, a name): then
// nothing else could be meant. Parts are short: a split inside a word.
//
// The readers get a view of the context: the first part's token carries the
// joined form, the second becomes white space. Offsets and token indices stay
// those of the document, so spans, places and figures are untouched.

import { NEGATIONS, SOURCE_PREPOSITIONS, STOPS, VERBS } from '../attributions/lexicon.js';
import { isPersonName } from '../lexicon/people.js';
import type { DocContext } from '../parse/context.js';
import type { Token } from '../types.js';
import { CLAUSE_STARTS, GROUPS, INCIDENTS, isListWord, MEASURE_AFTER, MEASURE_BEFORE, NOUN_STOPS, PARTICLES, TOLL_HEADS } from './lexicon.js';

/** The longest part: the second at most this many letters, the first one more (a clitic و/ف). */
const PART_MAX = 3;

const CLAIM_WORDS = [MEASURE_BEFORE, MEASURE_AFTER, GROUPS, INCIDENTS, TOLL_HEADS];
const OTHER_WORDS = [PARTICLES, NOUN_STOPS, CLAUSE_STARTS];

const known = new Map<string, boolean>();

/** Is the part a word of its own for some lexicon? Memoised: parts are few and short. */
function isKnownPart(norm: string): boolean {
  let yes = known.get(norm);
  if (yes === undefined) {
    yes = VERBS.has(norm) || STOPS.has(norm) || NEGATIONS.has(norm) || SOURCE_PREPOSITIONS.has(norm) || isPersonName(norm) || isListWord(norm, CLAIM_WORDS) || isListWord(norm, OTHER_WORDS);
    if (known.size >= 50_000) known.clear();
    known.set(norm, yes);
  }
  return yes;
}

/** first part → second part → the joined form when it is a claim word, else null. Memoised: the pairs of a text repeat. */
const joins = new Map<string, Map<string, string | null>>();
function joinedForm(a: string, b: string): string | null {
  let m = joins.get(a);
  if (!m) {
    if (joins.size >= 20_000) joins.clear();
    joins.set(a, (m = new Map()));
  }
  let joined = m.get(b);
  if (joined === undefined) {
    joined = a + b;
    joined = isListWord(joined, CLAIM_WORDS) ? joined : null;
    m.set(b, joined);
  }
  return joined;
}

/** The joined form of the split word at token i (a word, one space, a word), or null. */
function joinedAt(tokens: Token[], i: number): string | null {
  const t = tokens[i]!;
  const space = tokens[i + 1];
  const u = tokens[i + 2];
  if (t.type !== 'word' || t.norm.length > PART_MAX + 1 || !space || space.type !== 'space' || space.text !== ' ') return null;
  if (!u || u.type !== 'word' || u.norm.length > PART_MAX || u.sentence !== t.sentence) return null;
  // the memoised part tests first: most short words are words of their own (في، من، على)
  if (isKnownPart(t.norm) || isKnownPart(u.norm)) return null;
  return joinedForm(t.norm, u.norm);
}

/** The context as the claim readers see it: split words rejoined; the context itself when none is. */
export function rejoinSplitWords(ctx: DocContext): DocContext {
  const tokens = ctx.tokens;
  let view: Token[] | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== 'word' || tokens[i]!.norm.length > PART_MAX + 1) continue;
    const joined = joinedAt(tokens, i);
    if (joined === null) continue;
    view ??= tokens.slice();
    view[i] = { ...tokens[i]!, norm: joined };
    view[i + 2] = { ...tokens[i + 2]!, type: 'space', norm: '' };
    i += 2;
  }
  return view ? { ...ctx, tokens: view } : ctx;
}
