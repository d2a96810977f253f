// An analysis → the spans the client decorates, and the counts its status bar shows.
import type { DocState } from './documents.js';
import type { DecoratedSpan, FindingsParams } from './protocol.js';

export function findingsOf(state: DocState, conflicts = 0): FindingsParams {
  const spans: DecoratedSpan[] = [];
  const a = state.analysis;
  const range = (s: { start: number; end: number }) => ({ start: state.lines.positionAt(s.start), end: state.lines.positionAt(s.end) });
  let figures = 0;
  if (a) {
    for (const f of a.figures) {
      if (f.kind === 'identifier') continue;
      figures++;
      spans.push({ ...range(f), kind: 'figure', detail: f.kind });
    }
    for (const p of a.places) spans.push({ ...range(p), kind: 'place', detail: p.type });
    for (const at of a.attributions) {
      spans.push({ ...range(at.cue), kind: 'cue' });
      if (!at.source.resolved && at.source.end > at.source.start) spans.push({ ...range(at.source), kind: 'source', detail: at.source.type });
      if (at.content.end > at.content.start) spans.push({ ...range(at.content), kind: 'content' });
    }
  }
  return {
    uri: state.uri,
    version: state.version,
    spans,
    counts: {
      figures,
      places: a?.places.length ?? 0,
      attributions: a?.attributions.length ?? 0,
      conflicts,
      annotated: 0,
      unreviewed: spans.filter((s) => s.kind === 'figure' || s.kind === 'place').length,
    },
    skipped: state.refused?.ruleId,
  };
}
