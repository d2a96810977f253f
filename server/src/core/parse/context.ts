// What the detectors share about one document: the text, its tokens,
// sentences and paragraphs, and what earlier detectors found. Detectors read
// plain arrays and offsets, never the tree, so their hot loops stay cheap.

import type { Attribution, Claim, Figure, Message, Place } from '../types.js';
import type { Tokenized } from './tokenize.js';

export interface DocContext extends Tokenized {
  text: string;
  places: Place[];
  figures: Figure[];
  attributions: Attribution[];
  claims: Claim[];
  messages: Message[];
}

export function emptyContext(text: string, tokenized: Tokenized): DocContext {
  return { text, ...tokenized, places: [], figures: [], attributions: [], claims: [], messages: [] };
}

/** Index of the first non-space token at or after i (n if none). */
export function nextWord(ctx: DocContext, i: number): number {
  const n = ctx.tokens.length;
  while (i < n && ctx.tokens[i]!.type === 'space') i++;
  return i;
}

/** Index of the first non-space token at or before i (-1 if none). */
export function prevWord(ctx: DocContext, i: number): number {
  while (i >= 0 && ctx.tokens[i]!.type === 'space') i--;
  return i;
}

/** Index of the token that contains the UTF-16 offset (binary search). */
export function tokenAt(ctx: DocContext, offset: number): number {
  const t = ctx.tokens;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
