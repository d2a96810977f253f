// The headline-pair evaluation (test/stories/headlines/pairs.tsv): invented
// pairs of Arabic headlines, each pair one story folder of two one-line
// articles (a.txt, b.txt: two outlets), labelled contradiction, agree or none
// (not comparable: another measure, a part and its whole, another place, an
// update, another year). Scored through the same adapter as the stories
// (pairs.ts): a contradiction is found when a warning joins the two figures
// named in the list; every other warning is wrong, and a warning in a folder
// labelled agree or none is a trap (the folder should be silent).
import fs from 'node:fs';
import path from 'node:path';
import { LISTS } from './expected.js';
import { analyseArticle, storyPairs, type FoundPair, type PairSide } from './pairs.js';

export const HEADLINES = path.join(LISTS, 'headlines/pairs.tsv');

export interface HeadlinePair {
  id: string;
  label: 'contradiction' | 'agree' | 'none';
  why: string;
  a: string;
  b: string;
  figA: string;
  figB: string;
}

export function loadHeadlines(file = HEADLINES): HeadlinePair[] {
  const out: HeadlinePair[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, label, why, a, b, figA, figB] = line.split('\t');
    if (!id || !a || !b || !['contradiction', 'agree', 'none'].includes(label ?? '')) throw new Error(`headlines: bad line ${line}`);
    const p: HeadlinePair = { id, label: label as HeadlinePair['label'], why: why ?? '', a, b, figA: figA ?? '', figB: figB ?? '' };
    if (p.label === 'contradiction' && (!a.includes(p.figA) || !b.includes(p.figB) || !p.figA || !p.figB)) throw new Error(`headlines: ${id} names a figure its headline does not hold`);
    out.push(p);
  }
  return out;
}

export interface HeadlineResult {
  pair: HeadlinePair;
  found: FoundPair[];
  /** The expected contradiction was reported (contradiction pairs only). */
  matched: boolean;
  /** Warnings that are not the expected one. */
  wrong: FoundPair[];
}

export interface HeadlineScore {
  results: HeadlineResult[];
  expected: number;
  matched: number;
  found: number;
  correct: number;
  wrong: number;
  /** Folders labelled agree or none with a warning. */
  traps: number;
  recall: number;
  precision: number;
}

const overlaps = (s: PairSide, file: string, text: string, fig: string) => {
  if (s.file !== file) return false;
  const at = text.indexOf(fig);
  return at >= 0 && s.start < at + fig.length && at < s.end;
};

export function scoreHeadline(p: HeadlinePair): HeadlineResult {
  const found = storyPairs([analyseArticle('a.txt', p.a), analyseArticle('b.txt', p.b)]).filter((x) => x.kind === 'contradiction');
  const isExpected = (x: FoundPair) =>
    p.label === 'contradiction' &&
    ((overlaps(x.a, 'a.txt', p.a, p.figA) && overlaps(x.b, 'b.txt', p.b, p.figB)) || (overlaps(x.b, 'a.txt', p.a, p.figA) && overlaps(x.a, 'b.txt', p.b, p.figB)));
  const matched = found.some(isExpected);
  return { pair: p, found, matched, wrong: found.filter((x) => !isExpected(x)) };
}

export function scoreHeadlines(pairs = loadHeadlines()): HeadlineScore {
  const results = pairs.map(scoreHeadline);
  const expected = pairs.filter((p) => p.label === 'contradiction').length;
  const matched = results.filter((r) => r.matched).length;
  const found = results.reduce((n, r) => n + r.found.length, 0);
  const wrong = results.reduce((n, r) => n + r.wrong.length, 0);
  const traps = results.filter((r) => r.pair.label !== 'contradiction' && r.found.length > 0).length;
  const correct = found - wrong;
  return { results, expected, matched, found, correct, wrong, traps, recall: expected ? matched / expected : 1, precision: found ? correct / found : 1 };
}

/** One line per problem: a missed contradiction, a wrong warning. */
export function describeHeadline(r: HeadlineResult): string[] {
  const side = (s: PairSide) => `${s.file} «${s.text}»`;
  const out: string[] = [];
  if (r.pair.label === 'contradiction' && !r.matched) out.push(`${r.pair.id}: missing ${r.pair.figA} / ${r.pair.figB}`);
  for (const w of r.wrong) out.push(`${r.pair.id} (${r.pair.label}${r.pair.why ? ' ' + r.pair.why : ''}): wrong ${side(w.a)} vs ${side(w.b)} [${w.measure} ${w.group}]`);
  return out;
}
