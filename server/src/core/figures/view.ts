// The document as a list of non-space tokens with their matching keys: the
// figure readers look a few words ahead or behind, never across the text.

import type { DocContext } from '../parse/context.js';
import type { Token } from '../types.js';
import { stems, type Stem } from './clitics.js';
import { keyOf } from './key.js';
import { normalize } from '../text/normalize.js';

export interface WordView {
  text: string;
  toks: Token[];
  keys: string[];
  /** What is known of each word wherever it occurs (shared between documents). */
  facts: WordFacts[];
  n: number;
  /** Proclitic cuts of each word, computed on first use. */
  stems: (Stem[] | undefined)[];
}

/**
 * A bounded memo of a function of a word: the same words recur in every
 * article, so each distinct one is worked out once, then costs a map look-up.
 */
export function perWord<T>(fn: (word: string) => T, limit = 100_000): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let out = memo.get(word);
    if (out === undefined && !memo.has(word)) {
      out = fn(word);
      if (memo.size >= limit) memo.clear();
      memo.set(word, out);
    }
    return out as T;
  };
}

/**
 * A word's key and what the readers asked of it so far: may a figure start
 * there, is it a place trigger. Filled in on first use (starts.ts, names.ts)
 * and kept for every later occurrence of the word.
 */
export interface WordFacts {
  key: string;
  start?: boolean;
  trigger?: boolean;
}

// a token's key depends on its text alone (its norm is the text normalised)
const wordFacts = perWord((text): WordFacts => ({ key: keyOf(text, normalize(text)) }));
const otherFacts = perWord((text): WordFacts => ({ key: normalize(text) }));

export function wordView(ctx: DocContext): WordView {
  const toks: Token[] = [];
  const keys: string[] = [];
  const facts: WordFacts[] = [];
  for (const t of ctx.tokens) {
    if (t.type === 'space') continue;
    const f = t.type === 'word' ? wordFacts(t.text) : otherFacts(t.text);
    toks.push(t);
    keys.push(f.key);
    facts.push(f);
  }
  return { text: ctx.text, toks, keys, facts, n: toks.length, stems: new Array(toks.length) };
}

// the cuts of a key are the same in every document (readers never change them)
const stemsOfKey = perWord((key) => stems(key));

/** The ways to cut proclitics and the article off word k (cached). */
export function stemsAt(v: WordView, k: number): Stem[] {
  let s = v.stems[k];
  if (!s) {
    s = stemsOfKey(v.keys[k]!);
    v.stems[k] = s;
  }
  return s;
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
