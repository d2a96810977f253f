// isnad/storyTable over real JSON-RPC: the story view's table for the Kirkuk
// articles opened in the editor, and the same table after an edit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StoryTableResult } from '../../server/src/lsp/protocol.js';
import { describeShared, KIRKUK } from '../unit/corpus.js';
import { TestClient } from './client.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describeShared('isnad/storyTable over JSON-RPC', function () {
  this.timeout(60000);
  let client: TestClient;
  const files = fs.readdirSync(KIRKUK).filter((f) => f.endsWith('.txt')).sort();
  const uris = files.map((f) => pathToFileURL(path.join(KIRKUK, f)).href);
  const police = (t: StoryTableResult) => t.rows.find((r) => r.what === 'police killed' && r.claims.length > 1);

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize(); // no workspace folder: only what is opened
    for (let i = 0; i < files.length; i++) await client.open(uris[i]!, fs.readFileSync(path.join(KIRKUK, files[i]!), 'utf8'));
    for (const u of uris) await client.diagnostics((p) => p.uri === u);
  });

  afterEach(async () => {
    assert.equal(await client.close(), 0);
  });

  it('groups the opened articles by what is counted: police killed, 6 (three sources) against 5 (004)', async () => {
    const t = await client.request<StoryTableResult>('isnad/storyTable', { uri: uris[1] });
    assert.equal(t.articles, 5);
    assert.equal(t.name, 'kirkuk-2016');
    const row = police(t);
    assert.ok(row, 'a police killed row');
    assert.equal(row.status, 'conflict');
    assert.deepEqual(row.claims.map((c) => `${c.article.slice(0, 3)}:${c.min}`).sort(), ['001:6', '002:6', '003:6', '004:5']);
    for (const c of row.claims) {
      assert.ok(uris.includes(c.uri));
      const line = fs.readFileSync(c.path, 'utf8').split(/\r\n|\r|\n/)[c.range.start.line]!;
      assert.equal(line.slice(c.range.start.character, c.range.end.character), c.text, 'the range is the figure');
    }
    const wounded = t.rows.find((r) => r.what === 'police wounded' && r.claims.length > 1);
    assert.equal(wounded?.status, 'agree');
    const byFolder = await client.request<StoryTableResult>('isnad/storyTable', { uri: pathToFileURL(KIRKUK).href });
    assert.deepEqual(byFolder.rows, t.rows, 'the folder gives the same table');
  });

  it('follows an edit: 004 saying six police too turns the conflict into an agreement', async () => {
    const before = police(await client.request<StoryTableResult>('isnad/storyTable', { uri: uris[4] }))!;
    const five = before.claims.find((c) => c.article.startsWith('004'))!;
    await client.change(uris[4]!, 2, [{ range: five.range, text: 'ستة' }]);
    await client.diagnostics((p) => p.uri === uris[4] && p.version === 2);
    const after = police(await client.request<StoryTableResult>('isnad/storyTable', { uri: uris[4] }))!;
    assert.equal(after.status, 'agree');
    assert.deepEqual(after.claims.map((c) => `${c.article.slice(0, 3)}:${c.min}`).sort(), ['001:6', '002:6', '003:6', '004:6']);
  });
});

describeShared('isnad check --table', () => {
  const isnad = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), ...args], { encoding: 'utf8', cwd: ROOT });

  it('prints the story figures grouped by what is counted, and still exits 1 on conflicts', () => {
    const r = isnad('check', '--table', KIRKUK);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /figures of the story .*kirkuk-2016 \(5 article\(s\)/);
    const block = r.stdout.split(/\n  (?=\S)/).find((b) => b.startsWith('CONFLICT · police killed'));
    assert.ok(block, 'the police killed group');
    assert.equal((block.match(/ 6 +ستة/g) ?? []).length, 3);
    assert.match(block, / 5 +خمسة .*004_[^ ]*\.txt:\d+:\d+/);
  });

  it('adds the tables to --json', () => {
    const json = JSON.parse(isnad('check', '--json', '--table', KIRKUK).stdout) as { stories: { articles: number; rows: { what: string; status: string }[] }[] };
    assert.equal(json.stories.length, 1);
    assert.equal(json.stories[0]!.articles, 5);
    assert.ok(json.stories[0]!.rows.some((r) => r.what === 'police killed' && r.status === 'conflict'));
  });
});
