// The text a T line must store: the .txt at its code point fragments, joined
// by one space (brat's separator for discontinuous spans).

import { CodePoints } from '../core/text/offsets.js';
import type { Fragment } from './model.js';

export const FRAGMENT_SEPARATOR = ' ';

/** The .txt and its code point index, built once per text. */
export class SourceText {
  readonly cp: CodePoints;
  constructor(readonly text: string) {
    this.cp = new CodePoints(text);
  }

  /** Length in code points (the largest valid offset). */
  get length(): number {
    return this.cp.length;
  }

  /** UTF-16 [start, end) of a code point fragment. */
  toUtf16([s, e]: Fragment): [number, number] {
    return [this.cp.toUtf16(s), this.cp.toUtf16(e)];
  }

  /** Code point fragment of a UTF-16 [start, end). */
  toCodePoints(start: number, end: number): Fragment {
    return [this.cp.toCodePoint(start), this.cp.toCodePoint(end)];
  }

  slice(f: Fragment): string {
    const [s, e] = this.toUtf16(f);
    return this.text.slice(s, e);
  }

  /** The stored text a T line with these fragments must carry. */
  textOf(fragments: Fragment[]): string {
    return fragments.map((f) => this.slice(f)).join(FRAGMENT_SEPARATOR);
  }
}

/**
 * Splits a UTF-16 span of the .txt at line breaks into code point fragments,
 * because a T line's text cannot hold a line break (brat does the same).
 */
export function fragmentsAvoidingBreaks(src: SourceText, start: number, end: number): Fragment[] {
  const out: Fragment[] = [];
  const re = /[\r\n\u2028\u2029\u0085]+/g;
  re.lastIndex = start;
  let s = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src.text)) !== null && m.index < end) {
    if (m.index > s) out.push(src.toCodePoints(s, m.index));
    s = Math.min(end, m.index + m[0].length);
  }
  if (end > s || out.length === 0) out.push(src.toCodePoints(s, Math.max(s, end)));
  return out;
}

/** Splits a stored T text into the pieces of each fragment, by fragment lengths in code points. */
export function splitStoredText(text: string, fragments: Fragment[]): string[] | null {
  const chars = Array.from(text);
  const out: string[] = [];
  let i = 0;
  for (let k = 0; k < fragments.length; k++) {
    const [s, e] = fragments[k]!;
    if (k > 0) {
      if (chars[i] !== FRAGMENT_SEPARATOR) return null;
      i++;
    }
    out.push(chars.slice(i, i + (e - s)).join(''));
    i += e - s;
  }
  return i === chars.length ? out : null;
}
