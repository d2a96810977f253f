// The marks of spans whose place is in doubt (annotation-uncertain), kept in
// a workspace folder's .isnad/local so that a restarted server still reports
// them (uncertain-marks.ts): one file for the folder's .ann files, matched by
// the exact line (or the same id and text, moved), never given to another
// line, and a file that is not a regular file or not JSON is skipped. Real
// files, the store the server uses.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnStore } from '../../server/src/lsp/standoff/store.js';
import { MARKS_FILE } from '../../server/src/lsp/standoff/uncertain-marks.js';

describe('annotation files: the marks of spans in doubt, on disk (issue 15)', () => {
  let dir: string;
  const annUri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
  const store = (): AnnStore => {
    const s = new AnnStore();
    s.marks.roots = () => [dir];
    return s;
  };
  const t1 = 'T1\tPlace 0 5\tكركوك';
  /** The ids in doubt with the .ann on disk as `ann` (null: no file), read by the store as the server reads it. */
  const ids = (s: AnnStore, name: string, ann: string | null): string[] => {
    if (ann === null) fs.rmSync(path.join(dir, name), { force: true });
    else fs.writeFileSync(path.join(dir, name), ann);
    s.invalidate(annUri(name));
    return s.doubtedLines(annUri(name), s.persisted(annUri(name))).map((l) => l.id);
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-marks-'));
    fs.mkdirSync(path.join(dir, 'sub'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('one file for the folder: each .ann keeps its own marks, accepting one leaves the other, and git does not see the file', () => {
    const a = store();
    a.marks.set(annUri('a.ann'), 'T1', t1);
    a.marks.set(annUri('sub/b.ann'), 'T1', t1);
    const file = path.join(dir, MARKS_FILE);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).marks, [{ ann: 'a.ann', line: t1 }, { ann: 'sub/b.ann', line: t1 }]);
    const b = store();
    assert.ok(b.acceptPlace(annUri('a.ann'), 'T1'));
    const c = store();
    assert.deepEqual(ids(c, 'a.ann', `${t1}\n`), []);
    assert.deepEqual(ids(c, 'sub/b.ann', `${t1}\n`), ['T1']);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    assert.doesNotMatch(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }), /isnad/);
  });

  it('a mark whose id now covers other words is dropped for good, not given back when the words return; one half written or gone drops nothing', () => {
    const s = store();
    s.marks.set(annUri('a.ann'), 'T1', t1);
    const other = 'T1\tPlace 6 11\tداقوق\n';
    // read while a writer is still at it (no line end at its end), then gone: kept
    assert.deepEqual(ids(store(), 'a.ann', other.trimEnd()), []);
    assert.deepEqual(ids(store(), 'a.ann', null), []);
    assert.deepEqual(ids(store(), 'a.ann', `${t1}\n`), ['T1']);
    // whole, T1 on other words: dropped
    assert.deepEqual(ids(store(), 'a.ann', other), []);
    assert.deepEqual(ids(store(), 'a.ann', `${t1}\n`), [], 'never given to a line again');
  });

  it('the same annotation moved (same id and words, other offsets): the mark follows it and is stored with its new line', () => {
    const s = store();
    s.marks.set(annUri('a.ann'), 'T1', t1);
    const moved = 'T1\tPlace 12 17\tكركوك';
    assert.deepEqual(ids(s, 'a.ann', `${moved}\n`), ['T1']);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, MARKS_FILE), 'utf8')).marks, [{ ann: 'a.ann', line: moved }]);
  });

  it('a marks file that is a FIFO, or not JSON: no mark, nothing blocks, and the next mark replaces it', function () {
    if (process.platform === 'win32') this.skip();
    const file = path.join(dir, MARKS_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    execFileSync('mkfifo', [file]);
    assert.deepEqual(ids(store(), 'a.ann', `${t1}\n`), []);
    fs.rmSync(file);
    fs.writeFileSync(file, '{ not json');
    const s = store();
    assert.deepEqual(ids(s, 'a.ann', `${t1}\n`), []);
    s.marks.set(annUri('a.ann'), 'T1', t1);
    assert.deepEqual(ids(store(), 'a.ann', `${t1}\n`), ['T1']);
  });

  it('a marks file that cannot be written: the mark still holds in memory, the annotator is told, and no temporary file is left', () => {
    const file = path.join(dir, MARKS_FILE);
    // a folder where the file should be: the rename over it fails, even for root
    fs.mkdirSync(path.join(file, 'blocker'), { recursive: true });
    const s = store();
    const said: string[] = [];
    s.marks.onError = (m) => said.push(m);
    s.marks.set(annUri('a.ann'), 'T1', t1);
    assert.equal(said.length, 1, said.join(' | '));
    assert.match(said[0]!, /could not be written/);
    assert.ok(s.marks.has(annUri('a.ann')));
    assert.deepEqual(fs.readdirSync(path.dirname(file)).sort(), ['.gitignore', path.basename(file)], 'only the .gitignore and the blocking folder');
  });
});
