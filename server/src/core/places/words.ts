// What the scanner needs to know of a word is the same wherever the word
// occurs: the readings of it that start a gazetteer name, and the trigger it
// is. Cached per gazetteer, so a document costs one map look-up per word.
import type { Gazetteer } from './gazetteer.js';
import { readings, type Reading } from './clitics.js';
import { trigger, type Trigger } from './lexicon.js';
import type { TrieNode } from './trie.js';

/** A reading of a word and the trie node its key starts (undefined when none). */
export interface Start {
  r: Reading;
  node: TrieNode | undefined;
}

/** Every Start is made here: one shape wherever the scanner reads it. */
export function startOf(r: Reading, node: TrieNode | undefined): Start {
  return { r, node };
}

export interface WordInfo {
  /** Readings whose key starts a gazetteer name. */
  starts: Start[];
  /** The trigger noun the word is (through proclitics, never with ال). */
  trigger: Trigger | undefined;
}

const CACHE_LIMIT = 100_000;
const caches = new WeakMap<Gazetteer, Map<string, WordInfo>>();

/** The gazetteer's table of words already seen (the scanner reads it directly, once per word). */
export function cacheOf(gaz: Gazetteer): Map<string, WordInfo> {
  let cache = caches.get(gaz);
  if (!cache) caches.set(gaz, (cache = new Map()));
  return cache;
}

/** Works out a word's info and keeps it in the gazetteer's table. */
export function computeInfo(gaz: Gazetteer, norm: string): WordInfo {
  const cache = cacheOf(gaz);
  const info: WordInfo = { starts: [], trigger: undefined };
  for (const r of readings(norm)) {
    const node = gaz.start(r.key);
    if (node) info.starts.push(startOf(r, node));
    if (!info.trigger && !r.key.startsWith('ال')) info.trigger = trigger(r.key);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, info);
  return info;
}
