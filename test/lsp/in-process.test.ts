// The server created inside the test process (createServer over in-memory
// streams) and driven by a real JSON-RPC client: what it says on the sample
// story, and that two servers in one process keep their own settings and
// their own language (one with the Arabic bundle, one without).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InProcess } from './in-process.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import type { Diagnostic } from './client.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = ['al-rafidain-today.txt', 'gulf-daily.txt', 'shatt-news-agency.txt'];
const ARABIC_BUNDLE = path.join(ROOT, 'l10n/bundle.l10n.ar.json');

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('the server created in the test process', function () {
  this.timeout(60000);
  let dir: string;
  let text: string;
  let u: string;
  const servers: InProcess[] = [];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-in-process-'));
    for (const f of SAMPLES) fs.copyFileSync(path.join(ROOT, 'samples', f), path.join(dir, f));
    text = fs.readFileSync(path.join(dir, 'shatt-news-agency.txt'), 'utf8');
    u = pathToFileURL(path.join(dir, 'shatt-news-agency.txt')).href;
  });

  after(async () => {
    for (const s of servers) await s.close().catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Starts a server on the sample story, opens the article and returns the contradiction on تسعة. */
  async function contradictionOn(s: InProcess, bundle?: string): Promise<Diagnostic> {
    servers.push(s);
    await s.initialize(dir, bundle);
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'plaintext', version: 1, text } });
    const at = positionAt(text, text.indexOf('تسعة'));
    const p = await s.diagnostics((x) => x.uri === u && x.diagnostics.some((d) => d.code === 'contradiction' && d.range.start.line === at.line && d.range.start.character === at.character));
    return p.diagnostics.find((d) => d.code === 'contradiction' && d.range.start.line === at.line && d.range.start.character === at.character)!;
  }

  async function hoverOn(s: InProcess, word: string): Promise<string> {
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, text.indexOf(word) + 1) })) as { contents: { value: string } } | null;
    assert.ok(h, `no hover on ${word}`);
    return stripIsolates(h.contents.value);
  }

  it('shows a contradiction and a hover on a sample article', async () => {
    const s = new InProcess();
    const d = await contradictionOn(s);
    assert.match(stripIsolates(d.message), /^Contradiction: تسعة \(9\)/);
    assert.ok(d.relatedInformation?.some((r) => r.location.uri.endsWith('al-rafidain-today.txt')), JSON.stringify(d.relatedInformation));
    const hover = await hoverOn(s, 'تسعة');
    assert.match(hover, /\*\*Figure\*\* `تسعة` → \*\*9\*\*/);
    assert.match(hover, /Contradicted: 12/);
  });

  it('two servers in one process keep their own language and settings', async () => {
    // started one after the other on purpose: the second must not take the first's language or settings
    const arabic = new InProcess({ conflicts: { severity: 'error' } });
    const english = new InProcess();
    const ar = await contradictionOn(arabic, ARABIC_BUNDLE);
    const en = await contradictionOn(english);
    assert.match(stripIsolates(ar.message), /^تناقض: تسعة \(9\)/);
    assert.match(stripIsolates(en.message), /^Contradiction: تسعة \(9\)/);
    assert.equal(ar.severity, 1, 'the Arabic server was told severity "error"');
    assert.equal(en.severity, 2, 'the English server keeps the default "warning"');
    // asked after the English server started: the Arabic one still speaks Arabic
    const arHover = await hoverOn(arabic, 'تسعة');
    const enHover = await hoverOn(english, 'تسعة');
    assert.match(arHover, /^\*\*رقم\*\*/);
    assert.match(enHover, /^\*\*Figure\*\*/);
  });

  it("two servers in one process say the annotation file's problems and hovers each in its own language", async () => {
    // an invented article and its .ann: T1 on its figure, T2 not on its text
    const annDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-in-process-ann-'));
    try {
      const article = 'قال مسؤول محلي إن تسعة أشخاص أصيبوا في حادث سير قرب السوق.\n';
      const at = article.indexOf('تسعة');
      fs.writeFileSync(path.join(annDir, 'report.txt'), article);
      fs.writeFileSync(path.join(annDir, 'report.ann'), `T1\tFigure ${at} ${at + 4}\tتسعة\nT2\tPlace 0 3\tبغداد\n`);
      const txtUri = pathToFileURL(path.join(annDir, 'report.txt')).href;
      const annUri = pathToFileURL(path.join(annDir, 'report.ann')).href;
      const problemsOf = async (s: InProcess, bundle?: string): Promise<{ mismatch: string; note: string; hover: string }> => {
        servers.push(s);
        await s.initialize(annDir, bundle);
        await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: txtUri, languageId: 'plaintext', version: 1, text: article } });
        const p = await s.diagnostics((x) => x.uri === annUri && x.diagnostics.some((d) => d.code === 'text-mismatch'));
        const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: txtUri }, position: positionAt(article, at + 1) })) as { contents: { value: string } } | null;
        assert.ok(h, 'no hover on the annotated figure');
        return {
          mismatch: stripIsolates(p.diagnostics.find((d) => d.code === 'text-mismatch')!.message),
          note: stripIsolates(p.diagnostics.find((d) => d.code === 'lines-kept')?.message ?? ''),
          hover: stripIsolates(h.contents.value),
        };
      };
      // the Arabic server first: the English one must not take its language
      const ar = await problemsOf(new InProcess(), ARABIC_BUNDLE);
      const en = await problemsOf(new InProcess());
      assert.equal(en.mismatch, 'Line 2: T2 stores «بغداد» but the text at 0-3 is «قال»');
      assert.equal(ar.mismatch, 'السطر 2: T2 يحفظ «بغداد» لكن النص عند 0-3 هو «قال»');
      assert.match(en.note, /^Isnad keeps the lines with errors/);
      assert.match(ar.note, /^يُبقي إسناد الأسطر/);
      assert.match(en.hover, /\*\*Annotation T1\*\* Figure «تسعة»/);
      assert.match(ar.hover, /\*\*توصيف T1\*\* Figure «تسعة»/);
      assert.doesNotMatch(en.hover, /توصيف/);
    } finally {
      fs.rmSync(annDir, { recursive: true, force: true });
    }
  });
});
