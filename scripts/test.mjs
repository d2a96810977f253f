// The project's one test command (`npm test`): type-check and build, then the
// three layers (unit, LSP integration over real JSON-RPC, end to end in a real
// VS Code), and one closing line: "tests: N passed, N failed, N skipped".
// Outside CI, ISNAD_SKIP_E2E=1 skips the end-to-end layer for a quick run;
// in CI it always runs, unless ISNAD_LAYERS names the layers to run (CI's
// second run without ../shared: ISNAD_LAYERS=unit,lsp).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mocha = path.join(root, 'node_modules/mocha/bin/mocha.js');
const only = process.env.ISNAD_LAYERS?.split(',').map((l) => l.trim()).filter(Boolean);
const skipE2e = only ? !only.includes('e2e') : process.env.ISNAD_SKIP_E2E === '1' && !process.env.CI;

function run(cmd, args, label) {
  return new Promise((resolve) => {
    console.log(`\n=== ${label}`);
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const count = (out, word) => Number(/(\d+) (?:passing|failing|pending)/.test(out) ? (new RegExp(`(\\d+) ${word}`).exec(out)?.[1] ?? 0) : 0);

ensureDeps();

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

const build = await run(process.execPath, ['scripts/build.mjs'], 'type-check and build');
if (build.code !== 0) {
  console.log('\nthe build failed: no tests ran');
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

const layers = [
  ['unit', ['--config', '.mocharc.json']],
  ['lsp', ['--config', 'test/lsp/.mocharc.json']],
].filter(([label]) => !only || only.includes(label));
if (!skipE2e) layers.push(['e2e', ['--config', 'test/e2e/.mocharc.json']]);
for (const [label, args] of layers) {
  const r = await run(process.execPath, [mocha, ...args], `${label} tests`);
  const passed = count(r.out, 'passing');
  const failed = count(r.out, 'failing');
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += count(r.out, 'pending');
  if (r.code !== 0 && failed === 0) {
    broken = true; // the runner itself failed (a load error, a crash)
    totals.failed += 1;
    console.log(`the ${label} layer exited with ${r.code} before reporting a failure`);
  }
}
if (skipE2e) console.log(`\n(e2e layer skipped: ${only ? `ISNAD_LAYERS=${only.join(',')}` : 'ISNAD_SKIP_E2E=1'})`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
