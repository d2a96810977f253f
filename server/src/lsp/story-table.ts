// The `isnad/storyTable` request: the story's figures grouped by what is
// counted, for the story view and its CSV. The grouping is the core's
// (core/story/table.ts, shared with `isnad check --table`); this module
// finds the story and translates offsets to LSP ranges.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, sourceText, STRINGS, valueText, type Strings } from '../core/story/describe.js';
import { placeNames, storyTable as groupClaims, type TableRow } from '../core/story/table.js';
import type { Conflict, StoryClaim } from '../core/story/types.js';
import type { Conflicts } from './conflicts.js';
import type { StoryTableClaim, StoryTableParams, StoryTableResult, StoryTableRow } from './protocol.js';
import { storyOf, type IndexedDoc, type Stories } from './stories.js';

/** The story a URI names: the story of a known article, a known story folder, else the folder of the file. */
export function storyFor(uri: string, stories: Stories): string {
  const doc = stories.get(uri);
  if (doc) return doc.story;
  let folder: string;
  try {
    folder = fileURLToPath(uri).replace(/[\\/]+$/, '');
  } catch {
    return '';
  }
  for (const d of stories.all()) if (d.story === folder) return folder;
  return storyOf(uri);
}

/** The part-exceeds-whole messages of a row: the table shows disagreements within a row by itself. */
function notesOf(row: TableRow, strings: Strings): string[] {
  const out = new Set<string>();
  for (const c of row.conflicts) {
    if (c.relation === 'disagree') continue;
    const side = c.sides.find((s) => s.measure === row.measure && s.group === row.group);
    if (side) out.add(describe(c, side, strings));
  }
  return [...out];
}

/** Pure mapping: the story's articles and conflicts → the table the client shows. */
export function tableOf(story: string, docs: IndexedDoc[], conflicts: Conflict[], claimsOf: (doc: IndexedDoc) => StoryClaim[], strings: Strings = STRINGS): StoryTableResult {
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  const claims = docs.flatMap(claimsOf);
  const rows = groupClaims(claims, conflicts, placeNames(docs.flatMap((d) => d.findings.places)), strings);
  return {
    story,
    name: path.basename(story),
    articles: docs.length,
    rows: rows.map(
      (r): StoryTableRow => ({
        key: r.key,
        measure: r.measure,
        group: r.group,
        event: r.event,
        eventText: r.eventText,
        what: r.what,
        status: r.status,
        notes: notesOf(r, strings),
        related: r.related,
        claims: r.claims.map((c): StoryTableClaim => {
          const doc = byUri.get(c.docId)!;
          return {
            text: c.text,
            value: valueText(c),
            min: c.min,
            max: Number.isFinite(c.max) ? c.max : null,
            source: { text: c.source.text, type: c.source.type, chain: c.source.chain },
            sourceText: sourceText(c.source, c.outlet, strings),
            uri: c.docId,
            path: c.path,
            article: path.basename(c.path),
            ...(c.outlet ? { outlet: c.outlet } : {}),
            range: { start: doc.lines.positionAt(c.start), end: doc.lines.positionAt(c.end) },
            ...(c.conflict ? { conflict: c.conflict, camp: c.camp } : {}),
            ...(c.update ? { update: true } : {}),
            ...(c.role ? { role: c.role } : {}),
            ...(c.members ? { members: c.members } : {}),
          };
        }),
      }),
    ),
  };
}

/** The request handler: the table of the story of an article or folder (empty when nothing of it is indexed). */
export function storyTable(p: StoryTableParams, stories: Stories, conflicts: Conflicts): StoryTableResult {
  const story = storyFor(p.uri, stories);
  return tableOf(story, story ? stories.storyDocs(story) : [], story ? conflicts.storyConflicts(story) : [], (d) => conflicts.claimsOf(d), conflicts.strings);
}
