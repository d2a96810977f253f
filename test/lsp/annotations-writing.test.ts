// A .ann that another program rewrites in steps (truncate, write, write, close)
// while the server watches it: the server never writes over it, so no line of
// the other program is lost; a half-written file is reported, and read again
// until it is whole; the annotations shown are the final file's. And the
// server's own writes replace the file in one step.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { TempFolder, until as waitFor } from './annotation-files.js';
import { TestClient } from './client.js';

interface AnnotationsResult {
  exists: boolean;
  items: { id: string; type: string; text: string }[];
  problems: number;
}

/** Code points before a UTF-16 offset: the offsets a .ann stores. */
const cp = (text: string, utf16: number): number => Array.from(text.slice(0, utf16)).length;

/** A T line for the first occurrence of `word` in `text`. */
function tLine(id: string, type: string, text: string, word: string): string {
  const s = cp(text, text.indexOf(word));
  return `${id}\t${type} ${s} ${s + Array.from(word).length}\t${word}\n`;
}

/** Waits as the shared helper does, with this suite's longer default (the writers pause between steps). */
const until = <T>(what: string, f: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 20000): Promise<T> => waitFor(what, f, ms);

/** A program that writes a file the plain way: opened (truncated), written in pieces, closed. */
class StepWriter {
  private fd: number;
  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }
  write(s: string): void {
    fs.writeSync(this.fd, s);
  }
  close(): void {
    fs.closeSync(this.fd);
  }
}

const TEXT = 'قتل ستة أشخاص في كركوك.\nوأصيب آخرون في داقوق.\n';

describe('a .ann rewritten on disk while the server watches it', function () {
  const tmp = new TempFolder('isnad-ann-writing-');
  const { uri, file } = tmp;
  let dir: string;
  let client: TestClient;
  const warnings = (): string[] =>
    client.notifications.filter((n) => n.method === 'window/showMessage' && (n.params as { type: number }).type === 2).map((n) => (n.params as { message: string }).message);

  beforeEach(async () => {
    dir = tmp.make();
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
  });

  afterEach(async () => {
    await client.close();
    tmp.remove();
  });

  async function openArticle(name: string, text: string): Promise<string> {
    fs.writeFileSync(file(name), text);
    const u = uri(name);
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    return u;
  }

  const watched = (...names: string[]): Promise<void> =>
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: names.map((n) => ({ uri: uri(n), type: 2 })) });

  const annotations = (u: string): Promise<AnnotationsResult> => client.request<AnnotationsResult>('isnad/annotations', { uri: u });

  const ids = (r: AnnotationsResult): string => r.items.map((i) => `${i.id} ${i.type} ${i.text}`).join(' | ');

  /** The .ann's diagnostics as last published. */
  const annDiagnostics = (name: string) => [...client.published].reverse().find((p) => p.uri === uri(name))?.diagnostics;

  it('notified after each step (empty, half a line, whole): it never writes, reports the half-written file, and shows the final annotations', async () => {
    const old = tLine('T1', 'Place', TEXT, 'كركوك');
    fs.writeFileSync(file('a.ann'), old);
    const u = await openArticle('a.txt', TEXT);
    // the user edits and saves the article while the file is being rewritten: the server has a reason to write
    const text1 = 'أمس ' + TEXT;
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    const final = tLine('T1', 'Place', text1, 'كركوك') + tLine('T2', 'Place', text1, 'داقوق') + tLine('T3', 'Figure', text1, 'ستة');
    const cut = final.indexOf('T2') + 'T2\tPla'.length;

    const w = new StepWriter(file('a.ann'));
    await watched('a.ann');
    await until('the emptied file read', async () => (await annotations(u)).items.length === 0);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), '', 'the empty file is not written over');

    w.write(final.slice(0, cut));
    await watched('a.ann');
    const half = await until('the half-written line reported', () => annDiagnostics('a.ann')?.find((d) => d.code === 'unparsed-line'));
    assert.equal(half.range.start.line, 1, 'on the line being written');
    assert.equal(half.severity, 1);
    assert.deepEqual((await annotations(u)).items.map((i) => i.id), ['T1'], 'the whole line before it is kept');

    fs.writeFileSync(file('a.txt'), text1);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    await watched('a.txt');
    w.write(final.slice(cut));
    w.close();
    await watched('a.ann');

    const shown = await until('the final annotations', async () => {
      const r = await annotations(u);
      return r.items.length === 3 ? r : null;
    });
    assert.equal(ids(shown), 'T1 Place كركوك | T2 Place داقوق | T3 Figure ستة');
    assert.equal(shown.problems, 0);
    await until('the problem cleared', () => annDiagnostics('a.ann')?.length === 0);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), final, 'the other program\'s file, every line of it');
    assert.deepEqual(warnings(), [], 'it never tried to write');
  });

  it('notified once while half written and never again: it reads the file again until it is whole', async () => {
    fs.writeFileSync(file('b.ann'), tLine('T1', 'Place', TEXT, 'كركوك'));
    const u = await openArticle('b.txt', TEXT);
    await until('the first annotation', async () => (await annotations(u)).items.length === 1);
    const final = tLine('T1', 'Place', TEXT, 'كركوك') + tLine('T2', 'Place', TEXT, 'داقوق');
    const cut = final.indexOf('T2') + 'T2\tPlace 3'.length;

    const w = new StepWriter(file('b.ann'));
    w.write(final.slice(0, cut));
    await watched('b.ann');
    await until('the half-written file reported', () => annDiagnostics('b.ann')?.some((d) => d.code === 'unparsed-line'));
    // the rest arrives; the watcher coalesced it into the event already sent
    w.write(final.slice(cut));
    w.close();

    const shown = await until('the whole file read again without a notification', async () => {
      const r = await annotations(u);
      return r.items.length === 2 ? r : null;
    });
    assert.equal(ids(shown), 'T1 Place كركوك | T2 Place داقوق');
    await until('the problem cleared', () => annDiagnostics('b.ann')?.length === 0);
    await until('the article redrawn with both annotations', () =>
      client.notifications.some((n) => {
        const f = n.params as { uri: string; counts: { annotated: number } };
        return n.method === 'isnad/findings' && f.uri === u && f.counts.annotated === 2;
      }),
    );
    assert.equal(fs.readFileSync(file('b.ann'), 'utf8'), final);
  });

  it('the article is saved while another program writes its .ann, before the server heard of it: the server does not write over it and says so', async () => {
    fs.writeFileSync(file('c.ann'), tLine('T1', 'Place', TEXT, 'كركوك'));
    const u = await openArticle('c.txt', TEXT);
    await until('the first annotation', async () => (await annotations(u)).items.length === 1);
    const text1 = 'أمس ' + TEXT;
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    // a teammate's tool writes the .ann for the saved text, with one more place
    const final = tLine('T1', 'Place', text1, 'كركوك') + tLine('T2', 'Place', text1, 'داقوق');
    const w = new StepWriter(file('c.ann'));
    w.write(final.slice(0, final.length - 4));

    fs.writeFileSync(file('c.txt'), text1);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const said = await until('a warning that c.ann was not written', () => warnings().find((m) => m.includes('c.ann')));
    assert.match(said, /changed on disk/);

    w.write(final.slice(final.length - 4));
    w.close();
    await watched('c.txt', 'c.ann');
    assert.equal(fs.readFileSync(file('c.ann'), 'utf8'), final, 'no line of the other program lost');
    const shown = await until('the final annotations', async () => {
      const r = await annotations(u);
      return r.items.length === 2 ? r : null;
    });
    assert.equal(ids(shown), 'T1 Place كركوك | T2 Place داقوق');
  });

  it('the article changes on disk while its .ann is half written: the re-anchored file is not written over it', async () => {
    fs.writeFileSync(file('d.txt'), TEXT);
    fs.writeFileSync(file('d.ann'), tLine('T1', 'Place', TEXT, 'كركوك'));
    await client.diagnostics((p) => p.uri === uri('d.ann') || p.uri === uri('d.txt'), 20000).catch(() => undefined);
    await until('the .ann read at indexing', async () => (await annotations(uri('d.txt'))).items.length === 1);
    // a pull: a new first line in the article, and its .ann with T1 moved and a new place
    const text2 = 'خبر عاجل\n' + TEXT;
    const final = tLine('T1', 'Place', text2, 'كركوك') + tLine('T2', 'Place', text2, 'داقوق');
    const w = new StepWriter(file('d.ann'));
    w.write(final.slice(0, final.indexOf('T2') + 3));
    fs.writeFileSync(file('d.txt'), text2);
    await watched('d.txt');
    await until('a warning that d.ann was not written', () => warnings().find((m) => m.includes('d.ann')));

    w.write(final.slice(final.indexOf('T2') + 3));
    w.close();
    await watched('d.ann');
    assert.equal(fs.readFileSync(file('d.ann'), 'utf8'), final, 'no line of the pull lost');
    await until('the final annotations', async () => (await annotations(uri('d.txt'))).items.length === 2);
    await until('no problem left on d.ann', () => annDiagnostics('d.ann')?.length === 0);
  });

  it('writes on save by replacing the file in one step: a new file renamed over it, its permissions kept, no temporary file left', async () => {
    fs.writeFileSync(file('e.ann'), tLine('T1', 'Place', TEXT, 'كركوك'));
    fs.chmodSync(file('e.ann'), 0o664);
    const before = fs.statSync(file('e.ann'));
    const u = await openArticle('e.txt', TEXT);
    const text1 = 'أمس ' + TEXT;
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(file('e.txt'), text1);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const expected = tLine('T1', 'Place', text1, 'كركوك');
    await until('the .ann written', () => fs.readFileSync(file('e.ann'), 'utf8') === expected);
    const after = fs.statSync(file('e.ann'));
    // a reader that had the old file open still reads the whole old file; a new reader the whole new one
    assert.notEqual(after.ino, before.ino, 'replaced by a rename, not rewritten in place');
    assert.equal(after.mode & 0o777, 0o664);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.startsWith('.')), []);
    assert.deepEqual(warnings(), []);
  });
});
