// Word-by-word phrase lookup for the lexicons (longest match), on the keys
// of word-key.ts: the figure tables (number words, counted nouns, units,
// qualifiers, months, idioms) and any table whose phrases are matched against
// a document's words. The first word may carry proclitics (proclitics.ts);
// the following words are matched as written.

import type { Stem } from './proclitics.js';
import { phraseKeys } from './word-key.js';

/**
 * The words a trie is matched against: each word's key, its sentence, its
 * proclitic stems and the mask of tries that may start there (worked out
 * once per spelling by the detector that makes the view).
 */
export interface KeyedWords {
  n: number;
  keys: readonly string[];
  toks: readonly { sentence: number }[];
  facts: readonly { stems: Stem[]; tries: number }[];
}

interface Node<V> {
  value?: V;
  next: Map<string, Node<V>>;
}

export interface PhraseMatch<V> {
  value: V;
  /** Index of the first and last word of the match. */
  first: number;
  last: number;
  /** Folded characters cut from the first word (proclitics, article). */
  cut: number;
  article: boolean;
}

export interface MatchOptions {
  /** Allow proclitics and the article on the first word. */
  clitics?: boolean;
  /** Allow the article only (no conjunction or preposition). */
  articleOnly?: boolean;
}

/** Every trie, in the order made: the first 31 have a bit in a word's mask of tries (figures/facts.ts). */
const TRIES: Array<PhraseTrie<unknown>> = [];
/** Masks are computed from the tries as they are; a phrase added after that turns the mask test off. */
let masksMade = false;
let masksValid = true;

/**
 * The tries (as bits) in which the key or one of its stems starts a phrase:
 * no other trie can match at a word with this key. Worked out once per
 * spelling (facts.ts), so that most look-ups end at one bit test.
 */
export function triesStartingAt(key: string, stems: readonly Stem[]): number {
  masksMade = true;
  let mask = 0;
  for (const t of TRIES) {
    if (t.bit === 0) continue;
    if (t.startsWith(key)) mask |= t.bit;
    else for (const s of stems) if (t.startsWith(s.stem)) mask |= t.bit;
  }
  return mask;
}

export class PhraseTrie<V> {
  private root: Node<V> = { next: new Map() };
  /** This trie's bit in a word's mask of tries, or 0 (then the mask says nothing of it). */
  readonly bit: number;

  constructor() {
    this.bit = TRIES.length < 31 ? 1 << TRIES.length : 0;
    TRIES.push(this as PhraseTrie<unknown>);
  }

  /** Does a phrase start with this key? */
  startsWith(key: string): boolean {
    return this.root.next.has(key);
  }

  add(phrase: string, value: V): void {
    if (masksMade) masksValid = false;
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Does the single key (no clitics) start or make a phrase? */
  has(key: string): boolean {
    return this.root.next.has(key);
  }

  match(v: KeyedWords, k: number, opts: MatchOptions = {}): PhraseMatch<V> | null {
    if (k < 0 || k >= v.n) return null;
    // no phrase here starts with the word or any of its stems: most look-ups end here
    if (this.bit !== 0 && masksValid && (v.facts[k]!.tries & this.bit) === 0) return null;
    const key = v.keys[k]!;
    if (!opts.clitics && !opts.articleOnly) {
      const start = this.root.next.get(key);
      return start ? this.extend(v, k, start, BARE) : null;
    }
    for (const c of v.facts[k]!.stems) {
      if (opts.articleOnly && !(c.cut === 0 || (c.article && c.cut === 2))) continue;
      const start = this.root.next.get(c.stem);
      if (!start) continue;
      const best = this.extend(v, k, start, c);
      if (best) return best;
    }
    return null;
  }

  /** Keys that start a phrase: a word that is none of them cannot match. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys();
  }

  private extend(v: KeyedWords, k: number, start: Node<V>, c: Stem): PhraseMatch<V> | null {
    let best: PhraseMatch<V> | null = start.value !== undefined ? { value: start.value, first: k, last: k, cut: c.cut, article: c.article } : null;
      let node = start;
      const sentence = v.toks[k]!.sentence;
      for (let j = k + 1; j < v.n && v.toks[j]!.sentence === sentence; j++) {
        const child = node.next.get(v.keys[j]!);
        if (!child) break;
        node = child;
        if (node.value !== undefined) best = { value: node.value, first: k, last: j, cut: c.cut, article: c.article };
      }
      return best;
  }
}

const BARE: Stem = { stem: '', cut: 0, article: false };

/** A trie of every form of a { value: forms[] } record. */
export function trieOf<V>(entries: Iterable<[V, readonly string[]]>): PhraseTrie<V> {
  const t = new PhraseTrie<V>();
  for (const [value, forms] of entries) for (const f of forms) t.add(f, value);
  return t;
}
