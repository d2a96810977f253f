// Issue 15: a conflict reviewed between articles whose file names contain a
// space is read back (the other article's name is quoted in the note), so
// the conflict is no longer reported. Real server, the samples copied under
// names with spaces.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { TestClient, type Diagnostic } from './client.js';
import { applyEdit, positionAt, type CodeAction } from './annotation-files.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('reviewed conflicts between files whose names contain a space (issue 15, real server)', function () {
  let dir: string;
  let client: TestClient;
  const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-names-'));
    for (const f of ['al-rafidain-today', 'gulf-daily', 'shatt-news-agency']) fs.copyFileSync(path.join(ROOT, 'samples', `${f}.txt`), path.join(dir, `${f.replace(/-/g, ' ')}.txt`));
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
  });
  afterEach(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the note names the other article in quotes, and the conflict is no longer reported', async () => {
    const text = fs.readFileSync(path.join(dir, 'shatt news agency.txt'), 'utf8');
    const u = uri('shatt news agency.txt');
    await client.open(u, text);
    const at = positionAt(text, text.indexOf('تسعة'));
    const same = (d: Diagnostic): boolean => d.code === 'contradiction' && d.range.start.line === at.line && d.range.start.character === at.character;
    const p = await client.diagnostics((x) => x.uri === u && x.diagnostics.some(same), 20000);
    const d = p.diagnostics.find(same)!;
    const conflict = (d as Diagnostic & { data: { conflict: string } }).data.conflict;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
    const reviewed = actions.find((a) => stripIsolates(a.title).startsWith('Record as reviewed (not a contradiction)'));
    assert.ok(reviewed?.edit, actions.map((a) => a.title).join(' | '));
    applyEdit(reviewed.edit);
    assert.match(fs.readFileSync(path.join(dir, 'shatt news agency.ann'), 'utf8'), /reviewed=NotConflicting with "al rafidain today" T\d+/);
    const touched = (reviewed.edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c ? [c.textDocument.uri] : []));
    const count = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: touched.map((t) => ({ uri: t, type: 1 })) });
    await client.diagnostics((x) => client.published.indexOf(x) >= count && x.uri === u && !x.diagnostics.some((y) => (y as { data?: { conflict?: string } }).data?.conflict === conflict), 20000);
  });
});
