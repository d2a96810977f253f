// The server under another editor's LSP client: headless Neovim 0.7 (Debian).
// Diagnostics must land on the exact Arabic text, with an emoji and CRLF
// line ends before it. The test installs Neovim on first run (as the e2e layer
// does for its browser); in CI it never skips.
import assert from 'node:assert/strict';
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER } from './client.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES = path.resolve(HERE, '../../samples');

function ensureNeovim(): boolean {
  if (spawnSync('nvim', ['--version']).status === 0) return true;
  try {
    execSync('apt-get install -y neovim || (apt-get update && apt-get install -y neovim)', { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    return false;
  }
  return spawnSync('nvim', ['--version']).status === 0;
}

describe('a second editor: Neovim', function () {
  this.timeout(120000);

  before(function () {
    if (!ensureNeovim()) {
      if (process.env.CI) throw new Error('Neovim could not be installed');
      this.skip();
    }
  });

  it('shows a conflict on the exact figure in an Arabic line with an emoji before it (CRLF)', () => {
    const story = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-nvim-'));
    for (const f of fs.readdirSync(SAMPLES).filter((x) => x.endsWith('.txt'))) fs.copyFileSync(path.join(SAMPLES, f), path.join(story, f));
    // the article under test: an emoji before the figure on its line, CRLF line ends
    const file = path.join(story, 'gulf-daily.txt');
    const text = fs.readFileSync(file, 'utf8').replace('(590 كلم', '(😀 590 كلم').replace(/\r?\n/g, '\r\n');
    fs.writeFileSync(file, text);
    const out = path.join(story, 'nvim-out.json');
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(HERE, 'neovim-client.lua')}`, file], {
      env: { ...process.env, ISNAD_NVIM_OUT: out, ISNAD_SERVER: SERVER, ISNAD_ROOT: story },
      timeout: 90000,
      encoding: 'utf8',
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no result (exit ${r.status}): ${r.stderr}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { timeout?: boolean; diagnostics?: { code: string; underlined: string; message: string; range: { start: { line: number; character: number } } }[] };
    assert.ok(!result.timeout, 'diagnostics arrived in Neovim');
    const distance = result.diagnostics!.find((d) => d.code === 'contradiction' && d.underlined === '590');
    assert.ok(distance, `Neovim underlines exactly 590; got ${JSON.stringify(result.diagnostics!.map((d) => d.underlined))}`);
    const line = text.split('\r\n')[distance.range.start.line]!;
    assert.equal(distance.range.start.character, line.indexOf('590'), 'the character offset counts the emoji as two UTF-16 units');
    for (const d of result.diagnostics!) assert.ok(text.includes(d.underlined) && d.underlined.length > 0, `"${d.underlined}" is a slice of the article`);
  });

  it('gets the quick fix of a .ann line it edited (unsaved) whose text no longer matches, and applies it', () => {
    const story = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-nvim-ann-'));
    const file = path.join(story, 'a.txt');
    const text = 'قتل ستة أشخاص في مدينة كركوك.\n';
    const s = Array.from(text.slice(0, text.indexOf('كركوك'))).length;
    fs.writeFileSync(file, text);
    const good = `T1\tPlace ${s} ${s + 5}\tكركوك`;
    fs.writeFileSync(path.join(story, 'a.ann'), `${good}\n`);
    const out = path.join(story, 'nvim-out.json');
    // typed in Neovim: the same offsets, another name
    const typed = `T1\tPlace ${s} ${s + 5}\tالموصل`;
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(HERE, 'neovim-client.lua')}`, file], {
      env: { ...process.env, ISNAD_NVIM_OUT: out, ISNAD_SERVER: SERVER, ISNAD_ROOT: story, ISNAD_NVIM_ANN_LINE: typed },
      timeout: 90000,
      encoding: 'utf8',
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no result (exit ${r.status}): ${r.stderr}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { timeout?: boolean; error?: string; ann?: { code: string; titles: string[]; lines: string[] } };
    assert.ok(!result.timeout, 'the .ann diagnostic of the edited buffer arrived in Neovim');
    assert.ok(result.ann, result.error);
    assert.equal(result.ann.code, 'text-mismatch');
    assert.match(result.ann.titles[0]!.replace(/[\u2066-\u2069]/g, ''), /^Accept «كركوك» as the text of annotation T1$/, result.ann.titles.join(' | '));
    assert.deepEqual(result.ann.lines, [good], 'the fix applied to the buffer gives the article\'s word back');
    assert.equal(fs.readFileSync(path.join(story, 'a.ann'), 'utf8'), `${good}\n`, 'the file itself is untouched');
  });
});
