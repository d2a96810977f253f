// An interim reading: a share or a unit quantity told of part of the day or of
// a count still running (نسبة المشاركة بلغت 27 % حتى الساعة الثالثة، مشاركة
// بـ 20 % منتصف النهار، 90 ملم من الأمطار حتى الآن). Like a preliminary toll
// (claims/earlier-count.ts), a higher final figure of the same thing is its
// update (story/revision.ts), not a contradiction; a lower one still is.
// Words: data/claims/unit-readings.json interimWords.

import { isTransparent, longestAt } from './lexicon.js';
import { phraseBefore } from './measure.js';
import { INTERIM_WORDS } from './unit-readings.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

/** How many words before / after the figure the words may stand. */
const BEFORE_WORDS = 8;
const AFTER_WORDS = 6;

/** Is the figure an interim reading by its own clause? */
export function isInterimReading(scan: Scan, f: FigureAt): boolean {
  if (phraseBefore(scan, f, INTERIM_WORDS, BEFORE_WORDS) !== null) return true;
  const { ctx } = scan;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < ctx.tokens.length && words < AFTER_WORDS; i++) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) {
      // a percent sign or a comma does not end the clause; a stop does
      const t = ctx.tokens[i]!.text;
      if (t === '.' || t === '؟' || t === '!' || t === '؛') break;
      continue;
    }
    if (scan.figureOf[i]! >= 0 && scan.figureOf[i] !== f.index) break;
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, INTERIM_WORDS)) return true;
    words++;
  }
  return false;
}
