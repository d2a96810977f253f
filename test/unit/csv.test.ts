// The story table as CSV for the correction desk: Excel must show the Arabic,
// every field must survive commas, quotes and line breaks, and a cell must
// never run as a formula.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSV_COLUMNS, csvField, storyCsv } from '../../client/src/csv.js';
import { analyse } from '../../server/src/core/analyse.js';
import { Conflicts } from '../../server/src/lsp/conflicts.js';
import type { StoryTableResult } from '../../server/src/lsp/protocol.js';
import { Stories } from '../../server/src/lsp/stories.js';
import { storyTable } from '../../server/src/lsp/story-table.js';
import { kirkukFiles, itShared } from './corpus.js';

/** Parses RFC 4180 CSV (the test's own reader, to check what a spreadsheet would read). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

function tiny(source: string): StoryTableResult {
  return {
    story: '/s',
    name: 's',
    articles: 1,
    rows: [
      {
        key: 'killed|police|', measure: 'killed', group: 'police', event: '', eventText: 'كركوك', what: 'police killed', status: 'conflict', notes: [], related: [],
        claims: [
          {
            text: 'ما لا يقل عن 25', value: 'ما لا يقل عن 25 (≥ 25)', min: 25, max: null,
            source: { text: source, type: 'official', chain: [source, 'فرانس برس'] }, sourceText: source,
            uri: 'file:///s/a.txt', path: '/s/a.txt', article: 'a.txt', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 19 } },
          },
        ],
      },
    ],
  };
}

describe('story table as CSV', () => {
  it('starts with a byte order mark and the twelve columns, lines end with CRLF', () => {
    const csv = storyCsv(tiny('مصدر'));
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.equal(csv.slice(1).split('\r\n')[0], CSV_COLUMNS.join(','));
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(Buffer.from(csv, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 BOM bytes');
  });

  it('keeps Arabic, commas, quotes and line breaks of a source intact', () => {
    const source = 'قائد شرطة كركوك، العميد "خطاب", عارف\nفي بيان';
    const [header, line] = parseCsv(storyCsv(tiny(source)).slice(1));
    assert.equal(header!.length, 12);
    assert.deepEqual(line, ['police killed', 'كركوك', 'conflict', 'ما لا يقل عن 25', '25', '∞', source, 'official', `${source} ← فرانس برس`, 'a.txt', '3', '5']);
  });

  it('never lets a cell start a formula', () => {
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('@SUM'), "'@SUM");
    assert.equal(csvField(-3), '-3', 'a number stays a number');
    assert.equal(csvField(null), '∞');
  });

  itShared('writes the Kirkuk police row: 6 by three sources and 5 by 004, each with its article and line', () => {
    const stories = new Stories();
    const conflicts = new Conflicts();
    for (const f of kirkukFiles()) {
      const text = fs.readFileSync(f, 'utf8');
      const a = analyse(text);
      conflicts.update(stories.set(pathToFileURL(f).href, text, a, 1), a);
    }
    const table = storyTable({ uri: pathToFileURL(kirkukFiles()[0]!).href }, stories, conflicts);
    const rows = parseCsv(storyCsv(table).slice(1));
    assert.equal(rows.length - 1, table.rows.reduce((n, r) => n + r.claims.length, 0), 'one line per value');
    const police = rows.filter((r) => r[0] === 'police killed' && r[2] === 'conflict');
    assert.deepEqual(police.map((r) => `${r[9]!.slice(0, 3)}:${r[4]}`).sort(), ['001:6', '002:6', '003:6', '004:5']);
    for (const r of police) {
      const text = fs.readFileSync(path.join(path.dirname(kirkukFiles()[0]!), r[9]!), 'utf8');
      const line = text.split(/\r\n|\r|\n/)[Number(r[10]) - 1]!;
      assert.equal(line.slice(Number(r[11]) - 1).startsWith(r[3]!), true, `${r[3]} at ${r[9]}:${r[10]}:${r[11]}`);
    }
  });
});
