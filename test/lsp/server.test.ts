// The bundled server as a separate process, over real JSON-RPC.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-lsp-'));
const uri = (name: string): string => pathToFileURL(path.join(tmp, name)).href;

describe('language server over JSON-RPC', function () {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize(tmp);
  });

  afterEach(async () => {
    await client.close();
  });

  it('initializes with incremental sync, hovers and workspace folders', async () => {
    const c = new TestClient();
    const result = await c.initialize(tmp);
    assert.equal((result.capabilities.textDocumentSync as number), 2);
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual((result.capabilities.workspace as { workspaceFolders: unknown }).workspaceFolders, { supported: true, changeNotifications: true });
    assert.equal(await c.close(), 0, 'exits with 0 after shutdown and exit');
  });

  it('publishes diagnostics for every opened document, an empty list too', async () => {
    const u = uri('empty.txt');
    await client.open(u, 'نص قصير بلا أرقام.');
    const p = await client.diagnostics((x) => x.uri === u);
    assert.deepEqual(p.diagnostics, []);
  });

  it('hovers a figure at the exact UTF-16 position with CRLF line ends and an emoji before it', async () => {
    const u = uri('crlf.txt');
    const line1 = 'قال 😀 مصدر أمني إن 22 شخصاً قتلوا في الهجوم.';
    const text = `😀 مقدمة\r\n${line1}\r\nوأضاف أن الوضع هادئ.\r\n`;
    await client.open(u, text);
    await client.diagnostics((x) => x.uri === u);
    const character = line1.indexOf('22'); // UTF-16: the emoji counts two
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 1, character: character + 1 } });
    assert.ok(hover, 'a hover on the figure');
    assert.deepEqual(hover.range, { start: { line: 1, character }, end: { line: 1, character: character + 2 } });
    assert.match(hover.contents.value, /22/);
  });

  it('follows incremental edits: the hover moves with the text', async () => {
    const u = uri('edit.txt');
    await client.open(u, 'قتل 15 شخصا في الهجوم.');
    await client.diagnostics((x) => x.uri === u);
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس 😀 ' }]);
    await client.diagnostics((x) => x.uri === u && x.version === 2);
    const at = 'أمس 😀 قتل 15 شخصا في الهجوم.'.indexOf('15');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: at } });
    assert.ok(hover);
    assert.deepEqual(hover.range.start, { line: 0, character: at });
  });

  it('answers code action requests', async () => {
    const u = uri('actions.txt');
    await client.open(u, 'قتل 15 شخصا في الهجوم.');
    await client.diagnostics((x) => x.uri === u);
    const actions = await client.request<unknown[] | null>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
  });

  it('refuses a file over the size limit with one clear message', async () => {
    const c = new TestClient({ maxFileSize: 1000 });
    await c.initialize(tmp);
    const u = uri('huge.txt');
    await c.open(u, 'قتل 15 شخصا. '.repeat(200));
    const p = await c.diagnostics((x) => x.uri === u);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]!.code, 'too-large');
    assert.match(p.diagnostics[0]!.message, /isnad\.maxFileSize/);
    await c.close();
  });

  it('skips a binary file with a message instead of analysing it', async () => {
    const u = uri('binary.txt');
    await client.open(u, 'abc\u0000def 15 قتيلا');
    const p = await client.diagnostics((x) => x.uri === u);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]!.code, 'binary');
  });

  it('lets a client that pulls diagnostics pull them instead', async () => {
    const c = new TestClient();
    const init = await c.initialize(tmp, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.ok(init.capabilities.diagnosticProvider, 'offers pull diagnostics');
    const u = uri('pull.txt');
    await c.open(u, 'abc\u0000');
    const report = await c.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: u } });
    assert.equal(report.kind, 'full');
    assert.equal(report.items[0]!.code, 'binary');
    assert.equal(c.published.filter((p) => p.uri === u).length, 0, 'nothing pushed to a pulling client');
    await c.close();
  });

  it('survives edits faster than it analyses and ends on the last version', async () => {
    const u = uri('burst.txt');
    await client.open(u, '');
    let text = '';
    for (let v = 2; v <= 60; v++) {
      const add = v % 2 ? ' 5 قتلى' : ' قال';
      await client.change(u, v, [{ range: { start: { line: 0, character: text.length }, end: { line: 0, character: text.length } }, text: add }]);
      text += add;
    }
    const last = await client.diagnostics((x) => x.uri === u && x.version === 60);
    assert.ok(last, 'the last edit is analysed');
  });
});
