// What the annotator meets on the sample story through the real server: the
// quick fixes on a contradicting figure (order, the preferred one, titles
// that tell two conflicts apart), the hovers (own facts first, one line of
// provenance, conflicts after, narrow lines) and the weak detections.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { TestClient, type Diagnostic } from './client.js';
import { ARABIC, outsideIsolates } from '../isolates.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = ['al-rafidain-today.txt', 'gulf-daily.txt', 'shatt-news-agency.txt'];

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  disabled?: { reason: string };
}
interface Hover {
  contents: { value: string };
}
interface Span {
  start: { line: number; character: number };
  kind: string;
  weak?: string;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** VS Code's order of a quick-fix menu: actions that name a diagnostic first, then the preferred one, else as sent. */
function asVsCodeLists(actions: CodeAction[]): CodeAction[] {
  const rank = (a: CodeAction): number => (a.diagnostics?.length ? 0 : 2) + (a.isPreferred ? 0 : 1);
  return actions.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i).map((x) => x.a);
}


describe('quick fixes and hovers on the sample story', function () {
  let dir: string;
  let client: TestClient;
  const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
  let text: string;
  let u: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-fixes-'));
    for (const f of SAMPLES) fs.copyFileSync(path.join(ROOT, 'samples', f), path.join(dir, f));
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
    text = fs.readFileSync(path.join(dir, 'shatt-news-agency.txt'), 'utf8');
    u = uri('shatt-news-agency.txt');
    await client.open(u, text);
    const at = positionAt(text, text.indexOf('تسعة'));
    // تسعة contradicts 12 (al-rafidain-today) and is revised by 14 (gulf-daily): two conflicts on one figure
    const p = await client.diagnostics(
      (x) => x.uri === u && ['contradiction', 'update'].every((code) => x.diagnostics.some((d) => d.code === code && d.range.start.line === at.line && d.range.start.character === at.character)),
      30000,
    );
    diagnostics = p.diagnostics.filter((d) => d.range.start.line === at.line && d.range.start.character === at.character);
  });

  after(async () => {
    await client?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function fixesAt(offset: number, ds: Diagnostic[]): Promise<CodeAction[]> {
    const pos = positionAt(text, offset);
    // the cursor inside the figure, no selection: what VS Code sends for the light bulb
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: pos, end: pos }, context: { diagnostics: ds } });
  }

  it('on a contradicting figure, annotating it comes first and is the only preferred fix; "not a contradiction" is never first', async () => {
    const actions = await fixesAt(text.indexOf('تسعة') + 1, diagnostics);
    const titles = actions.map((a) => stripIsolates(a.title));
    const shown = asVsCodeLists(actions);
    assert.equal(stripIsolates(shown[0]!.title), 'Annotate figure 9 (count, killed)', titles.join(' | '));
    assert.equal(shown[0]!.isPreferred, true);
    assert.deepEqual(
      actions.filter((a) => a.isPreferred).map((a) => stripIsolates(a.title)),
      ['Annotate figure 9 (count, killed)'],
    );
    assert.ok(!actions.some((a) => a.isPreferred && /reviewed|not a contradiction/.test(a.title)));
    // within each conflict, dismissing it is the last of its entries
    for (const other of ['12', '14']) {
      const mine = titles.map((x, i) => ({ x, i })).filter(({ x }) => x.includes(` and ${other} (`) || x.includes(`by ${other} (`) || x.startsWith(`Mark ${other} (`));
      assert.ok(mine.length >= 3, `the fixes of the conflict with ${other}: ${titles.join(' | ')}`);
      assert.match(mine.at(-1)!.x, /^Record as reviewed \(not a contradiction\)/);
    }
  });

  it('two conflicts on one figure get titles that name the other side: value, source and article', async () => {
    const titles = (await fixesAt(text.indexOf('تسعة') + 1, diagnostics)).map((a) => stripIsolates(a.title));
    assert.equal(new Set(titles).size, titles.length, `repeated titles: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Record as reviewed (not a contradiction): تسعة and 12 (مديرية الدفاع المدني, al-rafidain-today)'), titles.join(' | '));
    assert.ok(titles.includes('Record as reviewed (not a contradiction): تسعة and 14 (دائرة صحة البصرة, gulf-daily)'), titles.join(' | '));
    assert.ok(titles.includes('Mark تسعة (مصادر طبية في البصرة, shatt-news-agency) as superseded by 14 (دائرة صحة البصرة, gulf-daily)'), titles.join(' | '));
  });

  it('no title has an empty field or the same field twice, on every detection of the article', async () => {
    const offsets = new Set<number>();
    for (const w of text.matchAll(/\S+/g)) offsets.add(w.index! + 1);
    for (const o of offsets) {
      const titles = (await fixesAt(o, [])).map((a) => stripIsolates(a.title));
      assert.equal(new Set(titles).size, titles.length, `repeated titles at ${o}: ${titles.join(' | ')}`);
      for (const title of titles) {
        assert.doesNotMatch(title, /\(\s*\)|\(\s*,|,\s*,|,\s*\)/, title);
        for (const group of title.matchAll(/\(([^()]*)\)/g)) {
          const fields = group[1]!.split(', ');
          assert.equal(new Set(fields).size, fields.length, `a field twice in "${title}"`);
        }
      }
    }
  });

  it('titles isolate every embedded Arabic run and number, and stripping the isolates gives the words', async () => {
    const actions = await fixesAt(text.indexOf('نحو 40') + 1, diagnostics);
    assert.ok(actions.length > 3);
    for (const a of actions) {
      assert.doesNotMatch(outsideIsolates(a.title), ARABIC, `Arabic outside an isolate in "${a.title}"`);
    }
    const annotate = actions.find((a) => stripIsolates(a.title).startsWith('Annotate figure'))!;
    // the interval reads left to right whatever the menu's direction
    assert.ok(annotate.title.includes('\u206640 [36, 44]\u2069'), annotate.title);
    assert.equal(stripIsolates(annotate.title), 'Annotate figure 40 [36, 44] (count, wounded)');
  });

  it('the hover of a contradicting figure: its own facts first, one line each, then its source, then what others say', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, text.indexOf('تسعة') + 1) });
    const lines = stripIsolates(h.contents.value).split('\n').map((l) => l.replace(/ {2}$/, ''));
    assert.equal(lines[0], '**Figure** `تسعة` → **9** · count');
    const source = lines.findIndex((l) => l.startsWith('Source: '));
    const conflict = lines.findIndex((l) => l.startsWith('Contradicted: '));
    const revised = lines.findIndex((l) => l.startsWith('Revised: '));
    assert.ok(source > 0 && conflict > source && revised > source, lines.join('\n'));
    assert.equal(lines[conflict], 'Contradicted: 12 — مديرية الدفاع المدني (al-rafidain-today.txt)');
    assert.equal(lines[revised], 'Revised: 14 — دائرة صحة البصرة (gulf-daily.txt)');
    for (const l of lines) assert.ok(l.length <= 80, `a line too wide for a hover beside right-to-left text: ${l}`);
  });

  it('an approximate figure on the other side keeps its words and its interval apart: «نحو 40» (36–44)', async () => {
    const other = fs.readFileSync(path.join(dir, 'al-rafidain-today.txt'), 'utf8');
    const ou = uri('al-rafidain-today.txt');
    await client.open(ou, other);
    await client.diagnostics((x) => x.uri === ou && x.diagnostics.some((d) => d.code === 'contradiction'));
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ou }, position: positionAt(other, other.indexOf('30') + 1) });
    // a contradiction or a revision, as the pair's evidence decides: the words and the interval are what is checked
    const line = h.contents.value.split('\n').find((l) => /^(Contradicted|Revised): نحو 40/.test(stripIsolates(l)))!;
    assert.ok(line, h.contents.value);
    assert.ok(line.includes('\u2068نحو 40\u2069 (\u206636–44\u2069)'), line);
    // the other article's own voice is named once, by its file
    const far = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ou }, position: positionAt(other, other.indexOf('545') + 1) });
    assert.ok(stripIsolates(far.contents.value).split('\n').some((l) => /^(Contradicted|Revised): 590 — gulf-daily\.txt$/.test(l)), far.contents.value);
  });

  it('the place hover says containment in words and credits its data once, in one line', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, text.indexOf('البصرة') + 1) });
    const plain = stripIsolates(h.contents.value);
    assert.match(plain, /^\*\*Place\*\* البصرة — Basra · city/);
    assert.match(plain, /In البصرة \(governorate\), in العراق \(country\)/);
    assert.doesNotMatch(plain, /←/);
    const from = plain.split('\n').filter((l) => /^From:|Source:|GeoNames/.test(l));
    assert.deepEqual(from.map((l) => l.trim()), ['From: GeoNames 99532, CC-BY-4.0; Arabic name, spellings from the Isnad supplement']);
    assert.doesNotMatch(plain, /team/i, 'nothing here was taught by the team');
  });

  it('a person\'s name after a title is not offered as a town at all, and its hover credits no team', async () => {
    const other = fs.readFileSync(path.join(dir, 'al-rafidain-today.txt'), 'utf8');
    const ou = uri('al-rafidain-today.txt');
    await client.open(ou, other);
    await client.diagnostics((x) => x.uri === ou);
    const at = other.indexOf('كاظم جاسم') + 'كاظم '.length;
    const pos = positionAt(other, at + 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ou }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
    const titles = actions.map((a) => stripIsolates(a.title));
    assert.ok(!titles.some((t) => /^Annotate as Place/.test(t)), titles.join(' | '));
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ou }, position: pos });
    const plain = stripIsolates(h?.contents.value ?? '');
    assert.doesNotMatch(plain, /^\*\*Place\*\*/);
    assert.doesNotMatch(plain, /team|correction/i);
  });

  it('on a guess (a name read only after a trigger word) nothing is preferred, rejecting it comes right after annotating it, and hover and span say why', async () => {
    // an invented town the gazetteer does not know, named once after «بلدة» and once alone
    const guess = 'وصلت القوات إلى بلدة زنبقان شرق النهر، وقال شهود إن زنبقان خالية.\n';
    fs.writeFileSync(path.join(dir, 'guess.txt'), guess);
    const gu = uri('guess.txt');
    await client.open(gu, guess);
    await client.diagnostics((x) => x.uri === gu);
    const at = guess.indexOf('زنبقان');
    const pos = positionAt(guess, at + 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: gu }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
    const titles = actions.map((a) => stripIsolates(a.title));
    assert.match(titles[0]!, /^Annotate as Place/, titles.join(' | '));
    assert.match(titles[1]!, /^Reject this suggestion: Place «زنبقان»/, titles.join(' | '));
    assert.ok(!actions.some((a) => a.isPreferred), titles.join(' | '));
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: gu }, position: pos });
    const plain = stripIsolates(h.contents.value);
    assert.match(plain, /^\*\*Place\*\* زنبقان/);
    assert.match(plain.split('\n')[1]!, /^⚠ Weak evidence: not in the gazetteer: read as a name after «?بلدة/);
    assert.doesNotMatch(plain, /team|correction/i);
    // the client gets the same reason with the span, to draw it differently
    const findings = client.notifications.filter((n) => n.method === 'isnad/findings' && (n.params as { uri: string }).uri === gu).at(-1)!.params as { spans: Span[] };
    const start = positionAt(guess, at);
    const span = findings.spans.find((s) => s.kind === 'place' && s.start.line === start.line && s.start.character === start.character)!;
    assert.ok(span?.weak, JSON.stringify(findings.spans));
    assert.match(stripIsolates(span.weak), /read as a name after/);
    // a gazetteer city is not weak
    const other = fs.readFileSync(path.join(dir, 'al-rafidain-today.txt'), 'utf8');
    const ou = uri('al-rafidain-today.txt');
    const of = client.notifications.filter((n) => n.method === 'isnad/findings' && (n.params as { uri: string }).uri === ou).at(-1)!.params as { spans: Span[] };
    const basra = positionAt(other, other.indexOf('البصرة'));
    assert.equal(of.spans.find((s) => s.kind === 'place' && s.start.line === basra.line && s.start.character === basra.character)?.weak, undefined, 'a gazetteer city is not weak');
  });

  it('an annotated place: the annotation follows the place\'s own facts and provenance, what the folder says comes last', async () => {
    const extra = 'اندلع حريق صغير في البصرة أمس.\n';
    const at = extra.indexOf('البصرة');
    fs.writeFileSync(path.join(dir, 'extra.ann'), `T1\tPlace ${at} ${at + 'البصرة'.length}\tالبصرة\n#1\tAnnotatorNotes T1\tchecked\n`);
    fs.writeFileSync(path.join(dir, 'extra.txt'), extra);
    const eu = uri('extra.txt');
    await client.open(eu, extra);
    await client.diagnostics((x) => x.uri === eu);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: eu }, position: positionAt(extra, at + 1) });
    const lines = stripIsolates(h.contents.value).split('\n').map((l) => l.trimEnd());
    const place = lines.findIndex((l) => l.startsWith('**Place** البصرة'));
    const from = lines.findIndex((l) => l.startsWith('From: '));
    const annotation = lines.findIndex((l) => l.startsWith('**Annotation T1**'));
    const mentioned = lines.findIndex((l) => l.startsWith('Mentioned in '));
    assert.ok(place === 0 && from > place && annotation > from && mentioned > annotation, lines.join('\n'));
  });
});
