// The word view of a document (view.ts): its non-space tokens with what is
// known of each. What the readers ask of a word depends on its text alone,
// so it is worked out the first time a spelling is seen (tables shared by all
// documents, bounded) and read from a field afterwards; the code that works
// it out runs here only, not inside every reader.

import type { DocContext } from '../parse/context.js';
import { normalize } from '../text/normalize.js';
import type { Token } from '../types.js';
import { stems } from '../lexicon/proclitics.js';
import { keyOf } from '../lexicon/word-key.js';
import { TRIGGERS } from './lexicon.js';
import { triesStartingAt } from '../lexicon/phrase-trie.js';
import { startsSomething } from './starts.js';
import type { WordFacts, WordView } from './view.js';

const LIMIT = 100_000;
/** Words, by text (a word's key refines its normalised form: lexicon/word-key.ts). */
const WORDS = new Map<string, WordFacts>();
/** Other tokens (numbers, punctuation …), by text. */
const OTHERS = new Map<string, WordFacts>();

function factsOf(key: string): WordFacts {
  const cuts = stems(key);
  return { key, start: startsSomething(key), trigger: TRIGGERS.hasStemOf(key), stems: cuts, tries: triesStartingAt(key, cuts) };
}

/** The facts of a spelling seen for the first time, kept in its table. */
function learn(t: Token): WordFacts {
  const word = t.type === 'word';
  const table = word ? WORDS : OTHERS;
  const f = factsOf(word ? keyOf(t.text, normalize(t.text)) : normalize(t.text));
  if (table.size >= LIMIT) table.clear();
  table.set(t.text, f);
  return f;
}

export function wordView(ctx: DocContext): WordView {
  const toks: Token[] = [];
  const keys: string[] = [];
  const facts: WordFacts[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'space') continue;
    const f = (t.type === 'word' ? WORDS : OTHERS).get(t.text) ?? learn(t);
    toks.push(t);
    keys.push(f.key);
    facts.push(f);
  }
  return { text: ctx.text, toks, keys, facts, n: toks.length };
}
