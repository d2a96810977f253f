// Matching keys for lexicons matched word by word (phrase-trie.ts: the
// figure tables). A key is the folded form of a word
// (text/normalize.ts) with two refinements: a final ة stays ة, so that the
// pronoun suffix ـه (بعده "after it") never matches a word in ـة (عدة
// "several"); and a final tanween alif is dropped (شخصاً → شخص), so that the
// lexicons list each word once.

import { isIgnorable, normalize } from '../text/normalize.js';

/** The last letter of a written word, marks ignored. */
function lastLetter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (!isIgnorable(ch)) return ch;
  }
  return '';
}

/** Key of a word from its text and its folded form. */
export function keyOf(text: string, norm: string): string {
  let k = norm;
  if (lastLetter(text) === 'ة' && k.endsWith('ه')) k = k.slice(0, -1) + 'ة';
  if (k.length > 3 && k.endsWith('ا')) k = k.slice(0, -1);
  return k;
}

/** Keys of each word of a lexicon phrase. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => keyOf(w, normalize(w)));
}

/** Key of a single lexicon word. */
export function wordKey(word: string): string {
  return keyOf(word, normalize(word));
}
