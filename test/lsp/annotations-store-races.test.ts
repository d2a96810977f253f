// Issue 15, races between a quick fix and the files: a quick fix computed
// before a pull that added lines allocates its ids against the .ann as it is
// when it is applied (the edit is made when the annotator picks the fix, from
// the file read again then), and a quick fix on article text that is not
// saved is refused with the reason, so the .ann never holds offsets of text
// that was never saved. Real server, real files, real git.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TestClient } from './client.js';
import { applyEdit, cpOf, git, idsOf, positionAt, TempFolder, type CodeAction, type Pos } from './annotation-files.js';

/** What VS Code declares: code actions may come without their edit, resolved when picked. */
const RESOLVES = { textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } } } };

describe('a quick fix and the files changing under it (issue 15, real server)', function () {
  const tmp = new TempFolder('isnad-races-', 'work');
  const { uri, file } = tmp;
  let root: string;
  let dir: string;
  let client: TestClient;
  const actions = (u: string, start: Pos, end = start): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start, end }, context: { diagnostics: [] } });
  /** What the editor does when the annotator picks an action: resolve it when it has no edit, then apply the edit. */
  async function pick(a: CodeAction): Promise<CodeAction> {
    const done = a.edit ? a : await client.request<CodeAction>('codeAction/resolve', a);
    applyEdit(done.edit);
    return done;
  }

  beforeEach(() => {
    dir = tmp.make();
    root = tmp.root;
  });
  afterEach(async () => {
    await client?.close();
    tmp.remove();
  });

  it('a quick fix computed before a pull that added T2 and A1 writes no duplicate id and keeps the pulled lines', async () => {
    const text = 'قتل ستة أشخاص في كركوك وداقوق.\n';
    const [ks, ke] = cpOf(text, 'كركوك');
    const ann = `T1\tPlace ${ks} ${ke}\tكركوك\n`;
    const upstream = tmp.cloneOf({ 'a.txt': text, 'a.ann': ann });
    client = new TestClient();
    await client.initialize(dir, RESOLVES, { findings: true });
    const u = uri('a.txt');
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    const fix = (await actions(u, positionAt(text, text.indexOf('ستة') + 1))).find((a) => /^Annotate figure/.test(a.title));
    assert.ok(fix, 'the figure can be annotated');
    // meanwhile a teammate annotated داقوق and pushed; we pull before picking the fix (no watcher event yet)
    const [ds, de] = cpOf(text, 'داقوق');
    const theirs = `${ann}T2\tPlace ${ds} ${de}\tداقوق\nA1\tPlaceType T2 town\n`;
    fs.writeFileSync(path.join(upstream, 'a.ann'), theirs);
    git(upstream, 'commit', '-qam', 'داقوق');
    git(dir, 'pull', '-q', '--ff-only');
    await pick(fix);
    const written = fs.readFileSync(file('a.ann'), 'utf8');
    assert.ok(written.startsWith(theirs), `the pulled lines kept byte for byte:\n${written}`);
    const ids = idsOf(written);
    assert.deepEqual(ids, [...new Set(ids)], `no id twice:\n${written}`);
    const [fs0, fe0] = cpOf(text, 'ستة');
    assert.match(written, new RegExp(`^T3\\tFigure ${fs0} ${fe0}\\tستة$`, 'm'));
  });

  it('a quick fix whose annotation a pull already wrote is not applied twice, and says so', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    fs.writeFileSync(file('b.txt'), text);
    fs.writeFileSync(file('b.ann'), '');
    client = new TestClient();
    await client.initialize(dir, RESOLVES, { findings: true });
    const u = uri('b.txt');
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    const fix = (await actions(u, positionAt(text, text.indexOf('كركوك') + 1))).find((a) => /^Annotate as Place/.test(a.title));
    assert.ok(fix);
    const [ks, ke] = cpOf(text, 'كركوك');
    const theirs = `T1\tPlace ${ks} ${ke}\tكركوك\n`;
    fs.writeFileSync(file('b.ann'), theirs);
    const done = await pick(fix);
    assert.equal(done.edit, undefined, 'nothing to apply');
    assert.equal(fs.readFileSync(file('b.ann'), 'utf8'), theirs);
    const said = client.notifications.find((n) => n.method === 'window/showMessage');
    assert.match((said?.params as { message: string } | undefined)?.message ?? '', /changed since/);
  });

  it('a quick fix on article text that is not saved is refused with the reason; closing without saving leaves the .ann as it was', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    const [ks, ke] = cpOf(text, 'كركوك');
    const ann = `T1\tPlace ${ks} ${ke}\tكركوك\n`;
    fs.writeFileSync(file('c.txt'), text);
    fs.writeFileSync(file('c.ann'), ann);
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
    const u = uri('c.txt');
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    // typed, not saved: a new sentence before the figure
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'عاجل: ' }]);
    const edited = 'عاجل: ' + text;
    const all = await actions(u, positionAt(edited, edited.indexOf('ستة') + 1));
    const fix = all.find((a) => /^Annotate figure/.test(a.title));
    assert.ok(fix, all.map((a) => a.title).join(' | '));
    assert.equal(fix.edit, undefined, 'no edit of the .ann for unsaved text');
    assert.match(fix.disabled?.reason ?? '', /unsaved|Save the article/);
    for (const a of all) if (a.edit) applyEdit(a.edit);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(fs.readFileSync(file('c.ann'), 'utf8'), ann, 'no offsets of the text never saved');
    // opened again as it is on disk: the same fix is offered and written for the saved text
    await client.open(u, text, 3);
    await client.diagnostics((p) => p.uri === u && p.version === 3).catch(() => undefined);
    const saved = (await actions(u, positionAt(text, text.indexOf('ستة') + 1))).find((a) => /^Annotate figure/.test(a.title));
    assert.ok(saved?.edit, `offered for the saved text: ${JSON.stringify(saved)}`);
    applyEdit(saved.edit);
    const [fs0, fe0] = cpOf(text, 'ستة');
    assert.match(fs.readFileSync(file('c.ann'), 'utf8'), new RegExp(`^T2\\tFigure ${fs0} ${fe0}\\tستة$`, 'm'));
  });
});
