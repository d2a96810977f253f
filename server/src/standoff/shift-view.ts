// Typing that touches no annotated word only shifts the spans after it: their
// view (UTF-16 ranges) is shifted by the edit, without following the whole
// .ann (which rewrites every line after the edit). The same rule as
// follow-edits.ts: a change that ends at or before a span's start moves it,
// one that starts at or after its end leaves it; any other change touches the
// span, and the caller follows the .ann instead (null).
import type { TextChange } from './follow-edits.js';
import { parseAnn } from './parse.js';
import { duplicateIds } from './placeable.js';
import { misplacedLines } from './repair.js';
import type { AnnotationsView } from './view.js';

export function shiftView(view: AnnotationsView, changes: readonly TextChange[]): AnnotationsView | null {
  if (changes.length === 0) return view;
  const spans = view.spans.map((s) => ({ ...s, ranges: s.ranges.map(([a, b]) => [a, b] as [number, number]) }));
  for (const c of changes) {
    const delta = c.text.length - (c.end - c.start);
    for (const s of spans) {
      for (const r of s.ranges) {
        // an empty range: follow-edits.ts decides where an insertion at it goes
        if (r[0] >= r[1]) return null;
        if (c.end <= r[0]) {
          r[0] += delta;
          r[1] += delta;
        } else if (c.start < r[1]) return null;
      }
    }
  }
  return { spans, relations: view.relations };
}

/** May typing shift this .ann's view? Its syntax reads, no id is defined twice, and every span is on its text in `txt`. */
export function everySpanPlaced(annText: string, txt: string): boolean {
  const doc = parseAnn(annText);
  if (doc.conflicted || doc.problems.some((p) => p.severity === 'error')) return false;
  return duplicateIds(doc).size === 0 && misplacedLines(annText, txt).length === 0;
}
