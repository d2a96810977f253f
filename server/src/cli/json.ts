// The machine-readable report. Offsets count Unicode code points (the unit of
// standoff files), end exclusive; `text` is that exact slice. `line` and
// `column` (1-based, the column in UTF-16 units as VS Code counts) say where
// the span starts, as the text report prints it (path:line:column).
import type { Analysis } from '../core/analyse.js';
import type { FindingKind } from '../core/kinds.js';
import { CodePoints } from '../core/text/offsets.js';
import { Positions } from './positions.js';

const num = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** The kinds whose findings are marks (types.ts Mark), each listed under its JSON name. */
export function markKinds(kinds: readonly FindingKind[]): (FindingKind & { json: string })[] {
  return kinds.filter((k): k is FindingKind & { json: string } => k.collection === 'marks' && k.json !== null);
}

export interface MarkJson {
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  detail: string | null;
  facts: Record<string, string>;
}

export function documentJson(path: string, a: Analysis) {
  const cp = new CodePoints(a.text);
  const pos = new Positions(a.text);
  const at = (s: { start: number; end: number }) => ({ start: cp.toCodePoint(s.start), end: cp.toCodePoint(s.end), ...pos.at(s.start) });
  // a kind with no model of its own: its marks under its JSON name (core/kinds.ts), after the shipped lists
  const marks: Record<string, MarkJson[]> = {};
  for (const k of markKinds(a.kinds)) marks[k.json] = a.marks.filter((m) => m.kind === k.kind).map((m) => ({ ...at(m), text: m.text, detail: m.detail ?? null, facts: m.facts ?? {} }));
  const json = {
    path,
    figures: a.figures
      .filter((f) => f.kind !== 'identifier')
      .map((f) => ({
        ...at(f),
        text: f.text,
        kind: f.kind,
        detail: f.detail ?? null,
        value: f.value,
        min: num(f.min),
        max: num(f.max),
        qualifier: f.qualifier,
        unit: f.unit,
        counted: f.counted ? f.counted.text : null,
        countedLemma: f.counted ? f.counted.lemma : null,
        source: f.source ? { text: f.source.text, type: f.source.type, chain: f.source.chain } : null,
      })),
    places: a.places.map((p) => ({ ...at(p), text: p.text, name: p.name, nameEn: p.nameEn ?? null, type: p.type, id: p.id })),
    attributions: a.attributions.map((x) => ({
      cue: { ...at(x.cue), text: x.cue.text },
      source: { ...at(x.source), text: x.source.text, type: x.source.type, chain: x.source.chain, links: x.source.links.map((l) => ({ ...at(l), text: l.text })) },
      content: at(x.content),
    })),
    identifiers: a.figures.filter((f) => f.kind === 'identifier').map((f) => ({ ...at(f), text: f.text })),
  };
  return { ...json, ...marks } as typeof json & { [json: string]: unknown };
}

export type DocumentJson = ReturnType<typeof documentJson>;
