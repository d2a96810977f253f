// The story view's HTML: a strict Content-Security-Policy, escaped text that
// reads right to left, one clickable value per claim and a chart strip for it.
import assert from 'node:assert/strict';
import { chartScale, chartSvg, shellHtml, tableHtml, type ViewLabels } from '../../client/src/story-view-html.js';
import type { StoryTableResult } from '../../server/src/lsp/protocol.js';

const labels: ViewLabels = {
  title: 'Story figures', exportCsv: 'Export CSV', refresh: 'Refresh', noArticle: 'Open an article', noFigures: 'None', summary: '5 articles',
  value: 'Value', chart: 'Chart', source: 'Source', article: 'Article', open: 'Open',
  status: { conflict: 'Conflict', update: 'Update', differ: 'Differ', agree: 'Agree', single: 'One source' },
};

const claim = (text: string, min: number, max: number | null, source: string, camp?: 0 | 1) => ({
  text, value: text, min, max, source: { text: source, type: 'official', chain: [source] }, sourceText: source,
  uri: 'file:///s/a.txt', path: '/s/a.txt', article: 'a.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
  ...(camp !== undefined ? { conflict: 'contradiction' as const, camp } : {}),
});

const table: StoryTableResult = {
  story: '/s', name: 'قصة <كركوك>', articles: 2,
  rows: [
    { key: 'k', measure: 'killed', group: 'police', event: '', eventText: '', what: 'police killed', status: 'conflict', notes: ['22 <b>here</b>'], related: [],
      claims: [claim('خمسة', 5, 5, 'مصدر <script>alert(1)</script>', 0), claim('ستة', 6, 6, 'الشرطة', 1), claim('ما لا يقل عن 25', 25, null, 'عميد'), claim('عشرات', 20, 99, 'سكان')] },
  ],
};

describe('story view HTML', () => {
  it('allows no remote content and runs only its own nonce script and style', () => {
    const html = shellHtml({ nonce: 'abc123', cspSource: 'vscode-webview://x', lang: 'ar', labels });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.match(csp, /style-src 'nonce-abc123'/);
    assert.doesNotMatch(html, /https?:\/\//, 'no remote address');
    assert.equal([...html.matchAll(/<script(?![^>]*nonce="abc123")/g)].length, 0, 'every script carries the nonce');
    assert.match(html, /<html lang="ar" dir="rtl">/, 'right to left in Arabic');
    assert.match(shellHtml({ nonce: 'n', cspSource: 's', lang: 'en', labels }), /dir="ltr"/);
  });

  it('escapes what the articles say and marks text cells dir="auto"', () => {
    const html = tableHtml(table, labels);
    assert.doesNotMatch(html, /<script>/);
    assert.doesNotMatch(html, /<b>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<h2 dir="auto">قصة &lt;كركوك&gt;<\/h2>/);
    assert.match(html, /<td class="source"><span dir="auto">الشرطة<\/span>/);
    assert.doesNotMatch(html, /style="/, 'no inline style (the CSP forbids it)');
  });

  it('makes every value a button that names its row and claim, with a chart strip each', () => {
    const html = tableHtml(table, labels);
    const buttons = [...html.matchAll(/<button type="button" class="open" data-row="(\d+)" data-claim="(\d+)"[^>]*>([^<]*)<\/button>/g)];
    assert.deepEqual(buttons.map((b) => `${b[1]}/${b[2]}/${b[3]}`), ['0/0/خمسة', '0/1/ستة', '0/2/ما لا يقل عن 25', '0/3/عشرات']);
    assert.equal([...html.matchAll(/<svg class="strip/g)].length, 4);
    assert.match(html, /class="strip camp0"/);
    assert.match(html, /class="strip camp1"/);
    assert.match(html, /Conflict<\/span>/);
  });

  it('draws a dot for a value, a bar for an interval, a bar and an arrow for an open one, on one scale', () => {
    const scale = chartScale(table.rows[0]!.claims);
    assert.equal(scale.lo, 0);
    assert.ok(scale.hi > 99);
    assert.match(chartSvg({ min: 6, max: 6 }, scale, 'x', '6'), /<circle/);
    assert.match(chartSvg({ min: 20, max: 99 }, scale, 'x', '20–99'), /<rect class="mark"/);
    const open = chartSvg({ min: 25, max: null }, scale, 'x', '≥ 25');
    assert.match(open, /<polygon/);
    const cx = (v: number) => Number(/cx="([\d.]+)"/.exec(chartSvg({ min: v, max: v }, scale, 'x', ''))![1]);
    assert.ok(cx(5) < cx(6), 'a larger value lies further right');
  });

  it('says what to do when no article is active or the story has no figures', () => {
    assert.match(tableHtml(undefined, labels), /Open an article/);
    assert.match(tableHtml({ ...table, rows: [] }, labels), /None/);
  });
});
