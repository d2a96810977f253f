// A reading of a .ann for the editor: each span with its attributes, notes,
// links and relations, in UTF-16 offsets of the .txt (what decorations,
// hovers and the detectors use). Review decisions are read from here too.

import type { AnnLine, TextBoundLine } from './model.js';
import { parseAnn } from './parse.js';
import { SourceText } from './text-spans.js';

export interface SpanView {
  id: string;
  type: string;
  /** 0-based .ann line. */
  line: number;
  /** UTF-16 [start, end) ranges in the .txt, one per fragment. */
  ranges: [number, number][];
  text: string;
  /** Valued attributes as strings, binary ones as true. */
  attributes: Record<string, string | true>;
  notes: string[];
  references: { db: string; id: string; text: string }[];
}

export interface RelationView {
  id: string;
  type: string;
  line: number;
  arg1: string;
  arg2: string;
  notes: string[];
}

export interface AnnotationsView {
  spans: SpanView[];
  relations: RelationView[];
}

export function viewAnnotations(annText: string, txt: string): AnnotationsView {
  const lines: AnnLine[] = parseAnn(annText).lines;
  const src = new SourceText(txt);
  const spans = new Map<string, SpanView>();
  const relations = new Map<string, RelationView>();
  for (const l of lines) {
    if (l.kind === 'textbound') spans.set(l.id, spanOf(l, src));
    if (l.kind === 'relation' && l.args.length === 2) relations.set(l.id, { id: l.id, type: l.type, line: l.line, arg1: l.args[0]!.ref, arg2: l.args[1]!.ref, notes: [] });
  }
  for (const l of lines) {
    if (l.kind === 'attribute') {
      const s = spans.get(l.target);
      if (s) s.attributes[l.type] = l.value ?? true;
    } else if (l.kind === 'note') {
      (spans.get(l.target) ?? relations.get(l.target))?.notes.push(l.text);
    } else if (l.kind === 'normalization') {
      spans.get(l.target)?.references.push({ db: l.refDb, id: l.refId, text: l.text });
    }
  }
  return { spans: [...spans.values()], relations: [...relations.values()] };
}

function spanOf(l: TextBoundLine, src: SourceText): SpanView {
  return {
    id: l.id,
    type: l.type,
    line: l.line,
    ranges: l.fragments.filter(([s, e]) => s <= e && e <= src.length).map((f) => src.toUtf16(f)),
    text: l.text,
    attributes: {},
    notes: [],
    references: [],
  };
}

/** Was a suggestion of this type at this UTF-16 range turned down by an annotator? */
export function isRejected(view: AnnotationsView, type: string, start: number, end: number): boolean {
  return view.spans.some((s) => s.type === 'Rejected' && s.attributes.RejectedType === type && s.ranges.some(([a, b]) => a === start && b === end));
}

/** Figures (by span id) superseded by a later revision (Supersedes: newer → older). */
export function supersededIds(view: AnnotationsView): Set<string> {
  return new Set(view.relations.filter((r) => r.type === 'Supersedes').map((r) => r.arg2));
}

/** The review decision recorded for a pair of figures, if any. */
export function reviewOf(view: AnnotationsView, a: string, b: string): 'Conflicts' | 'NotConflicting' | null {
  const r = view.relations.find((x) => (x.type === 'Conflicts' || x.type === 'NotConflicting') && ((x.arg1 === a && x.arg2 === b) || (x.arg1 === b && x.arg2 === a)));
  return (r?.type as 'Conflicts' | 'NotConflicting' | undefined) ?? null;
}
