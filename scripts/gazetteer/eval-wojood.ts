// Measures the places detector on the hand-tagged Wojood sample
// (../shared/corpus/wojood-sample-dev, README there): precision, recall, F1
// of GPE + LOC spans mapped to Isnad's conventions (trigger nouns and
// proclitics out of the span). Strict: same end, same start or just after
// proclitics. Lenient: the spans overlap (a trigger, an adjective or a
// nested name on one side only: قرية X المدمرة against X), one to one.
// Run: npx tsx scripts/gazetteer/eval-wojood.ts [--errors]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../server/src/core/analyse.js';
import { readings } from '../../server/src/core/places/clitics.js';
import { trigger } from '../../server/src/core/places/lexicon.js';
import { normalize } from '../../server/src/core/text/normalize.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(here, '../../../shared/corpus/wojood-sample-dev');
const PLACE_TAGS = new Set(['GPE', 'LOC']);

interface Gold {
  start: number;
  end: number;
}

interface Doc {
  text: string;
  gold: Gold[];
}

/** One document per sentence: tokens joined by spaces, $#$ as a line break. */
function read(file: string): Doc[] {
  const docs: Doc[] = [];
  for (const block of fs.readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    let text = '';
    const gold: Gold[] = [];
    const open = new Map<string, { start: number; end: number; tokens: number[] }>();
    const starts: number[] = [];
    const ends: number[] = [];
    for (const line of block.split('\n')) {
      const parts = line.trim().split(/\s+/);
      if (!parts[0]) continue;
      const [tok, ...tags] = parts;
      if (tok === '$#$') {
        for (const [, s] of open) gold.push(s);
        open.clear();
        text += '\n';
        continue;
      }
      if (text && !text.endsWith('\n')) text += ' ';
      const start = text.length;
      text += tok;
      const end = text.length;
      starts.push(start);
      ends.push(end);
      const seen = new Set<string>();
      tags.forEach((tag, level) => {
        const m = /^([BI])-(\w+)$/.exec(tag);
        if (!m || !PLACE_TAGS.has(m[2]!)) return;
        const key = `${m[2]}:${level}`;
        seen.add(key);
        const cur = open.get(key);
        if (m[1] === 'I' && cur) cur.end = end;
        else {
          if (cur) gold.push(cur);
          open.set(key, { start, end, tokens: [] });
        }
      });
      for (const [key, s] of [...open]) if (!seen.has(key)) {
        gold.push(s);
        open.delete(key);
      }
    }
    for (const [, s] of open) gold.push(s);
    if (text.trim()) docs.push({ text, gold: toConventions(text, gold) });
  }
  return docs;
}

const CLITICS = /^(و|ف)?(ب|ل|ك)?$/;

/** Gold spans with leading trigger nouns left out (قرية المجدل → المجدل), deduplicated. */
function toConventions(text: string, gold: Gold[]): Gold[] {
  const out = new Map<string, Gold>();
  for (const g of gold) {
    let start = g.start;
    for (;;) {
      const sp = text.indexOf(' ', start);
      if (sp < 0 || sp >= g.end) break;
      // a trigger noun, maybe with proclitics (بمدينة), never with the article (اللواء الشمالي is a name)
      const bare = readings(normalize(text.slice(start, sp))).find((r) => trigger(r.key) && !r.key.startsWith('ال'));
      if (!bare) break;
      start = sp + 1;
    }
    out.set(`${start}:${g.end}`, { start, end: g.end });
  }
  return [...out.values()];
}

/** Same end, and the predicted start is the gold start or just after its proclitics. */
function matches(p: Gold, g: Gold, text: string): boolean {
  if (p.end !== g.end) return false;
  if (p.start === g.start) return true;
  if (p.start < g.start) return false;
  const lead = normalize(text.slice(g.start, p.start));
  return CLITICS.test(lead) || lead === 'لل' || /^(و|ف)لل$/.test(lead);
}

const showErrors = process.argv.includes('--errors');
const overlaps = (p: Gold, g: Gold) => p.start < g.end && g.start < p.end;
let ltp = 0;
let lpred = 0;
let lgold = 0;
let tp = 0;
let fp = 0;
let fn = 0;
const fps: string[] = [];
const fns: string[] = [];
for (const part of ['train.txt', 'val.txt']) {
  let ptp = 0;
  let pfp = 0;
  let pfn = 0;
  for (const doc of read(path.join(DIR, part))) {
    const pred = analyse(doc.text).places.map((p) => ({ start: p.start, end: p.end, via: p.via }));
    const lused = new Set<number>();
    for (const p of pred) {
      const k = doc.gold.findIndex((g, i) => !lused.has(i) && overlaps(p, g));
      if (k >= 0) lused.add(k);
    }
    ltp += lused.size;
    lpred += pred.length;
    lgold += doc.gold.length;
    const used = new Set<number>();
    for (const p of pred) {
      const k = doc.gold.findIndex((g, i) => !used.has(i) && matches(p, g, doc.text));
      if (k >= 0) {
        used.add(k);
        ptp++;
      } else {
        pfp++;
        fps.push(`FP ${p.via}: «${doc.text.slice(p.start, p.end)}» … ${doc.text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\n/g, ' ')}`);
      }
    }
    doc.gold.forEach((g, i) => {
      if (used.has(i)) return;
      pfn++;
      fns.push(`FN: «${doc.text.slice(g.start, g.end)}» … ${doc.text.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\n/g, ' ')}`);
    });
  }
  const P = ptp / (ptp + pfp || 1);
  const R = ptp / (ptp + pfn || 1);
  console.log(`${part}: gold ${ptp + pfn}, predicted ${ptp + pfp}, correct ${ptp}  P ${(100 * P).toFixed(1)}  R ${(100 * R).toFixed(1)}  F1 ${((200 * P * R) / (P + R || 1)).toFixed(1)}`);
  tp += ptp;
  fp += pfp;
  fn += pfn;
}
const P = tp / (tp + fp || 1);
const R = tp / (tp + fn || 1);
console.log(`all: P ${(100 * P).toFixed(1)}  R ${(100 * R).toFixed(1)}  F1 ${((200 * P * R) / (P + R || 1)).toFixed(1)}`);
const LP = ltp / (lpred || 1);
const LR = ltp / (lgold || 1);
console.log(`all, lenient (overlap): P ${(100 * LP).toFixed(1)}  R ${(100 * LR).toFixed(1)}  F1 ${((200 * LP * LR) / (LP + LR || 1)).toFixed(1)}`);
if (showErrors) console.log([...fps, ...fns].join('\n'));
