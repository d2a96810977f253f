// Re-anchoring after the .txt changed outside the editor (a teammate's
// commit, a pull): every T line whose stored text no longer sits at its
// offsets is looked up by that text near its old place. A span that cannot
// be found is reported and kept exactly as it was, never deleted.

import type { AnnDocument, AnnProblem, Fragment, TextBoundLine, TextEdit } from './model.js';
import { parseAnn } from './parse.js';
import { lineEdits } from './line-edits.js';
import { SourceText, splitStoredText } from './text-spans.js';
import { SpanFinder } from './find-span.js';
import { withFragments } from './textbound-rewrite.js';
import { message, MESSAGES } from './messages.js';

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

export function unanchoredProblem(l: TextBoundLine, why: string): AnnProblem {
  return {
    line: l.line,
    start: l.at?.tail?.[0] ?? 0,
    end: l.raw.length,
    severity: 'error',
    code: 'unanchored',
    message: message(MESSAGES.unanchored, { line: l.line + 1, id: l.id, text: l.text, why }),
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

/** Where a code point offset of the old text probably is in the new text (UTF-16). */
function estimator(oldTxt: string | undefined, newTxt: string, src: SourceText): (cp: number) => number {
  if (oldTxt === undefined) return (cp) => src.cp.toUtf16(Math.min(cp, src.length));
  const old = new SourceText(oldTxt);
  // the changed region is what lies between the common prefix and suffix
  let p = 0;
  const max = Math.min(oldTxt.length, newTxt.length);
  while (p < max && oldTxt.charCodeAt(p) === newTxt.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && oldTxt.charCodeAt(oldTxt.length - 1 - q) === newTxt.charCodeAt(newTxt.length - 1 - q)) q++;
  const delta = newTxt.length - oldTxt.length;
  return (cp) => {
    const u = old.cp.toUtf16(Math.min(cp, old.length));
    if (u <= p) return u;
    if (u >= oldTxt.length - q) return u + delta;
    return p;
  };
}

/**
 * Re-anchors every T line that no longer matches `newTxt`. `oldTxt`, when
 * known, says where the text changed, so a repeated word is matched at the
 * right occurrence. Files with syntax errors or conflict markers are refused.
 */
export function reanchor(annText: string, newTxt: string, oldTxt?: string): ReanchorResult {
  const doc: AnnDocument = parseAnn(annText);
  const blocking = doc.problems.filter((p) => p.severity === 'error');
  if (blocking.length) return { ok: false, problems: blocking };
  const src = new SourceText(newTxt);
  const finder = new SpanFinder(src);
  const estimate = estimator(oldTxt, newTxt, src);
  const replace = new Map<number, string>();
  const moved: Moved[] = [];
  const problems: AnnProblem[] = [];
  for (const l of doc.lines) {
    if (l.kind !== 'textbound' || isAnchored(l, src)) continue;
    const found = locateFragments(l, finder, l.fragments.map(([s]) => estimate(s)));
    if (!found) {
      problems.push(unanchoredProblem(l, MESSAGES.noLongerInText));
      continue;
    }
    const text = src.textOf(found.fragments);
    replace.set(l.line, withFragments(l, found.fragments, text));
    moved.push({ id: l.id, line: l.line, from: l.fragments, to: found.fragments, how: found.how });
  }
  const { edits, text } = lineEdits(doc, { replace });
  return { ok: true, text, edits, moved, problems };
}
