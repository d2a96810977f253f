// Splits a file into lines that keep their own line ending, so joining them
// gives the file back exactly (CRLF, lone CR, missing final newline).

import type { Eol } from './model.js';

export interface RawLine {
  raw: string;
  eol: Eol;
  /** UTF-16 offset of the line's first character in the file. */
  offset: number;
}

export function splitLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ raw: text.slice(start, m.index), eol: m[0] as Eol, offset: start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ raw: text.slice(start), eol: '', offset: start });
  return out;
}
