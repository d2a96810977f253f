// A number for every word (a token's norm) met so far, and each token's
// number in its document, found once. The claim readers ask dozens of phrase
// lists at every word; a list's memo of which words may start one of its
// phrases is then a byte array indexed by that number (claims/lexicon.ts), not
// a map of strings per list: one string look-up per word and document instead
// of one per word and list, and a few bytes per word and list.
// Token arrays are never changed once made (claims/rejoin.ts makes a new one).

/** Past so many words the numbering starts afresh (a long-running server reading ever new text); memos made before are dropped. */
const MAX_WORDS = 200_000;

const numbers = new Map<string, number>();
let generation = 1;

interface DocNumbers {
  generation: number;
  /** The number of each token's norm plus one; 0: not numbered yet. */
  ids: Int32Array;
}
const docs = new WeakMap<readonly { norm: string }[], DocNumbers>();
let lastTokens: readonly { norm: string }[] | null = null;
let lastDoc: DocNumbers | null = null;

/** The numbering's generation: a memo indexed by word numbers is valid only in the generation it was made in. */
export function wordGeneration(): number {
  return generation;
}

/** The number of token i's norm (the same for the same norm in every document of one generation). */
export function wordNumber(tokens: readonly { norm: string }[], i: number): number {
  let d = tokens === lastTokens ? lastDoc! : docs.get(tokens);
  if (!d || d.generation !== generation) docs.set(tokens, (d = { generation, ids: new Int32Array(tokens.length) }));
  lastTokens = tokens;
  lastDoc = d;
  const known = d.ids[i]!;
  if (known !== 0) return known - 1;
  const norm = tokens[i]!.norm;
  let n = numbers.get(norm);
  if (n === undefined) {
    if (numbers.size >= MAX_WORDS) {
      numbers.clear();
      generation++;
      docs.set(tokens, (d = lastDoc = { generation, ids: new Int32Array(tokens.length) }));
    }
    n = numbers.size;
    numbers.set(norm, n);
  }
  d.ids[i] = n + 1;
  return n;
}

/** A yes/no memo per word number (0: not asked yet), growing as words are numbered; cleared with a new generation. */
export class WordMemo {
  private bytes = new Uint8Array(1024);
  private generation = generation;

  /** 1 no, 2 yes, 0 not known. */
  get(n: number): number {
    if (this.generation !== generation) {
      this.bytes = new Uint8Array(1024);
      this.generation = generation;
      return 0;
    }
    return n < this.bytes.length ? this.bytes[n]! : 0;
  }

  set(n: number, yes: boolean): void {
    if (this.generation !== generation) {
      this.bytes = new Uint8Array(1024);
      this.generation = generation;
    }
    if (n >= this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size <= n) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[n] = yes ? 2 : 1;
  }
}
