// `isnad check --table`: the story's figures grouped by what is counted, the
// same table as the editor's story view (core/story/table.ts), one per folder.
import path from 'node:path';
import { describe } from '../core/story/describe.js';
import { stripIsolates } from '../core/text/bidi.js';
import { indexTable, placeNames, type TableRow } from '../core/story/table.js';
import { Positions } from './positions.js';
import { buildStories, type Article } from './story.js';

const num = (n: number): number | null => (Number.isFinite(n) ? n : null);
const fmt = (n: number | null): string => (n === null ? '∞' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100));

/** One table per story (folder), in the order of the folders' names. */
export function storyTables(articles: Article[]) {
  const byId = new Map(articles.map((a) => [a.absolute, { article: a, positions: new Positions(a.analysis.text) }]));
  return buildStories(articles).map(({ dir, articles: list, index }) => {
    const rows: TableRow[] = indexTable(index, placeNames(list.flatMap((a) => a.analysis.places)));
    return {
      folder: path.relative(process.cwd(), dir) || '.',
      articles: list.length,
      rows: rows.map((r) => ({
        what: r.what,
        measure: r.measure,
        group: r.group,
        event: r.event,
        eventText: r.eventText,
        status: r.status,
        notes: [...new Set(r.conflicts.filter((c) => c.relation !== 'disagree').flatMap((c) => c.sides.filter((s) => s.measure === r.measure && s.group === r.group).slice(0, 1).map((s) => stripIsolates(describe(c, s)))))],
        claims: r.claims.map((c) => {
          const { article, positions } = byId.get(c.docId)!;
          return {
            text: c.text,
            min: num(c.min),
            max: num(c.max),
            source: c.source.type === 'article' ? c.source.text || (c.outlet ?? '') : c.source.text,
            sourceType: c.source.type,
            chain: c.source.chain,
            path: article.path,
            ...positions.at(c.start), // 1-based; the column in UTF-16 units, as VS Code counts
            conflict: c.conflict ?? null,
          };
        }),
      })),
    };
  });
}

export type StoryTableJson = ReturnType<typeof storyTables>[number];

const STATUS: Record<TableRow['status'], string> = { conflict: 'CONFLICT', update: 'update', differ: 'values differ', agree: 'agree', single: 'one source' };

/** The table as text: a heading per group (status · what · event), one line per value. */
export function tableText(t: StoryTableJson): string {
  const lines = [`figures of the story ${t.folder} (${t.articles} article(s), ${t.rows.length} group(s))`];
  for (const r of t.rows) {
    lines.push(`  ${STATUS[r.status]} · ${r.what}${r.eventText ? ` · ${r.eventText}` : ''}`);
    for (const c of r.claims) {
      const value = c.min === c.max ? fmt(c.min) : `[${fmt(c.min)}, ${fmt(c.max)}]`;
      const source = c.chain.length > 1 ? c.chain.join(' ← ') : c.source;
      lines.push(`    ${c.conflict ? '!' : ' '} ${value.padEnd(14)} ${c.text}  — ${source || '?'} (${c.sourceType})  ${c.path}:${c.line}:${c.column}`);
    }
    for (const n of r.notes) lines.push(`      ${n}`);
  }
  return lines.join('\n');
}
