// The three ways of counting positions, and exact conversion between them:
// UTF-16 indices (JavaScript strings, the core), Unicode code points (standoff
// files, the CLI), and LSP line/character (UTF-16 within a line; \r\n, \r and
// \n all end a line).

/** Converts UTF-16 offsets to code point offsets and back, in O(log n) each. */
export class CodePoints {
  /** UTF-16 indices of the low half of each surrogate pair, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i + 1);
          i++;
        }
      }
    }
  }

  /** Number of pairs whose low half lies before UTF-16 index `u`. */
  private pairsBefore(u: number): number {
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Code point offset of a UTF-16 offset (an offset inside a pair counts the pair as before it). */
  toCodePoint(u: number): number {
    return u - this.pairsBefore(u);
  }

  /** UTF-16 offset of a code point offset (never inside a surrogate pair). */
  toUtf16(cp: number): number {
    // pair i starts at UTF-16 index astral[i] - 1, which is code point astral[i] - 1 - i;
    // every pair that starts before code point cp adds one unit
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! - 1 - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  get length(): number {
    return this.text.length - this.astral.length;
  }
}

export interface LineCol {
  line: number;
  character: number;
}

/** Line starts for LSP positions (UTF-16 characters within a line). Keeps no copy of the text. */
export class Lines {
  readonly starts: number[] = [0];
  /** Where each line's content ends (before its line break). */
  readonly ends: number[] = [];
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        this.ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) {
        this.ends.push(i);
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }

  positionAt(offset: number): LineCol {
    offset = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }

  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.length;
    // a character past the end of the line means the end of that line (LSP), not the next one
    const start = this.starts[pos.line]!;
    return Math.max(start, Math.min(start + pos.character, this.ends[pos.line]!));
  }
}
