// The story's figures grouped by what is counted, on the real Kirkuk story:
// the same grouping serves the editor's story view, its CSV and `isnad check --table`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse, type Analysis } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import { indexTable, placeNames, storyClaims, storyTable, type TableRow } from '../../server/src/core/story/table.js';
import type { Conflict, StoryClaim } from '../../server/src/core/story/types.js';
import { Conflicts } from '../../server/src/lsp/conflicts.js';
import { Stories } from '../../server/src/lsp/stories.js';
import { storyTable as requestTable, tableOf } from '../../server/src/lsp/story-table.js';
import { storyTables, tableText } from '../../server/src/cli/table.js';
import { kirkukFiles, KIRKUK, describeShared, itShared, hasShared } from './corpus.js';

const analyses = new Map<string, Analysis>();
const index = new StoryIndex();
let rows: TableRow[] = [];
before(() => {
  if (!hasShared) return;
  for (const f of kirkukFiles()) {
    const a = analyse(fs.readFileSync(f, 'utf8'));
    analyses.set(f, a);
    index.update(f, a.claims, a.figures, { path: f, outlet: path.basename(f, '.txt') });
  }
  rows = indexTable(index, placeNames([...analyses.values()].flatMap((a) => a.places)));
});

const article = (p: string): string => path.basename(p).slice(0, 3);
const row = (what: string): TableRow => {
  const r = rows.find((x) => x.what === what && x.claims.length > 1);
  assert.ok(r, `a row "${what}" among ${rows.map((x) => x.what).join(', ')}`);
  return r;
};

describeShared('story table: the Kirkuk story grouped by what is counted', () => {
  it('police killed: 6 from three articles against 5 from 004, a conflict', () => {
    const r = row('police killed');
    assert.equal(r.status, 'conflict');
    const sixes = r.claims.filter((c) => c.min === 6 && c.max === 6).map((c) => article(c.path)).sort();
    const fives = r.claims.filter((c) => c.min === 5 && c.max === 5).map((c) => article(c.path));
    assert.deepEqual(sixes, ['001', '002', '003']);
    assert.deepEqual(fives, ['004']);
    assert.ok(r.claims.every((c) => c.conflict === 'contradiction'), 'every value is marked as a side');
    assert.notEqual(r.claims.find((c) => c.min === 5)!.camp, r.claims.find((c) => c.min === 6)!.camp, 'five and six are in different camps');
    assert.equal(r.claims[0]!.min, 5, 'lowest value first');
  });

  it('police wounded: 12 in 001 and 002, an agreement', () => {
    const r = row('police wounded');
    assert.equal(r.status, 'agree');
    assert.deepEqual(r.claims.map((c) => `${article(c.path)}:${c.min}`).sort(), ['001:12', '002:12']);
    assert.ok(r.claims.every((c) => c.conflict === undefined));
  });

  it('files every claim of the index in exactly one row, and every conflict side is marked', () => {
    const all = index.documents().flatMap((d) => index.claimsOf(d));
    assert.equal(rows.reduce((n, r) => n + r.claims.length, 0), all.length);
    for (const c of index.conflicts())
      for (const s of c.sides) {
        const found = rows.flatMap((r) => r.claims).find((x) => x.docId === s.docId && x.figure === s.figure && x.measure === s.measure && x.group === s.group);
        assert.ok(found?.conflict, `side ${s.text} of ${c.id} marked`);
      }
  });

  it('puts the rows in conflict first', () => {
    const ranks = rows.map((r) => ['conflict', 'update', 'differ', 'agree', 'single'].indexOf(r.status));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    assert.equal(rows.filter((r) => r.status === 'conflict').length >= 3, true);
  });

  it('names the places of an event from its gazetteer ids: the distance from Kirkuk', () => {
    const r = rows.find((x) => x.measure === 'distance' && x.claims.some((c) => c.min === 255));
    assert.ok(r, 'the distance row');
    assert.match(r.eventText, /كركوك/);
    assert.doesNotMatch(r.eventText, /geonames:/);
  });
});

describe('story table: status of a group', () => {
  const src = (text: string) => ({ text, type: 'official' as const, chain: [text], attribution: 0 });
  let n = 0;
  const claim = (doc: string, min: number, max: number, source: string, extra: Partial<StoryClaim> = {}): StoryClaim => ({
    figure: n++, measure: 'killed', group: 'police', event: '', min, max, source: src(source), docId: doc, start: 0, end: 1, text: String(min), path: `/s/${doc}.txt`, ...extra,
  });

  it('one source saying one value is "single"; two sources with overlapping values agree', () => {
    assert.equal(storyTable([claim('a', 6, 6, 'x')], [])[0]!.status, 'single');
    assert.equal(storyTable([claim('a', 6, 6, 'x'), claim('a', 6, 6, 'x')], [])[0]!.status, 'single');
    assert.equal(storyTable([claim('a', 6, 6, 'x'), claim('b', 5, 7, 'y')], [])[0]!.status, 'agree');
  });

  it('a group in an update only is "update"; values apart that no conflict reports "differ"', () => {
    const a = claim('a', 12, 12, 'x');
    const b = claim('b', 48, 48, 'y', { update: true });
    const side = (c: StoryClaim, camp: 0 | 1) => ({ ...c, camp });
    const update: Conflict = { id: 'u', kind: 'update', relation: 'disagree', measure: 'killed', group: 'police', event: '', offerUpdate: false, sides: [side(a, 0), side(b, 1)], evidence: ['articles'], confidence: 0.65 };
    const [r] = storyTable([a, b], [update]);
    assert.equal(r!.status, 'update');
    assert.equal(r!.claims[1]!.conflict, 'update');
    const counts = storyTable([claim('a', 9, 9, 'x', { measure: 'count' }), claim('b', 20, 99, 'y', { measure: 'count' })], []);
    assert.equal(counts[0]!.status, 'differ');
  });

  it('keeps different events apart', () => {
    const t = storyTable([claim('a', 6, 6, 'x', { event: 'geonames:1' }), claim('b', 5, 5, 'y', { event: 'geonames:2' })], [], new Map([['geonames:1', 'كركوك']]));
    assert.equal(t.length, 2);
    assert.deepEqual(t.map((r) => r.eventText).sort(), ['geonames:2', 'كركوك']);
  });
});

describe('story table: the server mapping (isnad/storyTable without a connection)', () => {
  itShared('gives each value its article, LSP range (the figure as written) and source', () => {
    const stories = new Stories();
    const conflicts = new Conflicts();
    for (const [f, a] of analyses) conflicts.update(stories.set(pathToFileURL(f).href, a.text, a, 1), a);
    const first = pathToFileURL(kirkukFiles()[0]!).href;
    const t = requestTable({ uri: first }, stories, conflicts);
    assert.equal(t.story, KIRKUK);
    assert.equal(t.articles, 5);
    const police = t.rows.find((r) => r.what === 'police killed' && r.claims.length > 1)!;
    assert.equal(police.status, 'conflict');
    for (const c of police.claims) {
      const doc = stories.get(c.uri)!;
      assert.equal(doc.text.slice(doc.lines.offsetAt(c.range.start), doc.lines.offsetAt(c.range.end)), c.text);
      assert.match(c.article, /^00[1-4]_.*\.txt$/);
      assert.ok(c.sourceText);
    }
    // the folder's URI gives the same table
    const byFolder = requestTable({ uri: pathToFileURL(KIRKUK).href }, stories, conflicts);
    assert.deepEqual(byFolder.rows.map((r) => r.key), t.rows.map((r) => r.key));
    // an open interval has no upper bound in JSON
    const open = t.rows.flatMap((r) => r.claims).find((c) => /ما لا يقل عن/.test(c.text));
    if (open) assert.equal(open.max, null);
    assert.deepEqual(JSON.parse(JSON.stringify(t)), t, 'plain JSON');
  });

  itShared('gives the same table for articles read from disk, which keep only their places (their claims are the index\'s)', () => {
    const table = (version: number) => {
      const stories = new Stories();
      const conflicts = new Conflicts();
      for (const [f, a] of analyses) conflicts.update(stories.set(pathToFileURL(f).href, a.text, a, version), a);
      return { t: requestTable({ uri: pathToFileURL(KIRKUK).href }, stories, conflicts), stories };
    };
    const open = table(1);
    const disk = table(-1);
    assert.ok(open.t.rows.length > 5);
    assert.deepEqual(disk.t, open.t);
    const doc = [...disk.stories.all()][0]!;
    assert.deepEqual([doc.findings.figures.length, doc.findings.claims.length, doc.findings.attributions.length], [0, 0, 0]);
    assert.ok(doc.findings.places.length > 0);
  });

  itShared('explains a part above its whole in the notes of its row', () => {
    const stories = new Stories();
    const conflicts = new Conflicts();
    for (const [f, a] of analyses) conflicts.update(stories.set(pathToFileURL(f).href, a.text, a, 1), a);
    const t = tableOf(KIRKUK, stories.storyDocs(KIRKUK), conflicts.storyConflicts(KIRKUK), (d) => conflicts.claimsOf(d));
    for (const r of t.rows) for (const n of r.notes) assert.match(n, /total|part/, n);
    for (const c of conflicts.storyConflicts(KIRKUK).filter((x) => x.relation === 'part-exceeds-whole')) {
      const r = t.rows.find((x) => x.measure === c.measure && x.group === c.group)!;
      assert.ok(r.notes.length > 0 && r.related.length > 0, `notes of ${r.what}`);
    }
  });

  it('an unknown article gives an empty table, not an error', () => {
    const t = requestTable({ uri: 'file:///nowhere/a.txt' }, new Stories(), new Conflicts());
    assert.deepEqual(t.rows, []);
    assert.equal(t.articles, 0);
  });
});

describeShared('story table: isnad check --table', () => {
  it('prints the same groups as the editor, police killed as a conflict with 004 at its line', () => {
    const articles = [...analyses].map(([f, a]) => ({ path: path.relative(process.cwd(), f), absolute: f, analysis: a }));
    const [t] = storyTables(articles);
    assert.deepEqual(t!.rows.map((r) => `${r.what}|${r.status}|${r.claims.length}`), rows.map((r) => `${r.what}|${r.status}|${r.claims.length}`));
    const text = tableText(t!);
    assert.match(text, /CONFLICT · police killed/);
    const five = text.split('\n').find((l) => /خمسة/.test(l) && /004_.*\.txt:\d+:\d+/.test(l) && / 5 /.test(l));
    assert.ok(five, 'the five police of 004 with its place');
  });

  // Was code points; now UTF-16 units as VS Code counts columns (issue 14: path:line:col an editor opens).
  it('gives line and column as VS Code counts them (UTF-16 columns)', () => {
    const police = storyTables([...analyses].map(([f, a]) => ({ path: f, absolute: f, analysis: a })))[0]!.rows.find((r) => r.what === 'police killed' && r.claims.length > 1)!;
    for (const c of police.claims) {
      const text = analyses.get(c.path)!.text;
      const line = text.split(/\r\n|\r|\n/)[c.line - 1]!;
      assert.equal(line.slice(c.column - 1, c.column - 1 + c.text.length), c.text);
    }
  });
});

describeShared('story table: storyClaims files claims as the index does', () => {
  it('matches the claims of the story index', () => {
    for (const [f, a] of analyses) {
      const mine = storyClaims(f, a.claims, a.figures, { path: f, outlet: path.basename(f, '.txt') });
      assert.deepEqual(mine, index.claimsOf(f));
    }
  });
});
