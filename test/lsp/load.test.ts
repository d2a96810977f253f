// Load through the real server (issue 15): a file just under the size limit
// with no full stop at all gets its diagnostics, and the server still shuts
// down promptly after an edit of it (the analysis was quadratic: 1.8 M
// characters gave nothing in 120 s and held the shutdown).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

function unpunctuated(size: number): string {
  // counts, places and cues in one endless sentence, never a comma or a full stop
  const words = ['قتل', '12', 'و', '7', 'في', 'البصرة', 'وقال', 'مصدر', 'إن', '30', 'و', 'ستة', 'أشخاص'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const w = (i % 2 ? String(i % 997) : words[i % words.length]!) + ' ';
    parts.push(w);
    n += w.length;
  }
  return parts.join('');
}

describe('load', function () {
  this.timeout(240_000);

  it('a 1.8 M-character file with no full stop gets its diagnostics, and the server shuts down promptly after an edit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-load-'));
    const text = unpunctuated(1_800_000);
    const file = path.join(dir, 'list.txt');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const client = new TestClient();
    try {
      await client.initialize(dir);
      await client.open(uri, text);
      const t0 = performance.now();
      const p = await client.diagnostics((x) => x.uri === uri && x.version === 1, 150_000);
      const ms = performance.now() - t0;
      assert.ok(!p.diagnostics.some((d) => d.code === 'too-large'), 'analysed, not refused');
      // linear on a loaded 2-core machine: seconds, not minutes
      assert.ok(ms < 120_000, `diagnostics after ${ms.toFixed(0)} ms`);
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }]);
      const t1 = performance.now();
      assert.equal(await client.close(), 0, 'shut down cleanly');
      const closeMs = performance.now() - t1;
      // the shutdown waits at most for the one analysis under way (the first took ms)
      assert.ok(closeMs < Math.max(10_000, ms * 1.5), `shut down ${closeMs.toFixed(0)} ms after the edit (the first analysis took ${ms.toFixed(0)} ms)`);
    } finally {
      if (client.proc.exitCode === null) client.proc.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
