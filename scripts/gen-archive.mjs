// Generates a reproducible archive of N articles for the scale benchmark,
// all in one folder (one story, the worst case for the story index), built
// from the sentences of samples/ and the shared corpus, shuffled, with figures
// and place names varied by a seeded random generator, so that no two
// articles are the same text. --stories puts them in folders of 5 instead.
//   node scripts/gen-archive.mjs OUT_DIR N [SEED] [--stories]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stories = process.argv.includes('--stories');
const [out, nArg, seedArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!out || !nArg) {
  console.error('usage: gen-archive.mjs OUT_DIR N [SEED]');
  process.exit(2);
}
const N = Number(nArg);
let seed = Number(seedArg ?? 42) >>> 0;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const sources = [path.join(root, 'samples'), path.resolve(root, '../shared/corpus/kirkuk-2016')];
const sentences = [];
for (const dir of sources) {
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/)) {
      for (const s of line.split(/(?<=[.!؟])\s+/)) if (s.trim().length > 20) sentences.push(s.trim());
    }
  }
}
const places = JSON.parse(fs.readFileSync(path.join(root, 'scripts/data/archive-places.json'), 'utf8'));
const swap = new RegExp(`(${places.swap.join('|')})`, 'g');
const vary = (s) => s.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand()))))).replace(swap, () => pick(places.towns));

fs.mkdirSync(out, { recursive: true });
let bytes = 0;
for (let i = 0; i < N; i++) {
  const story = stories ? path.join(out, `story-${String(Math.floor(i / 5)).padStart(4, '0')}`) : out;
  if (stories && i % 5 === 0) fs.mkdirSync(story, { recursive: true });
  const lines = [];
  const count = 8 + Math.floor(rand() * 16);
  for (let k = 0; k < count; k++) lines.push(vary(pick(sentences)));
  const text = lines.join('\n') + '\n';
  bytes += Buffer.byteLength(text);
  fs.writeFileSync(path.join(story, stories ? `article-${i % 5}.txt` : `article-${String(i).padStart(5, '0')}.txt`), text);
}
console.log(`${N} articles, ${(bytes / 1e6).toFixed(1)} MB in ${out}`);
