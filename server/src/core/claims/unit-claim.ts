// A figure with a unit that no measure list names (46 درجة مئوية، 40 هكتارا):
// a claim only when its clause says what it measures, and compared only with
// figures of the same unit that measure the same thing.
// - a measure's verb before it (أتت النيران على 40 هكتارا، التهمت 120 هكتارا):
//   that measure, its group the unit (hectares destroyed);
// - else a head noun before it and the word after that noun (درجة الحرارة …
//   بلغت 46 درجة مئوية، درجة حرارة قصوى بلغت 43): the unit's reading of that
//   thing (unit:°C, group حرارة); or a noun of the things list
//   (data/claims/unit-readings.json: خسائر، البطالة، الأمطار), before the
//   figure or after its unit (45 ملم من الأمطار); a relative clause and a span
//   of time (خلال ست ساعات) are stepped over, the span kept with the thing
//   (rain@6hours); after a value's verb (بلغت) the subject that opens the
//   clause names it however long the clause is.
// The same reading serves sums and shares (thingClaim): 200 مليون دولار or 13
// بالمئة is compared only when its clause names what it measures. A change
// (ارتفعت 5 درجات) is no level and a forecast no reading (claims/detect.ts).
// Its place is read like a count's (event.ts): two cities' readings are apart.

import { isTransparent, longestAt, MEASURE_HEADS, measureInfo, QUANTITY_OF_UNIT } from './lexicon.js';
import { measureBefore, measureOfUnit, phraseBefore } from './measure.js';
import { stemOf } from './noun-stem.js';
import { normalize } from '../text/normalize.js';
import { relativeMeasure } from './relative-measure.js';
import { tradeQuantity } from './trade-quantity.js';
import { pricePerUnit } from './unit-price.js';
import { CHANGE_WORDS, GRADE_WORDS, LEVEL_WORDS, PRICE_SYNONYMS, NATIONAL_SCOPE, SHORT_PERIODS, PLACED_THINGS, PRICE_HEADS, PRICE_SKIP, SIZE_WORDS, THING_AFTER, THING_AS, THINGS, VALUE_WORDS } from './unit-readings.js';
import { isClauseBreak, isClauseStart, type FigureAt, type Scan } from './scan.js';

/** How many words back from the figure the head noun may stand (درجة الحرارة في مدينة أ بلغت الثلاثاء 46). */
const HEAD_WORDS = 8;
/** How many words back a price's head may stand, past a relative clause (السعر الجديد للتر البنزين الذي أعلنته الوزارة صباح الأحد بلغ 1080). */
const PRICE_WORDS = 12;
/** How many words may stand before a relative pronoun and the head noun it follows (أعلى كمية من الأمطار التي …). */
const RELATIVE_HEAD_WORDS = 3;
/** Relative pronouns: a clause they open is inside the noun phrase of the head. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);

/**
 * A bare number right after a word (بنزين 92، بنزين 95 أوكتان): a grade, a
 * name, when it has no unit, counted noun, qualifier or finer kind. Its first
 * token, or -1.
 */
function gradeAt(scan: Scan, i: number): number {
  const g = scan.figureOf[i]!;
  const fig = scan.ctx.figures[g];
  if (!fig || fig.kind !== 'count' || fig.unit || fig.counted || fig.detail || fig.qualifier || !Number.isInteger(fig.value)) return -1;
  let first = i;
  while (first > 0 && scan.figureOf[first - 1] === g) first--;
  let j = first - 1;
  while (j >= 0 && isTransparent(scan.ctx, j)) j--;
  return j >= 0 && scan.ctx.tokens[j]!.type === 'word' && scan.figureOf[j]! < 0 ? first : -1;
}

/** A quantity of a unit right after a word of size (زنة 100 كيلوغرام) at token i: that word's token, or -1. */
function sizeAt(scan: Scan, i: number): number {
  const g = scan.figureOf[i]!;
  const fig = scan.ctx.figures[g];
  if (!fig?.unit) return -1;
  let first = i;
  while (first > 0 && scan.figureOf[first - 1] === g) first--;
  let j = first - 1;
  while (j >= 0 && isTransparent(scan.ctx, j)) j--;
  return j >= 0 && scan.ctx.tokens[j]!.type === 'word' && longestAt(scan.ctx, j, SIZE_WORDS, first) ? j : -1;
}

/** «the one» (الواحد، الواحدة) at token i, a figure of one written with the article: its first token, or -1. */
function perOne(scan: Scan, i: number): number {
  const g = scan.figureOf[i]!;
  const fig = scan.ctx.figures[g];
  if (!fig || fig.value !== 1) return -1;
  let first = i;
  while (first > 0 && scan.figureOf[first - 1] === g) first--;
  // the article may stand outside the figure's span (الواحد: the figure is واحد)
  return /^ال/.test(fig.text) || scan.ctx.text.slice(Math.max(0, fig.start - 2), fig.start) === 'ال' ? first : -1;
}


/** A figure of a unit of time (ست ساعات، 24 ساعة) before the reading: its first token, or -1. */
function spanAt(scan: Scan, i: number): number {
  const g = scan.figureOf[i]!;
  const unit = scan.ctx.figures[g]?.unit;
  if (!unit || measureOfUnit(unit) !== 'duration') return -1;
  let first = i;
  while (first > 0 && scan.figureOf[first - 1] === g) first--;
  return first;
}

/** The thing a price head names (سعر لتر البنزين، السعر الجديد للتر البنزين): the first word after it that PRICE_SKIP does not hold. */
function pricedThing(scan: Scan, from: number, to: number): string | null {
  const { ctx } = scan;
  for (let j = from; j < to; j++) {
    if (isTransparent(ctx, j)) continue;
    const w = ctx.tokens[j]!;
    // سعر الكيلوغرام الواحد من لحم الضأن: «the one» of the unit sold by is stepped over
    if (scan.figureOf[j]! >= 0 && perOne(scan, j) >= 0) continue;
    if (w.type !== 'word' || scan.figureOf[j]! >= 0 || scan.placeOf[j]! >= 0) return null;
    const skip = longestAt(ctx, j, PRICE_SKIP, to);
    if (skip) {
      j = skip.end - 1;
      continue;
    }
    // the word as written less its article (البنزين = بنزين): a stemmer would cut its ـين as a plural's
    const word = w.norm.replace(/^[وفب]?(ال|لل)(?=..)/, '');
    const thing = `price:${PRICE_SYNONYMS.get(word) ?? word}`;
    // its grade after it is part of what is priced (بنزين 92 and بنزين 95 are two products)
    let k = j + 1;
    while (k < to && isTransparent(ctx, k)) k++;
    const g = k < to && scan.figureOf[k]! >= 0 && gradeAt(scan, k) >= 0 ? ctx.figures[scan.figureOf[k]!] : undefined;
    return g ? `${thing} ${g.value}` : thing;
  }
  return null;
}

/**
 * Is token i, walking back from a price, a bracket of a grade: the closing one
 * right after a grade number ((أوكتان 90) إلى …), or the opening one once the
 * grade is stepped over?
 */
function bracketsGrade(scan: Scan, i: number, grade: boolean): boolean {
  const t = scan.ctx.tokens[i]!;
  if (t.type !== 'punct') return false;
  if (t.text === '(') return grade;
  if (t.text !== ')') return false;
  let j = i - 1;
  while (j >= 0 && isTransparent(scan.ctx, j)) j--;
  return j >= 0 && scan.figureOf[j]! >= 0 && gradeAt(scan, j) >= 0;
}

/** «إلى» as tokens are normalised. */
const TO = normalize('إلى');

/**
 * The old price of a change «من X إلى Y» at token i, walking back from Y:
 * a figure of Y's currency with «من» right before it, and only its unit's word
 * and «إلى» between it and Y. The index of «من», or -1.
 */
function oldPriceAt(scan: Scan, i: number, f: FigureAt): number {
  const { ctx } = scan;
  const g = scan.figureOf[i]!;
  const fig = ctx.figures[g];
  if (!fig || fig.unit !== f.figure.unit || QUANTITY_OF_UNIT.get(fig.unit ?? '') !== 'money') return -1;
  let first = i;
  while (first > 0 && scan.figureOf[first - 1] === g) first--;
  let last = i;
  while (last + 1 < f.first && scan.figureOf[last + 1] === g) last++;
  // between the two: the unit's word (جنيها) and «إلى», nothing else
  let to = false;
  for (let j = last + 1, words = 0; j < f.first; j++) {
    if (isTransparent(ctx, j)) continue;
    const t = ctx.tokens[j]!;
    if (t.type !== 'word' || ++words > 2) return -1;
    if (t.norm === TO) to = true;
  }
  if (!to) return -1;
  let j = first - 1;
  while (j >= 0 && isTransparent(ctx, j)) j--;
  return j >= 0 && ctx.tokens[j]!.type === 'word' && ctx.tokens[j]!.norm === 'من' ? j : -1;
}

/** Are the tokens from..to (exclusive) blanks only? */
function onlyTransparent(scan: Scan, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!isTransparent(scan.ctx, j)) return false;
  return true;
}

/** Is the head «بسعر» right before a sum of money (سيباع بسعر 1350 دينارا)? */
function soldAt(scan: Scan, f: FigureAt, head: number, end: number): boolean {
  const unit = f.figure.unit;
  return !!unit && QUANTITY_OF_UNIT.get(unit) === 'money' && scan.ctx.tokens[head]!.norm.startsWith('ب') && onlyTransparent(scan, end, f.first);
}

/** How many words a priced thing may stand before its verb and «بسعر» (لحم الخروف المستورد سيباع بسعر). */
const SUBJECT_PRICE_WORDS = 5;

/**
 * The thing priced by «بسعر» right before the figure, named as the subject
 * that opens its clause (إن لحم الخروف المستورد سيباع بسعر 1350 دينارا): the
 * first word after the clause's start, within a few words. Null when the
 * clause opens further back, or with a figure or a place.
 */
function pricedSubject(scan: Scan, head: number, floor: number): string | null {
  const { ctx } = scan;
  let first = -1;
  for (let j = head - 1, words = 0; j >= floor; j--) {
    if (isTransparent(ctx, j)) continue;
    if (ctx.tokens[j]!.type !== 'word' || scan.figureOf[j]! >= 0 || scan.placeOf[j]! >= 0 || isClauseBreak(scan, j)) break;
    if (isClauseStart(scan, j)) break;
    if (++words > SUBJECT_PRICE_WORDS) return null;
    first = j;
  }
  if (first < 0) return null;
  return pricedThing(scan, first, head);
}

/** The thing a head noun before the figure names (الحرارة → حرارة), or null. */
export function measuredThing(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  // a grade stepped over (سعر بنزين 92 إلى 13.75 جنيه): only a price may name it
  let grade = false;
  // بلغت 62 ملم: the value's verb right before it, whose subject opens the clause
  const verb = valueVerbBefore(scan, f);
  // the span stepped over is part of what is read: 48 ملم in two days is no day's rain
  let span = '';
  const withSpan = (thing: string | null) => (thing && span ? `${thing}@${span}` : thing);
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < PRICE_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    if (scan.figureOf[i]! >= 0) {
      // خلال ست ساعات بلغت 179 ملم: a span of time is the reading's period, stepped over like its other words
      const first = spanAt(scan, i);
      if (first >= 0) {
        const g = ctx.figures[scan.figureOf[i]!]!;
        span ||= `${g.value}${g.unit}`;
        i = first;
        words++;
        continue;
      }
      // الكيلوغرام الواحد: «the one» after the unit sold by says «per», stepped over
      const one = perOne(scan, i);
      if (one >= 0) {
        i = one;
        continue;
      }
      // سعر جوال القمح زنة 100 كيلوغرام: the size of the unit priced, part of what is priced
      const size = sizeAt(scan, i);
      if (size >= 0) {
        i = size;
        words++;
        continue;
      }
      // زيادة سعر الأسطوانة من 150 جنيها إلى 225 جنيها: the old price, stepped over to its head
      const old = oldPriceAt(scan, i, f);
      if (old >= 0) {
        i = old;
        continue;
      }
      const at = gradeAt(scan, i);
      if (at < 0) return null;
      grade = true;
      i = at;
      continue;
    }
    // سعر البنزين العادي (أوكتان 90) إلى 950 فلسا: brackets around a grade are part of what is priced
    if (bracketsGrade(scan, i, grade)) continue;
    if (isClauseBreak(scan, i)) return null;
    const t = ctx.tokens[i]!;
    if (t.type !== 'word') continue;
    // بقيمة، قدرت بـ: words that only introduce the value
    if (longestAt(ctx, i, VALUE_WORDS, f.first)) continue;
    // كمية الأمطار التي هطلت على مدينة أ خلال ست ساعات بلغت: a relative clause is inside the head's noun phrase, its words not counted
    if (RELATIVES.has(t.norm) && words < PRICE_WORDS - RELATIVE_HEAD_WORDS) {
      words = Math.min(words, HEAD_WORDS - RELATIVE_HEAD_WORDS);
      continue;
    }
    // the price of a thing in a currency is keyed by the thing (سعر لتر البنزين 92 إلى 15 جنيها)
    const price = longestAt(ctx, i, PRICE_HEADS, f.first);
    if (price) return pricedThing(scan, price.end, f.first) ?? (soldAt(scan, f, i, price.end) ? pricedSubject(scan, i, f.sentence.first) : null);
    // further back than a head may stand, only a price's head (السعر الجديد للتر البنزين الذي أعلنته الوزارة … بلغ)
    if (words >= HEAD_WORDS) {
      if (isClauseStart(scan, i) && !RELATIVES.has(t.norm)) return verb ? withSpan(subjectThing(scan, i, f.first)) : null;
      words++;
      continue;
    }
    if (grade) {
      // أوكتان after the grade, the thing before it
      if (!longestAt(ctx, i, GRADE_WORDS, f.first)) words++;
      continue;
    }
    // a noun of the things list names it whatever its spelling (الخسائر، خسائر بقيمة …)
    const thing = longestAt(ctx, i, THINGS, f.first);
    // التضخم الشهري: the thing over a month, never the year's figure (unit-readings.json shortPeriods)
    if (thing) {
      let j = thing.end;
      while (j < f.first && isTransparent(ctx, j)) j++;
      const period = j < f.first ? longestAt(ctx, j, SHORT_PERIODS, f.first) : null;
      span ||= period ? ctx.tokens[period.end - 1]!.norm : '';
      return withSpan(thingOfThing(scan, i) ?? thing.value);
    }
    const head = longestAt(ctx, i, MEASURE_HEADS, f.first);
    if (head) {
      let j = head.end;
      while (j < f.first && isTransparent(ctx, j)) j++;
      const w = ctx.tokens[j];
      if (!w || w.type !== 'word' || j >= f.first || scan.figureOf[j]! >= 0 || scan.placeOf[j]! >= 0) return null;
      return withSpan(longestAt(ctx, j, THINGS, f.first)?.value ?? stemOf(w.norm));
    }
    if (isClauseStart(scan, i)) return null;
    words++;
  }
  return null;
}

/** How many words back a thing «في» another may stand (العجز في مشروع موازنة …). */
const OF_THING_WORDS = 3;

/**
 * The thing another thing's noun at token i is the complement of, by «في»
 * (قدرت الوزارة العجز في مشروع موازنة العام المقبل بنحو 5.6 مليار: the
 * deficit, not the budget), within a few words before it; null when none.
 */
function thingOfThing(scan: Scan, i: number): string | null {
  const { ctx } = scan;
  for (let j = i - 1, words = 0; j >= 0 && words < OF_THING_WORDS; j--) {
    if (isTransparent(ctx, j)) continue;
    const t = ctx.tokens[j]!;
    if (t.type !== 'word' || scan.figureOf[j]! >= 0 || isClauseBreak(scan, j)) return null;
    if (t.norm === 'في') {
      let k = j - 1;
      while (k >= 0 && isTransparent(ctx, k)) k--;
      const head = k >= 0 && ctx.tokens[k]!.type === 'word' ? longestAt(ctx, k, THINGS, j) : null;
      return head ? head.value : null;
    }
    words++;
  }
  return null;
}

/** Is the word right before the figure a verb or word that only introduces its value (بلغت، وصلت إلى)? */
function valueVerbBefore(scan: Scan, f: FigureAt): boolean {
  let i = f.first - 1;
  while (i >= f.sentence.first && isTransparent(scan.ctx, i)) i--;
  if (i < f.sentence.first || scan.ctx.tokens[i]!.type !== 'word') return false;
  // the phrase may end here (وصلت إلى): try each of the few words before
  for (let j = i, words = 0; j >= f.sentence.first && words < 3; j--) {
    if (isTransparent(scan.ctx, j)) continue;
    const hit = longestAt(scan.ctx, j, VALUE_WORDS, f.first);
    if (hit && hit.end > i) return true;
    words++;
  }
  return false;
}

/** How many words after its complementiser a clause's subject may start (بأن أعلى كمية أمطار …). */
const SUBJECT_WORDS = 3;

/**
 * The thing the subject of a value's verb names, the noun phrase that opens
 * its clause however long (إن كمية الأمطار التي هطلت على مدينة أ خلال ست
 * ساعات بلغت 179 ملم، بأن أعلى كمية أمطار سجلت في أحياء المدينة … بلغت 62):
 * a head noun and the word after it, or a noun of the things list, within
 * the clause's first words after its complementiser at token `start`.
 */
function subjectThing(scan: Scan, start: number, end: number): string | null {
  const { ctx } = scan;
  for (let j = start + 1, words = 0; j < end && words < SUBJECT_WORDS; j++) {
    if (isTransparent(ctx, j)) continue;
    const t = ctx.tokens[j]!;
    if (t.type !== 'word' || scan.figureOf[j]! >= 0 || scan.placeOf[j]! >= 0) return null;
    const thing = longestAt(ctx, j, THINGS, end);
    if (thing) return thing.value;
    const head = longestAt(ctx, j, MEASURE_HEADS, end);
    if (head) {
      let k = head.end;
      while (k < end && isTransparent(ctx, k)) k++;
      const w = ctx.tokens[k];
      return w && w.type === 'word' && k < end && scan.figureOf[k]! < 0 && scan.placeOf[k]! < 0 ? (longestAt(ctx, k, THINGS, end)?.value ?? null) : null;
    }
    words++;
  }
  return null;
}

/** The measure and group of a figure of an unlisted unit, or null when its clause says neither. */
export function unitClaim(scan: Scan, f: FigureAt): { measure: string; group: string; thing?: true; placed: boolean } | null {
  const unit = f.figure.unit;
  if (!unit) return null;
  const verb = measureBefore(scan, f);
  // توفي عن 85 عاما، قتل بعد 3 أيام: people are counted by heads, never in a unit (an age, a span of time)
  if (verb && measureInfo(verb).people) return null;
  if (verb && measureInfo(verb).compare) return { measure: verb, group: `unit:${unit}`, placed: false };
  const t = thingClaim(scan, f);
  return t ? { ...t, thing: true } : null;
}

/**
 * A sum or a share (200 مليون دولار، 13 بالمئة) is compared only when its
 * clause says what it measures (قيمة الخسائر، نسبة البطالة): then it is that
 * thing in the figure's unit, never read from a verb (ارتفع بنسبة 5 بالمئة
 * is a change, not a level). Null when the clause names no thing.
 */
export function thingClaim(scan: Scan, f: FigureAt): { measure: string; group: string; placed: boolean } | null {
  const unit = f.figure.unit;
  if (!unit) return null;
  // مساحة الغابات التي أتت عليها النيران … 700 هكتار: what the relative clause's measure verb says (claims/relative-measure.ts)
  const relative = relativeMeasure(scan, f);
  if (relative) return { measure: relative, group: `unit:${unit}`, placed: false };
  // استوردت 500 ألف طن من القمح، إنتاج القمح يبلغ 9 ملايين طن: that trade of that thing (claims/trade-quantity.ts)
  const trade = tradeQuantity(scan, f);
  if (trade) return { measure: `unit:${unit}`, group: trade, placed: false };
  // الطماطم بـ250 دينارا للكيلوغرام: a sum per unit of sale prices the noun before it (claims/unit-price.ts)
  const read = measuredThing(scan, f) ?? thingAfter(scan, f) ?? pricePerUnit(scan, f);
  if (!read) return null;
  // rain@6hours: the thing, read over a span (measuredThing)
  const thing = read.split('@')[0]!;
  // 30 طنا من المساعدات: a mass or a volume of a thing is one shipment or one load among others, unless a
  // measure's verb says what befell it (ضبط، تلتهم: quantityMeasure) or it is a reading of a place (rain)
  const dimension = QUANTITY_OF_UNIT.get(unit);
  if ((dimension === 'mass' || dimension === 'volume') && !PLACED_THINGS.has(thing) && !THING_AS.has(thing)) return null;
  // المساحة المحروقة 40 هكتارا: what the verb of a measure says (أتت النيران على 40 هكتارا), in its unit
  const as = THING_AS.get(thing);
  if (as) return { measure: as, group: `unit:${unit}`, placed: false };
  return { measure: `unit:${unit}`, group: read, placed: PLACED_THINGS.has(thing) };
}

/** A thing of the list named right after the unit (45 ملم من الأمطار), or null. */
function thingAfter(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  let unitWord = true;
  let of = false;
  for (let i = f.last + 1; i <= f.sentence.last && i < ctx.tokens.length; i++) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || scan.figureOf[i]! >= 0) return null;
    if (of) return longestAt(ctx, i, THINGS)?.value ?? null;
    const link = longestAt(ctx, i, THING_AFTER);
    if (link) {
      of = true;
      i = link.end - 1;
      continue;
    }
    // the unit's own word (ملم), once
    if (!unitWord) return null;
    unitWord = false;
  }
  return null;
}

/** Does the figure's clause say it is the whole country's (على المستوى الوطني)? */
export function nationalScope(scan: Scan, f: FigureAt): boolean {
  const { ctx } = scan;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < ctx.tokens.length && words < 6; i++) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word') break;
    if (longestAt(ctx, i, NATIONAL_SCOPE)) return true;
    words++;
  }
  // bounded in tokens too: figures are no words, and a text of bare numbers has no clause break (linear.test.ts)
  for (let i = f.first - 1, words = 0, steps = 0; i >= f.sentence.first && words < HEAD_WORDS && steps < 4 * HEAD_WORDS; i--, steps++) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, NATIONAL_SCOPE, f.first)) return true;
    words++;
  }
  return false;
}

/** How many words back a change word may stand (ارتفعت نسبة البطالة في المدن الكبرى 2 بالمئة). */
const CHANGE_WORDS_BACK = 8;

/**
 * Is the figure a change rather than a level (ارتفعت الحرارة 5 درجات، انخفضت
 * نسبة البطالة 2 بالمئة): a change word before it in its clause, and no level
 * word (إلى) right before it?
 */
export function isChange(scan: Scan, f: FigureAt): boolean {
  if (phraseBefore(scan, f, LEVEL_WORDS, 1) !== null) return false;
  return phraseBefore(scan, f, CHANGE_WORDS, CHANGE_WORDS_BACK) !== null;
}
