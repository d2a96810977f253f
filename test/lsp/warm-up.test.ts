// The warm-up (server/src/lsp/warm-up.ts): once started, the server analyses a
// built-in sample while idle, so the first keys a user types do not pay for
// compiling the readers. It must yield to real work and publish nothing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

interface Hover {
  contents: { value: string };
}

const warmedUp = (client: TestClient): boolean =>
  client.notifications.some((n) => n.method === 'window/logMessage' && /warmed up/.test((n.params as { message: string }).message));

describe('warm-up after start', function () {
  this.timeout(60000);

  it('answers a hover sent right after initialize before warming up, then warms up without publishing anything of its own', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-warm-'));
    const uri = pathToFileURL(path.join(dir, 'a.txt')).href;
    const text = 'قال مسؤول إن 4 أشخاص قتلوا.';
    const client = new TestClient();
    try {
      await client.initialize(dir);
      await client.open(uri, text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: text.indexOf('4') } });
      assert.ok(hover, 'the hover is answered');
      assert.match(hover.contents.value, /\*\*4\*\*/);
      assert.ok(!warmedUp(client), 'the request came first: the warm-up yields between its analyses');
      for (let i = 0; i < 300 && !warmedUp(client); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(warmedUp(client), `the server says it warmed up; stderr: ${client.stderr}`);
      await client.diagnostics((p) => p.uri === uri);
      assert.deepEqual([...new Set(client.published.map((p) => p.uri))], [uri], 'diagnostics only for the article opened, none for the warm-up sample');
      // the article is analysed as before: a key still gets its diagnostics
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }]);
      await client.diagnostics((p) => p.uri === uri && p.version === 2);
    } finally {
      assert.equal(await client.close(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
