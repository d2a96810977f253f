// Issue 15, merges: "keep both sides" on a real git merge where the article
// changed on both branches too re-anchors each side's spans from its own text
// to the merged article: no stale offsets, no word annotated twice.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConflicts } from '../../server/src/standoff/merge-conflicts.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { mergeTexts } from '../../server/src/lsp/standoff/merge-texts.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Isnad Test', '-c', 'user.email=test@isnad.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const cp = (text: string, word: string, n = 0): string => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(word, i + 1);
  const s = [...text.slice(0, i)].length;
  return `${s} ${s + [...word].length}`;
};

describe('annotation files: keep both sides of a real git merge (issue 15)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-merge-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('re-anchors ours and theirs against the merged article', () => {
    const base = 'قتل ستة أشخاص في كركوك.\n\nوأصيب عشرة في داقوق.\n';
    git(dir, 'init', '-q');
    fs.writeFileSync(path.join(dir, 'a.txt'), base);
    fs.writeFileSync(path.join(dir, 'a.ann'), `T1\tPlace ${cp(base, 'كركوك')}\tكركوك\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    // ours: a new first line; the offsets moved with it (as Isnad writes them), and Daquq annotated
    git(dir, 'checkout', '-qb', 'ours');
    const ours = 'عاجل:\n' + base;
    fs.writeFileSync(path.join(dir, 'a.txt'), ours);
    fs.writeFileSync(path.join(dir, 'a.ann'), `T1\tPlace ${cp(ours, 'كركوك')}\tكركوك\nT2\tPlace ${cp(ours, 'داقوق')}\tداقوق\n`);
    git(dir, 'commit', '-qam', 'ours');
    // theirs: a sentence added at the end; Kirkuk as it was, the same Daquq and a figure annotated there
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-qb', 'theirs');
    const theirs = base + 'وقال مصدر إن 12 مسلحا قتلوا.\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), theirs);
    fs.writeFileSync(path.join(dir, 'a.ann'), `T1\tPlace ${cp(theirs, 'كركوك')}\tكركوك\nT2\tPlace ${cp(theirs, 'داقوق')}\tداقوق\nT3\tFigure ${cp(theirs, '12')}\t12\n`);
    git(dir, 'commit', '-qam', 'theirs');
    git(dir, 'checkout', '-q', 'ours');
    try {
      git(dir, 'merge', '-q', 'theirs');
      assert.fail('the .ann should conflict');
    } catch {
      // expected: the .txt merges, the .ann conflicts
    }
    const merged = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
    assert.equal(merged, 'عاجل:\n' + theirs, 'the article merged cleanly');
    const ann = fs.readFileSync(path.join(dir, 'a.ann'), 'utf8');
    assert.ok(parseAnn(ann).conflicted);

    // without the texts (today's behaviour): their offsets are stale against the merged article
    const blind = resolveConflicts(ann);
    assert.ok(blind.ok);
    assert.ok(validateAnn(parseAnn(blind.text), merged).some((p) => p.code === 'text-mismatch'));

    const texts = mergeTexts(path.join(dir, 'a.txt'), merged);
    assert.ok(texts, 'HEAD and MERGE_HEAD read from git');
    const r = resolveConflicts(ann, texts);
    assert.ok(r.ok);
    const doc = parseAnn(r.text);
    assert.deepEqual(validateAnn(doc, merged), [], 'every span on its words in the merged article');
    const spans = doc.lines.flatMap((l) => (l.kind === 'textbound' ? [`${l.type} ${l.fragments.join(';')} ${l.text}`] : []));
    assert.deepEqual(spans, [`Place ${cp(merged, 'كركوك').replace(' ', ',')} كركوك`, `Place ${cp(merged, 'داقوق').replace(' ', ',')} داقوق`, `Figure ${cp(merged, '12').replace(' ', ',')} 12`], 'each word once');
  });
});
