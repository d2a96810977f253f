// `npm run bench`: what a user feels, measured against the floor in the same
// run, plus the core's throughput. Prints figures; asserts nothing.
//   1. lspprobe against the Isnad server and the do-nothing floor server on the
//      Kirkuk corpus (open, edit, hover, code action latencies, peak memory)
//   2. core throughput in MB/s over the corpus (whole analysis)
//   3. the archive: a folder of 1, 10, 100, 1 000 generated articles indexed
//      by the server, and an edit's effect on another article (--archive N
//      goes up to N: 10000 for the full run, 0 to skip)
//   3b. typing at 30 keys/s with and without 500 annotations (scripts/bench-annotations.mjs),
//      and the analysis of 10 KB … 2 MB of text with no full stop (scripts/bench-unpunctuated.ts)
//   4. activation of the packaged extension in code-server + chromium
//      (scripts/bench-activation.mjs): runs when the e2e tools are installed
//      or --activation is given (which installs them); --no-activation skips
// Options: --quick (fewer repetitions), --json FILE (write all figures).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerProblems, e2ePaths } from './e2e-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const corpus = path.join(shared, 'corpus/kirkuk-2016');
const probe = path.join(shared, 'tools/lspprobe.mjs');
const floor = path.join(shared, 'tools/floor-server.cjs');
const quick = process.argv.includes('--quick');
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;

if (!fs.existsSync(path.join(root, 'dist/server.cjs'))) execFileSync(process.execPath, ['scripts/build.mjs', '--no-check'], { cwd: root, stdio: 'inherit' });

const NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'server/src/node-flags.json'), 'utf8'));
const articles = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpus, f));

function runProbe(label, server) {
  const r = spawnSync(process.execPath, [probe, '--server', server, '--root', corpus, '--edits', quick ? '10' : '40', '--hovers', quick ? '20' : '100', ...articles], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${label}: lspprobe failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// Alternate the two servers so drift on this machine hits both alike.
const rounds = quick ? 1 : 3;
const isnadRuns = [];
const floorRuns = [];
for (let i = 0; i < rounds; i++) {
  floorRuns.push(runProbe('floor', `node ${floor} --stdio`));
  // started as the VS Code client starts it (server/src/node-flags.json)
  isnadRuns.push(runProbe('isnad', `node ${NODE_FLAGS.join(' ')} ${path.join(root, 'dist/server.cjs')} --stdio`));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pick = (runs, f) => median(runs.map(f).filter((x) => typeof x === 'number'));

const rows = [
  ['time to diagnostics after open, p50 (ms)', (r) => r.openDiagMs?.p50],
  ['time to diagnostics after open, p95 (ms)', (r) => r.openDiagMs?.p95],
  ['time to diagnostics after an edit, p50 (ms)', (r) => r.edit?.p50],
  ['time to diagnostics after an edit, p95 (ms)', (r) => r.edit?.p95],
  ['hover, p50 (ms)', (r) => r.hover?.p50],
  ['hover, p95 (ms)', (r) => r.hover?.p95],
  ['code action, p95 (ms)', (r) => r.codeAction?.p95],
  ['peak resident memory (MiB)', (r) => (r.peakRssKiB ? r.peakRssKiB / 1024 : undefined)],
];
const fmt = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(2));
console.log(`\nLSP, Kirkuk corpus (${articles.length} articles; edits on the largest), median of ${rounds} alternated round(s)`);
console.log(`${'measure'.padEnd(46)}${'isnad'.padStart(10)}${'floor'.padStart(10)}${'isnad−floor'.padStart(13)}${'ratio'.padStart(8)}`);
const lsp = {};
for (const [label, f] of rows) {
  const a = pick(isnadRuns, f);
  const b = pick(floorRuns, f);
  lsp[label] = { isnad: a, floor: b };
  console.log(`${label.padEnd(46)}${fmt(a).padStart(10)}${fmt(b).padStart(10)}${fmt(a - b).padStart(13)}${(b ? (a / b).toFixed(2) + '×' : '—').padStart(8)}`);
}
const last = isnadRuns.at(-1);
console.log(`hover hits on digits: ${last.hover?.hits}/${last.hover?.n}; diagnostics seen after open: ${last.diagnostics}`);

// Core throughput: bench-core bundles the core as dist/server.cjs is bundled and
// measures it in fresh processes (cold start, stages, warmed up, linearity).
const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-core.ts'), quick ? '--quick' : ''], { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stdout);
if (r.status !== 0) process.stderr.write(r.stderr);

// Typing in an article with and without 500 annotations, and text with no full stop (10 KB … 2 MB)
const typing = spawnSync(process.execPath, [path.join(root, 'scripts/bench-annotations.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write('\n' + typing.stdout);
const unp = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-unpunctuated.ts')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(unp.stdout);

const archiveMax = process.argv.includes('--archive') ? Number(process.argv[process.argv.indexOf('--archive') + 1]) : quick ? 100 : 1000;
if (archiveMax > 0) {
  const a = spawnSync(process.execPath, [path.join(root, 'scripts/bench-archive.mjs'), '--max', String(archiveMax)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(a.stdout);
}

// Needs a real VS Code and a browser: never installs them unless asked.
const tools = e2ePaths();
const haveTools = fs.existsSync(tools.marker) && fs.existsSync(tools.chromium) && codeServerProblems(tools).length === 0;
let activation = null;
if (process.argv.includes('--no-activation')) {
  console.log('\nactivation: skipped (--no-activation)');
} else if (haveTools || process.argv.includes('--activation')) {
  const tmp = path.join(os.tmpdir(), `isnad-bench-activation-${process.pid}.json`);
  const a = spawnSync(process.execPath, [path.join(root, 'scripts/bench-activation.mjs'), '--runs', quick ? '1' : '3', '--json', tmp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(a.stdout);
  if (a.status !== 0) console.log(`activation: the benchmark failed (exit ${a.status ?? a.signal})`);
  else activation = JSON.parse(fs.readFileSync(tmp, 'utf8'));
  fs.rmSync(tmp, { force: true });
} else {
  console.log(`\nactivation: skipped (no code-server and chromium in ${tools.cache}; run node scripts/e2e-setup.mjs, or pass --activation)`);
  const vsix = path.join(root, 'dist/isnad.vsix');
  if (fs.existsSync(vsix)) console.log(`package size (dist/isnad.vsix, KiB): ${(fs.statSync(vsix).size / 1024).toFixed(0)}`);
}

console.log(`\nmachine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}`);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ lsp, isnadRuns, floorRuns, activation }, null, 2));
