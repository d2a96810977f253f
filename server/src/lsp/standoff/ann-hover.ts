// The hover of the annotations under the cursor in an article: type,
// attributes, normalisation, notes and relations of each, in Markdown.
import type { AnnotationsView } from '../../standoff/index.js';
import type { Translate } from '../l10n.js';

/** Hover lines for the annotations at a UTF-16 offset of the article, with the range they cover. */
export function annotationHover(view: AnnotationsView | null, offset: number, t: Translate): { markdown: string; start: number; end: number } | null {
  if (!view) return null;
  const at = view.spans.filter((s) => s.ranges.some(([a, b]) => a <= offset && offset < b));
  if (!at.length) return null;
  const lines: string[] = [];
  let start = Infinity;
  let end = -Infinity;
  for (const s of at) {
    for (const [a, b] of s.ranges) if (a <= offset && offset < b) (start = Math.min(start, a)), (end = Math.max(end, b));
    lines.push(`**${t('Annotation')} ${s.id}** ${s.type} «${s.text}»`, '');
    for (const [k, v] of Object.entries(s.attributes)) lines.push(`- ${k}${v === true ? '' : `: ${v}`}`);
    for (const r of s.references) lines.push(`- ${t('Normalisation')}: ${r.db}:${r.id}${r.text ? ` (${r.text})` : ''}`);
    for (const n of s.notes) lines.push(`- ${t('Note')}: ${n}`);
    for (const r of view.relations) {
      if (r.arg1 !== s.id && r.arg2 !== s.id) continue;
      const other = view.spans.find((x) => x.id === (r.arg1 === s.id ? r.arg2 : r.arg1));
      lines.push(`- ${t('Relation')}: ${r.type} ${r.arg1} → ${r.arg2}${other ? ` («${other.text}»)` : ''}${r.notes.length ? ` — ${r.notes.join('; ')}` : ''}`);
    }
    lines.push('');
  }
  return { markdown: lines.join('\n').trim(), start, end };
}
