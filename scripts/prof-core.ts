// Processor time of what one key costs the server, without the protocol: the
// analysis of the typing bench's article (scripts/bench-annotations.mjs, 11 KB
// of generated text) after a key, its one-article story index updated, and the
// story index of the 1 000-article archive (scripts/bench-archive.mjs) built
// one update at a time then updated (process.cpuUsage around each: on a
// loaded machine the clock counts the waits for a core, this does not).
// Bundles itself as dist/server.cjs is built (esbuild, scripts/esbuild-options.mjs,
// not minified so a profile names the functions) and runs the bundle with the
// server's node flags.
//   npx tsx scripts/prof-core.ts [--n N] [--only analyse|story|index] [--cpu-prof DIR]
// Another revision: copy this script into its worktree (npm run bench -- --baseline
// REV makes one in .bench/baseline-REV) and run it there.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../server/src/v8.js';
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../server/src/core/analyse.js';
import { Gazetteer } from '../server/src/core/places/gazetteer.js';
import { StoryIndex } from '../server/src/core/story/story-index.js';
import { outletOf } from '../server/src/core/story/story-of.js';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const N = Number(arg('--n') ?? 60);
const only = arg('--only');
const ROOT = process.env.ISNAD_BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLED = process.env.ISNAD_BENCH_BUNDLED === '1';
const WORDS = ['قتل', 'ستة', 'أشخاص', 'في', 'البصرة', 'وأصيب', 'عشرة', 'آخرون', 'وقال', 'مصدر', 'أمني', 'إن', 'المسلحين', 'هاجموا', 'مركز', 'الشرطة'];
function article(bytes: number): string {
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += WORDS[(i * 7) % WORDS.length] + ((i + 1) % 12 === 0 ? '.\n' : ' ');
  return s;
}
function measure(): void {
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const gazetteer = Gazetteer.load();

if (only === "analyse" || !only) {
  const text = article(11 * 1024);
  for (let i = 0; i < 5; i++) analyse(text, { gazetteer, article: 'bench' });
  const ts: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = text.slice(0, 5000) + WORDS[i % WORDS.length] + ' ' + text.slice(5000); // a key
    const c = cpu();
    analyse(t, { gazetteer, article: 'bench' });
    ts.push(cpu() - c);
  }
  ts.sort((a, b) => a - b);
  console.log(`analyse bench article: ${(ts.reduce((a, b) => a + b, 0) / N).toFixed(2)} ms cpu mean, ${ts[N >> 1].toFixed(2)} median, ${ts[N >> 2]!.toFixed(2)} lower quartile (${N})`);
}
if (only === 'story' || !only) {
  // the typing bench's key: its article's story index updated with the new analysis
  const text = article(11 * 1024);
  const keyed = Array.from({ length: 20 }, (_, i) => { const t = text.slice(0, 5000) + WORDS[i % WORDS.length] + ' ' + text.slice(5000); return { t, a: analyse(t, { gazetteer, article: 'bench' }) }; });
  const index = new StoryIndex();
  const ts: number[] = [];
  for (let i = 0; i < N + 10; i++) {
    const { t, a } = keyed[i % keyed.length]!;
    const c = cpu();
    index.update('/bench/article.txt', a.claims, a.figures, { path: '/bench/article.txt', outlet: 'bench' }, t, a.places);
    index.conflicts();
    if (i >= 10) ts.push(cpu() - c);
  }
  ts.sort((a, b) => a - b);
  console.log(`story index per key: ${(ts.reduce((a, b) => a + b, 0) / N).toFixed(3)} ms cpu mean, ${ts[N >> 1]!.toFixed(3)} median, ${ts[N >> 2]!.toFixed(3)} lower quartile (${N})`);
}
if (only === 'index' || !only) {
  const dir = path.join(ROOT, '.bench/archive-1000');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  let c = cpu();
  const docs = files.map((f, i) => ({ f, text: texts[i]!, a: analyse(texts[i]!, { gazetteer, article: path.basename(f) }) }));
  console.log(`analyse 1000 archive articles: ${(cpu() - c).toFixed(0)} ms cpu`);
  const index = new StoryIndex();
  c = cpu();
  for (const d of docs) index.update(d.f, d.a.claims, d.a.figures, { path: d.f, outlet: outletOf(d.f) }, d.text, d.a.places);
  index.conflicts();
  console.log(`index 1000 articles: ${(cpu() - c).toFixed(0)} ms cpu`);
  const ts: number[] = [];
  for (let i = 0; i < N; i++) {
    const d = docs[(i * 37) % docs.length];
    c = cpu();
    index.update(d.f, d.a.claims, d.a.figures, { path: d.f, outlet: outletOf(d.f) }, d.text, d.a.places);
    index.conflicts();
    ts.push(cpu() - c);
  }
  ts.sort((a, b) => a - b);
  console.log(`index update + conflicts: ${(ts.reduce((a, b) => a + b, 0) / N).toFixed(2)} ms cpu mean, ${ts[N >> 1].toFixed(2)} median, ${ts[N >> 2]!.toFixed(2)} lower quartile (${N})`);
}
}

/** Bundles this script and runs the bundle in a fresh process with the server's node flags. */
async function main(): Promise<void> {
  const { build, stop } = await import('esbuild');
  const { nodeBundleOptions } = await import('./esbuild-options.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-prof-core-'));
  const out = path.join(dir, 'prof-core.cjs');
  const options = nodeBundleOptions(ROOT, { minify: false });
  await build({ ...options, entryPoints: [fileURLToPath(import.meta.url)], outfile: out, external: ['esbuild'], define: { ...options.define, 'process.env.ISNAD_BENCH_BUNDLED': '"1"', 'process.env.ISNAD_BENCH_ROOT': JSON.stringify(ROOT) } });
  await stop();
  const prof = arg('--cpu-prof');
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--cpu-prof' && all[i - 1] !== '--cpu-prof');
  const r = spawnSync(process.execPath, [...NODE_FLAGS, ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(prof)}`] : []), out, ...args], { stdio: 'inherit' });
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}

if (BUNDLED) measure();
else main().catch((e: unknown) => (console.error(e), process.exit(1)));
