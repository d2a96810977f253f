// What an annotator can do with a span Isnad kept but could not place (its
// text changed, was deleted, or its offsets do not read): accept the text now
// at its offsets, re-attach it to an occurrence of its words they choose, or
// delete it with what refers to it. Each is a new .ann that changes only the
// lines concerned; the choice is the annotator's, never made by distance.

import type { Fragment, TextBoundLine, TextEdit } from './model.js';
import { refsOf } from './model.js';
import { parseAnn } from './parse.js';
import { lineEdits } from './line-edits.js';
import { SourceText } from './text-spans.js';
import { withFragments } from './textbound-rewrite.js';
import { anchoredIn, duplicateIds, offsetsReadable } from './placeable.js';

export type Repair =
  | { kind: 'accept'; id: string; line: number; text: string; edits: TextEdit[]; found: string }
  | { kind: 'reattach'; id: string; line: number; text: string; edits: TextEdit[]; found: string; at: Fragment[]; txtLine: number }
  | { kind: 'delete'; id: string; line: number; text: string; edits: TextEdit[]; removed: number };

/** How many occurrences of a span's words are offered to re-attach it to. */
const MAX_REATTACH = 3;

/** The T lines of the file that are not on their text in `txt` (and have an id of their own). */
export function misplacedLines(annText: string, txt: string): TextBoundLine[] {
  const doc = parseAnn(annText);
  const src = new SourceText(txt);
  const dup = duplicateIds(doc);
  return doc.lines.filter((l): l is TextBoundLine => l.kind === 'textbound' && !dup.has(l.id) && !anchoredIn(l, src));
}

/**
 * The repairs of the T line at 0-based `line` of the .ann, against the article
 * text `txt`. `doubted`: the span is on its words but its place is in doubt
 * (the same words beside it): re-attaching is offered to the other
 * occurrences; accepting it where it is changes no line (the caller's).
 */
export function repairsFor(annText: string, txt: string, line: number, doubted = false): Repair[] {
  const doc = parseAnn(annText);
  const l = doc.lines[line];
  if (!l || l.kind !== 'textbound' || doc.conflicted) return [];
  const src = new SourceText(txt);
  const here = anchoredIn(l, src);
  if (duplicateIds(doc).has(l.id) || (here && !doubted)) return [];
  const out: Repair[] = [];
  const rewrite = (raw: string) => lineEdits(doc, { replace: new Map([[l.line, raw]]) });
  if (!here && offsetsReadable(l, src.length)) {
    const found = src.textOf(l.fragments);
    if (found.trim() !== '' && !found.includes('\n') && !found.includes('\r')) out.push({ kind: 'accept', id: l.id, line, found, ...rewrite(withFragments(l, l.fragments, found)) });
  }
  if (l.text !== '') {
    // the occurrences of its stored words, nearest to where it was first: the annotator picks one
    const near = offsetsReadable(l, src.length) ? src.cp.toUtf16(l.fragments[0]![0]) : 0;
    const at: number[] = [];
    for (let i = txt.indexOf(l.text); i >= 0; i = txt.indexOf(l.text, i + 1)) at.push(i);
    at.sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
    for (const i of at.filter((i) => !(here && l.fragments.length === 1 && src.cp.toUtf16(l.fragments[0]![0]) === i)).slice(0, MAX_REATTACH)) {
      if (/[\r\n]/.test(l.text)) break;
      const frag: Fragment[] = [src.toCodePoints(i, i + l.text.length)];
      const txtLine = (txt.slice(0, i).match(/\r\n|\r|\n/g) ?? []).length;
      out.push({ kind: 'reattach', id: l.id, line, found: l.text, at: frag, txtLine, ...rewrite(withFragments(l, frag, l.text)) });
    }
  }
  const gone = new Set([l.id]);
  const remove = new Map<number, null>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const x of doc.lines) {
      if (remove.has(x.line)) continue;
      const own = 'id' in x ? x.id : undefined;
      if ((own !== undefined && gone.has(own)) || refsOf(x).some((r) => gone.has(r))) {
        remove.set(x.line, null);
        if (own) gone.add(own);
        grew = true;
      }
    }
  }
  out.push({ kind: 'delete', id: l.id, line, removed: remove.size, ...lineEdits(doc, { replace: remove }) });
  return out;
}
