// Recall of the figures detector on the Wojood development sample
// (../shared/corpus/wojood-sample-dev, format in its README): for each gold
// CARDINAL, ORDINAL, DATE, TIME, MONEY, PERCENT, QUANTITY entity (outermost
// tag of the type), is there a figure overlapping it? Also how many figures
// overlap no such entity (a rough view of precision: Wojood does not tag
// every quantity, e.g. vague ones). "right kind": count/measure for
// CARDINAL, MONEY, PERCENT, QUANTITY; ordinal for ORDINAL; date for DATE, TIME.
// Run: node --import tsx scripts/eval-figures-wojood.mjs [train|val|both]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../server/src/core/analyse.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../shared/corpus/wojood-sample-dev');
const TYPES = ['CARDINAL', 'ORDINAL', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY'];
const which = process.argv[2] ?? 'both';
const parts = which === 'both' ? ['train', 'val'] : [which];

/** Sentences as { text, entities: [{type, start, end, text}] } from one file. */
function read(file) {
  const out = [];
  let toks = [];
  const flush = () => {
    if (toks.length === 0) return;
    let text = '';
    const ents = [];
    const open = new Map(); // type → entity being built
    for (const { tok, tags } of toks) {
      if (text) text += ' ';
      const start = text.length;
      text += tok;
      const end = text.length;
      const seen = new Set();
      for (const tag of tags) {
        const m = /^([BI])-(.+)$/.exec(tag);
        if (!m || !TYPES.includes(m[2]) || seen.has(m[2])) continue;
        seen.add(m[2]);
        const cur = open.get(m[2]);
        if (m[1] === 'I' && cur) cur.end = end;
        else {
          const e = { type: m[2], start, end };
          ents.push(e);
          open.set(m[2], e);
        }
      }
      for (const t of [...open.keys()]) if (!seen.has(t)) open.delete(t);
    }
    for (const e of ents) e.text = text.slice(e.start, e.end);
    out.push({ text, entities: ents });
    toks = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const [tok, ...tags] = line.trim().split(/\s+/);
    if (tok === '$#$') continue;
    toks.push({ tok, tags });
  }
  flush();
  return out;
}

const NUMERIC = /[0-9٠-٩۰-۹]/;
const stats = {};
const add = (k, hit, kindOk) => {
  stats[k] ??= { n: 0, hit: 0, kind: 0 };
  stats[k].n++;
  if (hit) stats[k].hit++;
  if (kindOk) stats[k].kind++;
};
// the figure kinds that agree with each gold type
const KINDS = { CARDINAL: ['count', 'measure'], ORDINAL: ['ordinal'], DATE: ['date'], TIME: ['date'], MONEY: ['measure'], PERCENT: ['measure'], QUANTITY: ['measure'] };
let figures = 0;
let unmatched = 0;
const misses = [];
const extras = [];
for (const part of parts) {
  for (const s of read(path.join(dir, `${part}.txt`))) {
    const figs = analyse(s.text).figures.filter((f) => f.kind !== 'identifier');
    figures += figs.length;
    for (const e of s.entities) {
      const over = figs.filter((f) => f.start < e.end && f.end > e.start);
      const hit = over.length > 0;
      const kindOk = over.some((f) => KINDS[e.type].includes(f.kind));
      add(e.type, hit, kindOk);
      if (e.type === 'DATE') add(NUMERIC.test(e.text) ? 'DATE (with digits)' : 'DATE (words only)', hit, kindOk);
      if (!hit && e.type !== 'DATE') misses.push(`${e.type}: ${e.text}`);
    }
    for (const f of figs) {
      if (!s.entities.some((e) => f.start < e.end && f.end > e.start)) {
        unmatched++;
        extras.push(`${f.kind}: ${f.text}  ‹${s.text.slice(Math.max(0, f.start - 25), f.end + 25)}›`);
      }
    }
  }
}
console.log(`Wojood ${parts.join('+')}: recall by gold type (entity overlapped by a figure)`);
for (const [k, v] of Object.entries(stats)) console.log(`  ${k.padEnd(20)} ${v.hit}/${v.n} = ${((100 * v.hit) / v.n).toFixed(1)} %   with the right kind: ${v.kind} = ${((100 * v.kind) / v.n).toFixed(1)} %`);
console.log(`figures found: ${figures}; overlapping no gold number/date entity: ${unmatched}`);
if (process.env.VERBOSE) {
  console.log('\nmissed:\n  ' + misses.join('\n  '));
  console.log('\nnot in gold:\n  ' + extras.join('\n  '));
}
