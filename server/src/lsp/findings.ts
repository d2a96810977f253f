// An analysis → the spans the client decorates, and the counts its status bar shows.
import { evidenceOf } from '../core/evidence/weak.js';
import type { DocState } from './documents.js';
import { weakText } from './evidence.js';
import type { Translate } from './l10n.js';
import type { DecoratedSpan, FindingsParams } from './protocol.js';

export function findingsOf(state: DocState, conflicts: number, t: Translate): FindingsParams {
  const spans: DecoratedSpan[] = [];
  const a = state.analysis;
  const range = (s: { start: number; end: number }) => ({ start: state.lines.positionAt(s.start), end: state.lines.positionAt(s.end) });
  let figures = 0;
  if (a) {
    const ev = evidenceOf(a);
    // weak: the reason, for the client to draw the span fainter and say why
    const weak = (r: (typeof ev.places)[number]): { weak?: string } => (r ? { weak: weakText(r, t) } : {});
    a.figures.forEach((f, i) => {
      if (f.kind === 'identifier') return;
      figures++;
      spans.push({ ...range(f), kind: 'figure', detail: f.kind, ...weak(ev.figures[i]!) });
    });
    a.places.forEach((p, i) => spans.push({ ...range(p), kind: 'place', detail: p.type, ...weak(ev.places[i]!) }));
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
