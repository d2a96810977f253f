// The command line on the same core: exit codes, code point offsets, and the
// same conflicts as the editor shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { itShared, KIRKUK } from '../unit/corpus.js';
import { TestClient } from './client.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli.cjs');

function isnad(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface CliJson {
  documents: { path: string; figures: { start: number; end: number; text: string; kind: string }[]; places: { start: number; end: number; text: string }[] }[];
  conflicts: { kind: string; sides: { path: string; start: number; end: number; text: string }[] }[];
}

describe('isnad check (command line)', () => {
  it('exits 2 with a clear message on bad usage and on a missing file', () => {
    const none = isnad();
    assert.equal(none.code, 2);
    assert.match(none.err, /no command given/);
    const missing = isnad('check', path.join(os.tmpdir(), 'no-such-article.txt'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*no such file/);
    assert.equal(isnad('check', '--bogus', path.join(ROOT, 'samples')).code, 2);
  });

  itShared('exits 1 when the story has conflicts, 0 when an article has none', () => {
    assert.equal(isnad('check', KIRKUK).code, 1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'قال مصدر إن الوضع هادئ.');
    assert.equal(isnad('check', dir).code, 0);
  });

  it('gives offsets in code points whose slice is the text, with an emoji before the span', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
    const text = '😀😀 قتل 15 شخصا في بغداد.\r\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const json = JSON.parse(isnad('check', '--json', dir).out) as CliJson;
    const cps = [...text];
    const fig = json.documents[0]!.figures.find((f) => f.text === '15');
    assert.ok(fig, 'the figure 15');
    assert.equal(cps.slice(fig.start, fig.end).join(''), '15');
    assert.equal(fig.start, [...'😀😀 قتل '].length);
    for (const p of json.documents[0]!.places) assert.equal(cps.slice(p.start, p.end).join(''), p.text);
  });

  itShared('lists exactly the conflicts the editor shows on the Kirkuk story', async function () {
    this.timeout(60000);
    const json = JSON.parse(isnad('check', '--json', KIRKUK).out) as CliJson;
    const fromCli = new Set(json.conflicts.flatMap((c) => c.sides.map((s) => `${path.basename(s.path)}:${s.start}:${s.text}:${c.kind}`)));
    assert.ok(fromCli.size > 0, 'the CLI finds conflicts');

    const client = new TestClient();
    await client.initialize(KIRKUK);
    const files = fs.readdirSync(KIRKUK).filter((f) => f.endsWith('.txt')).sort();
    const fromEditor = new Set<string>();
    for (const f of files) {
      const text = fs.readFileSync(path.join(KIRKUK, f), 'utf8');
      const uri = pathToFileURL(path.join(KIRKUK, f)).href;
      await client.open(uri, text);
    }
    // wait until every article has diagnostics and the story has settled
    await new Promise((r) => setTimeout(r, 1500));
    for (const f of files) {
      const uri = pathToFileURL(path.join(KIRKUK, f)).href;
      const p = [...client.published].reverse().find((x) => x.uri === uri)!;
      assert.ok(p, `diagnostics for ${f}`);
      const text = fs.readFileSync(path.join(KIRKUK, f), 'utf8');
      const lines = text.split(/(?<=\r\n|\n|\r)/);
      for (const d of p.diagnostics) {
        if (d.code !== 'contradiction' && d.code !== 'update') continue;
        const utf16 = lines.slice(0, d.range.start.line).join('').length + d.range.start.character;
        const end16 = lines.slice(0, d.range.end.line).join('').length + d.range.end.character;
        const start = [...text.slice(0, utf16)].length;
        fromEditor.add(`${f}:${start}:${text.slice(utf16, end16)}:${d.code}`);
      }
    }
    await client.close();
    assert.deepEqual([...fromEditor].sort(), [...fromCli].sort());
  });
});
