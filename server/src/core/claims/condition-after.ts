// People taken to hospital «بحالات اختناق» are the wounded: a figure with a
// counted noun, then ب and a condition of data/claims/conditions.json within a
// few words of its clause (نقل 700 شخص إلى المستشفيات بحالات اختناق), says what
// befell them as «1000 حالة اختناق» does. Another figure, a clause break or a
// word of another measure first ends the search.

import data from '../data/claims/conditions.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, type Phrase } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

const CONDITIONS: Phrase<string>[] = data.phrases
  .map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: data.measure }))
  .sort((a, b) => b.words.length - a.words.length);

/** The measure of a condition named with ب after the figure's counted people, or null. */
export function conditionAfter(scan: Scan, f: FigureAt): string | null {
  const counted = f.figure.counted;
  if (!counted) return null;
  const { ctx } = scan;
  const toks = ctx.tokens;
  for (let i = f.last + 1, words = 0, end = Math.min(f.sentence.last, toks.length - 1); i <= end && words < data.words; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = toks[i]!;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) return null;
    // the counted noun itself (700 شخص) is no word of the search
    if (t.end <= counted.end && t.start >= counted.start) continue;
    if (t.norm.startsWith('ب')) {
      const c = longestAt(ctx, i, CONDITIONS);
      if (c) return c.value;
    }
    if (longestAt(ctx, i, MEASURE_AFTER) || longestAt(ctx, i, MEASURE_BEFORE)) return null;
    words++;
  }
  return null;
}
