// «الضحايا» (GUIDELINES §4): victims are the killed and the wounded, unless
// the article tells of a deadly incident and names no wounded at all; then
// «ارتفع عدد ضحايا الحريق المميت إلى 14» counts the dead, and another
// outlet's «مقتل 9» disagrees with it.

import { DEADLY, longestAt, MEASURE_AFTER, MEASURE_BEFORE, VICTIMS } from './lexicon.js';
import { phraseBefore } from './measure.js';
import { isTransparent } from './lexicon.js';
import type { FigureAt, Scan } from './scan.js';

/** Is the figure's killed-or-wounded measure said by a victims word (before it in its clause, or its counted noun)? */
export function saidByVictims(scan: Scan, f: FigureAt): boolean {
  if (phraseBefore(scan, f, VICTIMS, 12)) return true;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < scan.ctx.tokens.length && words < 2; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (scan.ctx.tokens[i]!.type !== 'word') return false;
    if (longestAt(scan.ctx, i, VICTIMS)) return true;
    words++;
  }
  return false;
}

/** Does the article tell of deaths (a killed word, a word of deadly) and of no wounded? Read once per article. */
export function victimsAreDead(scan: Scan): boolean {
  const { ctx } = scan;
  let dead = false;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, VICTIMS)) continue;
    const m = longestAt(ctx, i, MEASURE_BEFORE)?.value ?? longestAt(ctx, i, MEASURE_AFTER)?.value;
    if (m === 'wounded' || m === 'killed-or-wounded') return false;
    dead ||= m === 'killed' || longestAt(ctx, i, DEADLY) !== null;
  }
  return dead;
}
