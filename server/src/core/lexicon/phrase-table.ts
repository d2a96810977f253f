// Phrase tables indexed by their first (normalised) word, longest phrase
// first: a detector probes one hash per word and walks only the phrases that
// start there. Shared by attributions (source heads, named sources) and any
// lexicon with multiword entries.
import { normalize } from '../text/normalize.js';

export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Multi-word phrases keyed by their first normalised word, longest first. */
export type PhraseTable<T> = Map<string, Phrase<T>[]>;

export function addPhrase<T>(table: PhraseTable<T>, phrase: string, value: T): void {
  const words = normalize(phrase).split(/\s+/).filter(Boolean);
  if (!words.length) return;
  const list = table.get(words[0]!) ?? [];
  list.push({ words, value });
  list.sort((a, b) => b.words.length - a.words.length);
  table.set(words[0]!, list);
}

/** Without ال, the bare noun and the noun with ال; with ال, as it is. */
export function withArticle(w: string): string[] {
  const n = normalize(w);
  return n.startsWith('ال') ? [w] : [w, 'ال' + w];
}
