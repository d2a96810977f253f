// Issue 15, the team gazetteer file as found on disk: a FIFO named
// .isnad/gazetteer.json is skipped with a message, never waited on; a file
// nested 200 000 deep gets a clear "too deep" message and the other folders
// are still applied; a file with a byte order mark is read. Real files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { english } from '../../server/src/lsp/l10n.js';
import { applyTeamFiles } from '../../server/src/lsp/team-gazetteer.js';

const GOOD = JSON.stringify({ entries: [{ ar: 'الزرقاوية', en: 'Zarqawiya', type: 'village' }] });

describe('team gazetteer files that are not plain JSON files', () => {
  let root: string;
  const folder = (name: string, write?: (file: string) => void): string => {
    const dir = path.join(root, name);
    fs.mkdirSync(path.join(dir, '.isnad'), { recursive: true });
    write?.(path.join(dir, '.isnad', 'gazetteer.json'));
    return dir;
  };
  const messages = (r: Awaited<ReturnType<typeof applyTeamFiles>>): string[] => [...r.diagnostics.values()].flat().map((d) => String(d.message));
  const knows = (g: Gazetteer, name: string): boolean => g.lookup(name).length > 0;

  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-team-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('a FIFO is skipped with a message, and the next folder is applied', async function () {
    this.timeout(5000);
    const fifo = folder('a', (f) => execFileSync('mkfifo', [f]));
    const good = folder('b', (f) => fs.writeFileSync(f, GOOD));
    const r = await applyTeamFiles(Gazetteer.empty(), [fifo, good], english);
    assert.ok(messages(r).some((m) => /not a regular file/.test(m)), messages(r).join(' | '));
    assert.ok(knows(r.gazetteer, 'الزرقاوية'));
  });

  it('200 000 levels deep: "too deep", and indexing goes on with the other folders', async () => {
    const deep = folder('a', (f) => fs.writeFileSync(f, '['.repeat(200_000) + ']'.repeat(200_000)));
    const good = folder('b', (f) => fs.writeFileSync(f, GOOD));
    const r = await applyTeamFiles(Gazetteer.empty(), [deep, good], english);
    assert.ok(messages(r).some((m) => /too deep/.test(m)), messages(r).join(' | '));
    assert.ok(knows(r.gazetteer, 'الزرقاوية'));
  });

  it('a byte order mark is accepted', async () => {
    const dir = folder('a', (f) => fs.writeFileSync(f, '\uFEFF' + GOOD));
    const r = await applyTeamFiles(Gazetteer.empty(), [dir], english);
    assert.deepEqual(messages(r), []);
    assert.ok(knows(r.gazetteer, 'الزرقاوية'));
  });
});
