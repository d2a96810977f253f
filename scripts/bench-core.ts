// Core throughput: MB/s of Arabic news through the whole analysis and through
// each detector, on the corpus repeated (40 rounds, about 1 MB).
//
// It measures the core as users run it: the language server runs an esbuild
// bundle (dist/server.cjs), not tsx, so this script first bundles itself the
// same way (scripts/esbuild-options.mjs, minified) into a temporary file and
// runs that bundle in fresh Node processes. `--tsx` measures the sources in
// place under tsx instead (every imported binding then goes through getters).
//
//   npx tsx scripts/bench-core.ts [--quick] [--tsx]
//
// Lines:
// - cold start: a fresh process's first analyses (after its first pass over
//   the five articles, timed apart because it loads the gazetteer). This is
//   what a server that has just started does; it includes the JIT
//   compiler's warm-up, whose background threads compete with the analysis
//   for the cores, so the CPU of all threads in that window is printed too.
//   Median of 5 fresh processes (1 with --quick).
// - each detector alone, on contexts already carrying what the stages before
//   it found (prepared outside the clock), after the whole analysis has
//   warmed up; then the whole analysis warmed up, with and without reading
//   the syntax tree (built only when read).
// - linearity: one document of about 1 MB, then 8 MB; equal MB/s means time
//   linear in size.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../server/src/core/analyse.js';
import { detectAttributions, linkSources } from '../server/src/core/attributions/detect.js';
import { extractClaims } from '../server/src/core/claims/detect.js';
import { detectFigures } from '../server/src/core/figures/detect.js';
import { emptyContext, type DocContext } from '../server/src/core/parse/context.js';
import { tokenize } from '../server/src/core/parse/tokenize.js';
import { detectPlaces } from '../server/src/core/places/detect.js';
import { Gazetteer } from '../server/src/core/places/gazetteer.js';
import { articleVoice } from '../server/src/core/plugins.js';
import { NODE_FLAGS, tuneV8 } from '../server/src/v8.js';

/** Set (as a constant) in the bundle by esbuild's define; undefined under tsx. */
const BUNDLED = process.env.ISNAD_BENCH_BUNDLED === '1';
const ROOT = process.env.ISNAD_BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 5; // MB/s per core, issue 9
const quick = process.argv.includes('--quick');
const rounds = quick ? 8 : 40;
const coldRuns = quick ? 1 : 5;

const corpus = path.resolve(ROOT, '../shared/corpus/kirkuk-2016');
const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const mbs = (b: number, ms: number): number => b / 1e6 / (ms / 1000);
function line(label: string, rate: number, msPerArticle: number): void {
  console.log(`${label.padEnd(52)}${rate.toFixed(2).padStart(8)} MB/s  (${msPerArticle.toFixed(2)} ms per article)`);
}

/** Times fn over every text, `rounds` times, after one untimed pass; prepare (untimed) makes its input. */
function time<I>(prepare: (t: string) => I, fn: (input: I) => unknown): { rate: number; ms: number } {
  for (const t of texts) fn(prepare(t)); // warm up
  let ms = 0;
  for (let r = 0; r < rounds; r++) {
    const inputs = texts.map(prepare);
    const t0 = performance.now();
    for (const input of inputs) fn(input);
    ms += performance.now() - t0;
  }
  return { rate: mbs(bytes * rounds, ms), ms: ms / (rounds * texts.length) };
}

/** CPU time of this (the analysing) thread in ms, where Linux tells it; NaN elsewhere. */
function threadCpu(): number {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

interface Cold {
  firstMs: number;
  rate: number;
  ms: number;
  /** CPU per article in the timed window: all threads of the process, and the analysing thread. */
  cpuAll: number;
  cpuMain: number;
}

/** In a fresh process: the first pass over the articles, then the next rounds × articles analyses. */
function cold(): Cold {
  const t0 = performance.now();
  for (const t of texts) analyse(t);
  const firstMs = performance.now() - t0;
  const u0 = process.cpuUsage();
  const c0 = threadCpu();
  let ms = 0;
  for (let r = 0; r < rounds; r++) {
    const t1 = performance.now();
    for (const t of texts) analyse(t);
    ms += performance.now() - t1;
  }
  const u = process.cpuUsage(u0);
  const n = rounds * texts.length;
  return { firstMs, rate: mbs(bytes * rounds, ms), ms: ms / n, cpuAll: (u.user + u.system) / 1000 / n, cpuMain: (threadCpu() - c0) / n };
}

function stages(): { warm: number } {
  const gazetteer = Gazetteer.load();
  // contexts as each stage finds them: tokenized, then with places, figures, attributions
  const tokenized = (t: string): DocContext => emptyContext(t, tokenize(t));
  const withPlaces = (t: string): DocContext => {
    const ctx = tokenized(t);
    ctx.places = detectPlaces(ctx, gazetteer);
    return ctx;
  };
  const withFigures = (t: string): DocContext => {
    const ctx = withPlaces(t);
    ctx.figures = detectFigures(ctx);
    return ctx;
  };
  const withAttributions = (t: string): DocContext => {
    const ctx = withFigures(t);
    ctx.attributions = detectAttributions(ctx);
    linkSources(ctx, articleVoice(ctx, undefined));
    return ctx;
  };
  const show = (label: string, r: { rate: number; ms: number }): void => line(`  ${label}`, r.rate, r.ms);
  show('tokenize', time((t) => t, (t) => tokenize(t)));
  show('places detector (after tokenize)', time(tokenized, (ctx) => detectPlaces(ctx, gazetteer)));
  show('figures detector (after places)', time(withPlaces, (ctx) => detectFigures(ctx)));
  show(
    'attributions detector (after figures)',
    time(withFigures, (ctx) => {
      ctx.attributions = detectAttributions(ctx);
      linkSources(ctx, articleVoice(ctx, undefined));
    }),
  );
  show('claims (after attributions)', time(withAttributions, (ctx) => extractClaims(ctx)));
  const warm = time((t) => t, (t) => analyse(t));
  show('whole analysis, warmed up', warm);
  show('  the same, reading the syntax tree too', time((t) => t, (t) => analyse(t).tree.children.length));
  return { warm: warm.rate };
}

function linearity(): Array<{ k: number; mb: number; rate: number }> {
  const base = Array.from({ length: Math.ceil(1e6 / bytes) }, () => texts.join('\n\n')).join('\n\n');
  return [1, 8].map((k) => {
    const doc = Array.from({ length: k }, () => base).join('\n\n');
    const b = Buffer.byteLength(doc);
    const t0 = performance.now();
    analyse(doc);
    return { k, mb: b / 1e6, rate: mbs(b, performance.now() - t0) };
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;


/** The measuring process: --cold prints one JSON line; otherwise the warm lines and linearity. */
function measure(): void {
  tuneV8(); // as the server and the CLI do
  if (process.argv.includes('--cold')) {
    console.log(JSON.stringify(cold()));
    return;
  }
  cold(); // untimed: the stage lines below are warm figures, as the whole analysis has run first
  const { warm } = stages();
  const lin = linearity();
  console.log(`${'  linearity, one document'.padEnd(52)}${lin.map((r) => `${r.mb.toFixed(1)} MB ${r.rate.toFixed(2)} MB/s`).join('   ')}   ratio ${(lin[1]!.rate / lin[0]!.rate).toFixed(2)}`);
  console.log(JSON.stringify({ warm, linearity: lin.map((r) => r.rate) }));
}

/** Runs `cmd` (this script, bundled or under tsx) in a fresh process and returns its stdout. */
function run(cmd: string[], extra: string[]): string {
  // the node options the server is started with (server/src/node-flags.json)
  const r = spawnSync(process.execPath, [...NODE_FLAGS, ...cmd, ...extra, ...(quick ? ['--quick'] : [])], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench-core: ${cmd.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

/** Bundles this script like dist/server.cjs, runs the measurements in fresh processes, prints the summary. */
async function main(): Promise<void> {
  const tsx = process.argv.includes('--tsx');
  let cmd: string[];
  let dir: string | undefined;
  let what: string;
  if (tsx) {
    cmd = ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure'];
    what = 'sources under tsx (--tsx)';
  } else {
    const { build, stop } = await import('esbuild');
    const { nodeBundleOptions } = await import('./esbuild-options.mjs');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-core-'));
    const out = path.join(dir, 'bench-core.cjs');
    const options = nodeBundleOptions(ROOT);
    await build({
      ...options,
      sourcemap: false,
      entryPoints: [fileURLToPath(import.meta.url)],
      outfile: out,
      external: ['esbuild'],
      define: { ...options.define, 'process.env.ISNAD_BENCH_BUNDLED': '"1"', 'process.env.ISNAD_BENCH_ROOT': JSON.stringify(ROOT) },
    });
    await stop(); // no esbuild service running beside the measurements
    cmd = [out, '--measure'];
    what = 'bundled core (esbuild, minified, as dist/server.cjs runs it)';
  }
  try {
    const load = os.loadavg()[0]!;
    console.log(`\ncore throughput, one core: ${what}`);
    console.log(`Kirkuk corpus, ${texts.length} articles, ${(bytes / 1000).toFixed(1)} KB × ${rounds} rounds = ${((bytes * rounds) / 1e6).toFixed(2)} MB a line; load average ${load.toFixed(1)} on ${os.cpus().length} cores`);
    const colds = Array.from({ length: coldRuns }, () => JSON.parse(run(cmd, ['--cold']).trim().split('\n').at(-1)!) as Cold);
    const c = colds.map((x) => x.rate);
    const coldRate = median(c);
    console.log(`a fresh process (median of ${coldRuns} process${coldRuns > 1 ? 'es' : ''}):`);
    console.log(`${`  first pass, ${texts.length} articles (loads the gazetteer)`.padEnd(52)}${median(colds.map((x) => x.firstMs)).toFixed(0).padStart(8)} ms`);
    line(`  whole analysis, cold start: next ${rounds * texts.length} analyses`, coldRate, median(colds.map((x) => x.ms)));
    const cpuAll = median(colds.map((x) => x.cpuAll));
    const cpuMain = median(colds.map((x) => x.cpuMain));
    if (coldRuns > 1) console.log(`    each process: ${c.map((x) => x.toFixed(2)).join(', ')} MB/s`);
    if (Number.isFinite(cpuMain))
      console.log(`    CPU in that window, per article: ${cpuMain.toFixed(2)} ms analysing, ${(cpuAll - cpuMain).toFixed(2)} ms on the JIT compiler's and GC's threads`);
    const out = run(cmd, []).trimEnd().split('\n');
    const summary = JSON.parse(out.pop()!) as { warm: number; linearity: number[] };
    console.log(`warm (the same code after a cold start as above${quick ? '; --quick: fewer rounds, not quite warm' : ''}):`);
    for (const l of out) console.log(l);
    const verdict = (r: number): string => `${r.toFixed(2)} MB/s ${r >= TARGET ? 'met' : 'NOT met'}`;
    console.log(`target ${TARGET} MB/s per core for the whole analysis:`);
    console.log(`  cold start ${verdict(coldRate)}; warmed up ${verdict(summary.warm)}`);
    console.log(`  one 1 MB document ${verdict(summary.linearity[0]!)}; one 8 MB document ${verdict(summary.linearity[1]!)}`);
    if (coldRate < TARGET && Number.isFinite(cpuMain)) {
      console.log('  the cold start is short of it; its time is mostly the JIT compiler warming up: per article, the analysing');
      console.log(`  thread ran ${cpuMain.toFixed(2)} ms and the compiler's and GC's threads ${(cpuAll - cpuMain).toFixed(2)} ms more, on ${os.cpus().length} cores (load average ${load.toFixed(1)})`);
    }
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (BUNDLED || process.argv.includes('--measure')) measure();
else
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
