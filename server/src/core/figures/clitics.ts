// Proclitics and the article: a figure's span never includes them
// (GUIDELINES: spans leave out و ف ب ل ك, لـ, and ال belongs to names only).
// Candidates are tried whole word first, so a word that merely starts with
// those letters (بضعة، الف) is read as itself.

import { normalizeWithMap } from '../text/normalize.js';
import type { Token } from '../types.js';

export interface Stem {
  stem: string;
  /** Number of folded characters cut from the front. */
  cut: number;
  /** The cut included the article ال. */
  article: boolean;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];

interface Prefix {
  text: string;
  article: boolean;
  clitic: boolean;
}

// و ف then ب ل ك then ال; ل + ال is written لل.
const PREFIXES: Prefix[] = (() => {
  const out: Prefix[] = [];
  for (const c of CONJ)
    for (const p of PREP)
      for (const a of ['', 'ال']) {
        let text = c + p + a;
        if (p === 'ل' && a === 'ال') text = c + 'لل';
        if (text === '') continue;
        out.push({ text, article: a !== '', clitic: c + p !== '' });
      }
  return out.sort((x, y) => x.text.length - y.text.length);
})();

/** The word itself, then each way of cutting proclitics and the article. */
export function stems(key: string, withArticle = true): Stem[] {
  const out: Stem[] = [{ stem: key, cut: 0, article: false }];
  for (const p of PREFIXES) {
    if (!withArticle && p.article) continue;
    if (!key.startsWith(p.text)) continue;
    const rest = key.length - p.text.length;
    // short stems only without a clitic: لست is "I am not", not ل + ست
    if (rest < (p.clitic ? 3 : 2)) continue;
    out.push({ stem: key.slice(p.text.length), cut: p.text.length, article: p.article });
  }
  // ة written as ه (اربعه): tried after the exact forms, on stems long
  // enough not to be a pronoun suffix (بعده)
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const s = out[i]!;
    if (s.stem.length >= 4 && s.stem.endsWith('ه')) out.push({ ...s, stem: s.stem.slice(0, -1) + 'ة' });
  }
  return out;
}

/** Original offset of the folded position `cut` inside a token. */
export function offsetAfterCut(tok: Token, cut: number): number {
  if (cut === 0) return tok.start;
  const n = normalizeWithMap(tok.text);
  return tok.start + (n.map[Math.min(cut, n.map.length - 1)] ?? tok.text.length);
}
