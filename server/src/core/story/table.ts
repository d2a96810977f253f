// The story's figures as a table: its claims grouped by what is counted
// (measure, group and event), each with every source's value, and the status
// of the group — conflict, update, agreement — read from the story index's
// conflicts. The server's view, the CSV export and `isnad check --table` all
// use this one grouping. Pure: no protocol or file system.

import { overlaps } from '../claims/interval.js';
import type { Claim, Figure, Place } from '../types.js';
import { STRINGS, whatText, type Strings } from './describe.js';
import type { Conflict, DocMeta, StoryClaim } from './types.js';
import { withFields } from './with-fields.js';

/**
 * - conflict: a value of the group is a side of a contradiction;
 * - update: a value is a side of an update (a later, revised count) only;
 * - differ: the values differ and no conflict is reported (a measure that is
 *   never compared, like a plain count or an age);
 * - agree: several sources or articles, every value compatible with every other;
 * - single: one source in one article says it.
 */
export type TableStatus = 'conflict' | 'update' | 'differ' | 'agree' | 'single';

export interface TableClaim extends StoryClaim {
  /** Set when this value is a side of a conflict: the worst kind it is a side of. */
  conflict?: Conflict['kind'];
  /** Its camp in that conflict (0 the lower value or the whole, 1 the higher value or the part). */
  camp?: 0 | 1;
}

export interface TableRow {
  /** measure|group|event: stable while the story changes. */
  key: string;
  measure: string;
  group: string;
  event: string;
  /** The event's place as the articles write it, when they name one. */
  place?: string;
  /** The event for people: its place as written, else the places of its key by name (حلب – دمشق), else ''. */
  eventText: string;
  /** "police killed" (English, like the diagnostics). */
  what: string;
  status: TableStatus;
  /** Every claim, lowest value first. */
  claims: TableClaim[];
  /** The conflicts any value of the row is a side of (a part above its whole involves two rows). */
  conflicts: Conflict[];
  /** Keys of the other rows those conflicts involve. */
  related: string[];
}

/** Gazetteer id → canonical name, from the places the story's articles mention. */
export function placeNames(places: Iterable<Place>): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of places) if (p.id && !out.has(p.id)) out.set(p.id, p.name);
  return out;
}

/** A document's claims as the story index files them (with the figure's span and text). */
export function storyClaims(docId: string, claims: Claim[], figures: Figure[], meta: DocMeta): StoryClaim[] {
  const out: StoryClaim[] = [];
  for (const c of claims) {
    const f = figures[c.figure];
    if (!f) continue;
    out.push(withFields(c, { docId, start: f.start, end: f.end, text: f.text, path: meta.path, outlet: meta.outlet }));
  }
  return out;
}

export const rowKey = (c: { measure: string; group: string; event: string }): string => `${c.measure}|${c.group}|${c.event}`;
const sideKey = (s: { docId: string; figure: number; measure: string; group: string }): string => `${s.docId}#${s.figure}#${s.measure}#${s.group}`;

const RANK: Record<TableStatus, number> = { conflict: 0, update: 1, differ: 2, agree: 3, single: 4 };

function mostCommon(values: (string | undefined)[]): string | undefined {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, k] of n) if (best === undefined || k > n.get(best)!) best = v;
  return best;
}

function statusOf(claims: TableClaim[]): TableStatus {
  if (claims.some((c) => c.conflict === 'contradiction')) return 'conflict';
  if (claims.some((c) => c.conflict === 'update')) return 'update';
  const voices = new Set(claims.map((c) => `${c.docId}\u0000${c.source.text}`));
  // one voice saying a value twice the same way is still one source
  if (voices.size < 2 && claims.every((c) => overlaps(c, claims[0]!))) return 'single';
  for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) if (!overlaps(claims[i]!, claims[j]!)) return 'differ';
  return 'agree';
}

/**
 * Groups the story's claims by what is counted. Rows with a conflict come
 * first, then updates, differences, agreements and single claims; within a
 * status, the rows with more values first.
 */
export function storyTable(claims: Iterable<StoryClaim>, conflicts: Conflict[], names: Map<string, string> = new Map(), strings: Strings = STRINGS): TableRow[] {
  const named = (key: string): string => key.split('|').map((k) => names.get(k) ?? k).join(' – ');
  const sides = new Map<string, { kind: Conflict['kind']; camp: 0 | 1; conflicts: Conflict[] }>();
  for (const c of conflicts) {
    for (const s of c.sides) {
      const k = sideKey(s);
      const seen = sides.get(k);
      if (!seen) sides.set(k, { kind: c.kind, camp: s.camp, conflicts: [c] });
      else {
        if (!seen.conflicts.includes(c)) seen.conflicts.push(c);
        if (c.kind === 'contradiction' && seen.kind !== 'contradiction') Object.assign(seen, { kind: c.kind, camp: s.camp });
      }
    }
  }
  const rows = new Map<string, { claims: TableClaim[]; conflicts: Map<string, Conflict> }>();
  for (const c of claims) {
    const k = rowKey(c);
    let row = rows.get(k);
    if (!row) rows.set(k, (row = { claims: [], conflicts: new Map() }));
    const side = sides.get(sideKey(c));
    const tc: TableClaim = withFields(c, {});
    if (side) {
      tc.conflict = side.kind;
      tc.camp = side.camp;
      for (const x of side.conflicts) row.conflicts.set(x.id, x);
    }
    row.claims.push(tc);
  }
  const out: TableRow[] = [];
  for (const [key, row] of rows) {
    const first = row.claims[0]!;
    row.claims.sort((a, b) => a.min - b.min || a.max - b.max || a.path.localeCompare(b.path) || a.start - b.start);
    const related = new Set<string>();
    for (const x of row.conflicts.values()) for (const s of x.sides) if (rowKey({ ...s, event: x.event }) !== key) related.add(rowKey({ ...s, event: x.event }));
    const place = mostCommon(row.claims.map((c) => c.place));
    out.push({
      key,
      measure: first.measure,
      group: first.group,
      event: first.event,
      ...(place ? { place } : {}),
      eventText: place ?? named(first.event),
      what: whatText(first.measure, names.get(first.group) ?? first.group, strings),
      status: statusOf(row.claims),
      claims: row.claims,
      conflicts: [...row.conflicts.values()],
      related: [...related].sort(),
    });
  }
  return out.sort((a, b) => RANK[a.status] - RANK[b.status] || b.claims.length - a.claims.length || a.what.localeCompare(b.what) || a.key.localeCompare(b.key));
}

/** The table of everything a story index holds. */
export function indexTable(index: { documents(): string[]; claimsOf(docId: string): StoryClaim[]; conflicts(): Conflict[] }, names?: Map<string, string>): TableRow[] {
  return storyTable(
    index.documents().flatMap((d) => index.claimsOf(d)),
    index.conflicts(),
    names,
  );
}
