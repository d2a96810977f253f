// Which T lines Isnad may move when the text changes: those it can place
// without guessing. A line with a duplicate id, offsets that cannot be read
// (start after end, past the end, fragments out of order) or a stored text
// that is not the text at its offsets is kept byte for byte and reported;
// the other lines keep following the text (per-line safety, not per-file).

import type { AnnDocument, TextBoundLine } from './model.js';
import type { SourceText } from './text-spans.js';

/** Ids defined on more than one line: none of those lines can be moved safely. */
export function duplicateIds(doc: AnnDocument): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const l of doc.lines) {
    if (!('id' in l) || !l.id) continue;
    if (seen.has(l.id)) dup.add(l.id);
    seen.add(l.id);
  }
  return dup;
}

/** Offsets that can be read against a text of `length` code points. */
export function offsetsReadable(l: TextBoundLine, length: number): boolean {
  let prev = 0;
  for (const [s, e] of l.fragments) {
    if (s > e || e > length || s < prev) return false;
    prev = e;
  }
  return l.fragments.length > 0;
}

/** Is the line's stored text at its offsets in `src`? */
export function anchoredIn(l: TextBoundLine, src: SourceText): boolean {
  return offsetsReadable(l, src.length) && src.textOf(l.fragments) === l.text;
}

/** The T lines (by line number) that sit on their own text in `src` and have an id of their own. */
export function placeableLines(doc: AnnDocument, src: SourceText): Set<number> {
  const dup = duplicateIds(doc);
  const out = new Set<number>();
  for (const l of doc.lines) if (l.kind === 'textbound' && !dup.has(l.id) && anchoredIn(l, src)) out.add(l.line);
  return out;
}
