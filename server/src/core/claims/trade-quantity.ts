// Quantities of a thing traded or produced: «استوردت مصر 500 ألف طن من
// القمح»، «إنتاج القمح يبلغ 9 ملايين طن»، «إنتاج العراق من النفط 4.5
// مليون برميل يوميا». A mass or a volume with a word of trade before it in
// its clause (unit-readings.json trades) counts that trade of that thing:
// compared only with the same trade of the same thing, in the same unit's
// dimension (tonnes with kilograms), never imports with production nor wheat
// with grain. A rate per day (يوميا) is read over a day, apart from totals.
// Without a trade word a quantity stays no claim (one shipment among others).

import { stemOf } from './noun-stem.js';
import { isTransparent, longestAt, QUANTITY_OF_UNIT } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';
import { PER_DAY, TRADES } from './unit-readings.js';

/** How many words back the trade word may stand. */
const TRADE_WORDS = 8;
/** How many words after the figure «من» and its thing may come (طن من القمح). */
const OF_WORDS = 3;

/** The trade and thing a mass or volume counts (import:قمح, production:نفط@day), or null. */
export function tradeQuantity(scan: Scan, f: FigureAt): string | null {
  const unit = f.figure.unit;
  const dimension = unit ? QUANTITY_OF_UNIT.get(unit) : undefined;
  if (dimension !== 'mass' && dimension !== 'volume') return null;
  const { ctx } = scan;
  let trade: { value: string; end: number } | null = null;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < TRADE_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) break;
    const hit = longestAt(ctx, i, TRADES, f.first);
    if (hit) {
      trade = hit;
      break;
    }
    words++;
  }
  if (!trade) return null;
  const thing = thingOf(scan, f.last + 1, OF_WORDS, true, Math.min(f.sentence.last + 1, ctx.tokens.length)) ?? thingOf(scan, trade.end, 3, false, f.first);
  if (!thing) return null;
  return `${trade.value}:${thing}${perDay(scan, f) ? '@day' : ''}`;
}

/**
 * The thing named from token i: after «من» (طن من القمح، إنتاج العراق من النفط), or, when «من» is not
 * required, the first word (إنتاج القمح). A place is no thing (إنتاج العراق … is read on to «من»).
 */
function thingOf(scan: Scan, i: number, max: number, needsOf: boolean, end: number): string | null {
  const { ctx } = scan;
  let of = false;
  for (let words = 0; i < end && words <= max; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = ctx.tokens[i]!;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) return null;
    if (t.norm === 'من') {
      of = true;
      continue;
    }
    // إنتاج البلاد من النفط: the owner before «من», the thing after it
    if ((of || !needsOf) && scan.placeOf[i]! < 0 && t.norm.length > 2 && (of || !ofNext(scan, i + 1, end))) return stemOf(t.norm.replace(/^(ال|لل)/, ''));
    words++;
  }
  return null;
}

/** Is the next word from token i «من»? */
function ofNext(scan: Scan, i: number, end: number): boolean {
  while (i < end && isTransparent(scan.ctx, i)) i++;
  return i < end && scan.ctx.tokens[i]!.type === 'word' && scan.ctx.tokens[i]!.norm === 'من';
}

/** Does a word of a day's rate follow the figure within three words (برميل يوميا)? */
function perDay(scan: Scan, f: FigureAt): boolean {
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < scan.ctx.tokens.length && words < 4; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (scan.ctx.tokens[i]!.type !== 'word') return false;
    if (longestAt(scan.ctx, i, PER_DAY)) return true;
    words++;
  }
  return false;
}
