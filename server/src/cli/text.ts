// The human-readable report: what the editor would show, one article at a time.
import { KINDS, type FindingKind } from '../core/kinds.js';
import { markKinds, type DocumentJson, type MarkJson } from './json.js';
import type { ConflictJson } from './story.js';
import { where } from './positions.js';

const fmt = (n: number | null): string => (n === null ? '∞' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));

/** An article's findings, one per line, each starting with path:line:column; `kinds`: those of its analysis. */
export function documentText(d: DocumentJson, kinds: readonly FindingKind[] = KINDS): string {
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
  for (const k of markKinds(kinds)) {
    const marks = (d[k.json] ?? []) as MarkJson[];
    lines.push(`  ${k.json} (${marks.length})`);
    for (const m of marks) lines.push(`    ${at(m)}  ${m.text}${m.detail ? `  (${m.detail})` : ''}`);
  }
  return lines.join('\n');
}

/**
 * The contradiction pairs, each once: a heading that says what is counted,
 * where, how sure the pair is and why, then each side once with its source
 * and its path:line:column. Hints (pairs below the confidence threshold) are
 * listed as such.
 */
export function conflictsText(conflicts: ConflictJson[]): string {
  const lines = [`conflicts (${conflicts.length})`];
  const heads = new Map<string, number>();
  for (const c of conflicts) {
    const kind = c.hint ? `hint (${c.kind})` : c.kind === 'update' ? 'update' : 'CONTRADICTION';
    let head = `${kind} · ${c.what}${c.eventText ? ` · ${c.eventText}` : ''} · confidence ${c.confidence.toFixed(2)} (${c.evidence.join(', ')})`;
    const n = (heads.get(head) ?? 0) + 1;
    heads.set(head, n);
    if (n > 1) head += ` (${n})`;
    lines.push(`  ${head}`);
    const seen = new Set<string>();
    for (const s of c.sides) {
      if (seen.has(`${s.path}:${s.start}`)) continue;
      seen.add(`${s.path}:${s.start}`);
      const value = s.min === s.max ? fmt(s.min) : `[${fmt(s.min)}, ${fmt(s.max)}]`;
      lines.push(`    ${value.padEnd(14)} ${s.text}  — ${s.chain.length > 1 ? s.chain.join(' ← ') : s.source}  ${where(s.path, s)}`);
    }
  }
  return lines.join('\n');
}

/** How many pairs conflictsText prints: the count the summary line gives. */
export function conflictGroups(conflicts: ConflictJson[]): number {
  return conflicts.length;
}
