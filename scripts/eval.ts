// npm run eval: contradiction pairs against the acceptance lists
// (test/stories/<ID>/EXPECTED.md) for each story and in total, the
// attribution scores on the annotated stories, then the detectors' scores on
// the Wojood sample (places, figures and dates; the scripts that measure them).
// Matching rules: docs/evaluation.md. Options: --details (every wrong pair,
// missed contradiction, trap hit and attribution error), --no-wojood,
// --story ID (only that story).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Articles, isInvented, loadInvented, loadLists, ROOT, SHARED, storyDir } from './eval/expected.js';
import { analyseArticle, storyIndex, storyPairs, type Article } from './eval/pairs.js';
import { describePair, scoreStory, trapsHit, type StoryScore } from './eval/score.js';
import { prf, scoreAttributions, type AttributionScore } from './eval/attributions.js';
import { describeHeadline, scoreHeadlines } from './eval/headlines.js';

const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.includes('--story') ? args[args.indexOf('--story') + 1] : undefined;

// the invented stories (test/stories/invented) carry their articles, so they are measured without ../shared
const shared = fs.existsSync(SHARED);
if (!shared) console.log(`eval: ${SHARED} is absent (the shared corpora); only the invented stories are measured\n`);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const rows: { s: StoryScore; a: AttributionScore; dev: boolean; invented: boolean; topic: TopicScore }[] = [];
/** The off-topic decision (core/story/off-topic.ts) against the lists' "offTopic": true and false positives. */
interface TopicScore {
  said: number;
  listed: number;
  right: number;
  wrong: string[];
  missed: string[];
}
for (const list of [...(shared ? loadLists() : []), ...loadInvented()]) {
  if (only && list.story !== only) continue;
  const articles = new Articles(storyDir(list));
  const analysed: Article[] = articles.files().map((f) => analyseArticle(f, articles.text(f)));
  const index = storyIndex(analysed);
  const s = scoreStory(list, articles, storyPairs(analysed, index));
  const a = scoreAttributions(list, new Map(analysed.map((x) => [x.file, x])));
  const listed = new Set(list.offTopic.map((o) => o.file));
  const said = analysed.map((x) => x.file).filter((f) => index.offTopic(f));
  const topic: TopicScore = { said: said.length, listed: listed.size, right: said.filter((f) => listed.has(f)).length, wrong: said.filter((f) => !listed.has(f)), missed: [...listed].filter((f) => !index.offTopic(f)) };
  rows.push({ s, a, dev: list.corpus.startsWith('stories-dev/'), invented: isInvented(list), topic });
}

console.log('Contradiction pairs against the acceptance lists (test/stories/*/EXPECTED.md)\n');
console.log('story          found  updates  expected  matched  recall  correct  wrong  precision  stretch  traps hit (pairs)');
const line = (name: string, s: Omit<StoryScore, 'story' | 'wrong' | 'missing' | 'traps'> & { wrong: number; traps: number; trapIds: number }) =>
  console.log(
    `${name.padEnd(14)} ${String(s.found).padStart(5)}  ${String(s.updates).padStart(7)}  ${String(s.expected).padStart(8)}  ${String(s.matched).padStart(7)}  ${pct(s.expected ? s.matched / s.expected : 1)}  ${String(s.correct).padStart(7)}  ${String(s.wrong).padStart(5)}  ${pct(s.found ? s.correct / s.found : 1).padStart(9)}  ${`${s.stretchMatched}/${s.stretch}`.padStart(7)}  ${s.trapIds} (${s.traps})`,
  );
const flat = (s: StoryScore) => ({ ...s, wrong: s.wrong.length, traps: new Set(s.traps.map((t) => t.pair)).size, trapIds: trapsHit(s).length });
for (const { s } of rows.filter((r) => !r.invented)) line(s.story, flat(s));
const sum = (xs: StoryScore[]) => {
  const f = xs.map(flat);
  const add = (k: keyof (typeof f)[number]) => f.reduce((n, x) => n + (x[k] as number), 0);
  return { found: add('found'), updates: add('updates'), expected: add('expected'), matched: add('matched'), correct: add('correct'), wrong: add('wrong'), stretch: add('stretch'), stretchMatched: add('stretchMatched'), traps: add('traps'), trapIds: add('trapIds') };
};
const dev = rows.filter((r) => r.dev).map((r) => r.s);
const invented = rows.filter((r) => r.invented).map((r) => r.s);
const summary = (t: ReturnType<typeof sum>) =>
  `recall ${pct(t.expected ? t.matched / t.expected : 1)} % (target ≥ 80), pair precision ${pct(t.found ? t.correct / t.found : 1)} % (target ≥ 90), traps hit ${t.trapIds} (target 0)`;
if (!only && shared) {
  line('total (dev)', sum(dev));
  line('total (all)', sum(rows.filter((r) => !r.invented).map((r) => r.s)));
  console.log(`\nDev stories: ${summary(sum(dev))}`);
}
// held out: written without reading the detectors, never tuned on (docs/evaluation.md)
if (invented.length) {
  console.log('\nInvented stories (test/stories/invented: our own articles, held out)\n');
  for (const s of invented) line(s.story, flat(s));
  if (!only) line('total (invented)', sum(invented));
  console.log(`\nInvented stories: ${summary(sum(invented))}`);
}
for (const { s } of rows) {
  if (s.missing.length) console.log(`  ${s.story}: missing ${s.missing.join(', ')}`);
  if (!details) continue;
  for (const p of s.wrong) console.log(`  ${s.story}: wrong  ${describePair(p)}`);
  for (const t of s.traps) console.log(`  ${s.story}: trap ${t.trap} (${t.why})  ${describePair(t.pair)}`);
}

if (!only) {
  // invented headline pairs, two one-line articles each (test/stories/headlines/pairs.tsv)
  const h = scoreHeadlines();
  console.log(`\nHeadline pairs (test/stories/headlines/pairs.tsv): ${h.results.length} pairs, ${h.expected} contradictions; found ${h.found}, matched ${h.matched}, wrong ${h.wrong}`);
  console.log(`Headlines: recall ${pct(h.recall)} % (target ≥ 80), pair precision ${pct(h.precision)} % (target ≥ 90), traps (agree or not-comparable pairs with a warning) ${h.traps} (target 0)`);
  if (details) for (const r of h.results) for (const l of describeHeadline(r)) console.log(`  ${l}`);
}

console.log('\nOff-topic articles (an article about another event: its figures are not compared), against the lists\' "offTopic"\n');
console.log('story          listed  said  right  wrong (on-topic articles set apart)');
const topicTotal = { listed: 0, said: 0, right: 0 };
for (const { s, topic: t } of rows) {
  if (!t.listed && !t.said) continue;
  console.log(`${s.story.padEnd(14)} ${String(t.listed).padStart(6)}  ${String(t.said).padStart(4)}  ${String(t.right).padStart(5)}  ${t.wrong.join(', ')}`);
  if (details && t.missed.length) console.log(`  missed: ${t.missed.join(', ')}`);
  topicTotal.listed += t.listed;
  topicTotal.said += t.said;
  topicTotal.right += t.right;
}
const tm = prf(topicTotal.right, topicTotal.said, topicTotal.listed);
console.log(`${'total'.padEnd(14)} ${String(topicTotal.listed).padStart(6)}  ${String(topicTotal.said).padStart(4)}  ${String(topicTotal.right).padStart(5)}   precision ${pct(tm.p)} %, recall ${pct(tm.r)} %`);

console.log('\nAttribution sources on the annotated articles (gold: the lists\' "attributions")\n');
console.log('story          gold  found  correct  cue found     P      R     F1');
const attrTotal = { gold: 0, found: 0, correct: 0, cueFound: 0 };
for (const { s, a } of rows) {
  if (!a.gold) continue;
  const m = prf(a.correct, a.found, a.gold);
  console.log(`${s.story.padEnd(14)} ${String(a.gold).padStart(4)}  ${String(a.found).padStart(5)}  ${String(a.correct).padStart(7)}  ${String(a.cueFound).padStart(9)}  ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)}`);
  for (const k of ['gold', 'found', 'correct', 'cueFound'] as const) attrTotal[k] += a[k];
  if (details) for (const x of a.misses) console.log(`  miss   ${x}`);
  if (details) for (const x of a.extras) console.log(`  extra  ${x}`);
}
const am = prf(attrTotal.correct, attrTotal.found, attrTotal.gold);
console.log(`${'total'.padEnd(14)} ${String(attrTotal.gold).padStart(4)}  ${String(attrTotal.found).padStart(5)}  ${String(attrTotal.correct).padStart(7)}  ${String(attrTotal.cueFound).padStart(9)}  ${pct(am.p)}  ${pct(am.r)}  ${pct(am.f1)}   (source F1 target ≥ 85)`);

if (!args.includes('--no-wojood') && !only && shared) {
  const run = (script: string, extra: string[] = []) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...extra], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) return `(${script} failed: ${r.stderr.trim().split('\n').pop()})`;
    return r.stdout.trim();
  };
  console.log('\nPlaces on the Wojood sample (scripts/gazetteer/eval-wojood.ts; lenient F1 target ≥ 90)\n');
  console.log(run('scripts/gazetteer/eval-wojood.ts'));
  console.log('\nFigures and dates on the Wojood sample (scripts/eval-figures-wojood.mjs)\n');
  const figs = run('scripts/eval-figures-wojood.mjs');
  console.log(figs);
  // a summary: numbers (cardinal, money, percent, quantity) and dates (date, time) recall; precision over every figure
  const stat = (type: string) => {
    const m = new RegExp(`^\\s*${type.replace(/[()]/g, '\\$&')}\\s+(\\d+)/(\\d+)`, 'm').exec(figs);
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  };
  const found = /figures found: (\d+); overlapping no gold number\/date entity: (\d+)/.exec(figs);
  if (found) {
    const [hitN, nN] = ['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY'].map(stat).reduce((a, b) => [a[0]! + b[0]!, a[1]! + b[1]!], [0, 0]);
    const [hitD, nD] = ['DATE', 'TIME'].map(stat).reduce((a, b) => [a[0]! + b[0]!, a[1]! + b[1]!], [0, 0]);
    const total = Number(found[1]);
    const p = total ? (total - Number(found[2])) / total : 1;
    const rN = nN ? hitN! / nN : 1;
    const rD = nD ? hitD! / nD : 1;
    const f1 = (r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
    console.log(`\nsummary: figure precision (overlapping a gold number or date) ${pct(p)} %; numbers R ${pct(rN)} % F1 ${pct(f1(rN))} %; dates and times R ${pct(rD)} % F1 ${pct(f1(rD))} %  (figures F1 target ≥ 85)`);
  }
}
