// An analysis → the spans the client decorates, and the counts its status bar
// shows. Which kinds count, and under which key, is the kinds table's
// (core/kinds.ts); marks (kinds with no model of their own) are drawn from
// their row alone.
import { evidenceOf } from '../core/evidence/weak.js';
import { KINDS, type FindingKind } from '../core/kinds.js';
import type { DocState } from './documents.js';
import { weakText } from './evidence.js';
import { english, type Translate } from './l10n.js';
import type { DecoratedSpan, FindingsParams } from './protocol.js';

/** The status bar's counts of kinds: the spans of each kind that has a counter. */
export function kindCounts(spans: DecoratedSpan[], kinds: readonly FindingKind[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of kinds) if (k.counter) counts[k.counter.key] = 0;
  const byKind = new Map(kinds.filter((k) => k.counter).map((k) => [k.kind, k.counter!.key]));
  for (const s of spans) {
    const key = byKind.get(s.kind);
    if (key) counts[key]!++;
  }
  return counts;
}

/** The spans still to review: the kinds marked `unreviewed`, not annotated. */
export function unreviewedCount(spans: DecoratedSpan[], kinds: readonly FindingKind[]): number {
  const suggested = new Set(kinds.filter((k) => k.unreviewed).map((k) => k.kind));
  return spans.filter((s) => !s.annotated && suggested.has(s.kind)).length;
}

export function findingsOf(state: DocState, conflicts = 0, t: Translate = english): FindingsParams {
  const spans: DecoratedSpan[] = [];
  const a = state.analysis;
  const range = (s: { start: number; end: number }) => ({ start: state.lines.positionAt(s.start), end: state.lines.positionAt(s.end) });
  if (a) {
    const ev = evidenceOf(a);
    // weak: the reason, for the client to draw the span fainter and say why
    const weak = (r: (typeof ev.places)[number]): { weak?: string } => (r ? { weak: weakText(r, t) } : {});
    a.figures.forEach((f, i) => {
      if (f.kind === 'identifier') return;
      spans.push({ ...range(f), kind: 'figure', detail: f.kind, ...weak(ev.figures[i]!) });
    });
    a.places.forEach((p, i) => spans.push({ ...range(p), kind: 'place', detail: p.type, ...weak(ev.places[i]!) }));
    for (const at of a.attributions) {
      spans.push({ ...range(at.cue), kind: 'cue' });
      if (!at.source.resolved && at.source.end > at.source.start) spans.push({ ...range(at.source), kind: 'source', detail: at.source.type });
      if (at.content.end > at.content.start) spans.push({ ...range(at.content), kind: 'content' });
    }
    for (const m of a.marks) spans.push({ ...range(m), kind: m.kind, ...(m.detail ? { detail: m.detail } : {}) });
  }
  const kinds = a?.kinds ?? KINDS;
  return {
    uri: state.uri,
    version: state.version,
    spans,
    counts: { ...(kindCounts(spans, kinds) as FindingsParams['counts']), conflicts, annotated: 0, unreviewed: unreviewedCount(spans, kinds) },
    skipped: state.refused?.ruleId,
  };
}
