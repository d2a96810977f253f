// A .ann open in the editor is an ordinary LSP document (didOpen/didChange
// with languageId brat-ann): the server reads and edits the editor's copy,
// serves its quick fixes through plain textDocument/codeAction, and a
// restarted server that is sent the open documents again never writes to the
// disk under a dirty tab. After a SIGKILL: no temporary file is left, the
// spans that no longer match are marked with fixes, and the server says what
// it checked. Real server over stdio, real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { cpOf, positionAt, TempFolder, until, type CodeAction, type Pos, type TextDocEdit } from './annotation-files.js';
import { TestClient } from './client.js';

interface Checked {
  files: number;
  open: number;
  marked: number;
}

/** Ends the server process at once, as a crash would (no shutdown, no exit). */
async function kill(c: TestClient): Promise<void> {
  const exited = new Promise((r) => c.proc.once('exit', r));
  c.proc.kill('SIGKILL');
  await exited;
  c.conn.dispose();
}

describe('.ann files as ordinary documents of the language server', function () {
  const tmp = new TempFolder('isnad-anndoc-');
  const { uri, file } = tmp;
  let dir: string;
  let clients: TestClient[] = [];
  const text = 'قتل ستة أشخاص في كركوك.\n';
  const [fs0, fe0] = cpOf(text, 'ستة');
  const [ks, ke] = cpOf(text, 'كركوك');

  async function start(): Promise<TestClient> {
    const c = new TestClient();
    clients.push(c);
    await c.initialize(dir, {}, { findings: true });
    return c;
  }
  const openAnn = (c: TestClient, name: string, content: string, version = 1): Promise<void> =>
    c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'brat-ann', version, text: content } });
  const checked = (c: TestClient): Checked | undefined => c.notifications.find((n) => n.method === 'isnad/annotationsChecked')?.params as Checked | undefined;
  const hover = async (c: TestClient, u: string, at: number): Promise<string> =>
    stripIsolates((await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, at) }))?.contents.value ?? '');
  const actions = async (c: TestClient, u: string, line: number): Promise<CodeAction[]> =>
    (await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [] } })).map((a) => ({ ...a, title: stripIsolates(a.title) }));

  beforeEach(() => {
    dir = tmp.make();
    clients = [];
  });

  afterEach(async () => {
    for (const c of clients) if (c.proc.exitCode === null && c.proc.signalCode === null) await c.close();
    tmp.remove();
  });

  it('reads the open, unsaved .ann, not the file: hovers, .ann diagnostics and quick fixes come from the editor\'s text', async () => {
    const onDisk = `T1\tPlace ${ks} ${ke}\tكركوك\n`;
    fs.writeFileSync(file('a.txt'), text);
    fs.writeFileSync(file('a.ann'), onDisk);
    const c = await start();
    // unsaved in the editor: the place became a figure, and a second line whose text is not the article's
    const dirty = `T1\tFigure ${fs0} ${fe0}\tستة\nT2\tPlace ${ks} ${ke}\tبغداد\n`;
    await openAnn(c, 'a.ann', dirty);
    await c.open(uri('a.txt'), text);
    assert.match(await hover(c, uri('a.txt'), text.indexOf('ستة') + 1), /Annotation T1\*\* Figure «ستة»/, 'the editor\'s T1');
    assert.doesNotMatch(await hover(c, uri('a.txt'), text.indexOf('كركوك') + 1), /Annotation T1\*\* Place/, 'not the file\'s');
    const p = await c.diagnostics((x) => x.uri === uri('a.ann') && x.diagnostics.some((d) => d.code === 'text-mismatch'));
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'text-mismatch').map((d) => d.range.start.line), [1], 'the mismatch is on the editor\'s line 2');
    const fixes = await actions(c, uri('a.ann'), 1);
    const accept = fixes.find((a) => a.title === 'Accept «كركوك» as the text of annotation T2');
    assert.ok(accept, `a plain textDocument/codeAction on the .ann gives its fixes: ${fixes.map((a) => a.title).join(' | ')}`);
    const change = accept.edit!.documentChanges![0] as TextDocEdit;
    assert.equal(change.textDocument.uri, uri('a.ann'));
    assert.ok(fixes.some((a) => a.title === 'Delete annotation T2'));
    // typed in the editor: the next request reads the new text
    const typed = `T1\tFigure ${fs0} ${fe0}\tستة\n`;
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri('a.ann'), version: 2 }, contentChanges: [{ text: typed }] });
    await c.diagnostics((x) => x.uri === uri('a.ann') && x.diagnostics.length === 0 && c.published.indexOf(x) > c.published.indexOf(p));
    assert.deepEqual(await actions(c, uri('a.ann'), 1), [], 'nothing left to repair');
    // closed without saving: the file holds again
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri('a.ann') } });
    assert.match(await hover(c, uri('a.txt'), text.indexOf('كركوك') + 1), /Annotation T1\*\* Place «كركوك»/);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), onDisk, 'the file was never written');
  });

  it('a restarted server is sent the open .ann again and writes into the editor\'s copy, never to the disk under the dirty tab', async () => {
    const onDisk = `T1\tPlace ${ks} ${ke}\tكركوك\n`;
    const dirty = `${onDisk}#1\tAnnotatorNotes T1\tunsaved note\n`;
    fs.writeFileSync(file('b.txt'), text);
    fs.writeFileSync(file('b.ann'), onDisk);
    const first = await start();
    await openAnn(first, 'b.ann', dirty);
    await first.open(uri('b.txt'), text);
    await first.diagnostics((p) => p.uri === uri('b.txt'));
    await kill(first);

    // the editor's client starts a new server and sends it every open document of its selector
    const c = await start();
    const applied: { edit: CodeAction['edit'] }[] = [];
    c.conn.onRequest('workspace/applyEdit', (p: { edit: CodeAction['edit'] }) => {
      applied.push(p);
      return { applied: true };
    });
    await openAnn(c, 'b.ann', dirty);
    await c.open(uri('b.txt'), text);
    await c.diagnostics((p) => p.uri === uri('b.txt'));
    const report = await until('what the new server checked', () => checked(c));
    assert.deepEqual(report, { files: 1, open: 1, marked: 0 });
    const added = 'أمس ';
    await c.change(uri('b.txt'), 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }]);
    fs.writeFileSync(file('b.txt'), added + text);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri('b.txt') } });
    const p = await until('an edit of the open .ann', () => applied[0]);
    const change = p.edit!.documentChanges![0] as TextDocEdit;
    assert.equal(change.textDocument.uri, uri('b.ann'));
    assert.deepEqual(change.edits.map((e) => e.newText), [`${ks + 4} ${ke + 4}`], 'the span follows the saved text');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(fs.readFileSync(file('b.ann'), 'utf8'), onDisk, 'the disk is the editor\'s to write, with its unsaved note');
  });

  it('killed (SIGKILL) after an unsaved edit, the article saved while it is down: no temporary file, the moved spans marked with fixes, the file still writable, and the server says what it checked', async () => {
    const ann = `T1\tFigure ${fs0} ${fe0}\tستة\nA1\tKind T1 count\nT2\tPlace ${ks} ${ke}\tكركوك\n`;
    fs.writeFileSync(file('c.txt'), text);
    fs.writeFileSync(file('c.ann'), ann);
    const first = await start();
    await first.open(uri('c.txt'), text);
    await first.diagnostics((p) => p.uri === uri('c.txt'));
    const added = 'عاجل: ';
    await first.change(uri('c.txt'), 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }]);
    await first.request('textDocument/hover', { textDocument: { uri: uri('c.txt') }, position: { line: 0, character: 8 } });
    const pid = first.proc.pid!;
    await kill(first);
    // what the killed server's write would have left had it died between its write and its rename
    const left = `.c.ann.${pid}.1.tmp`;
    fs.writeFileSync(file(left), ann);
    // another writer's temporary file, still running (this test): not touched
    const live = `.c.ann.${process.pid}.7.tmp`;
    fs.writeFileSync(file(live), ann);
    // saved while no server runs
    const saved = added + text;
    fs.writeFileSync(file('c.txt'), saved);

    const c = await start();
    await c.open(uri('c.txt'), saved);
    const report = await until('what the new server checked', () => checked(c));
    assert.deepEqual(report, { files: 1, open: 0, marked: 2 }, 'one file read, both spans marked');
    const p = await c.diagnostics((x) => x.uri === uri('c.ann') && x.diagnostics.some((d) => d.code === 'text-mismatch'));
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'text-mismatch').map((d) => d.range.start.line), [0, 2]);
    assert.ok(p.diagnostics.some((d) => d.code === 'lines-kept'), 'the others would still follow the text');
    assert.ok(!p.diagnostics.some((d) => d.code === 'read-only'), 'not the whole file read-only');
    const fixes = await actions(c, uri('c.ann'), 2);
    assert.ok(fixes.some((a) => a.title.startsWith('Re-attach annotation T2 to «كركوك»')), fixes.map((a) => a.title).join(' | '));
    const onArticle = await c.diagnostics((x) => x.uri === uri('c.txt') && x.diagnostics.some((d) => d.code === 'annotation-not-on-text'));
    assert.equal(onArticle.diagnostics.filter((d) => d.code === 'annotation-not-on-text').length, 2, 'and in the article');
    await until('the temporary file removed', () => !fs.existsSync(file(left)));
    assert.ok(fs.existsSync(file(live)), 'a running writer\'s temporary file is left alone');
    fs.rmSync(file(live));
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
    assert.equal(fs.readFileSync(file('c.ann'), 'utf8'), ann, 'the file is kept as it was until a fix is chosen');
    // the server was really killed by the signal (a crash, not a shutdown)
    assert.equal(spawnSync('kill', ['-0', String(pid)]).status === 0, false);
  });
});
