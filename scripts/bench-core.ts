// Core throughput: MB/s of Arabic news through the whole analysis and through
// each detector, on the corpus repeated (40 rounds, about 1 MB). The whole
// analysis is timed first, from a cold start (the JIT compiler still warming
// up), and last, warmed up. Each detector is timed alone, on contexts already
// carrying what the stages before it found (prepared outside the clock).
// Then a linearity check: the whole analysis of one long text at 1× and 8×
// the size (about 1 and 8 MB); equal MB/s means time linear in size.
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../server/src/core/analyse.js';
import { detectAttributions, linkSources } from '../server/src/core/attributions/detect.js';
import { extractClaims } from '../server/src/core/claims/extract.js';
import { detectFigures } from '../server/src/core/figures/detect.js';
import { emptyContext, type DocContext } from '../server/src/core/parse/context.js';
import { tokenize } from '../server/src/core/parse/tokenize.js';
import { detectPlaces } from '../server/src/core/places/detect.js';
import { Gazetteer } from '../server/src/core/places/gazetteer.js';
import { articleVoice } from '../server/src/core/plugins.js';

const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/kirkuk-2016');
const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
const quick = process.argv.includes('--quick');
const rounds = quick ? 8 : 40;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const gazetteer = Gazetteer.load();

function report(label: string, bytesDone: number, ms: number, items: number): void {
  const mbs = bytesDone / 1e6 / (ms / 1000);
  console.log(`${label.padEnd(40)}${mbs.toFixed(2).padStart(8)} MB/s  (${(ms / items).toFixed(2)} ms per article)`);
}

/** Times fn over every text, `rounds` times; prepare (untimed) makes its input. */
function time<I>(label: string, prepare: (t: string) => I, fn: (input: I) => unknown): void {
  for (const t of texts) fn(prepare(t)); // warm up
  let ms = 0;
  for (let r = 0; r < rounds; r++) {
    const inputs = texts.map(prepare);
    const t0 = performance.now();
    for (const input of inputs) fn(input);
    ms += performance.now() - t0;
  }
  report(label, bytes * rounds, ms, rounds * texts.length);
}

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

console.log(`\ncore throughput, one core, ${texts.length} articles × ${rounds} rounds (${((bytes * rounds) / 1e6).toFixed(2)} MB)`);
// the whole analysis first, before the stage lines below have warmed its code:
// this includes the JIT compiler's warm-up (and is the noisiest line)
time('whole analysis, cold start', (t) => t, (t) => analyse(t));
time('tokenize', (t) => t, (t) => tokenize(t));
time('places detector (after tokenize)', tokenized, (ctx) => detectPlaces(ctx, gazetteer));
time('figures detector (after places)', withPlaces, (ctx) => detectFigures(ctx));
time('attributions detector (after figures)', withFigures, (ctx) => {
  ctx.attributions = detectAttributions(ctx);
  linkSources(ctx, articleVoice(ctx, undefined));
});
time('claims (after attributions)', withAttributions, (ctx) => extractClaims(ctx));
time('whole analysis (analyse), warmed up', (t) => t, (t) => analyse(t));

const base = Array.from({ length: Math.ceil(1e6 / bytes) }, () => texts.join('\n\n')).join('\n\n');
const sizes = [1, 8];
const rates = sizes.map((k) => {
  const doc = Array.from({ length: k }, () => base).join('\n\n');
  const b = Buffer.byteLength(doc);
  const t0 = performance.now();
  analyse(doc);
  return { k, mb: b / 1e6, rate: b / 1e6 / ((performance.now() - t0) / 1000) };
});
console.log(`linearity (one document): ${rates.map((r) => `${r.k}× ${r.mb.toFixed(1)} MB ${r.rate.toFixed(2)} MB/s`).join('   ')}   ratio ${(rates[1]!.rate / rates[0]!.rate).toFixed(2)}`);
