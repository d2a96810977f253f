// Bodies recovered are the dead: «انتشلت فرق الإنقاذ 22 ناجيا و18 جثة» and
// «انتشال جثث ثمانية أشخاص» count the killed, as «مقتل 18» does. The noun of
// bodies is after the figure (18 جثة) or right before it (جثث ثمانية), and a
// word of recovery stands before it in its clause or right after the noun (48 جثة انتشلت) (figures of the same list
// may lie between: 22 ناجيا و18 جثة). Bodies found (العثور على 12 جثة، عثرت
// الشرطة على 12 جثة) are the dead too; people found alive stay `found`.
// Words in data/claims/measures.json bodies.

import { BODY_INCREMENTS, BODY_NOUNS, BODY_RECOVERY, isTransparent, longestAt } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

/** How many words back the recovery word may stand. */
const RECOVERY_WORDS = 8;

/** Is the figure a count of bodies recovered (the killed)? */
export function recoveredBodies(scan: Scan, at: FigureAt): boolean {
  const { ctx } = scan;
  const next = nextWord(scan, at.last + 1);
  const prev = prevWord(scan, at.first - 1);
  const noun = (next >= 0 && longestAt(ctx, next, BODY_NOUNS)) || (prev >= 0 && longestAt(ctx, prev, BODY_NOUNS, at.first));
  if (!noun) return false;
  // بعد العثور على 3 جثث جديدة: some more of a toll told elsewhere, no toll
  const more = nextWord(scan, noun.end > at.last ? noun.end : at.last + 1);
  if (more >= 0 && longestAt(ctx, more, BODY_INCREMENTS)) return false;
  // 48 جثة انتشلت، جثث 61 مهاجرا انتشلت: the recovery right after the noun, or after the counted noun that follows the figure
  const from = noun.end > at.last ? noun.end : at.last + 1;
  for (let i = nextWord(scan, from), n = 0; i >= 0 && n < 2; i = nextWord(scan, i + 1), n++) {
    if (longestAt(ctx, i, BODY_RECOVERY)) return true;
    if (scan.figureOf[i]! >= 0) break;
  }
  for (let i = at.first - 1, words = 0; i >= at.sentence.first && words < RECOVERY_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) return false;
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, BODY_RECOVERY, at.first)) return true;
    words++;
  }
  return false;
}

function nextWord(scan: Scan, i: number): number {
  while (i < scan.ctx.tokens.length && isTransparent(scan.ctx, i)) i++;
  return i < scan.ctx.tokens.length && scan.ctx.tokens[i]!.type === 'word' ? i : -1;
}

function prevWord(scan: Scan, i: number): number {
  while (i >= 0 && isTransparent(scan.ctx, i)) i--;
  return i >= 0 && scan.ctx.tokens[i]!.type === 'word' ? i : -1;
}
