// The document as a list of non-space tokens with their matching keys: the
// figure readers look a few words ahead or behind, never across the text.

import type { Token } from '../types.js';
import type { Stem } from '../lexicon/proclitics.js';

export interface WordView {
  text: string;
  toks: Token[];
  keys: string[];
  /** What is known of each word wherever it occurs (shared between documents). */
  facts: WordFacts[];
  n: number;
}

/**
 * What the readers ask of a word, worked out once per distinct spelling when
 * the word view is made (facts.ts), so that asking costs one field read and
 * no reader carries the code that works it out: its key, whether a figure
 * may start there, whether it is a place trigger, its proclitic cuts, the
 * lexicons with a phrase that may start there.
 */
export interface WordFacts {
  key: string;
  start: boolean;
  trigger: boolean;
  stems: Stem[];
  /** The lexicon tries a phrase of which may start here (lexicon/phrase-trie.ts). */
  tries: number;
}

/** The ways to cut proclitics and the article off word k. */
export function stemsAt(v: WordView, k: number): Stem[] {
  return v.facts[k]!.stems;
}

/**
 * Is a stem of word k (proclitics and article cut) in the set? With
 * `construct`, only stems without the article count. A loop rather than
 * some() with a closure: it runs on many words.
 */
export function stemIn(v: WordView, k: number, set: ReadonlySet<string>, construct = false): boolean {
  const ss = stemsAt(v, k);
  for (let i = 0; i < ss.length; i++) if (!(construct && ss[i]!.article) && set.has(ss[i]!.stem)) return true;
  return false;
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
