// A trie over normalised word sequences: one node per word, so a name of n
// words is found in n map look-ups while walking the document's tokens.
import { normalize } from '../text/normalize.js';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Ids of the entries with a name ending here. */
  ids: string[];
}

/** The next-word map of every node no name goes on from (most of them): one shared empty map, replaced when a name does. */
const NO_NEXT: Map<string, TrieNode> = new Map();

const node = (): TrieNode => ({ next: NO_NEXT, ids: [] });

/** The words of a name as the tokenizer would give them, normalised. */
export function nameKey(name: string): string[] {
  return normalize(name)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export class NameTrie {
  private readonly root = new Map<string, TrieNode>();

  add(name: string, id: string): void {
    this.addWords(nameKey(name), id);
  }

  /** Adds a name already split into its key (nameKey). */
  addWords(words: string[], id: string): void {
    if (!words.length) return;
    let n: TrieNode | undefined = this.root.get(words[0]!);
    if (!n) this.root.set(words[0]!, (n = node()));
    for (let k = 1; k < words.length; k++) {
      let m: TrieNode | undefined = n.next.get(words[k]!);
      if (!m) {
        if (n.next === NO_NEXT) n.next = new Map();
        n.next.set(words[k]!, (m = node()));
      }
      n = m;
    }
    if (!n.ids.includes(id)) n.ids.push(id);
  }

  /** The node of a name's first word. */
  start(word: string): TrieNode | undefined {
    return this.root.get(word);
  }
}
