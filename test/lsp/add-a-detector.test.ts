// The toy detector of docs/architecture.md "Add a detector" (e-mail
// addresses, test/unit/email-detector.ts) given to a real server, made by
// createServer({ detectors }) in this process and driven over JSON-RPC, and to
// the command line's check: the hover names the toy kind, the spans sent to
// the client to decorate include it, and `isnad check --json` lists it. A
// server without it says nothing about e-mails.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkMain } from '../../server/src/cli/check.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import type { FindingsParams } from '../../server/src/lsp/protocol.js';
import { ADDRESS, TEXT, WITH_EMAILS } from '../unit/email-detector.js';
import { InProcess } from './in-process.js';

async function until<T>(what: string, f: () => T | undefined, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a detector added as docs/architecture.md says, over JSON-RPC and on the command line', function () {
  this.timeout(60000);
  let dir: string;
  let file: string;
  let uri: string;
  const at = TEXT.indexOf(ADDRESS);
  const servers: InProcess[] = [];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-detector-'));
    file = path.join(dir, 'notice.txt');
    fs.writeFileSync(file, TEXT);
    uri = pathToFileURL(file).href;
  });

  after(async () => {
    for (const s of servers) await s.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the article in a server (with these options) that asks for the spans to decorate; its findings notification and its hover on the address. */
  async function open(options: ConstructorParameters<typeof InProcess>[1]): Promise<{ findings: FindingsParams; hover: string | null }> {
    const s = new InProcess({}, options);
    servers.push(s);
    await s.initialize(dir, undefined, { findings: true });
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT } });
    const findings = await until('the findings of the article', () => s.notifications.find((n) => n.method === 'isnad/findings' && (n.params as FindingsParams).uri === uri)?.params as FindingsParams | undefined);
    const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: at + 3 } })) as { contents: { value: string } } | null;
    return { findings, hover: h && stripIsolates(h.contents.value) };
  }

  it('a server given the detectors: the hover on the address names its kind, and the decorations include its span and count', async () => {
    const { findings, hover } = await open({ detectors: WITH_EMAILS });
    assert.ok(hover, 'a hover over the address');
    assert.match(hover, /\*\*E-mail address\*\* info@example\.org/);
    assert.match(hover, /domain: example\.org/);
    assert.deepEqual(
      findings.spans.filter((s) => s.kind === 'email'),
      [{ start: { line: 0, character: at }, end: { line: 0, character: at + ADDRESS.length }, kind: 'email' }],
    );
    assert.equal(findings.counts.emails, 1);
    assert.ok(findings.counts.figures > 0, 'the shipped detectors still ran');
  });

  it('a server without them says nothing about e-mails', async () => {
    const { findings, hover } = await open({});
    assert.doesNotMatch(hover ?? '', /E-mail/);
    assert.ok(!findings.spans.some((s) => s.kind === 'email'));
    assert.ok(!('emails' in findings.counts));
  });

  it('isnad check --json and its text report list it when the check is given the detectors', () => {
    const run = (args: string[], detectors?: typeof WITH_EMAILS): string => {
      const out: string[] = [];
      checkMain(['check', ...args, file], { out: (t) => void out.push(t), ...(detectors ? { detectors } : {}) });
      return out.join('\n');
    };
    const json = JSON.parse(run(['--json'], WITH_EMAILS)) as { documents: { emails?: { start: number; text: string; line: number }[] }[] };
    assert.deepEqual(json.documents[0]!.emails?.map((e) => [e.start, e.line, e.text]), [[at, 1, ADDRESS]]);
    assert.match(run([], WITH_EMAILS), new RegExp(`  emails \\(1\\)\\n    .*notice\\.txt:1:${at + 1}  info@example\\.org`));
    const plain = JSON.parse(run(['--json'])) as { documents: Record<string, unknown>[] };
    assert.ok(!('emails' in plain.documents[0]!), 'the shipped check lists no e-mails');
  });
});
