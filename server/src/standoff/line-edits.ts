// Turns line-level changes into minimal text edits of the .ann file: only the
// changed lines are touched, every other byte stays where it was, so a
// workspace edit built from them is undone in one step.

import type { AnnDocument, TextEdit } from './model.js';

export interface LineChanges {
  /** New raw text (no line ending) for a line, or null to delete the line. */
  replace?: Map<number, string | null>;
  /** Raw lines to add at the end of the file. */
  append?: string[];
}

export interface EditResult {
  edits: TextEdit[];
  /** The file after the edits. */
  text: string;
}

export function lineEdits(doc: AnnDocument, changes: LineChanges): EditResult {
  const edits: TextEdit[] = [];
  let offset = 0;
  let text = '';
  for (const l of doc.lines) {
    const len = l.raw.length + l.eol.length;
    const r = changes.replace?.get(l.line);
    if (r === undefined) {
      text += l.raw + l.eol;
    } else if (r === null) {
      const prev = edits[edits.length - 1];
      // neighbouring deletions become one edit
      if (prev && prev.end === offset && prev.newText === '') prev.end = offset + len;
      else edits.push({ start: offset, end: offset + len, newText: '' });
    } else if (r !== l.raw) {
      edits.push({ start: offset, end: offset + l.raw.length, newText: r });
      text += r + l.eol;
    } else {
      text += l.raw + l.eol;
    }
    offset += len;
  }
  const append = changes.append ?? [];
  if (append.length) {
    const last = doc.lines[doc.lines.length - 1];
    // a file without a final line ending gets one before the new lines
    const lead = last && last.eol === '' && text !== '' ? doc.eol : '';
    const added = lead + append.map((a) => a + doc.eol).join('');
    edits.push({ start: offset, end: offset, newText: added });
    text += added;
  }
  return { edits, text };
}

/** Applies edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (const e of sorted) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}
