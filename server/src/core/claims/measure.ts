// What a figure measures (GUIDELINES §4): killed, wounded, killed-or-wounded,
// arrested, displaced … from the counted noun or the verb right after the
// figure (30 قتيلا وجريحا، 9 أشخاص قتلوا), else from the verb or noun
// before it in its clause (مقتل سبعة، أصيب 40); distance, duration … from
// its unit.

import { normalize } from '../text/normalize.js';
import { CLAUSE_STARTS, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, PARENTHETICALS, PARTICLES, UNIT_MEASURES, UPDATE_CUES, wordMatches, type Phrase } from './lexicon.js';
import { isClauseBreak, isWord, type FigureAt, type Scan } from './scan.js';

/** How many words after the figure may carry its measure (counted noun, then verb). */
const AFTER_WORDS = 2;
/** How many words before the figure are searched for a verb or noun. */
const BEFORE_WORDS = 5;

/** The measure said by the figure's own words or the two words after it. */
export function measureAfter(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  const toks = ctx.tokens;
  // the figure's own words first: قتيلان is figure and noun at once
  for (let i = f.first; i <= f.last; i++) {
    if (!isWord(scan, i)) continue;
    const m = longestAt(ctx, i, MEASURE_AFTER);
    if (m) return m.value;
  }
  let words = 0;
  for (let i = f.last + 1; i < f.sentence.last && words < AFTER_WORDS; i++) {
    if (isTransparent(ctx, i)) continue;
    if (toks[i]!.type !== 'word') break;
    if (scan.figureOf[i]! >= 0) break;
    const m = longestAt(ctx, i, MEASURE_AFTER);
    if (m) return m.value;
    if (!longestAt(ctx, i, PARTICLES)) words++;
  }
  return null;
}

/**
 * Walks back from the figure over the words of its clause, nearest first.
 * A comma-bracketed aside (، وفق الشرطة العراقية،) is stepped over; another
 * figure, a clause break or the complementiser of reported speech ends the walk.
 */
export function* wordsBefore(scan: Scan, f: FigureAt, max = BEFORE_WORDS): Generator<number> {
  const { ctx } = scan;
  const toks = ctx.tokens;
  let words = 0;
  for (let i = f.first - 1; i >= f.sentence.first && words < max; i--) {
    if (isTransparent(ctx, i)) continue;
    const t = toks[i]!;
    if (t.type === 'punct') {
      const aside = asideBefore(scan, i, f.sentence.first);
      if (aside < 0) return;
      i = aside;
      continue;
    }
    if (t.type !== 'word' || scan.figureOf[i]! >= 0) return;
    yield i;
    if (longestAt(ctx, i, CLAUSE_STARTS)) return;
    words++;
  }
}

/** If the comma at i closes an aside that opens with a listed word, the opening comma; else -1. */
function asideBefore(scan: Scan, i: number, floor: number): number {
  const toks = scan.ctx.tokens;
  if (!/^[،,]$/.test(toks[i]!.text)) return -1;
  for (let j = i - 1, words = 0; j >= floor && words < 6; j--) {
    const t = toks[j]!;
    if (t.type === 'space') continue;
    if (t.type === 'punct') {
      if (!/^[،,]$/.test(t.text)) return -1;
      let k = j + 1;
      while (k < i && isTransparent(scan.ctx, k)) k++;
      return longestAt(scan.ctx, k, PARENTHETICALS) ? j : -1;
    }
    words++;
  }
  return -1;
}

/** Finds the nearest phrase of a list before the figure; a longer phrase that ends there wins (القتلى والجرحى). */
export function phraseBefore(scan: Scan, f: FigureAt, list: Phrase[], max = BEFORE_WORDS): string | null {
  const seen: number[] = [];
  for (const i of wordsBefore(scan, f, max)) {
    seen.push(i);
    const m = longestAt(scan.ctx, i, list, f.first);
    if (!m) continue;
    // a phrase starting one or two words earlier that reaches as far wins
    let best = m;
    for (const j of wordsBefore(scan, { ...f, first: i }, 2)) {
      const earlier = longestAt(scan.ctx, j, list, f.first);
      if (earlier && earlier.end >= best.end) best = earlier;
    }
    return best.value;
  }
  return null;
}

export function measureBefore(scan: Scan, f: FigureAt): string | null {
  return phraseBefore(scan, f, MEASURE_BEFORE);
}

/** distance, duration, amount, percentage from the figure's unit (or the word after it). */
export function unitMeasure(scan: Scan, f: FigureAt): string | null {
  const unit = f.figure.unit;
  if (unit) {
    const u = normalize(unit).toLowerCase();
    for (const p of UNIT_MEASURES) if (p.words.length === 1 && wordMatches(u, p.words[0]!)) return p.value;
    for (const p of UNIT_MEASURES) if (p.words.join(' ') === u) return p.value;
  }
  for (let i = f.last + 1; i < f.sentence.last; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (isClauseBreak(scan, i) && !/^[%٪]$/.test(scan.ctx.tokens[i]!.text)) return null;
    const t = scan.ctx.tokens[i]!;
    if (t.type === 'symbol' || t.type === 'punct') return /^[%٪]$/.test(t.text) ? 'percentage' : null;
    const m = longestAt(scan.ctx, i, UNIT_MEASURES);
    return m ? m.value : null;
  }
  return null;
}

/** A revised total: ارتفع إلى (the figure's qualifier) or a cue such as حصيلة جديدة before it. */
export function isUpdate(scan: Scan, f: FigureAt): boolean {
  if (f.figure.qualifier === 'revised' || f.figure.qualifiers?.includes('revised')) return true;
  return phraseBefore(scan, f, UPDATE_CUES, 12) !== null;
}
