// The human-readable report: what the editor would show, one article at a time.
import type { DocumentJson } from './json.js';
import type { ConflictJson } from './story.js';

const fmt = (n: number | null): string => (n === null ? '∞' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));

export function documentText(d: DocumentJson): string {
  const lines = [`${d.path}`];
  lines.push(`  figures (${d.figures.length})`);
  for (const f of d.figures) {
    const value = f.value !== null && f.min === f.max ? fmt(f.value) : `${f.value !== null ? fmt(f.value) + ' ' : ''}[${fmt(f.min)}, ${fmt(f.max)}]`;
    const extra = [f.kind, f.qualifier, f.unit, f.counted, f.source?.text].filter(Boolean).join(' · ');
    lines.push(`    ${String(f.start).padStart(6)}  ${f.text}  = ${value}  (${extra})`);
  }
  lines.push(`  places (${d.places.length})`);
  for (const p of d.places) lines.push(`    ${String(p.start).padStart(6)}  ${p.text}  → ${p.name}${p.nameEn ? ` / ${p.nameEn}` : ''} (${p.type}${p.id ? `, ${p.id}` : ''})`);
  lines.push(`  attributions (${d.attributions.length})`);
  for (const a of d.attributions) lines.push(`    ${String(a.cue.start).padStart(6)}  ${a.cue.text} ← ${a.source.text} (${a.source.type}${a.source.chain.length > 1 ? `; ${a.source.chain.join(' ← ')}` : ''})`);
  return lines.join('\n');
}

/** Conflicts grouped by what is counted: each side's value, source and article. */
export function conflictsText(conflicts: ConflictJson[]): string {
  const lines = [`conflicts (${conflicts.length})`];
  for (const c of conflicts) {
    const kind = c.hint ? `hint (${c.kind})` : c.kind === 'update' ? 'update' : 'CONTRADICTION';
    lines.push(`  ${kind} · ${c.what}${c.event ? ` · ${c.event}` : ''} · confidence ${c.confidence} (${c.evidence.join(', ')})`);
    for (const s of c.sides) {
      const value = s.min === s.max ? fmt(s.min) : `[${fmt(s.min)}, ${fmt(s.max)}]`;
      lines.push(`    ${value.padEnd(14)} ${s.text}  — ${s.chain.length > 1 ? s.chain.join(' ← ') : s.source}  (${s.path}:${s.start})`);
    }
  }
  return lines.join('\n');
}
