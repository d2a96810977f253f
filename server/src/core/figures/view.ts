// The document as a list of non-space tokens with their matching keys: the
// figure readers look a few words ahead or behind, never across the text.

import type { DocContext } from '../parse/context.js';
import type { Token } from '../types.js';
import { stems, type Stem } from './clitics.js';
import { keyOf } from './key.js';

export interface WordView {
  text: string;
  toks: Token[];
  keys: string[];
  n: number;
  /** Proclitic cuts of each word, computed on first use. */
  stems: (Stem[] | undefined)[];
}

export function wordView(ctx: DocContext): WordView {
  const toks: Token[] = [];
  const keys: string[] = [];
  for (const t of ctx.tokens) {
    if (t.type === 'space') continue;
    toks.push(t);
    keys.push(t.type === 'word' ? keyOf(t.text, t.norm) : t.norm);
  }
  return { text: ctx.text, toks, keys, n: toks.length, stems: new Array(toks.length) };
}

/** The ways to cut proclitics and the article off word k (cached). */
export function stemsAt(v: WordView, k: number): Stem[] {
  let s = v.stems[k];
  if (!s) {
    s = stems(v.keys[k]!);
    v.stems[k] = s;
  }
  return s;
}

/** Is word j inside the same sentence as word k? */
export function sameSentence(v: WordView, k: number, j: number): boolean {
  return j >= 0 && j < v.n && v.toks[j]!.sentence === v.toks[k]!.sentence;
}

/** Is word j written right after word j-1, with no space? */
export function attached(v: WordView, j: number): boolean {
  return j > 0 && j < v.n && v.toks[j]!.start === v.toks[j - 1]!.end;
}

export function isWord(v: WordView, j: number): boolean {
  return j >= 0 && j < v.n && v.toks[j]!.type === 'word';
}

export function isNumberToken(v: WordView, j: number): boolean {
  return j >= 0 && j < v.n && v.toks[j]!.type === 'number';
}
