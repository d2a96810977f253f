// Issue 15, bytes and encodings: an article in UTF-16 with a BOM is decoded,
// not called binary (its BOM counts one, as a UTF-8 BOM does). Real server, real CLI, real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestClient } from './client.js';
import { applyEdit, positionAt, until, type CodeAction } from './annotation-files.js';

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
});
