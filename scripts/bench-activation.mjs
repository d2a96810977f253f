#!/usr/bin/env node
// Activation of the packaged extension in a real VS Code (code-server +
// Debian's chromium, the e2e machinery): for each run, a fresh run folder and
// browser, the folder of samples/ opened, the first article opened with
// Ctrl+P. Prints medians; asserts nothing.
//   activate()               time inside activate(), from the extension's report
//   module load              evaluation of the bundle before activate() (same)
//   VS Code's activation     code loading + activate() call, as "Developer:
//                            Show Running Extensions" shows it
//   activation → ready       activate() called → language client started
//   start() → ready          the client's start (it begins when an article opens)
//   article open → ready     the article's tab shown → language client started
//
//   node scripts/bench-activation.mjs [--runs N] [--json FILE] [--no-package]
// --no-package reuses dist/isnad.vsix (or ISNAD_E2E_VSIX). Installs the e2e
// tools on first use (scripts/e2e-setup.mjs).
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { register } from 'tsx/esm/api';

// the e2e harness is TypeScript
register();
const { packageExtension, startSession, waitForEvent, VSIX } = await import('../test/e2e/harness.ts');
const { launchBrowser, openWorkbench, quickOpen, SEL } = await import('../test/e2e/workbench.ts');
const { readReport } = await import('./code-server.mjs');

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', '3'));
const jsonOut = arg('--json', null);

const log = (m) => process.stderr.write(`[bench-activation] ${m}\n`);

let vsix;
if (process.argv.includes('--no-package')) {
  vsix = process.env.ISNAD_E2E_VSIX || VSIX;
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist: run npm run package, or drop --no-package`);
} else {
  log('npm run package …');
  vsix = packageExtension();
}
// a copy of our own: another run of npm run package may replace dist/isnad.vsix meanwhile
const own = mkdtempSync(join(tmpdir(), 'isnad-bench-vsix-'));
copyFileSync(vsix, join(own, 'isnad.vsix'));
vsix = join(own, 'isnad.vsix');
const vsixBytes = statSync(vsix).size;
process.on('exit', () => rmSync(own, { recursive: true, force: true }));

/** VS Code's own figure: the Running Extensions editor's "Activation: N ms" for Isnad. */
async function vscodeActivationMs(page) {
  await page.keyboard.press('F1');
  await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.type('Developer: Show Running Extensions');
  await page.locator(SEL.quickInputRow, { hasText: 'Show Running Extensions' }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Isnad' }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  const text = await row.locator('.activation-time').innerText();
  const m = /(\d+(?:\.\d+)?)\s*ms/.exec(text);
  return { ms: m ? Number(m[1]) : undefined, text: text.trim() };
}

const results = [];
for (let i = 0; i < runs; i++) {
  const session = await startSession(vsix);
  const browser = await launchBrowser(session.tools.chromium);
  let ok = false;
  try {
    await openWorkbench(browser.page, session.server.url, session.workspace);
    await quickOpen(browser.page, basename(session.articles[0]));
    const opened = Date.now();
    const ready = await waitForEvent(session, (e) => e.event === 'serverReady', 'a ready language server', 120_000);
    const activated = readReport(session.run).find((e) => e.event === 'activated');
    const vscode = await vscodeActivationMs(browser.page).catch((err) => ({ ms: undefined, text: `not read: ${err.message.split('\n')[0]}` }));
    const r = {
      activateMs: activated?.activateMs,
      loadMs: activated?.loadMs,
      vscodeActivationMs: vscode.ms,
      vscodeText: vscode.text,
      activationToReadyMs: ready.sinceActivationMs,
      startToReadyMs: ready.startMs,
      openToReadyMs: Math.max(0, Number(ready.time) - opened),
    };
    results.push(r);
    log(`run ${i + 1}/${runs}: ${JSON.stringify(r)}`);
    ok = true;
  } finally {
    await browser.close();
    await session.dispose(!ok);
  }
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const fmt = (x) => (x === undefined ? '—' : x.toFixed(1));
const rows = [
  ['activate() (ms)', 'activateMs'],
  ['module load before activate() (ms)', 'loadMs'],
  ["VS Code's activation time (ms)", 'vscodeActivationMs'],
  ['activation → server ready (ms)', 'activationToReadyMs'],
  ['client start() → server ready (ms)', 'startToReadyMs'],
  ['article tab shown → server ready (ms)', 'openToReadyMs'],
];
console.log(`\nActivation in code-server + chromium, median of ${results.length} run(s) (min–max)`);
const summary = {};
for (const [label, key] of rows) {
  const xs = results.map((r) => r[key]).filter((x) => typeof x === 'number');
  summary[key] = median(xs);
  const range = xs.length ? ` (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})` : '';
  console.log(`${label.padEnd(40)}${fmt(summary[key]).padStart(10)}${range}`);
}
if (results.some((r) => r.vscodeActivationMs === undefined)) console.log(`VS Code's figure: ${results.map((r) => r.vscodeText).join(' | ')}`);
console.log(`${'package size (dist/isnad.vsix, KiB)'.padEnd(40)}${(vsixBytes / 1024).toFixed(0).padStart(10)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ summary, runs: results, vsixBytes }, null, 2) + '\n');
