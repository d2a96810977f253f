// `isnad export` and `isnad agreement` on annotation files written here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli.cjs');

function isnad(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('isnad export and isnad agreement (command line)', () => {
  let dir: string;
  const text = '😀 قتل ستة أشخاص في كركوك.\r\n';
  // code points: the emoji counts one
  const annA = 'T1\tPlace 19 24\tكركوك\nT2\tFigure 6 9\tستة\nA1\tKind T2 count\n';
  const annB = 'T1\tPlace 19 24\tكركوك\nT2\tFigure 6 15\tستة أشخاص\n';

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-ann-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    fs.writeFileSync(path.join(dir, 'a.ann'), annA);
    fs.mkdirSync(path.join(dir, 'other'));
    fs.writeFileSync(path.join(dir, 'other', 'a.ann'), annB);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports one article as CoNLL, Web Annotation and brat', () => {
    const conll = isnad(dir, 'export', '--format', 'conll', 'a.txt');
    assert.equal(conll.code, 0, conll.err);
    assert.match(conll.out, /^ستة\tB-Figure\tO/m);
    assert.match(conll.out, /^كركوك\tO\tB-Place/m);
    const web = isnad(dir, 'export', '--format', 'webanno', 'a.ann');
    assert.equal(web.code, 0, web.err);
    const json = JSON.parse(web.out) as { type: string; first: { items: { target: { selector: { type: string; exact?: string; start?: number }[] } }[] } };
    assert.equal(json.type, 'AnnotationCollection');
    const quotes = json.first.items.flatMap((i) => (Array.isArray(i.target) ? i.target : [i.target])).flatMap((t) => t.selector).filter((s) => s.type === 'TextQuoteSelector').map((s) => s.exact);
    assert.deepEqual(quotes.sort(), ['ستة', 'كركوك'].sort());
    assert.equal(isnad(dir, 'export', '--format', 'brat', 'a.txt').out, annA);
  });

  it('writes several articles into --out, and asks for it otherwise', () => {
    fs.copyFileSync(path.join(dir, 'a.txt'), path.join(dir, 'other', 'a.txt'));
    assert.equal(isnad(dir, 'export', '--format', 'conll', '.').code, 2);
    const r = isnad(dir, 'export', '--format', 'webanno', '--out', 'exported', '.');
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.existsSync(path.join(dir, 'exported', 'a.jsonld')));
  });

  it('refuses to export a file with errors and says where they are', () => {
    fs.writeFileSync(path.join(dir, 'a.ann'), annA + '<<<<<<< HEAD\n');
    const r = isnad(dir, 'export', '--format', 'conll', 'a.txt');
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.ann:4:1: /);
  });

  it('compares two annotators: scores per type and the disagreements', () => {
    const r = isnad(dir, 'agreement', 'a.ann', 'other/a.ann', '--text', 'a.txt');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^\s+Place\s+1\s+1\s+100\.0%/m);
    assert.match(r.out, /^\s+Figure\s+1\s+1\s+0\.0%/m);
    assert.match(r.out, /boundary\s+A: T2 Figure 6-9 «ستة»\s+B: T2 Figure 6-15 «ستة أشخاص»/);
    const j = JSON.parse(isnad(dir, 'agreement', 'a.ann', 'other/a.ann', '--json').out) as { disagreements: { kind: string }[] };
    assert.deepEqual(j.disagreements.map((d) => d.kind), ['boundary']);
    assert.equal(isnad(dir, 'agreement', 'a.ann').code, 2);
  });
});
