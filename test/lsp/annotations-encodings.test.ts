// Issue 15, bytes and encodings: an article in UTF-16 with a BOM is decoded,
// not called binary (its BOM counts one, as a UTF-8 BOM does). Real server, real CLI, real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestClient } from './client.js';
import { applyEdit, positionAt, until, type CodeAction, type Pos } from './annotation-files.js';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.cjs');

interface CliJson {
  documents: { path: string; figures: { start: number; end: number; text: string }[]; places: { start: number; end: number; text: string }[] }[];
  skipped: { path: string; reason: string }[];
}
const check = (cwd: string, ...files: string[]): CliJson => JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--json', ...files], { cwd, encoding: 'utf8' }).stdout) as CliJson;

describe('articles with a byte order mark or in UTF-16 (issue 15, real server and CLI)', function () {
  let dir: string;
  let client: TestClient;
  const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-enc-'))));
  afterEach(async () => {
    await client?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an article in UTF-16 with a BOM is read, by the CLI and the server, not skipped as binary', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    fs.writeFileSync(path.join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    fs.writeFileSync(path.join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const cli = check(dir, 'le.txt', 'be.txt');
    assert.deepEqual(cli.skipped, []);
    for (const d of cli.documents) assert.deepEqual(d.places.map((p) => [p.text, p.start]), [['كركوك', 18]], d.path);
    // the server indexes the closed file: its .ann is checked against the decoded text
    fs.writeFileSync(path.join(dir, 'le.ann'), 'T1\tPlace 18 23\tكركوك\n');
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
    const view = await until('the annotations of the UTF-16 article', async () => {
      const v = await client.request<{ items: { text: string }[]; problems: number }>('isnad/annotations', { uri: uri('le.txt') });
      return v.items.length ? v : null;
    });
    assert.equal(view.problems, 0, 'the span is on its words in the decoded text');
  });

  it('a quick fix on an article saved with a UTF-8 BOM (hidden by the editor) writes the offsets the CLI and the server check counts', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const [place] = check(dir, 'a.txt').documents[0]!.places;
    assert.deepEqual([place!.text, place!.start, place!.end], ['كركوك', 18, 23], 'the CLI counts the BOM');
    client = new TestClient();
    // as VS Code: code actions resolved when picked
    await client.initialize(dir, { textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } } } }, { findings: true });
    const u = uri('a.txt');
    // VS Code hides the BOM: the editor's text starts at the first letter
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    const at: Pos = positionAt(text, text.indexOf('كركوك') + 1);
    const list = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const fix = list.find((a) => /^Annotate as Place/.test(a.title));
    assert.ok(fix && !fix.disabled, `the place can be annotated: ${JSON.stringify(list.map((a) => [a.title, a.disabled?.reason]))}`);
    const done = fix.edit ? fix : await client.request<CodeAction>('codeAction/resolve', fix);
    applyEdit(done.edit);
    const written = fs.readFileSync(path.join(dir, 'a.ann'), 'utf8');
    assert.match(written, new RegExp(`^T1\\tPlace ${place!.start} ${place!.end}\\tكركوك$`, 'm'), `the offsets the CLI gives:\n${written}`);
    // the span covers the word in the file as it is on disk
    const disk = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fs.readFileSync(path.join(dir, 'a.txt')));
    assert.equal([...disk].slice(place!.start, place!.end).join(''), 'كركوك');
    // and the server's own check of the .ann finds nothing wrong, once it saw the file change
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('a.ann'), type: 2 }] });
    const view = await until('the annotations of the article', async () => {
      const v = await client.request<{ items: { text: string }[]; problems: number }>('isnad/annotations', { uri: u });
      return v.items.length ? v : null;
    });
    assert.equal(view.problems, 0, 'the server checks the written line as on its words');
    // an edit before the word, saved (VS Code keeps the BOM): the annotations follow, in the file's offsets
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('أمس ' + text)]));
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const saved = await until('the .ann written on save', () => {
      const now = fs.readFileSync(path.join(dir, 'a.ann'), 'utf8');
      return now !== written && now;
    });
    const [moved] = check(dir, 'a.txt').documents[0]!.places;
    assert.match(saved, new RegExp(`^T1\\tPlace ${moved!.start} ${moved!.end}\\tكركوك$`, 'm'), `the CLI's offsets after the save:\n${saved}`);
  });
});
