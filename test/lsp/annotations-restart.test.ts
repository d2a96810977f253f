// Issue 15, case 1 after a restart: the unsaved edits typed an annotated word
// again right beside it («ستة» → «ستةستة»). The restarted server cannot tell
// which «ستة» is the annotated one; the .ann's offsets still spell the word
// (now on the typed copy). It must say so, on the article and on the .ann
// line, keep the line as written across keys and the save, and keep saying so
// until the annotator picks a fix — also across a later restart (the mark is
// kept in the folder's .isnad/local) and a pull that re-anchors the line.
// Real server, real files, real git.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { applyEdit, cpOf, git, TempFolder, until, type CodeAction } from './annotation-files.js';
import { TestClient, type PublishParams } from './client.js';

interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

describe('annotation files: a span made ambiguous by unsaved edits, seen after a restart (issue 15)', function () {
  const tmp = new TempFolder('isnad-restart-', 'work');
  const { uri, file } = tmp;
  let dir: string;
  let clients: TestClient[] = [];
  const text = 'قتل ستة أشخاص في كركوك.\n';
  const [s0, e0] = cpOf(text, 'ستة');
  const t1 = `T1\tFigure ${s0} ${e0}\tستة`;
  const ann = `${t1}\n#1\tAnnotatorNotes T1\tملاحظة\n`;

  async function start(): Promise<TestClient> {
    const c = new TestClient();
    clients.push(c);
    await c.initialize(dir, {}, { findings: true });
    return c;
  }
  const uncertain = (p: PublishParams): boolean => p.diagnostics.some((d) => d.code === 'annotation-uncertain');
  const last = (c: TestClient, u: string): PublishParams | undefined => [...c.published].reverse().find((p) => p.uri === u);
  const actions = async (c: TestClient, u: string, line: number, character = 0): Promise<(CodeAction & { command?: Command })[]> =>
    (await c.request<(CodeAction & { command?: Command })[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line, character }, end: { line, character } }, context: { diagnostics: [] } })).map((a) => ({ ...a, title: stripIsolates(a.title) }));

  beforeEach(() => {
    dir = tmp.make();
    clients = [];
  });

  afterEach(async () => {
    for (const c of clients) if (c.proc.exitCode === null && c.proc.signalCode === null) await c.close();
    tmp.remove();
  });

  const edited = 'قتل ستةستة أشخاص في كركوك.\n';
  const save = async (c: TestClient, u: string, saved: string): Promise<void> => {
    fs.writeFileSync(file(u), saved);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri(u) } });
    await c.request('textDocument/hover', { textDocument: { uri: uri(u) }, position: { line: 0, character: 0 } });
    await new Promise((r) => setTimeout(r, 600));
  };
  /** A server restarted over the unsaved «ستةستة» (the mark is found), then the article saved. */
  async function restartedThenSaved(): Promise<TestClient> {
    const c = await start();
    await c.open(uri('a.txt'), edited, 2);
    await c.diagnostics((p) => p.uri === uri('a.ann') && uncertain(p));
    await save(c, 'a.txt', edited);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann, 'the .ann line is kept byte for byte');
    return c;
  }
  /** The same, then a second restart with the saved article open: nothing is left to doubt but the stored mark. */
  async function restartedAgain(): Promise<TestClient> {
    fs.writeFileSync(file('a.txt'), text);
    fs.writeFileSync(file('a.ann'), ann);
    await (await restartedThenSaved()).close();
    const c = await start();
    await c.open(uri('a.txt'), edited);
    return c;
  }
  /** Has the server said what it checked after indexing (its .ann diagnostics are out)? */
  const checked = (c: TestClient): Promise<unknown> => until('the annotations checked', () => c.notifications.some((n) => n.method === 'isnad/annotationsChecked'));

  it('the word typed again beside an annotated word, then a restart: marked on the article and the .ann line, kept across a key and the save, until the annotator accepts', async () => {
    fs.writeFileSync(file('a.txt'), text);
    fs.writeFileSync(file('a.ann'), ann);
    const first = await start();
    await first.open(uri('a.txt'), text);
    await first.diagnostics((p) => p.uri === uri('a.txt'));
    // the word typed again right before itself, not saved
    await first.change(uri('a.txt'), 2, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'ستة' }]);
    await first.request('textDocument/hover', { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 8 } });
    await first.close();
    const edited = 'قتل ستةستة أشخاص في كركوك.\n';

    // restarted: the editor sends the unsaved text again
    const c = await start();
    await c.open(uri('a.txt'), edited, 2);
    const onArticle = await c.diagnostics((p) => p.uri === uri('a.txt') && uncertain(p));
    const d = onArticle.diagnostics.find((x) => x.code === 'annotation-uncertain')!;
    assert.match(stripIsolates(d.message), /T1 «ستة».*restart/, d.message);
    const onAnn = await c.diagnostics((p) => p.uri === uri('a.ann') && uncertain(p));
    assert.deepEqual(onAnn.diagnostics.filter((x) => x.code === 'annotation-uncertain').map((x) => x.range.start.line), [0]);

    // another key (after the words), then the save
    await c.change(uri('a.txt'), 3, [{ range: { start: { line: 0, character: 26 }, end: { line: 0, character: 26 } }, text: '!' }]);
    const saved = 'قتل ستةستة أشخاص في كركوك.!\n';
    await c.request('textDocument/hover', { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 8 } });
    fs.writeFileSync(file('a.txt'), saved);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri('a.txt') } });
    await c.request('textDocument/hover', { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 8 } });
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann, 'the .ann line is kept byte for byte');
    assert.ok(uncertain(last(c, uri('a.txt'))!), `still marked on the article: ${JSON.stringify(last(c, uri('a.txt')))}`);
    assert.ok(uncertain(last(c, uri('a.ann'))!), `still marked on the .ann: ${JSON.stringify(last(c, uri('a.ann')))}`);
    // a key after the save: the article analysed again, still marked, the line still as written
    await c.change(uri('a.txt'), 4, [{ range: { start: { line: 0, character: 27 }, end: { line: 0, character: 27 } }, text: '!' }]);
    const again = await c.diagnostics((p) => p.uri === uri('a.txt') && p.version === 4);
    assert.ok(uncertain(again), `marked after a key past the save: ${JSON.stringify(again)}`);

    // the fixes: re-attach to the other «ستة», accept where it is, delete
    const fixes = await actions(c, uri('a.ann'), 0);
    const titles = fixes.map((a) => a.title);
    assert.ok(titles.some((x) => x.startsWith('Re-attach annotation T1 to «ستة»')), titles.join(' | '));
    assert.ok(titles.some((x) => x.startsWith('Delete annotation T1')), titles.join(' | '));
    const onTheArticle = (await actions(c, uri('a.txt'), 0, 5)).map((a) => a.title);
    assert.ok(onTheArticle.some((x) => x.startsWith('Accept annotation T1')), onTheArticle.join(' | '));
    const accept = fixes.find((a) => a.title.startsWith('Accept annotation T1'));
    assert.ok(accept?.command, titles.join(' | '));
    await c.request('workspace/executeCommand', { command: accept.command.command, arguments: accept.command.arguments });
    await until('the mark cleared on the article and the .ann', () => !uncertain(last(c, uri('a.txt'))!) && !uncertain(last(c, uri('a.ann'))!));
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann, 'accepting writes nothing');
  });

  it('re-attaching to the other occurrence clears the mark and moves the span there', async () => {
    fs.writeFileSync(file('a.txt'), text);
    fs.writeFileSync(file('a.ann'), ann);
    const c = await start();
    await c.open(uri('a.txt'), edited, 2);
    await c.diagnostics((p) => p.uri === uri('a.ann') && uncertain(p));
    fs.writeFileSync(file('a.txt'), edited);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri('a.txt') } });
    const fix = await until('a re-attach fix', async () => (await actions(c, uri('a.ann'), 0)).find((a) => a.title.startsWith('Re-attach annotation T1')));
    applyEdit(fix.edit);
    // a client runs an action's command after its edit (LSP): re-attached, the span is the same annotation, which a mark would follow
    assert.equal(fix.command?.command, 'isnad.acceptAnnotationPlace');
    await c.request('workspace/executeCommand', { command: fix.command.command, arguments: fix.command.arguments });
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('a.ann'), type: 2 }] });
    const [s, e] = cpOf(edited, 'ستة', 1);
    assert.match(fs.readFileSync(file('a.ann'), 'utf8'), new RegExp(`^T1\tFigure ${s} ${e}\tستة$`, 'm'));
    await until('the mark cleared', () => !uncertain(last(c, uri('a.ann'))!));
  });

  it('restarted, saved, restarted again: the place is still in doubt, on the article and the .ann line, the line as written; a key before the words moves it, still in doubt', async () => {
    // the article now matches its .ann on disk: only the mark kept from before can tell
    const c = await restartedAgain();
    const onArticle = await c.diagnostics((p) => p.uri === uri('a.txt') && uncertain(p), 8000);
    const d = onArticle.diagnostics.find((x) => x.code === 'annotation-uncertain')!;
    assert.match(stripIsolates(d.message), /T1 «ستة»/, d.message);
    assert.deepEqual(d.range.start, { line: 0, character: 4 }, 'on the words the line spells');
    const onAnn = await c.diagnostics((p) => p.uri === uri('a.ann') && uncertain(p), 8000);
    assert.deepEqual(onAnn.diagnostics.filter((x) => x.code === 'annotation-uncertain').map((x) => x.range.start.line), [0]);
    const titles = (await actions(c, uri('a.ann'), 0)).map((a) => a.title);
    assert.ok(titles.some((x) => x.startsWith('Accept annotation T1')), titles.join(' | '));
    assert.ok(titles.some((x) => x.startsWith('Re-attach annotation T1 to «ستة»')), titles.join(' | '));
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann, 'nothing written to the .ann');

    // a key before the words, then the save: the span follows it (the key did not touch its words), still in doubt
    await c.change(uri('a.txt'), 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }]);
    await save(c, 'a.txt', 'و' + edited);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann.replace(`Figure ${s0} ${e0}`, `Figure ${s0 + 1} ${e0 + 1}`));
    await until('still marked on the .ann, on the line followed', () => {
      const p = last(c, uri('a.ann'));
      return p && uncertain(p) && fs.readFileSync(file('a.ann'), 'utf8').startsWith(`T1\tFigure ${s0 + 1} `);
    });
    const moved = await c.diagnostics((p) => p.uri === uri('a.txt') && p.version === 2 && uncertain(p));
    assert.deepEqual(moved.diagnostics.find((x) => x.code === 'annotation-uncertain')!.range.start, { line: 0, character: 5 });
  });

  it('accepting clears the mark for good: not back after another restart', async () => {
    const c = await restartedAgain();
    await c.diagnostics((p) => p.uri === uri('a.ann') && uncertain(p), 8000);
    const accept = (await actions(c, uri('a.ann'), 0)).find((a) => a.title.startsWith('Accept annotation T1'));
    assert.ok(accept?.command);
    await c.request('workspace/executeCommand', { command: accept.command.command, arguments: accept.command.arguments });
    await until('the mark cleared', () => !uncertain(last(c, uri('a.txt'))!) && !uncertain(last(c, uri('a.ann'))!));
    await c.close();

    const again = await start();
    await again.open(uri('a.txt'), edited);
    await again.diagnostics((p) => p.uri === uri('a.txt'));
    await checked(again);
    await again.request('textDocument/hover', { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 0 } });
    assert.ok(!again.published.some(uncertain), `no mark after the restart: ${JSON.stringify(again.published)}`);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann, 'accepting writes nothing to the .ann');
  });

  it('a git pull that re-anchors a marked line: the mark follows the line (same id, same words) to its new offsets', async () => {
    const head = 'سطر أول.\nسطر ثان.\nسطر ثالث.\nسطر رابع.\n';
    const article = head + text;
    const [s, e] = cpOf(article, 'ستة');
    const line = `T1\tFigure ${s} ${e}\tستة`;
    const note = '#1\tAnnotatorNotes T1\tملاحظة';
    const ann5 = `${line}\n${note}\n`;
    const upstream = tmp.cloneOf({ 'a.txt': article, 'a.ann': ann5 });
    const mine = head + edited;

    // restarted over the unsaved copy of the word, then saved and committed
    const c = await start();
    await c.open(uri('a.txt'), mine, 2);
    await c.diagnostics((p) => p.uri === uri('a.ann') && uncertain(p));
    await save(c, 'a.txt', mine);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), ann5);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri('a.txt') } });
    await c.request('textDocument/hover', { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 0 } });
    git(dir, 'commit', '-qam', 'typed');

    // a teammate adds a line at the top; we pull: the server re-anchors the .ann (every offset moves)
    const added = 'عاجل: خبر جديد.\n';
    fs.writeFileSync(`${upstream}/a.txt`, added + article);
    git(upstream, 'commit', '-qam', 'a line on top');
    git(dir, 'pull', '-q', '--no-rebase', '--no-edit');
    const pulled = added + mine;
    assert.equal(fs.readFileSync(file('a.txt'), 'utf8'), pulled);
    const seen = c.published.filter((p) => p.uri === uri('a.ann')).length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('a.txt'), type: 2 }] });
    const k = [...added].length;
    const moved = `T1\tFigure ${s + k} ${e + k}\tستة`;
    await until('the .ann re-anchored', () => fs.readFileSync(file('a.ann'), 'utf8') === `${moved}\n${note}\n`);
    await until('the .ann published again', () => c.published.filter((p) => p.uri === uri('a.ann')).length > seen);
    await c.request('textDocument/hover', { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 0 } });
    await new Promise((r) => setTimeout(r, 300));
    const onAnn = last(c, uri('a.ann'))!;
    assert.deepEqual(onAnn.diagnostics.filter((x) => x.code === 'annotation-uncertain').map((x) => x.range.start.line), [0], `still in doubt after the pull: ${JSON.stringify(onAnn)}`);
    // the article opened again: marked on the words the moved line spells
    await c.open(uri('a.txt'), pulled);
    const onArticle = await c.diagnostics((p) => p.uri === uri('a.txt') && p.diagnostics.length > 0 && !!p.diagnostics.find((x) => x.range.start.line === 5 && x.code === 'annotation-uncertain'), 8000);
    assert.deepEqual(onArticle.diagnostics.find((x) => x.code === 'annotation-uncertain')!.range.start, { line: 5, character: 4 });
    // the mark is this annotator's: git does not see it
    assert.doesNotMatch(git(dir, 'status', '--porcelain', '--ignored=no'), /\.isnad/);
  });
});
