// What the detectors share about one document: the text, its tokens,
// sentences and paragraphs, and what earlier detectors found. Detectors read
// plain arrays and offsets, never the tree, so their hot loops stay cheap.

import { COLLECTIONS } from '../kinds.js';
import type { Findings } from '../types.js';
import type { Tokenized } from './tokenize.js';

/** The text, its tokens, and one list per collection of core/kinds.ts, filled by the detectors in turn. */
export interface DocContext extends Tokenized, Findings {
  text: string;
}

/** Every collection empty (core/kinds.ts COLLECTIONS). */
export function emptyFindings(): Findings {
  const out: Record<string, unknown[]> = {};
  for (const c of COLLECTIONS) out[c.name] = [];
  return out as unknown as Findings;
}

/** The collections of an analysis or a context, those `keep` keeps as they are, the others empty (core/kinds.ts COLLECTIONS). */
export function findingsIn(all: Findings, keep: (c: (typeof COLLECTIONS)[number]) => boolean = () => true): Findings {
  const out: Record<string, unknown[]> = {};
  for (const c of COLLECTIONS) out[c.name] = keep(c) ? all[c.name] : [];
  return out as unknown as Findings;
}

export function emptyContext(text: string, tokenized: Tokenized): DocContext {
  return { text, ...tokenized, ...emptyFindings() };
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
