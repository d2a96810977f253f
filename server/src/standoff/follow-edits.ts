// Keeps the .ann in step while the .txt is edited in the editor. Changes come
// as the LSP incremental didChange gives them: in order, each a UTF-16 range
// of the text as it is at that moment, replaced by new text.
//   span before the change: stays; after it: shifts;
//   change inside the span: the span stretches and its stored text follows;
//   change across a boundary or over the whole span: the span's stored text
//   is looked for only in what that edit left in its place (retyped around
//   its words); else it is marked, never moved to another occurrence: kept
//   with its old text at the edited words, or, when its words were deleted,
//   kept as written (an empty span is never written). A marked span keeps
//   following the text by position, so undo brings it back.
// Lines Isnad cannot place (placeable.ts), and those the caller says to keep
// (`kept`: their place is in doubt), are kept byte for byte.

import type { AnnProblem, Fragment, TextBoundLine, TextEdit } from './model.js';
import { parseAnn, rememberParsed } from './parse.js';
import { lineEdits } from './line-edits.js';
import { fragmentsAvoidingBreaks, SourceText } from './text-spans.js';
import { rewritten } from './textbound-rewrite.js';
import { isAnchored, unanchoredProblem, type Moved } from './reanchor.js';
import { duplicateIds, offsetsReadable, placeableLines } from './placeable.js';
import { said } from './messages.js';

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
      /** Ids of spans whose text an edit changed: kept at the edited words with their old text, marked. */
      marked: string[];
    }
  | { ok: false; problems: AnnProblem[] };

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

/**
 * Follows the editor's changes. Only lines Isnad can place are moved
 * (placeable.ts); `flagged` names spans Isnad itself marked earlier in this
 * editing session (their text was changed by an edit): they keep following
 * the text by position, so undo brings them back, but are never searched for.
 * `kept` names spans whose place is in doubt (the annotator is asked): their
 * lines are not moved at all.
 */
export function followTextChanges(annText: string, oldTxt: string, changes: TextChange[], flagged: ReadonlySet<string> = new Set(), kept: ReadonlySet<string> = new Set()): FollowResult {
  const doc = parseAnn(annText);
  const blocking = doc.problems.filter((p) => p.severity === 'error');
  if (blocking.length) return { ok: false, problems: blocking };
  const before = new SourceText(oldTxt);
  const placeable = placeableLines(doc, before);
  const dup = duplicateIds(doc);
  const spans = new Map<number, { tracked: Tracked[]; anchored: boolean }>();
  for (const l of doc.lines) {
    if (l.kind !== 'textbound' || kept.has(l.id)) continue;
    const anchored = placeable.has(l.line);
    if (!anchored && !(flagged.has(l.id) && !dup.has(l.id) && offsetsReadable(l, before.length))) continue;
    spans.set(l.line, {
      tracked: l.fragments.map((f) => {
        const [s, e] = before.toUtf16(f);
        return { s, e, damaged: false };
      }),
      anchored,
    });
  }
  let txt = oldTxt;
  for (const c of changes) {
    txt = txt.slice(0, c.start) + c.text + txt.slice(c.end);
    for (const { tracked } of spans.values()) for (const f of tracked) follow(f, c);
  }

  const after = new SourceText(txt);
  const replace = new Map<number, string>();
  const rewrittenLines = new Map<number, TextBoundLine>();
  const put = (l: TextBoundLine, fragments: Fragment[], text: string): void => {
    const r = rewritten(l, fragments, text);
    replace.set(l.line, r.raw);
    rewrittenLines.set(l.line, r);
  };
  const moved: Moved[] = [];
  const retexted: Retexted[] = [];
  const problems: AnnProblem[] = [];
  const marked: string[] = [];
  for (const l of doc.lines) {
    const t = spans.get(l.line);
    if (l.kind !== 'textbound' || !t) continue;
    // an edit inside a span may bring a line break into it: split there, as on creation
    const mapped: Fragment[] = t.tracked.flatMap((f) => (f.damaged ? [after.toCodePoints(f.s, f.e)] : fragmentsAvoidingBreaks(after, f.s, f.e)));
    if (t.tracked.some((f) => f.damaged) || !t.anchored) {
      if (isAnchored(l, after, mapped)) {
        // it matches where it was mapped (a flagged span whose text came back, a word retyped as it was)
        if (!sameFragments(mapped, l.fragments)) put(l, mapped, l.text);
        continue;
      }
      // the edit that damaged it may have retyped it around its words: look for them only in what the edit left there
      const found = t.anchored ? withinEdit(l, after, t.tracked) : null;
      if (found) {
        put(l, found, after.textOf(found));
        moved.push({ id: l.id, line: l.line, from: l.fragments, to: found, how: 'exact' });
        continue;
      }
      const vanished = mapped.every(([s, e]) => s === e);
      // its words were deleted: the line is kept as written (an empty span is never written)
      if (!vanished) put(l, mapped, l.text);
      if (!vanished) marked.push(l.id);
      problems.push(unanchoredProblem(l, said(vanished ? 'deletedByEdit' : 'changedByEdit')));
      continue;
    }
    const text = after.textOf(mapped);
    if (text !== l.text) retexted.push({ id: l.id, line: l.line, before: l.text, after: text });
    // a span that did not move keeps its line byte-identical
    if (text !== l.text || !sameFragments(mapped, l.fragments)) put(l, mapped, text);
  }
  const { edits, text } = lineEdits(doc, { replace });
  // the new file's reading, known line by line: the next reader (the view, the next key) need not parse it
  rememberParsed(text, { ...doc, lines: doc.lines.map((l) => rewrittenLines.get(l.line) ?? l) });
  return { ok: true, text, edits, moved, retexted, problems, marked };
}

/** The only occurrence of a one-fragment span's text inside the region its damaged piece was mapped to. */
function withinEdit(l: TextBoundLine, after: SourceText, tracked: Tracked[]): Fragment[] | null {
  if (tracked.length !== 1) return null;
  const { s, e } = tracked[0]!;
  const region = after.text.slice(s, e);
  const i = region.indexOf(l.text);
  if (i < 0 || l.text === '' || region.indexOf(l.text, i + 1) >= 0) return null;
  return [after.toCodePoints(s + i, s + i + l.text.length)];
}

function sameFragments(a: Fragment[], b: Fragment[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i]![0] && e === b[i]![1]);
}
