// Issue 15 through the real server, real files and real git: an annotation
// is never moved onto other words, a line Isnad cannot place is kept byte for
// byte while the others follow, and what Isnad kept is reported on the .ann
// line and in the article, with quick fixes to accept, re-attach or delete.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdit, cpOf, git, offsetAt, positionAt, TempFolder, until, type CodeAction, type Pos } from './annotation-files.js';
import { TestClient } from './client.js';
import { readArticle } from '../../server/src/lsp/files.js';

describe('annotation files are never silently moved (issue 15, real server)', function () {
  const tmp = new TempFolder('isnad-safe-', 'work');
  const { uri, file } = tmp;
  let root: string;
  let dir: string;
  let client: TestClient;
  const watched = (...changes: [string, number][]): Promise<void> =>
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([u, type]) => ({ uri: u, type })) });
  const annDiagnostics = (name: string, code: string) => client.diagnostics((p) => p.uri === uri(name) && p.diagnostics.some((d) => d.code === code));
  const actions = (u: string, start: Pos, end = start): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start, end }, context: { diagnostics: [] } });

  async function start(): Promise<void> {
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
  }

  beforeEach(() => {
    dir = tmp.make();
    root = tmp.root;
  });

  afterEach(async () => {
    await client?.close();
    tmp.remove();
  });

  it('a git pull that deletes the annotated sentence keeps the annotation and its note where they were, reports them, and offers the other occurrence only as a choice', async () => {
    const filler = 'وقال شهود إن الطريق بقي مغلقا حتى المساء.\n'.repeat(30);
    const text = `بدأ الهجوم فجرا.\nانفجرت سيارة مفخخة في كركوك صباح اليوم.\n${filler}وعاد الهدوء إلى كركوك مساء.\n`;
    const [s, e] = cpOf(text, 'كركوك');
    const ann = `T1\tPlace ${s} ${e}\tكركوك\n#1\tAnnotatorNotes T1\tمكان الانفجار\n`;
    const upstream = tmp.cloneOf({ 'a.txt': text, 'a.ann': ann });
    await start();
    await client.diagnostics((p) => p.uri === uri('a.txt'), 15000).catch(() => undefined);
    // a teammate removes the sentence and pushes; we pull
    const next = text.replace('انفجرت سيارة مفخخة في كركوك صباح اليوم.\n', '');
    fs.writeFileSync(path.join(upstream, 'a.txt'), next);
    git(upstream, 'commit', '-qam', 'the sentence was wrong');
    git(dir, 'pull', '-q', '--ff-only');
    assert.equal(fs.readFileSync(file('a.txt'), 'utf8'), next);
    await watched([uri('a.txt'), 2]);
    const p = await annDiagnostics('a.ann', 'unanchored');
    const d = p.diagnostics.find((x) => x.code === 'unanchored')!;
    assert.equal(d.range.start.line, 0);
    assert.match(d.message, /T1 «كركوك» is no longer in the text where it was/);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann, 'not moved to the كركوك 1 300 characters further: kept byte for byte');
    // the quick fixes on the .ann line: re-attach to the remaining occurrence (the annotator decides), or delete
    const fixes = await actions(uri('a.ann'), { line: 0, character: 0 });
    const titles = fixes.map((f) => f.title);
    assert.ok(titles.some((t) => /Re-attach annotation T1 to .*«كركوك».* on line \d+/.test(t)), titles.join(' | '));
    const del = fixes.find((f) => /Delete annotation T1 and the 1 lines that refer to it/.test(f.title));
    assert.ok(del, titles.join(' | '));
    applyEdit(del.edit);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), '');
  });

  it('typing over an annotated figure (ستة → سبعة) keeps it on the edited word, marked in the .ann and in the article, with a fix to accept', async () => {
    await start();
    const text = 'قتل ستة أشخاص وأصيب ستة آخرون في كركوك.\n';
    const [s, e] = cpOf(text, 'ستة');
    const [ks, ke] = cpOf(text, 'كركوك');
    const ann = `T1\tFigure ${s} ${e}\tستة\n#1\tAnnotatorNotes T1\tالقتلى\nT2\tPlace ${ks} ${ke}\tكركوك\n`;
    fs.writeFileSync(file('f.txt'), text);
    fs.writeFileSync(file('f.ann'), ann);
    const u = uri('f.txt');
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    const at = text.indexOf('ستة');
    await client.change(u, 2, [{ range: { start: positionAt(text, at), end: positionAt(text, at + 3) }, text: 'سبعة' }]);
    const edited = text.replace('ستة', 'سبعة');
    const inArticle = await client.diagnostics((p) => p.uri === u && p.diagnostics.some((d) => d.code === 'annotation-not-on-text'));
    const mark = inArticle.diagnostics.find((d) => d.code === 'annotation-not-on-text')!;
    assert.deepEqual(mark.range, { start: positionAt(edited, at), end: positionAt(edited, at + 4) }, 'on the edited word, not on the other ستة');
    assert.match(mark.message, /T1/);
    fs.writeFileSync(file('f.txt'), edited);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const written = await until('the .ann written on save', () => {
      const a = fs.readFileSync(file('f.ann'), 'utf8');
      return a !== ann && a;
    });
    const lines = written.split('\n');
    assert.equal(lines[0], `T1\tFigure ${s} ${s + 4}\tستة`, 'kept on the edited word with the text the annotator saw');
    assert.equal(lines[1], '#1\tAnnotatorNotes T1\tالقتلى');
    assert.equal(lines[2], `T2\tPlace ${ks + 1} ${ke + 1}\tكركوك`, 'the other annotation still follows');
    const p = await annDiagnostics('f.ann', 'text-mismatch');
    assert.equal(p.diagnostics.find((d) => d.code === 'text-mismatch')!.range.start.line, 0);
    const accept = (await actions(uri('f.ann'), { line: 0, character: 0 })).find((f) => /Accept .*«سبعة».* as the text of annotation T1/.test(f.title));
    assert.ok(accept);
    applyEdit(accept.edit);
    assert.equal(fs.readFileSync(file('f.ann'), 'utf8').split('\n')[0], `T1\tFigure ${s} ${s + 4}\tسبعة`);
  });

  it('deleting an annotated word writes no empty span, keeps its line, and the file still follows later edits', async () => {
    await start();
    const text = 'قتل 22 شخصا في كركوك وداقوق\n';
    const ann = 'T1\tFigure 4 6\t22\nT2\tPlace 15 20\tكركوك\nT3\tPlace 22 27\tداقوق\n';
    fs.writeFileSync(file('d.txt'), text);
    fs.writeFileSync(file('d.ann'), ann);
    const u = uri('d.txt');
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    const at = text.indexOf('كركوك');
    await client.change(u, 2, [{ range: { start: positionAt(text, at), end: positionAt(text, at + 6) }, text: '' }]);
    const t1 = text.slice(0, at) + text.slice(at + 6);
    fs.writeFileSync(file('d.txt'), t1);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const w1 = await until('written', () => {
      const a = fs.readFileSync(file('d.ann'), 'utf8');
      return a !== ann && a;
    });
    assert.equal(w1, 'T1\tFigure 4 6\t22\nT2\tPlace 15 20\tكركوك\nT3\tPlace 16 21\tداقوق\n');
    // a later edit: the kept line stays as written, the others move
    await client.change(u, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(file('d.txt'), 'أمس ' + t1);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const w2 = await until('written again', () => {
      const a = fs.readFileSync(file('d.ann'), 'utf8');
      return a !== w1 && a;
    });
    assert.equal(w2, 'T1\tFigure 8 10\t22\nT2\tPlace 15 20\tكركوك\nT3\tPlace 20 25\tداقوق\n');
  });

  it('a line with wrong offsets is kept byte for byte while the article changes on disk; the others follow', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\nوأصيب آخرون في داقوق.\n';
    const bad = 'T2\tFigure 5 8\tستة\nT3\tPlace 900 905\tكركوك\nT4\tPlace 20 17\tداقوق\nT5\tPlace 17 22\tكركوك\nT5\tPlace 4 7\tستة\n';
    const ann = `T1\tPlace 39 44\tداقوق\n${bad}`;
    fs.writeFileSync(file('w.txt'), text);
    fs.writeFileSync(file('w.ann'), ann);
    await start();
    await client.diagnostics((p) => p.uri === uri('w.txt'), 15000).catch(() => undefined);
    const next = 'خبر عاجل\n' + text;
    fs.writeFileSync(file('w.txt'), next);
    await watched([uri('w.txt'), 2]);
    const written = await until('re-anchored', () => {
      const a = fs.readFileSync(file('w.ann'), 'utf8');
      return a !== ann && a;
    });
    const [s, e] = cpOf(next, 'داقوق');
    assert.equal(written, `T1\tPlace ${s} ${e}\tداقوق\n${bad}`);
    const p = await annDiagnostics('w.ann', 'lines-kept');
    assert.ok(!p.diagnostics.some((d) => d.code === 'read-only'));
  });

  it('a rewrite keeps the bytes of a note that are not UTF-8, writes through a symlinked .ann, and leaves no temporary file', async () => {
    await start();
    const text = 'قتل ستة أشخاص في كركوك.\n';
    const [ks, ke] = cpOf(text, 'كركوك');
    // a note pasted from a Windows-1256 file: bytes that are not UTF-8
    const note = Buffer.from([0x23, 0x31, 0x09, ...Buffer.from('AnnotatorNotes T1\t'), 0xc7, 0xe1, 0xd4, 0xd1, 0xd8, 0xc9, 0x0a]);
    const ann = Buffer.concat([Buffer.from(`T1\tPlace ${ks} ${ke}\tكركوك\n`), note]);
    const shared = path.join(root, 'team');
    fs.mkdirSync(shared);
    fs.writeFileSync(path.join(shared, 'b.ann'), ann);
    fs.symlinkSync(path.join(shared, 'b.ann'), file('b.ann'));
    fs.writeFileSync(file('b.txt'), text);
    const u = uri('b.txt');
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(file('b.txt'), 'أمس ' + text);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const written = await until('written', () => {
      const b = fs.readFileSync(path.join(shared, 'b.ann'));
      return !b.equals(ann) && b;
    });
    assert.ok(written.equals(Buffer.concat([Buffer.from(`T1\tPlace ${ks + 4} ${ke + 4}\tكركوك\n`), note])), 'the note byte for byte');
    assert.ok(fs.lstatSync(file('b.ann')).isSymbolicLink(), 'the link is kept, the file it points to written');
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
    assert.deepEqual(fs.readdirSync(shared).filter((n) => n.endsWith('.tmp')), []);
  });

  it('a pull seen half written (its first line, then the whole file) is waited for: the spans never land on the words of the first line', async () => {
    const text = 'بدأ الهجوم فجرا.\nانفجرت سيارة في كركوك صباحا.\n';
    const [s, e] = cpOf(text, 'كركوك');
    const ann = `T1\tPlace ${s} ${e}\tكركوك\n`;
    fs.writeFileSync(file('h.txt'), text);
    fs.writeFileSync(file('h.ann'), ann);
    await start();
    await client.diagnostics((p) => p.uri === uri('h.txt'), 15000).catch(() => undefined);
    const next = 'عاجل من كركوك:\n' + text;
    // the watcher fires while git has written only the first line
    fs.writeFileSync(file('h.txt'), next.slice(0, next.indexOf('\n') + 1));
    await watched([uri('h.txt'), 2]);
    await new Promise((r) => setTimeout(r, 100));
    fs.writeFileSync(file('h.txt'), next);
    await watched([uri('h.txt'), 2]);
    const [ns, ne] = cpOf(next, 'كركوك', 1);
    const written = await until('re-anchored against the whole file', () => {
      const a = fs.readFileSync(file('h.ann'), 'utf8');
      return a !== ann && a;
    });
    assert.equal(written, `T1\tPlace ${ns} ${ne}\tكركوك\n`, 'on its own sentence, not on the كركوك of the new first line');
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(fs.readFileSync(file('h.ann'), 'utf8'), written, 'and it stays there');
  });
});

describe('the server reads only what it can analyse (issue 15, smaller cases)', function () {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-read-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a closed article over the size limit (in characters, as for an open one) is not read; a FIFO named NAME.txt is skipped, not waited on', async () => {
    const file = path.join(dir, 'big.txt');
    // 1 500 Arabic characters: 3 000 bytes, under the old 4 × 1 000 byte bound
    fs.writeFileSync(file, 'ق'.repeat(1500));
    assert.deepEqual(await readArticle(file, 1000), { ok: false, reason: 'too-large' });
    assert.deepEqual(await readArticle(file, 2000), { ok: true, text: 'ق'.repeat(1500) });
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(await readArticle(fifo, 1000), { ok: false, reason: 'not-a-regular-file' });
  });

  it('a FIFO named NAME.ann and a FIFO .isnad/gazetteer.json: the server is not frozen, both are skipped with a message', async function () {
    this.timeout(30_000);
    const text = 'قتل ستة أشخاص في كركوك.\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    execFileSync('mkfifo', [path.join(dir, 'a.ann')]);
    fs.mkdirSync(path.join(dir, '.isnad'));
    execFileSync('mkfifo', [path.join(dir, '.isnad/gazetteer.json')]);
    const client = new TestClient();
    try {
      await client.initialize(dir, {}, { findings: true });
      const u = pathToFileURL(path.join(dir, 'a.txt')).href;
      await client.open(u, text);
      // a server blocked reading a pipe that no one writes would answer none of these
      await client.diagnostics((p) => p.uri === u);
      const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, text.indexOf('ستة') + 1) });
      assert.ok(hover, 'the figure is hovered');
      const view = await client.request<{ items: unknown[] }>('isnad/annotations', { uri: u });
      assert.deepEqual(view.items, [], 'a pipe holds no annotations');
      const said = await client.diagnostics((p) => p.uri.endsWith('/.isnad/gazetteer.json') && p.diagnostics.length > 0);
      assert.match(said.diagnostics[0]!.message, /not a regular file.*skipped/);
      const onAnn = await client.diagnostics((p) => p.uri === pathToFileURL(path.join(dir, 'a.ann')).href && p.diagnostics.length > 0);
      assert.match(onAnn.diagnostics[0]!.message, /not a regular file.*skips it/);
      // and it still follows edits
      await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
      await client.diagnostics((p) => p.uri === u && (p as { version?: number }).version === 2);
    } finally {
      await client.close();
    }
  });

  it('a second didChange reusing a version number is analysed by its content', async () => {
    const client = new TestClient();
    try {
      await client.initialize(dir, {}, { findings: true });
      const u = pathToFileURL(path.join(dir, 'v.txt')).href;
      await client.open(u, 'ذهب الرجل إلى السوق.\n');
      await client.diagnostics((p) => p.uri === u);
      // some clients send a full-text change without bumping the version
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 1 }, contentChanges: [{ text: 'قتل ستة أشخاص في كركوك.\n' }] });
      const spans = await until('findings of the new text', () =>
        client.notifications
          .filter((n) => n.method === 'isnad/findings' && (n.params as { uri: string }).uri === u)
          .map((n) => (n.params as { spans: { kind: string }[] }).spans)
          .find((sp) => sp.some((x) => x.kind === 'figure')),
      );
      assert.ok(spans.some((x) => x.kind === 'figure'), 'the figure of the new text is found');
    } finally {
      await client.close();
    }
  });
});
