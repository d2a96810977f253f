// Every export format read by a reader of that format, on a .ann the
// server wrote through its own quick fixes (a place learnt from another
// article, annotate-all, nested contents chosen by selection) for an article
// with a BOM, an emoji and CRLF line ends; and `isnad export | head` ends
// quietly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { readIob2 } from '../formats/iob2.js';
import { annFacts, tsvFacts } from '../formats/tsv-compare.js';
import { expandSafely, webAnnotationErrors } from '../formats/web-annotation-check.js';
import { TestClient } from './client.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli.cjs');

interface Pos {
  line: number;
  character: number;
}
interface TextEdit {
  range: { start: Pos; end: Pos };
  newText: string;
}
type DocChange = { kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: TextEdit[] };
interface CodeAction {
  title: string;
  kind?: string;
  edit?: { documentChanges?: DocChange[] };
}

/** LSP position of a UTF-16 offset (CRLF, CR and LF end a line). */
function positionAt(text: string, offset: number): Pos {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i]!;
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

function offsetAt(text: string, p: Pos): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i++]!;
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return i + p.character;
}

/** Applies a WorkspaceEdit to the files, as the editor does. */
function applyEdit(edit: CodeAction['edit']): void {
  for (const c of edit?.documentChanges ?? []) {
    if ('kind' in c) {
      const f = fileURLToPath(c.uri);
      if (!fs.existsSync(f)) fs.writeFileSync(f, '');
      continue;
    }
    const f = fileURLToPath(c.textDocument.uri);
    let text = fs.readFileSync(f, 'utf8');
    const edits = c.edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
    for (const e of edits) text = text.slice(0, e.s) + e.t + text.slice(e.e);
    fs.writeFileSync(f, text);
  }
}

async function until<T>(what: string, f: () => Promise<T | undefined | null | false> | T | undefined | null | false, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function isnad(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NAME = 'كوخ الصيادين';
const OTHER = `وصل النازحون إلى ${NAME} مساء أمس.\n`;
const ARTICLE = `\uFEFF😀 قال مصدر أمني إن 22 شخصا قتلوا في ${NAME} أمس.\r\nوأضاف المصدر أن «العدد ارتفع إلى 25 قتيلا» في المساء.\r\n`;

describe('export formats on files written by the quick fixes', function () {
  let dir: string;
  let client: TestClient;
  const uri = (n: string) => pathToFileURL(path.join(dir, n)).href;
  const file = (n: string) => path.join(dir, n);
  const watched = (...names: string[]) => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: names.map((n) => ({ uri: uri(n), type: fs.existsSync(file(n)) ? 2 : 1 })) });
  const actionsAt = (u: string, text: string, start: number, end = start, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: positionAt(text, start), end: positionAt(text, end) }, context: { diagnostics: [], ...(only ? { only } : {}) } });
  async function open(name: string, text: string): Promise<string> {
    fs.writeFileSync(file(name), text);
    const u = uri(name);
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    return u;
  }
  /** Runs the quick fix whose title starts with `title`, then tells the server the .ann changed. */
  async function fix(u: string, text: string, ann: string, title: string, start: number, end = start, only?: string[]): Promise<void> {
    const a = await until(`a quick fix '${title}'`, async () => (await actionsAt(u, text, start, end, only)).find((x) => stripIsolates(x.title).startsWith(title)));
    applyEdit(a.edit);
    await watched(ann);
  }

  before(async function () {
    this.timeout(90000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-formats-'));
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
    // another article: the name annotated as a Place by selection, so the server learns it
    const o = await open('other.txt', OTHER);
    const s = OTHER.indexOf(NAME);
    await fix(o, OTHER, 'other.ann', 'Annotate selection as Place', s, s + NAME.length);
    const u = await open('a.txt', ARTICLE);
    const at = ARTICLE.indexOf(NAME);
    await fix(u, ARTICLE, 'a.ann', `Annotate as Place (${NAME}`, at + 2);
    await fix(u, ARTICLE, 'a.ann', 'Annotate all suggestions', 0, 0, ['source.isnad.annotateAll']);
    const outer = 'العدد ارتفع إلى 25 قتيلا';
    const inner = 'ارتفع إلى 25';
    await fix(u, ARTICLE, 'a.ann', 'Annotate selection as Content', ARTICLE.indexOf(outer), ARTICLE.indexOf(outer) + outer.length);
    await fix(u, ARTICLE, 'a.ann', 'Annotate selection as Content', ARTICLE.indexOf(inner), ARTICLE.indexOf(inner) + inner.length);
  });

  after(async () => {
    await client?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('brat: the file the quick fixes wrote reads back whole, the learnt place as one encoded token', () => {
    const ann = fs.readFileSync(file('a.ann'), 'utf8');
    const doc = parseAnn(ann);
    assert.deepEqual(validateAnn(doc, ARTICLE).filter((p) => p.severity === 'error'), [], ann);
    assert.match(ann, /^N\d+\tReference T\d+ learnt:كوخ%20الصيادين\tكوخ الصيادين$/m);
    assert.ok(doc.lines.filter((l) => l.kind === 'textbound' && l.type === 'Content').length >= 2, ann);
    assert.equal(isnad(dir, 'export', '--format', 'brat', 'a.txt').out, ann);
  });

  it('Web Annotation: valid against the W3C schemas and expanded by a JSON-LD processor, ids from the folder', async () => {
    const r = isnad(dir, 'export', '--format', 'webanno', 'a.txt');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(webAnnotationErrors(json), []);
    assert.equal(json.id, pathToFileURL(file('a.ann')).href);
    await expandSafely(json);
    const based = JSON.parse(isnad(dir, 'export', '--format', 'webanno', '--base', 'https://example.org/story/', 'a.txt').out);
    assert.equal(based.first.id, 'https://example.org/story/a.ann#page-1');
    assert.deepEqual(webAnnotationErrors(based), []);
  });

  it('WebAnno TSV: read by INCEpTION\'s rules, every span, feature and relation of the .ann', () => {
    const r = isnad(dir, 'export', '--format', 'tsv', 'a.txt');
    assert.equal(r.code, 0, r.err);
    const ann = fs.readFileSync(file('a.ann'), 'utf8');
    const read = tsvFacts(r.out);
    assert.deepEqual(read.facts, annFacts(ann, ARTICLE));
    assert.ok(read.facts.some((f) => f.startsWith('relation Says Source')), read.facts.join('\n'));
  });

  it('CoNLL: strict IOB2 in every column, a content nested in another in a column of its own, the emoji a token, no BOM token', () => {
    const r = isnad(dir, 'export', '--format', 'conll', 'a.txt');
    assert.equal(r.code, 0, r.err);
    const read = readIob2(r.out);
    assert.equal(read.tokens[0], '😀');
    const contents = read.entities.filter((e) => e.type === 'Content');
    assert.ok(contents.some((e) => e.column > 5 && read.tokens.slice(e.first, e.last + 1).join(' ') === 'ارتفع إلى 25'), JSON.stringify(contents));
    assert.ok(read.entities.some((e) => e.type === 'Place' && read.tokens.slice(e.first, e.last + 1).join(' ') === NAME));
  });

  it('`isnad export … | head -1` ends quietly on the closed pipe', () => {
    const big = 'قتل ستة أشخاص في كركوك أمس. '.repeat(20).trim() + '\n';
    fs.writeFileSync(file('big.txt'), big.repeat(400));
    fs.writeFileSync(file('big.ann'), 'T1\tFigure 4 7\tستة\n');
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${CLI}" export --format conll big.txt | head -1`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stderr, '', 'no EPIPE stack trace');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '-DOCSTART-\tO\tO\tO\tO\tO\n');
  });
});
