// The human-readable report: what the editor would show, one article at a time.
import type { DocumentJson } from './json.js';
import type { ConflictJson } from './story.js';
import { where } from './positions.js';

const fmt = (n: number | null): string => (n === null ? '∞' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));

/** An article's findings, one per line, each starting with path:line:column. */
export function documentText(d: DocumentJson): string {
  const at = (s: { line: number; column: number }) => where(d.path, s);
  const lines = [`${d.path}`];
  lines.push(`  figures (${d.figures.length})`);
  for (const f of d.figures) {
    const value = f.value !== null && f.min === f.max ? fmt(f.value) : `${f.value !== null ? fmt(f.value) + ' ' : ''}[${fmt(f.min)}, ${fmt(f.max)}]`;
    const extra = [f.kind, f.qualifier, f.unit, f.counted, f.source?.text].filter(Boolean).join(' · ');
    lines.push(`    ${at(f)}  ${f.text}  = ${value}  (${extra})`);
  }
  lines.push(`  places (${d.places.length})`);
  for (const p of d.places) lines.push(`    ${at(p)}  ${p.text}  → ${p.name}${p.nameEn ? ` / ${p.nameEn}` : ''} (${p.type}${p.id ? `, ${p.id}` : ''})`);
  lines.push(`  attributions (${d.attributions.length})`);
  for (const a of d.attributions) lines.push(`    ${at(a.cue)}  ${a.cue.text} ← ${a.source.text} (${a.source.type}${a.source.chain.length > 1 ? `; ${a.source.chain.join(' ← ')}` : ''})`);
  return lines.join('\n');
}

/**
 * The conflicts grouped by what is counted and where: one heading per group
 * (a contradiction or an update), each value once with its source and its
 * path:line:column, whatever number of conflicts the engine filed it in.
 */
export function conflictsText(conflicts: ConflictJson[]): string {
  const groups = new Map<string, { head: string; sides: Map<string, ConflictJson['sides'][number]> }>();
  for (const c of conflicts) {
    const head = `${c.kind === 'update' ? 'update' : 'CONTRADICTION'} · ${c.what}${c.eventText ? ` · ${c.eventText}` : ''}`;
    let g = groups.get(head);
    if (!g) groups.set(head, (g = { head, sides: new Map() }));
    for (const s of c.sides) if (!g.sides.has(`${s.path}:${s.start}`)) g.sides.set(`${s.path}:${s.start}`, s);
  }
  const lines = [`conflicts (${groups.size})`];
  for (const g of groups.values()) {
    lines.push(`  ${g.head}`);
    const sides = [...g.sides.values()].sort((a, b) => (a.min ?? Infinity) - (b.min ?? Infinity) || a.path.localeCompare(b.path) || a.start - b.start);
    for (const s of sides) {
      const value = s.min === s.max ? fmt(s.min) : `[${fmt(s.min)}, ${fmt(s.max)}]`;
      lines.push(`    ${value.padEnd(14)} ${s.text}  — ${s.chain.length > 1 ? s.chain.join(' ← ') : s.source}  ${where(s.path, s)}`);
    }
  }
  return lines.join('\n');
}

/** How many groups conflictsText prints: the count the summary line gives. */
export function conflictGroups(conflicts: ConflictJson[]): number {
  return new Set(conflicts.map((c) => `${c.kind === 'update'}|${c.what}|${c.eventText}`)).size;
}
