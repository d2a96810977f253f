// The annotations on top of the detections, for the decorations: a detection
// that an annotation covers is drawn as the annotation (solid), a rejected
// suggestion is not drawn, an annotated span no detector found is added.
import type { AnnotationsView } from '../../standoff/index.js';
import type { Lines } from '../../core/text/offsets.js';
import { KINDS } from '../../core/kinds.js';
import { unreviewedCount } from '../findings.js';
import type { DecoratedSpan, FindingsParams, SpanKind } from '../protocol.js';

/** The span kind of a brat type and back, from the kinds table (core/kinds.ts). */
export const KIND_OF_TYPE: Record<string, SpanKind> = Object.fromEntries(KINDS.flatMap((k) => (k.brat ? [[k.brat.type, k.kind]] : [])));
export const TYPE_OF_KIND: Partial<Record<SpanKind, string>> = Object.fromEntries(KINDS.flatMap((k) => (k.brat ? [[k.kind, k.brat.type]] : [])));

export function withAnnotations(f: FindingsParams, view: AnnotationsView | null, lines: Lines): FindingsParams {
  if (!view) return f;
  const offset = (s: DecoratedSpan): [number, number] => [lines.offsetAt(s.start), lines.offsetAt(s.end)];
  const annotated: { kind: SpanKind; start: number; end: number; type: string }[] = [];
  for (const s of view.spans) {
    const kind = KIND_OF_TYPE[s.type];
    if (!kind) continue;
    for (const [start, end] of s.ranges) annotated.push({ kind, start, end, type: s.type });
  }
  // looked up per detection: a scan of every annotation for each of them cost 8 ms a key with 500 (bench-annotations)
  const covers = coverIndex(annotated);
  const rejected = rejectedKeys(view);
  const spans: DecoratedSpan[] = [];
  for (const s of f.spans) {
    const type = TYPE_OF_KIND[s.kind];
    if (!type) {
      spans.push(s);
      continue;
    }
    const [start, end] = offset(s);
    if (rejected.size && rejected.has(`${type}\u0000${start}\u0000${end}`)) continue;
    // covered by an annotation of its kind: the annotation is drawn instead
    if (covers(s.kind, start, end)) continue;
    spans.push(s);
  }
  for (const a of annotated) {
    spans.push({ start: lines.positionAt(a.start), end: lines.positionAt(a.end), kind: a.kind, detail: 'annotated', annotated: true });
  }
  const unreviewed = unreviewedCount(spans, KINDS);
  const count = new Set(view.spans.filter((s) => KIND_OF_TYPE[s.type]).map((s) => s.id)).size;
  return { ...f, spans, counts: { ...f.counts, annotated: count, unreviewed } };
}

/** The suggestions turned down (isRejected's test, as keys of type and range). */
function rejectedKeys(view: AnnotationsView): Set<string> {
  const out = new Set<string>();
  for (const s of view.spans) {
    const type = s.type === 'Rejected' ? s.attributes.RejectedType : undefined;
    if (typeof type === 'string') for (const [a, b] of s.ranges) out.add(`${type}\u0000${a}\u0000${b}`);
  }
  return out;
}

/** Does an annotation of this kind overlap [start, end)? Per kind: starts sorted, with the furthest end up to each, searched by halves. */
function coverIndex(annotated: { kind: SpanKind; start: number; end: number }[]): (kind: SpanKind, start: number, end: number) => boolean {
  const byKind = new Map<SpanKind, { starts: number[]; maxEnd: number[] }>();
  const sorted = [...annotated].sort((a, b) => a.start - b.start);
  for (const a of sorted) {
    let k = byKind.get(a.kind);
    if (!k) byKind.set(a.kind, (k = { starts: [], maxEnd: [] }));
    k.maxEnd.push(Math.max(a.end, k.maxEnd.at(-1) ?? -Infinity));
    k.starts.push(a.start);
  }
  return (kind, start, end) => {
    const k = byKind.get(kind);
    if (!k) return false;
    // the annotations that start before `end`: the first k.starts[i] >= end bounds them
    let lo = 0;
    let hi = k.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (k.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && k.maxEnd[lo - 1]! > start;
  };
}
