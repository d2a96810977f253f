// Keeps the .ann in step while the .txt is edited in the editor. Changes come
// as the LSP incremental didChange gives them: in order, each a UTF-16 range
// of the text as it is at that moment, replaced by new text.
//   span before the change: stays; after it: shifts;
//   change inside the span: the span stretches and its stored text follows;
//   change across a boundary or over the whole span: the span is looked up
//   again by its stored text near its place (not further than NEARBY: a
//   deleted word must not jump to another occurrence of it), and if absent
//   it is flagged (kept, with its text, at its mapped place), never dropped.
//   A flagged span is looked up again after every later edit, so undo
//   brings it back.

import type { AnnProblem, Fragment, TextEdit } from './model.js';
import { parseAnn } from './parse.js';
import { lineEdits } from './line-edits.js';
import { fragmentsAvoidingBreaks, SourceText } from './text-spans.js';
import { SpanFinder } from './find-span.js';
import { withFragments } from './textbound-rewrite.js';
import { isAnchored, locateFragments, unanchoredProblem, type Moved } from './reanchor.js';
import { MESSAGES } from './messages.js';

export interface TextChange {
  /** UTF-16 [start, end) in the text before this change (after the previous ones). */
  start: number;
  end: number;
  text: string;
}

export interface Retexted {
  id: string;
  line: number;
  before: string;
  after: string;
}

export type FollowResult =
  | {
      ok: true;
      /** The .ann after the changes, and the minimal edits that give it. */
      text: string;
      edits: TextEdit[];
      /** Spans re-anchored by their text after an edit over their boundary. */
      moved: Moved[];
      /** Spans edited inside: their stored text was updated. */
      retexted: Retexted[];
      /** Spans that could not be re-anchored (kept, flagged). */
      problems: AnnProblem[];
    }
  | { ok: false; problems: AnnProblem[] };

/** How far (UTF-16 units) from its mapped place a span may be found again. */
const NEARBY = 64;

interface Tracked {
  s: number;
  e: number;
  damaged: boolean;
}

function mapPoint(p: number, c: TextChange, delta: number, inside: number): number {
  if (p <= c.start) return p;
  if (p >= c.end) return p + delta;
  return inside;
}

function follow(f: Tracked, c: TextChange): void {
  const delta = c.text.length - (c.end - c.start);
  if (f.damaged) {
    f.s = mapPoint(f.s, c, delta, c.start);
    f.e = mapPoint(f.e, c, delta, c.start + c.text.length);
    return;
  }
  if (c.end <= f.s && !(c.start === c.end && c.start === f.s && f.s === f.e)) {
    // before the span (an insertion right at its start goes before it)
    f.s += delta;
    f.e += delta;
  } else if (c.start >= f.e) {
    // after the span
  } else if (c.start >= f.s && c.end <= f.e && !(c.start === f.s && c.end === f.e) && f.e + delta > f.s) {
    f.e += delta;
  } else {
    f.damaged = true;
    f.s = mapPoint(f.s, c, delta, c.start);
    f.e = mapPoint(f.e, c, delta, c.start + c.text.length);
  }
}

export function followTextChanges(annText: string, oldTxt: string, changes: TextChange[]): FollowResult {
  const doc = parseAnn(annText);
  const blocking = doc.problems.filter((p) => p.severity === 'error');
  if (blocking.length) return { ok: false, problems: blocking };
  const before = new SourceText(oldTxt);
  const spans = new Map<number, { tracked: Tracked[]; anchored: boolean }>();
  for (const l of doc.lines) {
    if (l.kind !== 'textbound' || !l.fragments.every(([s, e]) => s <= e && e <= before.length)) continue;
    spans.set(l.line, {
      tracked: l.fragments.map((f) => {
        const [s, e] = before.toUtf16(f);
        return { s, e, damaged: false };
      }),
      anchored: isAnchored(l, before),
    });
  }
  let txt = oldTxt;
  for (const c of changes) {
    txt = txt.slice(0, c.start) + c.text + txt.slice(c.end);
    for (const { tracked } of spans.values()) for (const f of tracked) follow(f, c);
  }

  const after = new SourceText(txt);
  const finder = new SpanFinder(after);
  const replace = new Map<number, string>();
  const moved: Moved[] = [];
  const retexted: Retexted[] = [];
  const problems: AnnProblem[] = [];
  for (const l of doc.lines) {
    const t = spans.get(l.line);
    if (l.kind !== 'textbound' || !t) continue;
    // an edit inside a span may bring a line break into it: split there, as on creation
    const mapped: Fragment[] = t.tracked.flatMap((f) => (f.damaged ? [after.toCodePoints(f.s, f.e)] : fragmentsAvoidingBreaks(after, f.s, f.e)));
    if (t.tracked.some((f) => f.damaged) || !t.anchored) {
      const found = isAnchored(l, after, mapped) ? null : locateFragments(l, finder, t.tracked.map((f) => f.s), NEARBY);
      if (!found && isAnchored(l, after, mapped)) {
        // it matches where it was mapped (a flagged span whose text came back)
        if (!sameFragments(mapped, l.fragments)) replace.set(l.line, withFragments(l, mapped, l.text));
        continue;
      }
      if (found) {
        replace.set(l.line, withFragments(l, found.fragments, after.textOf(found.fragments)));
        moved.push({ id: l.id, line: l.line, from: l.fragments, to: found.fragments, how: found.how });
      } else {
        replace.set(l.line, withFragments(l, mapped, l.text));
        problems.push(unanchoredProblem(l, t.anchored ? MESSAGES.changedByEdit : MESSAGES.notAtOffsets));
      }
      continue;
    }
    const text = after.textOf(mapped);
    if (text !== l.text) retexted.push({ id: l.id, line: l.line, before: l.text, after: text });
    // a span that did not move keeps its line byte-identical
    if (text !== l.text || !sameFragments(mapped, l.fragments)) replace.set(l.line, withFragments(l, mapped, text));
  }
  const { edits, text } = lineEdits(doc, { replace });
  return { ok: true, text, edits, moved, retexted, problems };
}

function sameFragments(a: Fragment[], b: Fragment[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i]![0] && e === b[i]![1]);
}
