// Issue 15: renaming an article carries its .ann along, asked before the
// rename (the editor applies both in one step) or, for a client that only
// says it renamed, moved after it; a file already at the new name is never
// overwritten. Real server, real files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client.js';
import { applyEdit, type CodeAction } from './annotation-files.js';

describe('renaming an article (issue 15, real server)', function () {
  let dir: string;
  let client: TestClient;
  const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
  const file = (name: string): string => path.join(dir, name);
  const ANN = 'T1\tPlace 17 22\tكركوك\n';
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-rename-'));
    fs.writeFileSync(file('a.txt'), 'قتل ستة أشخاص في كركوك.\n');
    fs.writeFileSync(file('a.ann'), ANN);
    client = new TestClient();
    const init = await client.initialize(dir, { workspace: { fileOperations: { willRename: true, didRename: true } } }, { findings: true });
    assert.ok((init.capabilities.workspace as { fileOperations?: unknown }).fileOperations, 'the server asks to hear of renames');
  });
  afterEach(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asked before the rename, it answers with the rename of the .ann', async () => {
    const files = [{ oldUri: uri('a.txt'), newUri: uri('b c.txt') }];
    const edit = await client.request<CodeAction['edit'] | null>('workspace/willRenameFiles', { files });
    fs.renameSync(file('a.txt'), file('b c.txt'));
    applyEdit(edit ?? undefined);
    assert.equal(fs.readFileSync(file('b c.ann'), 'utf8'), ANN);
    assert.ok(!fs.existsSync(file('a.ann')));
  });

  it('told after the rename, it moves the .ann left behind, but never over another file', async () => {
    fs.renameSync(file('a.txt'), file('b.txt'));
    await client.conn.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: uri('a.txt'), newUri: uri('b.txt') }] });
    const end = Date.now() + 5000;
    while (!fs.existsSync(file('b.ann')) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    assert.equal(fs.readFileSync(file('b.ann'), 'utf8'), ANN);
    assert.ok(!fs.existsSync(file('a.ann')));
    fs.writeFileSync(file('c.txt'), 'x\n');
    fs.writeFileSync(file('c.ann'), 'other\n');
    fs.renameSync(file('b.txt'), file('c2.txt'));
    fs.renameSync(file('c.txt'), file('b.txt'));
    await client.conn.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: uri('c.txt'), newUri: uri('b.txt') }] });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(fs.readFileSync(file('b.ann'), 'utf8'), ANN, 'the existing b.ann is kept');
    assert.equal(fs.readFileSync(file('c.ann'), 'utf8'), 'other\n');
  });
});
