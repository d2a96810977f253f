// The command line on the same core: exit codes, code point offsets, and the
// same conflicts as the editor shows.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
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
    // (no publication for 500 ms): a fixed sleep failed on a loaded machine
    for (const f of files) await client.diagnostics((p) => p.uri === pathToFileURL(path.join(KIRKUK, f)).href, 30000);
    for (let n = -1, quiet = 0; quiet < 5; ) {
      await new Promise((r) => setTimeout(r, 100));
      quiet = client.published.length === n ? quiet + 1 : 0;
      n = client.published.length;
    }
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

/** Runs the CLI, closes its stdout after the first chunk (as `| head -1` does) and resolves with its stderr and exit code. */
function closedAfterFirstChunk(...args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('isnad check: the text report an editor can follow', () => {
  const SAMPLES = path.join(ROOT, 'samples');

  it('starts every finding with path:line:column, 1-based, the column in UTF-16 units as VS Code counts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'سطر أول.\r\n😀😀 قتل 15 شخصا في بغداد.\r\n');
    const out = isnad('check', dir).out;
    // line 2; two emoji are four UTF-16 units (two code points): 15 starts at column 10, not 8
    assert.match(out, /^ {4}a\.txt:2:10 {2}15 {2}= 15/m);
    assert.match(out, /^ {4}a\.txt:2:\d+ {2}بغداد {2}→/m);
  });

  it('on the sample story: each line:column is where its text is, paths relative to the folder given', () => {
    const out = isnad('check', SAMPLES).out;
    const found = [...out.matchAll(/^ {4}(\S+\.txt):(\d+):(\d+) {2}(\S+)/gm)];
    assert.ok(found.length > 20, `findings listed (${found.length})`);
    for (const [, file, line, col, first] of found) {
      assert.ok(!file!.includes('/'), `${file} is relative to samples/`);
      const text = fs.readFileSync(path.join(SAMPLES, file!), 'utf8').split(/\r\n|\r|\n/)[Number(line) - 1]!;
      assert.equal(text.slice(Number(col) - 1, Number(col) - 1 + first!.length), first, `${file}:${line}:${col}`);
    }
    assert.match(out.trim().split('\n').pop()!, /^3 article\(s\), \d+ conflict\(s\) in .*samples$/);
  });

  it('lists each conflict once, its values once, and names places instead of gazetteer keys', () => {
    const out = isnad('check', SAMPLES).out;
    const section = out.slice(out.indexOf('\nconflicts ('));
    assert.ok(section.length > 20, 'a conflicts section');
    assert.doesNotMatch(section, /geonames:|\|/, 'no raw place keys');
    assert.match(section, /\(distance\) · \S+ – \S+/, 'the distance between two named places');
    const heads = section.split('\n').filter((l) => /^ {2}\S/.test(l));
    assert.equal(new Set(heads).size, heads.length, `headings once: ${heads.join(' / ')}`);
    for (const group of section.split(/\n(?= {2}\S)/).slice(1)) {
      const values = group.split('\n').slice(1).filter((l) => l.trim());
      assert.equal(new Set(values).size, values.length, `each value once in ${group.split('\n')[0]}`);
    }
    const count = Number(/conflicts \((\d+)\)/.exec(section)![1]);
    assert.equal(heads.length, count);
    assert.match(out, new RegExp(`, ${count} conflict\\(s\\)`), 'the closing line counts what is listed');
  });

  it('stops quietly when the reader closes the pipe (isnad … | head)', async function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
    fs.writeFileSync(path.join(dir, 'big.txt'), 'قتل 22 شخصا في كركوك وداقوق\n'.repeat(20000));
    fs.writeFileSync(path.join(dir, 'big.ann'), 'T1\tFigure 4 6\t22\n');
    const exp = await closedAfterFirstChunk('export', '--format', 'conll', path.join(dir, 'big.txt'));
    assert.equal(exp.err, '', 'export writes nothing to stderr');
    assert.equal(exp.code, 0);
    const check = await closedAfterFirstChunk('check', dir);
    assert.doesNotMatch(check.err, /EPIPE|Error/);
    assert.ok(check.code === 0 || check.code === 1, `check exit ${check.code}`);
  });
});
