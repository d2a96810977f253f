// Small token helpers shared by the attribution modules: walking words within
// a sentence, matching multi-word phrases, and offsets after a proclitic.

import type { DocContext } from '../parse/context.js';
import { isIgnorable } from '../text/normalize.js';
import type { PhraseTable } from './lexicon.js';

/** Next non-space token after i in the same sentence, or -1. */
export function after(ctx: DocContext, i: number): number {
  const t = ctx.tokens;
  const s = t[i]?.sentence ?? -1;
  let j = i + 1;
  while (j < t.length && t[j]!.type === 'space') j++;
  return j < t.length && t[j]!.sentence === s && s >= 0 ? j : -1;
}

/** Previous non-space token before i in the same sentence, or -1. */
export function before(ctx: DocContext, i: number): number {
  const t = ctx.tokens;
  const s = t[i]?.sentence ?? -1;
  let j = i - 1;
  while (j >= 0 && t[j]!.type === 'space') j--;
  return j >= 0 && t[j]!.sentence === s && s >= 0 ? j : -1;
}

export function isWord(ctx: DocContext, i: number): boolean {
  return i >= 0 && i < ctx.tokens.length && ctx.tokens[i]!.type === 'word';
}

export function isPunct(ctx: DocContext, i: number, chars?: string): boolean {
  const t = ctx.tokens[i];
  return !!t && t.type === 'punct' && (chars === undefined || chars.includes(t.text));
}

/** Original offset after `n` normalised letters of a token (a proclitic), with their marks. */
export function afterClitic(text: string, start: number, n: number): number {
  let k = 0;
  let i = 0;
  while (i < text.length && k < n) {
    if (!isIgnorable(text[i]!)) k++;
    i++;
  }
  while (i < text.length && isIgnorable(text[i]!)) i++;
  return start + i;
}

/** Matches words (normalised) from token i; returns the last token index or -1. */
export function matchWords(ctx: DocContext, i: number, words: string[], firstNorm?: string): number {
  let j = i;
  for (let w = 0; w < words.length; w++) {
    if (!isWord(ctx, j)) return -1;
    const norm = w === 0 && firstNorm !== undefined ? firstNorm : ctx.tokens[j]!.norm;
    if (norm !== words[w]) return -1;
    if (w === words.length - 1) return j;
    j = after(ctx, j);
    if (j < 0) return -1;
  }
  return -1;
}

/** Longest phrase of the table starting at token i (first word possibly stripped). */
export function matchTable<T>(ctx: DocContext, i: number, table: PhraseTable<T>, firstNorm?: string): { last: number; value: T } | null {
  const norm = firstNorm ?? ctx.tokens[i]?.norm;
  if (norm === undefined) return null;
  const list = table.get(norm);
  if (!list) return null;
  for (const e of list) {
    const last = matchWords(ctx, i, e.words, norm);
    if (last >= 0) return { last, value: e.value };
  }
  return null;
}

/** The word without a leading و or ف (coordination), when that leaves a word. */
export function stripConj(norm: string): string {
  return norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
}
