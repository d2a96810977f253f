// Analysis time of text with no full stop (a comma list, as a pasted table or
// a long enumeration gives), 10 KB … 2 MB: linear cost shows as a constant
// time per KB. Wall and CPU time (CPU time does not count waiting for a core
// on a loaded machine), median of 3 (1 for 1 MB and more). Stops at the first
// size over 60 s. Asserts nothing.
//   node --import tsx scripts/bench-unpunctuated.ts [--root DIR] [--json FILE]
// --root: the core of another checkout (npm run bench -- --baseline REV).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const root = path.resolve(arg('--root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const { analyse } = (await import(pathToFileURL(path.join(root, 'server/src/core/analyse.ts')).href)) as { analyse: (t: string, o: object) => unknown };

const WORDS = ['قتل', 'ستة', 'أشخاص', 'في', 'البصرة', 'وقال', 'مصدر', 'أمني', 'إن', '12', 'مسلحا', 'هاجموا'];
const sizes = [10_000, 100_000, 500_000, 1_000_000, 2_000_000];
// warm up (the gazetteer's load and the first compilation are not the text's cost)
for (let i = 0; i < 3; i++) analyse('قتل ستة أشخاص في البصرة، وقال مصدر أمني إن 12 مسلحا هاجموا', {});
console.log('\nunpunctuated text (a comma list, no full stop)   wall (ms)   CPU (ms)   CPU ms per 10 KB');
const out: { size: number; wallMs: number; cpuMs: number }[] = [];
for (const size of sizes) {
  let s = '';
  for (let i = 0; s.length < size; i++) s += WORDS[(i * 5) % WORDS.length] + (i % 3 === 2 ? '، ' : ' ');
  const runs: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < (size >= 1_000_000 ? 1 : 3); r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyse(s, {});
    const c = process.cpuUsage(c0);
    runs.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
  }
  runs.sort((a, b) => a.cpu - b.cpu);
  const { wall, cpu } = runs[Math.floor(runs.length / 2)]!;
  out.push({ size, wallMs: wall, cpuMs: cpu });
  console.log(`  ${(size / 1000).toFixed(0).padStart(5)} K characters${' '.repeat(28)}${wall.toFixed(0).padStart(8)}${cpu.toFixed(0).padStart(11)}${((cpu / size) * 10_000).toFixed(1).padStart(19)}`);
  if (wall > 60_000) {
    console.log('  (stopped: over 60 s)');
    break;
  }
}
const json = arg('--json');
if (json) fs.writeFileSync(json, JSON.stringify(out));
