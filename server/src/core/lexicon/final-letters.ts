// A quick reject by a word's last letter. Cutting proclitics (و، ب، ال، لل)
// never changes how a word ends, so a word whose last letter ends no word of
// a list has no form in it, and a reader asking at every word of a text
// stops there without a look-up. The letters are kept as a bitset of their
// UTF-16 unit folded to 10 bits: a collision only lets a word through to the
// full look-up, never turns one away.

export class FinalLetters {
  private readonly bits = new Uint32Array(32);
  /** An empty word in the list: every word may end like it. */
  private any = false;

  /** Adds the last letter of a word of the list. */
  add(word: string): void {
    if (!word) {
      this.any = true;
      return;
    }
    const c = word.charCodeAt(word.length - 1) & 1023;
    this.bits[c >> 5]! |= 1 << (c & 31);
  }

  /** May a word ending like this one (proclitics aside) be a word of the list? An empty word always may. */
  mayEnd(word: string): boolean {
    if (!word || this.any) return true;
    const c = word.charCodeAt(word.length - 1) & 1023;
    return (this.bits[c >> 5]! & (1 << (c & 31))) !== 0;
  }
}
