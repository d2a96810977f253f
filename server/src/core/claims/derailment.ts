// Wagons that left the rails are derailed, not evacuated: «خرجت 11 عربة من
// القطار عن القضبان», «25 عربة خرجت عن القضبان», «خروج 18 عربة عن السكة».
// A verb of leaving right before the figure or right after its counted noun,
// and a word of the rails after it in its clause. Words in
// data/claims/derailments.json.

import data from '../data/claims/derailments.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { isTransparent, longestAt, type Phrase } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

const phrases = (list: string[]): Phrase<string>[] =>
  list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: 'derailed' })).sort((a, b) => b.words.length - a.words.length);
const VERBS = phrases(data.verbs);
const TAILS = phrases(data.tails);

/** The measure of derailed wagons. */
export const DERAILED = 'derailed';
/** What it counts: a train's wagons, whatever noun the clause gives them (عربة، قاطرة). */
export const WAGONS = 'wagons';

/** The next word token from i in the figure's sentence (spaces and quotes stepped over), or -1. */
function wordFrom(scan: Scan, f: FigureAt, i: number, step: 1 | -1): number {
  for (; i >= f.sentence.first && i <= f.sentence.last && i < scan.ctx.tokens.length; i += step) {
    if (isTransparent(scan.ctx, i)) continue;
    return scan.ctx.tokens[i]!.type === 'word' && scan.figureOf[i]! < 0 ? i : -1;
  }
  return -1;
}

/** Is the figure a count of wagons that left the rails? */
export function derailed(scan: Scan, f: FigureAt): boolean {
  const counted = f.figure.counted;
  if (f.figure.kind !== 'count' || f.figure.unit || !counted) return false;
  const { ctx } = scan;
  const before = wordFrom(scan, f, f.first - 1, -1);
  // the counted noun's last token, then the word after it
  let noun = f.last;
  while (noun + 1 < ctx.tokens.length && ctx.tokens[noun + 1]!.start < counted.end) noun++;
  const after = wordFrom(scan, f, noun + 1, 1);
  if (!(before >= 0 && longestAt(ctx, before, VERBS, f.first)) && !(after >= 0 && longestAt(ctx, after, VERBS))) return false;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < ctx.tokens.length && words < data.window; i++) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) return false;
    if (longestAt(ctx, i, TAILS)) return true;
    words++;
  }
  return false;
}
