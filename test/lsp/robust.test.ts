// Bad input through the real server: a 100 000-line article, a folder with a
// broken link and a binary file, edits whose versions go backwards.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

interface Hover {
  contents: { value: string };
}

describe('robustness', function () {
  this.timeout(60000);

  it('opens a 100 000-line article, analyses it and still answers hovers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-big-'));
    const line = 'قتل 5 أشخاص.'; // 100 000 lines, 1.3 M characters: under the default limit
    const text = Array.from({ length: 100_000 }, () => line).join('\n');
    const uri = pathToFileURL(path.join(dir, 'big.txt')).href;
    const client = new TestClient();
    try {
      await client.initialize(dir);
      await client.open(uri, text);
      const p = await client.diagnostics((x) => x.uri === uri, 60000);
      assert.ok(!p.diagnostics.some((d) => d.code === 'too-large'), 'analysed, not refused');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 99_999, character: line.indexOf('5') } });
      assert.ok(hover, 'a hover on the last line');
      assert.match(hover.contents.value, /\*\*5\*\*/);
    } finally {
      assert.equal(await client.close(), 0);
    }
  });

  it('indexes a folder with a broken link, a binary file and an empty file without dying', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bad-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'قال مصدر إن 6 من عناصر الشرطة قتلوا في حمص.');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 255, 0, 65]));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const client = new TestClient();
    await client.initialize(dir);
    const uri = pathToFileURL(path.join(dir, 'a.txt')).href;
    await client.open(uri, fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'));
    const p = await client.diagnostics((x) => x.uri === uri);
    assert.ok(Array.isArray(p.diagnostics));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    assert.ok(hover, 'the server still answers');
    assert.equal(await client.close(), 0, 'and shuts down cleanly');
  });

  it('keeps working when edits arrive with versions out of order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-order-'));
    const uri = pathToFileURL(path.join(dir, 'o.txt')).href;
    const client = new TestClient();
    await client.initialize(dir);
    await client.open(uri, 'قتل 5 أشخاص.', 5);
    await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    await client.change(uri, 9, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }]);
    const p = await client.diagnostics((x) => x.uri === uri && x.version === 9);
    assert.ok(p, 'the newest version is analysed');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 'وأمس قتل '.length } });
    assert.ok(hover && /\*\*5\*\*/.test(hover.contents.value), 'positions follow both edits');
    assert.equal(await client.close(), 0);
  });
});
