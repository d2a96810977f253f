// Proclitics: the one place that knows what may stand written before a word
// without a space, for every detector (places, figures, attributions,
// claims). A conjunction (و ف), then a preposition (ب ل ك), then the
// article ال; ل + ال is written لل (للبصرة). One enumeration of the cuts
// (cutsOf) feeds each detector's view of them:
// - stems(): figures, the word and each stem with the article cut off too
//   (a figure's span never includes ال);
// - readings(): places, which keep ال in the key (البصرة is the name) and
//   give it back after لل;
// - strippedForms(): claims, a flat list of keys in the order it tries them.
// Words are tried whole first, so a word that merely starts with those
// letters (بضعة، الف) is read as itself.

import { normalizeWithMap } from '../text/normalize.js';
import type { Token } from '../types.js';

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

// ---------------------------------------------------------------- the cuts

// Cuts are written into a shared buffer as cut * 8 + conj * 4 + kind: this
// runs on every word of a text, and closures or arrays per word would cost
// more than the look-ups themselves.
const BUF: number[] = [];
const CLITIC = 0; // only و ف ب ل ك cut
const ARTICLE = 1; // ال cut as well
const FUSED = 2; // ل + ال written لل, both cut

interface CutRules {
  /** Also cut ال (figures); otherwise only لل is read as the fused article. */
  article: boolean;
  /** Shortest stem left after a clitic (and after the article). */
  min: number;
  /** Shortest stem left after لل. */
  fusedMin: number;
}

/** Each way to cut (و|ف)? (ب|ل|ك)? (ال)? off the key into BUF, in the order made; returns how many. */
function cutsOf(key: string, r: CutRules): number {
  const n = key.length;
  let count = 0;
  const maxC = CONJ.has(key[0]!) ? 1 : 0;
  for (let c = 0; c <= maxC; c++) {
    const maxP = PREP.has(key[c]!) ? c + 1 : c;
    for (let p = c; p <= maxP; p++) {
      // short stems only without a clitic: لست is "I am not", not ل + ست
      const min = p > 0 ? r.min : 2;
      if (p > 0 && n - p >= min) BUF[count++] = p * 8 + c * 4 + CLITIC;
      if (r.article && key[p] === 'ا' && key[p + 1] === 'ل' && n - p - 2 >= min) BUF[count++] = (p + 2) * 8 + c * 4 + ARTICLE;
      if (p > c && key[p - 1] === 'ل' && key[p] === 'ل' && n - p - 1 >= r.fusedMin) BUF[count++] = (p + 1) * 8 + c * 4 + FUSED;
    }
  }
  return count;
}

const cutAt = (i: number): number => BUF[i]! >> 3;
const conjAt = (i: number): number => (BUF[i]! >> 2) & 1;
const kindAt = (i: number): number => BUF[i]! & 3;

// ---------------------------------------------------------------- figures: stems

export interface Stem {
  stem: string;
  /** Number of folded characters cut from the front. */
  cut: number;
  /** The cut included the article ال. */
  article: boolean;
}

const FIGURE_RULES: CutRules = { article: true, min: 3, fusedMin: 3 };

/** The word itself, then each way of cutting proclitics and the article, shortest cut first. */
export function stems(key: string, withArticle = true): Stem[] {
  const out: Stem[] = [{ stem: key, cut: 0, article: false }];
  const count = cutsOf(key, withArticle ? FIGURE_RULES : NO_ARTICLE_FIGURE_RULES);
  for (let i = 0; i < count; i++) {
    const cut = cutAt(i);
    out.push({ stem: key.slice(cut), cut, article: kindAt(i) !== CLITIC });
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
// without the article, لل is no cut either (the figure rules have always read it as ل + ال)
const NO_ARTICLE_FIGURE_RULES: CutRules = { article: false, min: 3, fusedMin: Infinity };

function inSet(stem: string, set: ReadonlySet<string>, ha: boolean): boolean {
  return set.has(stem) || (ha && stem.length >= 4 && set.has(stem.slice(0, -1) + 'ة'));
}

/** Is any stem of the key in the set? The same cuts as stems(), without building them. */
export function hasStemIn(key: string, set: ReadonlySet<string>, withArticle = true): boolean {
  const ha = key.endsWith('ه');
  if (inSet(key, set, ha)) return true;
  if (!CONJ.has(key[0]!) && !PREP.has(key[0]!) && key[0] !== 'ا') return false;
  const count = cutsOf(key, withArticle ? FIGURE_RULES : NO_ARTICLE_FIGURE_RULES);
  for (let i = 0; i < count; i++) if (inSet(key.slice(cutAt(i)), set, ha)) return true;
  return false;
}

const HA = 'ه'.charCodeAt(0);
const TA_MARBUTA = 'ة'.charCodeAt(0);

function endCode(key: string, n: number, last: number): number {
  return (n > 0 ? key.charCodeAt(n - 1) : 0) * 65536 + last;
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

/** Original offset of the folded position `cut` inside a token. */
export function offsetAfterCut(tok: Token, cut: number): number {
  if (cut === 0) return tok.start;
  const n = normalizeWithMap(tok.text);
  return tok.start + (n.map[Math.min(cut, n.map.length - 1)] ?? tok.text.length);
}

// ---------------------------------------------------------------- places: readings

export interface Reading {
  /** Normalised word to look up. */
  key: string;
  /** Normalised characters before the span starts. */
  skip: number;
  /** True when a proclitic was taken off. */
  stripped: boolean;
}

// a name keeps its article; a stem of two letters is enough (بدر → ب + در is tried, the gazetteer decides)
const NAME_RULES: CutRules = { article: false, min: 2, fusedMin: 0 };

// Readings are asked for every word of a document: each distinct word is read
// once (bounded); callers only read the arrays.
const READINGS = new Map<string, Reading[]>();

/** All readings of a normalised word, the unstripped one first. */
export function readings(norm: string): Reading[] {
  let out = READINGS.get(norm);
  if (!out) {
    out = readingsOf(norm);
    if (READINGS.size >= 100_000) READINGS.clear();
    READINGS.set(norm, out);
  }
  return out;
}

function readingsOf(norm: string): Reading[] {
  const out: Reading[] = [{ key: norm, skip: 0, stripped: false }];
  const count = cutsOf(norm, NAME_RULES);
  for (let i = 0; i < count; i++) {
    const cut = cutAt(i);
    // لل: the key gets its article back (البصرة), the span starts after لل
    if (kindAt(i) === FUSED) out.push({ key: 'ال' + norm.slice(cut), skip: cut, stripped: true });
    else out.push({ key: norm.slice(cut), skip: cut, stripped: true });
  }
  if (out.length > 2) out.sort((a, b) => a.skip - b.skip);
  return out;
}

// ---------------------------------------------------------------- claims: stripped forms

// The same proclitics as a flat list of keys, in the order the claims
// lexicon tries them: the word, without و/ف, then (for the word and for it
// without و/ف) ل + ال → ال, then without ب/ل/ك.
const FORMS = new Map<string, string[]>();

/** The forms of a normalised word with its proclitics stripped, the word itself first (memoised, bounded). */
export function strippedForms(norm: string): string[] {
  let out = FORMS.get(norm);
  if (!out) {
    out = formsOf(norm);
    if (FORMS.size > 50_000) FORMS.clear();
    FORMS.set(norm, out);
  }
  return out;
}

function formsOf(norm: string): string[] {
  const out = [norm];
  const count = cutsOf(norm, NAME_RULES);
  const cuts: { form: string; rank: number }[] = [];
  for (let i = 0; i < count; i++) {
    const cut = cutAt(i);
    const conj = conjAt(i);
    const kind = kindAt(i);
    const form = kind === FUSED ? 'ال' + norm.slice(cut) : norm.slice(cut);
    // و/ف alone first, then by what follows it: the fused article before the preposition
    const rank = conj * 3 + (conj && cut === 1 ? 0 : kind === FUSED ? 1 : 2);
    cuts.push({ form, rank });
  }
  cuts.sort((a, b) => a.rank - b.rank);
  for (const c of cuts) if (!out.includes(c.form)) out.push(c.form);
  return out;
}
