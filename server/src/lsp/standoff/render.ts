// The annotations on top of the detections, for the decorations: a detection
// that an annotation covers is drawn as the annotation (solid), a rejected
// suggestion is not drawn, an annotated span no detector found is added.
import { isRejected, type AnnotationsView } from '../../standoff/index.js';
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
  const spans: DecoratedSpan[] = [];
  for (const s of f.spans) {
    const type = TYPE_OF_KIND[s.kind];
    if (!type) {
      spans.push(s);
      continue;
    }
    const [start, end] = offset(s);
    if (isRejected(view, type, start, end)) continue;
    // covered by an annotation of its kind: the annotation is drawn instead
    if (annotated.some((a) => a.kind === s.kind && a.start < end && start < a.end)) continue;
    spans.push(s);
  }
  for (const a of annotated) {
    spans.push({ start: lines.positionAt(a.start), end: lines.positionAt(a.end), kind: a.kind, detail: 'annotated', annotated: true });
  }
  const unreviewed = unreviewedCount(spans, KINDS);
  const count = new Set(view.spans.filter((s) => KIND_OF_TYPE[s.type]).map((s) => s.id)).size;
  return { ...f, spans, counts: { ...f.counts, annotated: count, unreviewed } };
}
