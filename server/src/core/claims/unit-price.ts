// A sum per unit of sale, as a headline prices a good without «سعر»:
// «الطماطم بـ250 دينارا للكيلوغرام» is the price of tomatoes, the figure
// «سعر الطماطم يقفز إلى 300 دينار للكيلوغرام» gives by its head
// (claims/unit-claim.ts). Only a definite noun right before «بـ», the unit
// of sale right after the sum (data/claims/unit-readings.json perUnit): a
// change (ارتفع بـ50 دينارا) or a sum with no unit of sale stays a bare sum.

import { isTransparent, longestAt, QUANTITY_OF_UNIT } from './lexicon.js';
import { CHANGE_WORDS, PER_UNIT } from './unit-readings.js';
import type { FigureAt, Scan } from './scan.js';

/** The thing a sum per unit of sale prices (price:طماطم), or null. */
export function pricePerUnit(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  const unit = f.figure.unit;
  if (!unit || QUANTITY_OF_UNIT.get(unit) !== 'money') return null;
  // the unit of sale: the first word after the sum's own words (دينارا), at most two of them
  let sale = false;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < ctx.tokens.length && words < 3; i++) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || scan.figureOf[i]! >= 0) break;
    if (longestAt(ctx, i, PER_UNIT)) {
      sale = true;
      break;
    }
    words++;
  }
  if (!sale) return null;
  // «بـ» right before the figure: written on its first token or as a word of its own
  const own = ctx.tokens[f.first]!;
  let i = f.first - 1;
  while (i >= f.sentence.first && isTransparent(ctx, i)) i--;
  if (!(own.start < f.figure.start && own.norm.startsWith('ب'))) {
    if (i < f.sentence.first || !/^بـ*$/.test(ctx.tokens[i]!.text)) return null;
    i--;
    while (i >= f.sentence.first && isTransparent(ctx, i)) i--;
  }
  const t = ctx.tokens[i];
  if (!t || i < f.sentence.first || t.type !== 'word' || scan.figureOf[i]! >= 0 || scan.placeOf[i]! >= 0) return null;
  if (!t.norm.startsWith('ال') || longestAt(ctx, i, CHANGE_WORDS)) return null;
  return `price:${t.norm.replace(/^ال(?=..)/, '')}`;
}
