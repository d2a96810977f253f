// Issue 15, case 6 through the server: a real git merge where the article
// changed on both branches and the .ann conflicts. The annotator takes the
// quick fix on the .ann ("keep both sides"): every span of both sides lands on
// its words in the merged article, no word is annotated twice, and the file is
// written again by the server afterwards (not left read-only).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { applyEdit, cpOf, git, offsetAt, until, type CodeAction } from './annotation-files.js';
import { TestClient, type PublishParams } from './client.js';

describe('annotation files: keep both sides of a real git merge, through the server (issue 15)', function () {
  let dir: string;
  let client: TestClient | undefined;
  const file = (name: string): string => path.join(dir, name);
  const uri = (name: string): string => pathToFileURL(file(name)).href;
  const span = (text: string, word: string): string => cpOf(text, word).join(' ');
  const last = (c: TestClient, u: string): PublishParams | undefined => [...c.published].reverse().find((p) => p.uri === u);

  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-merge-lsp-'))));
  afterEach(async () => {
    await client?.close();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const inEditor of [false, true]) {
    it(`the quick fix${inEditor ? ' in the .ann open in the editor' : ''} re-anchors ours and theirs against the merged article: each word once, nothing stale, and the file followed afterwards`, async () => {
      const base = 'قتل ستة أشخاص في كركوك.\n\nوأصيب عشرة في داقوق.\n';
      git(dir, 'init', '-q');
      fs.writeFileSync(file('a.txt'), base);
      fs.writeFileSync(file('a.ann'), `T1\tPlace ${span(base, 'كركوك')}\tكركوك\n`);
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'base');
      // ours: a line added before; the offsets moved with it, and Daquq annotated
      git(dir, 'checkout', '-qb', 'ours');
      const ours = 'عاجل:\n' + base;
      fs.writeFileSync(file('a.txt'), ours);
      fs.writeFileSync(file('a.ann'), `T1\tPlace ${span(ours, 'كركوك')}\tكركوك\nT2\tPlace ${span(ours, 'داقوق')}\tداقوق\n#1\tAnnotatorNotes T2\tمن فريقنا\n`);
      git(dir, 'commit', '-qam', 'ours');
      // theirs: a sentence added after; the same Daquq, and a figure in the new sentence
      git(dir, 'checkout', '-q', 'main');
      git(dir, 'checkout', '-qb', 'theirs');
      const theirs = base + 'وقال مصدر إن 12 مسلحا قتلوا.\n';
      fs.writeFileSync(file('a.txt'), theirs);
      fs.writeFileSync(file('a.ann'), `T1\tPlace ${span(theirs, 'كركوك')}\tكركوك\nT2\tPlace ${span(theirs, 'داقوق')}\tداقوق\nT3\tFigure ${span(theirs, '12')}\t12\n`);
      git(dir, 'commit', '-qam', 'theirs');
      git(dir, 'checkout', '-q', 'ours');
      assert.throws(() => git(dir, 'merge', '-q', 'theirs'), 'the .ann conflicts');
      const merged = fs.readFileSync(file('a.txt'), 'utf8');
      assert.equal(merged, 'عاجل:\n' + theirs, 'the article merged cleanly');
      assert.match(fs.readFileSync(file('a.ann'), 'utf8'), /^<{7}/m);

      client = new TestClient();
      let edited: string | undefined;
      client.conn.onRequest('workspace/applyEdit', (p: { edit: CodeAction['edit'] }) => {
        const docs = (p.edit?.documentChanges ?? []) as { edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] }[];
        let text = edited ?? fs.readFileSync(file('a.ann'), 'utf8');
        for (const e of docs.flatMap((d) => d.edits)) text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
        edited = text;
        return { applied: true };
      });
      await client.initialize(dir, {}, { findings: true });
      await client.open(uri('a.txt'), merged);
      const conflicted = fs.readFileSync(file('a.ann'), 'utf8');
      if (inEditor) await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('a.ann'), languageId: 'brat-ann', version: 1, text: conflicted } });
      await client.diagnostics((p) => p.uri === uri('a.ann') && p.diagnostics.some((d) => d.code === 'merge-conflict'));
      const actions = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('a.ann') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).map((a) => ({ ...a, title: stripIsolates(a.title) }));
      const keep = actions.find((a) => a.title === 'Resolve merge conflict: keep both sides');
      assert.ok(keep?.edit, actions.map((a) => a.title).join(' | '));
      applyEdit(keep.edit);
      if (inEditor) {
        // the editor applies the fix to its copy, then the annotator saves it
        await client.change(uri('a.ann'), 2, [{ text: fs.readFileSync(file('a.ann'), 'utf8') }]);
        await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri('a.ann') } });
      }
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('a.ann'), type: 2 }] });

      const ann = fs.readFileSync(file('a.ann'), 'utf8');
      const spans = ann.split('\n').filter((l) => /^T\d+\t/.test(l)).map((l) => l.split('\t').slice(1).join('\t'));
      assert.deepEqual(spans, [`Place ${span(merged, 'كركوك')}\tكركوك`, `Place ${span(merged, 'داقوق')}\tداقوق`, `Figure ${span(merged, '12')}\t12`], `each word once, on the merged article:\n${ann}`);
      assert.match(ann, /^#1\tAnnotatorNotes T2\tمن فريقنا$/m, 'our note kept, on the one Daquq');
      // the server sees nothing wrong: no conflict, no stale offsets, not read-only, nothing marked in the article
      await until('the .ann diagnostics cleared', () => last(client!, uri('a.ann'))?.diagnostics.length === 0);
      await client.change(uri('a.txt'), 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'خبر ' }]);
      const onArticle = await client.diagnostics((p) => p.uri === uri('a.txt') && p.version === 2);
      assert.ok(!onArticle.diagnostics.some((d) => d.code === 'annotation-not-on-text'), JSON.stringify(onArticle.diagnostics));
      // written again on save: the spans follow the key
      const saved = 'خبر ' + merged;
      fs.writeFileSync(file('a.txt'), saved);
      await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri('a.txt') } });
      // into the editor's copy when the .ann is open there (the client applies the server's edit)
      const annText = (): string => (inEditor ? (edited ?? '') : fs.readFileSync(file('a.ann'), 'utf8'));
      await until('the .ann followed the saved edit', () => annText().includes(`Figure ${span(saved, '12')}\t12`));
      const after = annText();
      assert.match(after, new RegExp(`^T1\tPlace ${span(saved, 'كركوك')}\tكركوك$`, 'm'));
      assert.match(after, new RegExp(`^T2\tPlace ${span(saved, 'داقوق')}\tداقوق$`, 'm'));
    });
  }
});
