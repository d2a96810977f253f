// Re-anchoring after the .txt changed outside the editor (a teammate's
// commit, a pull): every T line whose stored text no longer sits at its
// offsets follows the text around it (follow-by-context.ts). A span that
// cannot be followed is reported and kept exactly as it was, never deleted
// and never moved to another occurrence of its words.

import type { AnnDocument, AnnProblem, Fragment, TextBoundLine, TextEdit } from './model.js';
import { parseAnn } from './parse.js';
import { lineEdits } from './line-edits.js';
import { SourceText, splitStoredText } from './text-spans.js';
import { SpanFinder } from './find-span.js';
import { withFragments } from './textbound-rewrite.js';
import { followByContext } from './follow-by-context.js';
import { equalRuns, shiftOf, type Run } from './text-diff.js';
import { anchoredIn, duplicateIds } from './placeable.js';
import { said, saying, type Said } from './messages.js';

export interface Moved {
  id: string;
  line: number;
  from: Fragment[];
  to: Fragment[];
  /** 'normalized' when only a normalised match was found: the stored text was updated to the text found. */
  how: 'exact' | 'normalized';
}

export type ReanchorResult =
  | { ok: true; text: string; edits: TextEdit[]; moved: Moved[]; problems: AnnProblem[] }
  | { ok: false; problems: AnnProblem[] };

/** Does the T line's stored text sit at its offsets (or at `fragments`, when given)? */
export function isAnchored(l: TextBoundLine, src: SourceText, fragments: Fragment[] = l.fragments): boolean {
  return fragments.every(([s, e]) => s <= e && e <= src.length) && src.textOf(fragments) === l.text;
}

export function unanchoredProblem(l: TextBoundLine, why: Said): AnnProblem {
  return {
    line: l.line,
    start: l.at?.tail?.[0] ?? 0,
    end: l.raw.length,
    severity: 'error',
    code: 'unanchored',
    ...saying(said('unanchored', { line: l.line + 1, id: l.id, text: l.text, why })),
  };
}

/**
 * Looks up a span's stored pieces near UTF-16 offsets `near` (one per
 * fragment). Returns new code point fragments, or null.
 */
export function locateFragments(l: TextBoundLine, finder: SpanFinder, near: number[], within = Infinity): { fragments: Fragment[]; how: 'exact' | 'normalized' } | null {
  // a single fragment is looked up by its whole text even if its offsets were mistyped
  const pieces = l.fragments.length === 1 ? [l.text] : splitStoredText(l.text, l.fragments);
  if (!pieces) return null;
  const src = finder.src;
  const out: Fragment[] = [];
  let how: 'exact' | 'normalized' = 'exact';
  let shift = 0;
  for (let k = 0; k < pieces.length; k++) {
    // later fragments keep their distance to the first one
    const f = finder.find(pieces[k]!, near[k]! + shift, within);
    if (!f) return null;
    if (k === 0) shift = f.start - near[0]!;
    if (f.how === 'normalized') how = 'normalized';
    out.push(src.toCodePoints(f.start, f.end));
  }
  return { fragments: out, how };
}

/** One span's new fragments after the text went from `old` to `src`, or null when it cannot be told. */
function followSpan(l: TextBoundLine, old: SourceText, src: SourceText, runs: Run[] | null): Fragment[] | null {
  const u = l.fragments.map((f) => old.toUtf16(f));
  const s = u[0]![0];
  const e = u[u.length - 1]![1];
  // inside a stretch the diff kept: it moves with the text around it; else it is recognised by its surroundings
  let shift = runs ? shiftOf(runs, s, e) : null;
  if (shift === null) {
    const at = followByContext(old.text, src.text, s, e);
    if (at === null) return null;
    shift = at - s;
  }
  const out = u.map(([a, b]) => src.toCodePoints(a + shift!, b + shift!));
  return isAnchored(l, src, out) ? out : null;
}

/**
 * Re-anchors every T line that no longer matches `newTxt`. With `oldTxt`
 * (the text the file was made for) a span moves with the text around it and
 * is kept, unchanged and reported, when its own text changed or vanished:
 * never moved to another occurrence of its words by distance. Without it
 * (the old text is unknown) only a span whose text occurs exactly once is
 * moved. Lines that cannot be placed (duplicate ids, offsets that do not
 * read, text not at its offsets in the old text) are kept byte for byte.
 * Files with syntax errors or conflict markers are refused.
 */
export function reanchor(annText: string, newTxt: string, oldTxt?: string): ReanchorResult {
  const doc: AnnDocument = parseAnn(annText);
  const blocking = doc.problems.filter((p) => p.severity === 'error');
  if (blocking.length) return { ok: false, problems: blocking };
  const src = new SourceText(newTxt);
  const old = oldTxt === undefined ? null : new SourceText(oldTxt);
  const dup = duplicateIds(doc);
  const runs = oldTxt === undefined ? null : equalRuns(oldTxt, newTxt);
  const finder = new SpanFinder(src);
  const replace = new Map<number, string>();
  const moved: Moved[] = [];
  const problems: AnnProblem[] = [];
  for (const l of doc.lines) {
    if (l.kind !== 'textbound' || dup.has(l.id)) continue; // a duplicate id is reported by validation, kept as written
    let found: { fragments: Fragment[]; how: 'exact' | 'normalized' } | null = null;
    if (old && anchoredIn(l, old)) {
      // every span follows the diff, even one whose offsets happen to read its text in the new text (other words now)
      const to = followSpan(l, old, src, runs);
      if (to && sameFragments(to, l.fragments)) continue;
      found = to && { fragments: to, how: 'exact' };
    } else if (isAnchored(l, src)) {
      continue;
    } else if (old) {
      problems.push(unanchoredProblem(l, said('notAtOffsets')));
      continue;
    } else if (l.fragments.length === 1) {
      found = finder.findUnique(l.text);
    }
    if (!found) {
      problems.push(unanchoredProblem(l, said(old ? 'noLongerInText' : 'notAtOffsets')));
      continue;
    }
    const text = src.textOf(found.fragments);
    replace.set(l.line, withFragments(l, found.fragments, text));
    moved.push({ id: l.id, line: l.line, from: l.fragments, to: found.fragments, how: found.how });
  }
  const { edits, text } = lineEdits(doc, { replace });
  return { ok: true, text, edits, moved, problems };
}

function sameFragments(a: Fragment[], b: Fragment[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i]![0] && e === b[i]![1]);
}
