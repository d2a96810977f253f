// didChange content changes (line/character ranges, or a whole new text)
// as UTF-16 offset changes for followTextChanges. Each range is read in the
// text left by the changes before it, as the protocol defines.

import { Lines, type LineCol } from '../core/text/offsets.js';
import type { TextChange } from './follow-edits.js';

export interface ContentChange {
  range?: { start: LineCol; end: LineCol };
  text: string;
}

export function toTextChanges(before: string, changes: ContentChange[]): { changes: TextChange[]; after: string } {
  const out: TextChange[] = [];
  let text = before;
  for (const c of changes) {
    let start = 0;
    let end = text.length;
    if (c.range) {
      const lines = new Lines(text);
      start = lines.offsetAt(c.range.start);
      end = lines.offsetAt(c.range.end);
    }
    out.push({ start, end, text: c.text });
    text = text.slice(0, start) + c.text + text.slice(end);
  }
  return { changes: out, after: text };
}
