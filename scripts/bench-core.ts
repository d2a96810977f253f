// Core throughput: MB/s of Arabic news through the whole analysis and through
// each detector, on the corpus repeated (40 rounds, about 1 MB).
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../server/src/core/analyse.js';
import { detectFigures } from '../server/src/core/figures/detect.js';
import { emptyContext } from '../server/src/core/parse/context.js';
import { tokenize } from '../server/src/core/parse/tokenize.js';

const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/kirkuk-2016');
const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
const quick = process.argv.includes('--quick');
const rounds = quick ? 8 : 40;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function time(label: string, fn: (t: string) => unknown): void {
  for (const t of texts) fn(t); // warm up
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  const s = (performance.now() - t0) / 1000;
  const mb = (bytes * rounds) / 1e6;
  console.log(`${label.padEnd(40)}${(mb / s).toFixed(2).padStart(8)} MB/s  (${((s * 1000) / (rounds * texts.length)).toFixed(2)} ms per article)`);
}

console.log(`\ncore throughput, one core, ${texts.length} articles × ${rounds} rounds (${((bytes * rounds) / 1e6).toFixed(2)} MB)`);
time('tokenize', (t) => tokenize(t));
time('figures detector (after tokenize)', (t) => detectFigures(emptyContext(t, tokenize(t))));
time('whole analysis (analyse)', (t) => analyse(t));
