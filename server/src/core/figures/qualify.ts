// Qualifiers around a number (GUIDELINES §1): the phrase right before it
// (نحو 12، ما لا يقل عن 12) is part of the figure's span; a phrase a few
// words after it or its noun (خمسة انتحاريين أنفسهم على الأقل) changes the
// meaning only; إلى after a form of ارتفع marks a revised total.

import type { Qualifier } from '../types.js';
import { QUAL_AFTER, QUAL_BEFORE, REVISED_TO, REVISED_VERBS, REVISED_WINDOW } from './lexicon.js';
import { readCore } from './core.js';
import { mayStart } from './starts.js';
import type { PhraseMatch } from '../lexicon/phrase-trie.js';
import { sameSentence, stemIn, type WordView } from './view.js';

/** How far after a figure a trailing qualifier may stand, in words. */
const AFTER_WINDOW = 4;

export function qualifierBefore(v: WordView, k: number): PhraseMatch<Qualifier> | null {
  return QUAL_BEFORE.match(v, k, { clitics: true });
}

/** A trailing qualifier within a few words after word k, before any other number or punctuation. */
export function qualifierAfter(v: WordView, k: number): PhraseMatch<Qualifier> | null {
  for (let j = k + 1; j <= k + AFTER_WINDOW && sameSentence(v, k, j); j++) {
    const t = v.toks[j]!;
    if (t.type !== 'word') return null;
    const m = QUAL_AFTER.match(v, j, { clitics: true });
    // 120 قتيلا وأكثر من 1000 مصاب: «وأكثر» opens the next figure's «أكثر من», it bounds that one
    if (m && opensNext(v, j)) return null;
    if (m) return m;
    // another figure first: the qualifier is its own (5 أشخاص بينهم طفلان على الأقل)
    if (mayStart(v, j) && readCore(v, j) !== null) return null;
  }
  return null;
}

/** Does a qualifier written before a number start at word j, a number right after it (وأكثر من 1000)? */
function opensNext(v: WordView, j: number): boolean {
  const q = QUAL_BEFORE.match(v, j, { clitics: true });
  const n = q ? q.last + 1 : -1;
  return n > 0 && n < v.n && sameSentence(v, j, n) && (v.toks[n]!.type === 'number' || mayStart(v, n)) && readCore(v, n) !== null;
}

/** Is word k (the number, or its qualifier) the target of ارتفع … إلى? Returns the verb's word index. */
export function revisedVerb(v: WordView, k: number): number {
  const to = k - 1;
  if (!sameSentence(v, k, to) || !REVISED_TO.has(v.keys[to]!)) return -1;
  for (let j = to - 1; j >= to - REVISED_WINDOW && sameSentence(v, k, j); j--) {
    if (v.toks[j]!.type !== 'word') return -1;
    if (stemIn(v, j, REVISED_VERBS, true)) return j;
  }
  return -1;
}
