// The spellings seen so far: each distinct token text is normalised once and
// kept as one string (bounded). Tokens of the same spelling share that string,
// so the detectors' per-word tables find it by identity, its hash already
// computed, and a long document keeps one copy of each word, not one per
// occurrence (and no table keeps a document alive through a slice of it).

import { normalize } from '../text/normalize.js';
import type { Token, TokenType } from '../types.js';

interface Spelling {
  text: string;
  norm: string;
}

const SPELLINGS = new Map<string, Spelling>();
const LIMIT = 100_000;
/**
 * Tokens of one UTF-16 unit (a blank, a comma, و …), about half of all
 * tokens, by their code: no slice and no hashing for them.
 */
const ONE: Array<Spelling | undefined> = new Array(0x10000);

function spelling(t: string): Spelling {
  let w = SPELLINGS.get(t);
  if (w === undefined) {
    // a slice of 13 or more units points into the whole document: the table
    // keeps a copy instead, so that it never keeps a document alive
    if (t.length >= 13) t = (' ' + t).slice(1);
    w = { text: t, norm: normalize(t) };
    if (SPELLINGS.size > LIMIT) SPELLINGS.clear();
    SPELLINGS.set(t, w);
  }
  return w;
}

/** The token of doc[start, end) (its sentence is set once sentences are known). */
export function token(doc: string, start: number, end: number, type: TokenType): Token {
  let w: Spelling | undefined;
  if (end - start === 1) {
    const c = doc.charCodeAt(start);
    w = ONE[c];
    if (w === undefined) {
      const t = doc[start]!;
      ONE[c] = w = { text: t, norm: normalize(t) };
    }
  } else w = spelling(doc.slice(start, end));
  return { start, end, text: w.text, type, norm: type === 'space' ? '' : w.norm, sentence: -1 };
}
