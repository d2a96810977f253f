// The team's gazetteer file through the server: a name it adds is found at
// once, in every article, and a broken file is reported, not applied.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

interface Hover {
  contents: { value: string };
}

describe('team gazetteer (.isnad/gazetteer.json)', function () {
  this.timeout(30000);

  it('finds a name the team adds, as soon as the file changes, and reports a broken file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-team-'));
    const text = 'قتل ثلاثة أشخاص في الزرقاوية أمس.';
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const uri = pathToFileURL(path.join(dir, 'a.txt')).href;
    const team = path.join(dir, '.isnad', 'gazetteer.json');
    const teamUri = pathToFileURL(team).href;
    const client = new TestClient();
    await client.initialize(dir);
    await client.open(uri, text);
    await client.diagnostics((p) => p.uri === uri);
    const at = { textDocument: { uri }, position: { line: 0, character: text.indexOf('الزرقاوية') + 2 } };
    assert.equal(await client.request<Hover | null>('textDocument/hover', at), null, 'unknown before the team adds it');

    fs.mkdirSync(path.dirname(team));
    fs.writeFileSync(team, JSON.stringify({ entries: [{ ar: 'الزرقاوية', en: 'Zarqawiya', type: 'village' }] }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: teamUri, type: 1 }] });
    await client.diagnostics((p) => p.uri === teamUri && p.diagnostics.length === 0);
    let hover: Hover | null = null;
    for (let i = 0; i < 50 && !hover; i++) {
      await new Promise((r) => setTimeout(r, 100));
      hover = await client.request<Hover | null>('textDocument/hover', at);
    }
    assert.ok(hover, 'found after the team file changed');
    assert.match(hover.contents.value, /Zarqawiya/);
    assert.match(hover.contents.value, /team/);

    fs.writeFileSync(team, '{ "entries": [ { "ar": ');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: teamUri, type: 2 }] });
    const broken = await client.diagnostics((p) => p.uri === teamUri && p.diagnostics.length > 0);
    assert.match(broken.diagnostics[0]!.message, /not valid JSON/);
    assert.equal(fs.readFileSync(team, 'utf8'), '{ "entries": [ { "ar": ', 'the broken file is left as it is');
    await client.close();
  });
});
