// A count of more of what was counted before: «الإفراج عن 9 رهائن آخرين»,
// «ومقتل 3 آخرين». With no figure of another measure before it (whose
// people «the others» would be other than: قتل 9 وأصيب 31 آخرون), it adds to
// a total told elsewhere, so it is some of that total, a part, never the
// whole another outlet's total denies.

import { isTransparent, longestAt, OTHERS } from './lexicon.js';
import type { FigureAt, Scan } from './scan.js';

/** How many words (its counted noun) may stand between the figure and «آخرين». */
const GAP = 1;

/** Is the figure followed, within its counted noun's words, by a word of «others» (آخرين، أخرى، أخريات)? */
export function othersAfter(scan: Scan, f: FigureAt): boolean {
  const { ctx } = scan;
  for (let i = f.last + 1, words = 0; i < f.sentence.last && i < ctx.tokens.length && words <= GAP; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = ctx.tokens[i]!;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0) return false;
    if (longestAt(ctx, i, OTHERS)) return true;
    words++;
  }
  return false;
}
