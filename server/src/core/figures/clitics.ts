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

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

// Cuts are written into a shared buffer as cut * 2 + (article ? 1 : 0):
// this runs on every word, and closures or arrays per word would cost more
// than the lookups themselves.
const BUF: number[] = [];

/**
 * Each way to cut (و|ف)? (ب|ل|ك)? (ال)? off the key, ل + ال written لل, into
 * BUF; returns how many. Short stems only without a clitic: لست is "I am
 * not", not ل + ست.
 */
function cutsOf(key: string, withArticle: boolean): number {
  const n = key.length;
  let count = 0;
  const maxC = CONJ.has(key[0]!) ? 1 : 0;
  for (let c = 0; c <= maxC; c++) {
    const maxP = PREP.has(key[c]!) ? c + 1 : c;
    for (let p = c; p <= maxP; p++) {
      const min = p > 0 ? 3 : 2;
      if (p > 0 && n - p >= min) BUF[count++] = p * 2;
      if (!withArticle) continue;
      if (key[p] === 'ا' && key[p + 1] === 'ل' && n - p - 2 >= min) BUF[count++] = (p + 2) * 2 + 1;
      // ل + ال is written لل
      if (p > c && key[p - 1] === 'ل' && key[p] === 'ل' && n - p - 1 >= 3) BUF[count++] = (p + 1) * 2 + 1;
    }
  }
  return count;
}

/** The word itself, then each way of cutting proclitics and the article, shortest cut first. */
export function stems(key: string, withArticle = true): Stem[] {
  const out: Stem[] = [{ stem: key, cut: 0, article: false }];
  const count = cutsOf(key, withArticle);
  for (let i = 0; i < count; i++) {
    const cut = BUF[i]! >> 1;
    out.push({ stem: key.slice(cut), cut, article: (BUF[i]! & 1) === 1 });
  }
  if (out.length > 2) out.sort((a, b) => a.cut - b.cut);
  // ة written as ه (اربعه): tried after the exact forms, on stems long
  // enough not to be a pronoun suffix (بعده)
  if (key.endsWith('ه')) {
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const s = out[i]!;
      if (s.stem.length >= 4) out.push({ stem: s.stem.slice(0, -1) + 'ة', cut: s.cut, article: s.article });
    }
  }
  return out;
}

function inSet(stem: string, set: ReadonlySet<string>, ha: boolean): boolean {
  return set.has(stem) || (ha && stem.length >= 4 && set.has(stem.slice(0, -1) + 'ة'));
}

/**
 * A set of stems with a quick reject: cutting proclitics never changes how
 * a word ends, so a word whose last two letters end no member has no stem
 * in the set. Most words of a text stop there.
 */
export class StemSet {
  /** The last two UTF-16 units of each member, as one number. */
  private readonly ends = new Set<number>();
  constructor(readonly keys: ReadonlySet<string>) {
    for (const k of keys) this.ends.add(endCode(k, k.length - 1, k.charCodeAt(k.length - 1)));
  }

  /** Is any stem of the key (proclitics and article cut) a member? */
  hasStemOf(key: string, withArticle = true): boolean {
    const n = key.length - 1;
    const last = key.charCodeAt(n);
    if (!this.ends.has(endCode(key, n, last)) && !(last === HA && this.ends.has(endCode(key, n, TA_MARBUTA)))) return false;
    return hasStemIn(key, this.keys, withArticle);
  }
}

const HA = 'ه'.charCodeAt(0);
const TA_MARBUTA = 'ة'.charCodeAt(0);

function endCode(key: string, n: number, last: number): number {
  return (n > 0 ? key.charCodeAt(n - 1) : 0) * 65536 + last;
}

/** Is any stem of the key in the set? The same cuts as stems(), without building them. */
export function hasStemIn(key: string, set: ReadonlySet<string>, withArticle = true): boolean {
  const ha = key.endsWith('ه');
  if (inSet(key, set, ha)) return true;
  if (!CONJ.has(key[0]!) && !PREP.has(key[0]!) && key[0] !== 'ا') return false;
  const count = cutsOf(key, withArticle);
  for (let i = 0; i < count; i++) if (inSet(key.slice(BUF[i]! >> 1), set, ha)) return true;
  return false;
}

/** Original offset of the folded position `cut` inside a token. */
export function offsetAfterCut(tok: Token, cut: number): number {
  if (cut === 0) return tok.start;
  const n = normalizeWithMap(tok.text);
  return tok.start + (n.map[Math.min(cut, n.map.length - 1)] ?? tok.text.length);
}
