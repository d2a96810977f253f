// The human-readable report: what the editor would show, one article at a time.
import type { DocumentJson } from './json.js';

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
