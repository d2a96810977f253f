// The whole a part is counted from: «إجلاء 208 من أصل 252 عاملا»، «208 عمال
// أجلوا من بين 252». The second figure is how many were there, not how many
// the first's verb befell: read with that verb, two figures of one sentence
// would be two counts of one measure, a contradiction with itself. It is a
// plain count of its group instead (claims/detect.ts). Words:
// data/claims/context.json wholeOf.

import { isTransparent, longestAt, WHOLE_OF } from './lexicon.js';
import type { FigureAt, Scan } from './scan.js';

/** How many words may stand between the part's figure and the phrase (208 عمال أجلوا من بين 252). */
const PART_WORDS = 3;

/** Is the figure the whole of a count right before it in its clause (208 من أصل 252)? */
export function isWholeOf(scan: Scan, f: FigureAt): boolean {
  const { ctx } = scan;
  // the phrase's first word, ending right before the figure
  let start = -1;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < 3; i--) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || scan.figureOf[i]! >= 0) break;
    const m = longestAt(ctx, i, WHOLE_OF, f.first);
    if (m && nextWord(scan, m.end) === f.first) {
      start = i;
      break;
    }
    words++;
  }
  if (start < 0) return false;
  // a count within a few words before it, no punctuation between
  for (let i = start - 1, words = 0; i >= f.sentence.first && words <= PART_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    const t = ctx.tokens[i]!;
    const fig = scan.figureOf[i]!;
    if (fig >= 0) return ctx.figures[fig]!.kind === 'count';
    if (t.type !== 'word') return false;
    words++;
  }
  return false;
}

function nextWord(scan: Scan, i: number): number {
  while (i < scan.ctx.tokens.length && isTransparent(scan.ctx, i)) i++;
  return i;
}
