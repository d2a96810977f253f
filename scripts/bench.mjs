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
// Options: --quick (fewer repetitions), --json FILE (write all figures),
// --only typing (3b's typing alone, with the baseline when given: a shared machine),
// --baseline REV: builds REV in a temporary git worktree (.bench/baseline-REV,
// node_modules linked) and prints, side by side with this checkout, typing
// with and without 500 annotations, the unpunctuated analysis, the archive's
// index time and edit latency, and REV's own core bench (the same scripts of
// this checkout drive both servers, alternated).
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
const onlyTyping = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'typing';
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
const rounds = onlyTyping ? 0 : quick ? 1 : 3;
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
const lsp = {};
if (!onlyTyping) printLsp();
function printLsp() {
  console.log(`\nLSP, Kirkuk corpus (${articles.length} articles; edits on the largest), median of ${rounds} alternated round(s)`);
  console.log(`${'measure'.padEnd(46)}${'isnad'.padStart(10)}${'floor'.padStart(10)}${'isnad−floor'.padStart(13)}${'ratio'.padStart(8)}`);
  for (const [label, f] of rows) {
    const a = pick(isnadRuns, f);
    const b = pick(floorRuns, f);
    lsp[label] = { isnad: a, floor: b };
    console.log(`${label.padEnd(46)}${fmt(a).padStart(10)}${fmt(b).padStart(10)}${fmt(a - b).padStart(13)}${(b ? (a / b).toFixed(2) + '×' : '—').padStart(8)}`);
  }
  const last = isnadRuns.at(-1);
  console.log(`hover hits on digits: ${last.hover?.hits}/${last.hover?.n}; diagnostics seen after open: ${last.diagnostics}`);
}

// Core throughput: bench-core bundles the core as dist/server.cjs is bundled and
// measures it in fresh processes (cold start, stages, warmed up, linearity).
if (!onlyTyping) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-core.ts'), quick ? '--quick' : ''], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stderr.write(r.stderr);
}

const baselineRev = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : null;
const baseline = baselineRev ? buildBaseline(baselineRev) : null;
const archiveMax = process.argv.includes('--archive') ? Number(process.argv[process.argv.indexOf('--archive') + 1]) : quick ? 100 : 1000;

/** A worktree of rev beside this checkout's .bench, built; ../shared resolves through a link. */
function buildBaseline(rev) {
  const sha = execFileSync('git', ['rev-parse', '--short', rev], { cwd: root, encoding: 'utf8' }).trim();
  const benchDir = path.join(root, '.bench');
  const dir = path.join(benchDir, `baseline-${sha}`);
  fs.mkdirSync(benchDir, { recursive: true });
  if (!fs.existsSync(path.join(benchDir, 'shared'))) fs.symlinkSync(shared, path.join(benchDir, 'shared'));
  if (!fs.existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: root, stdio: 'ignore' });
  if (!fs.existsSync(path.join(dir, 'node_modules'))) fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-check'], { cwd: dir, stdio: 'ignore' });
  console.log(`\nbaseline: ${rev} (${sha}) built in ${path.relative(root, dir)}`);
  return { rev: sha, dir, server: path.join(dir, 'dist/server.cjs') };
}

/** Runs a bench script that writes --json FILE; returns its figures (and prints its table when `show`). */
function figures(args, show) {
  const tmp = path.join(os.tmpdir(), `isnad-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, [...args, '--json', tmp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (show) process.stdout.write(r.stdout);
  try {
    return JSON.parse(fs.readFileSync(tmp, 'utf8'));
  } catch {
    return null;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

const typingArgs = [path.join(root, 'scripts/bench-annotations.mjs')];
const unpArgs = ['--import', 'tsx', path.join(root, 'scripts/bench-unpunctuated.ts')];
const archiveArgs = [path.join(root, 'scripts/bench-archive.mjs'), '--max', String(archiveMax)];
const med = (xs) => [...xs].filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f0 = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(0));

// Typing in an article with and without 500 annotations (and the floor server), and text with no full stop (10 KB … 2 MB)
if (!baseline) {
  process.stdout.write('\n');
  figures([...typingArgs, '--floor'], true);
  if (!onlyTyping) figures(unpArgs, true);
  if (archiveMax > 0 && !onlyTyping) figures(archiveArgs, true);
} else {
  // alternated rounds, medians: drift on this shared machine hits both alike
  const typingRounds = quick ? 1 : 3;
  const typing = { now: [], base: [] };
  for (let i = 0; i < typingRounds; i++) {
    typing.now.push(figures([...typingArgs, '--floor'], i === 0));
    typing.base.push(figures([...typingArgs, '--server', baseline.server], false));
  }
  console.log(`\ntyping at 30 keys/s, median of ${typingRounds} alternated round(s)   ${'this'.padStart(10)}${baseline.rev.padStart(10)}${'floor'.padStart(10)}`);
  for (const row of ['without a .ann', 'with 500 annotations']) {
    for (const [label, key] of [['lag after last key (ms)', 'lag'], ['median key → diagnostics (ms)', 'median'], ['versions answered', 'answered'], ['server CPU per key (ms)', 'cpu']]) {
      const a = med(typing.now.map((r) => r?.[row]?.[key]));
      const b = med(typing.base.map((r) => r?.[row]?.[key]));
      const fl = row === 'without a .ann' ? med(typing.now.map((r) => r?.['floor server (does nothing)']?.[key])) : undefined;
      const f = key === 'cpu' ? (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(1)) : f0;
      console.log(`  ${(row + ', ' + label).padEnd(62)}${f(a).padStart(10)}${f(b).padStart(10)}${f(fl).padStart(10)}`);
    }
  }
  if (!onlyTyping) others();
}
function others() {
  const unNow = figures(unpArgs, false);
  const unBase = figures([...unpArgs, '--root', baseline.dir], false);
  console.log(`\nunpunctuated text (no full stop), CPU ms (ms per 10 KB)   ${'this'.padStart(16)}${baseline.rev.padStart(18)}`);
  for (const r of unNow ?? []) {
    const b = unBase?.find((x) => x.size === r.size);
    const cell = (x) => (x ? `${x.cpuMs.toFixed(0)} (${((x.cpuMs / x.size) * 10_000).toFixed(1)})` : '— (over 60 s)');
    console.log(`  ${(r.size / 1000).toFixed(0).padStart(5)} K characters${' '.repeat(38)}${cell(r).padStart(16)}${cell(b).padStart(18)}`);
  }
  if (archiveMax > 0) {
    const arNow = figures(archiveArgs, false);
    const arBase = figures([...archiveArgs, '--server', baseline.server], false);
    console.log(`\narchive (generated articles)                          ${'this'.padStart(10)}${baseline.rev.padStart(10)}`);
    for (const r of arNow ?? []) {
      const b = arBase?.find((x) => x.n === r.n);
      console.log(`  ${String(r.n).padStart(6)} articles: index (ms)${' '.repeat(24)}${f0(r.indexMs).padStart(10)}${f0(b?.indexMs).padStart(10)}`);
      console.log(`  ${String(r.n).padStart(6)} articles: peak RSS (MiB)${' '.repeat(19)}${f0(r.rssMiB).padStart(10)}${f0(b?.rssMiB).padStart(10)}`);
      if (r.edits?.length) {
        const e = (x) => (x?.edits?.length ? med(x.edits.map((y) => y.otherMs)) : undefined);
        console.log(`  ${String(r.n).padStart(6)} articles: edit → other open article, median (ms)${f0(e(r)).padStart(10)}${f0(e(b)).padStart(10)}`);
      }
    }
  }
  // the baseline's own core bench (its detectors as they were), after this checkout's above
  console.log(`\ncore bench of the baseline ${baseline.rev} (npx tsx scripts/bench-core.ts in its worktree):`);
  const bc = spawnSync(process.execPath, ['--import', 'tsx', path.join(baseline.dir, 'scripts/bench-core.ts'), quick ? '--quick' : ''], { cwd: baseline.dir, encoding: 'utf8' });
  process.stdout.write(bc.stdout);
}

// Needs a real VS Code and a browser: never installs them unless asked.
const tools = e2ePaths();
const haveTools = fs.existsSync(tools.marker) && fs.existsSync(tools.chromium) && codeServerProblems(tools).length === 0;
let activation = null;
if (onlyTyping) {
  // typing alone
} else if (process.argv.includes('--no-activation')) {
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
