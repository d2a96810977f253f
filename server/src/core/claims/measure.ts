// What a figure measures (GUIDELINES §4): killed, wounded, killed-or-wounded,
// arrested, displaced … from the counted noun or the verb right after the
// figure (30 قتيلا وجريحا، 9 أشخاص قتلوا), else from the verb or noun
// before it in its clause (مقتل سبعة، أصيب 40); distance, duration … from
// its unit.

import { raisedToll } from './raised-toll.js';
import { normalize } from '../text/normalize.js';
import { CUED_DOERS, CUED_MEASURES, CUED_WINDOW_MAX, isTransparent, longestAt, MATERIALS, MEASURE_AFTER, MEASURE_INFO, MEASURE_BEFORE, measureInfo, PARENTHETICALS, NOUN_STOPS, PARTICLES, QUANTITY_OF_UNIT, SPLIT_HEADS, SPLIT_TAILS, SUBJECT_BOUNDS, TIME_WORDS, UNIT_MEASURES, UPDATE_CUES, wordMatches, type Phrase } from './lexicon.js';
import { clauseFloor, isClauseBreak, isClauseStart, isWord, type FigureAt, type Scan } from './scan.js';

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
    if (m) return orAnother(scan, m.value, m.end);
  }
  // عشرات القتلى، مئات الجرحى: a vague quantity's definite genitive, its counted noun without the article
  const vague = vagueCounted(scan, f);
  if (vague) return vague;
  let words = 0;
  for (let i = f.last + 1; i < f.sentence.last && words < AFTER_WORDS; i++) {
    if (isTransparent(ctx, i)) continue;
    if (toks[i]!.type !== 'word') break;
    if (scan.figureOf[i]! >= 0) break;
    // 1200 خيمة للنازحين: «لل» makes the measure's noun an owner of what is counted, not its state
    if (toks[i]!.norm.startsWith('لل')) break;
    const m = longestAt(ctx, i, MEASURE_AFTER);
    // و + a measure noun starts the next count (مقتل 35 وإصابة 90), unless و is the word's own letter (وفاة)
    if (m && isCoordinated(toks[i]!.norm)) break;
    // 1200 خيمة للنازحين: «لـ» on the article names whose things they are, not what befell them
    if (m && words > 0 && toks[i]!.norm.startsWith('لل')) break;
    if (m && activeVerb(scan, i, m.end)) return null;
    if (m) return orAnother(scan, m.value, m.end);
    if (!longestAt(ctx, i, PARTICLES)) words++;
  }
  return null;
}

/**
 * Is the plural verb at i..end active, with an object after it (خمسة مسلحين قتلوا 3 جنود، قتلوا
 * الحارس)? Unvocalised قتلوا is both «they killed» and «they were killed»: a noun or a count right
 * after it is what they did, not what befell them. A verb with its fixed words (لقوا حتفهم) is never.
 */
export function activeVerb(scan: Scan, i: number, end: number): boolean {
  const toks = scan.ctx.tokens;
  if (end !== i + 1 || !toks[i]!.norm.endsWith('وا')) return false;
  let j = end;
  while (j < toks.length && isTransparent(scan.ctx, j)) j++;
  const t = toks[j];
  if (!t || j > scan.ctx.sentences[t.sentence]!.last) return false;
  if (scan.figureOf[j]! >= 0) return true;
  if (t.type !== 'word') return false;
  // قتلوا مساء السبت: a word of time says when it befell them, no object
  if (scan.placeOf[j]! >= 0 || /^[وبلف]/.test(t.norm) || normalize(t.text).length < 3 || longestAt(scan.ctx, j, TIME_WORDS)) return false;
  const c = scan.ctx;
  return !longestAt(c, j, NOUN_STOPS) && !longestAt(c, j, PARTICLES) && !longestAt(c, j, MEASURE_AFTER) && !longestAt(c, j, MEASURE_BEFORE) && !longestAt(c, j, SUBJECT_BOUNDS);
}

/** The measure of a vague figure's counted noun when it is definite (عشرات القتلى → قتلى): null otherwise. */
export function vagueCounted(scan: Scan, f: FigureAt): string | null {
  const c = f.figure.counted;
  if (f.figure.detail !== 'vague' || !c) return null;
  const toks = scan.ctx.tokens;
  // the figure may close the text (الشرطة عشرات): nothing after it
  const i = f.last + 1 < toks.length && isTransparent(scan.ctx, f.last + 1) ? f.last + 2 : f.last + 1;
  const t = toks[i];
  if (!t || t.type !== 'word' || t.start > c.start || c.start >= t.end || !t.norm.startsWith('ال')) return null;
  const bare = normalize(c.text);
  for (const p of MEASURE_AFTER) if (p.words.length === 1 && wordMatches(bare, p.words[0]!)) return p.value;
  return null;
}

// the first words of the after-list as written: a word among them starting with و keeps it (وفاة)
let AFTER_FIRST: Set<string> | null = null;

export function isCoordinated(norm: string): boolean {
  AFTER_FIRST ??= new Set(MEASURE_AFTER.map((p) => p.words[0]!));
  return norm.startsWith('و') && !AFTER_FIRST.has(norm);
}

/**
 * A measure word coordinated with another of the same family right after it
 * (قتلوا أو شوهوا، قتلوا وأصيبوا): the family that holds both. Another figure
 * after و is the next count (140 قتيلا و 90 مصابا), not a coordination.
 */
export function orAnother(scan: Scan, measure: string, end: number): string {
  const toks = scan.ctx.tokens;
  let i = end;
  while (i < toks.length && isTransparent(scan.ctx, i)) i++;
  if (toks[i]?.type !== 'word' || scan.figureOf[i]! >= 0) return measure;
  if (toks[i]!.norm === 'او' || toks[i]!.norm === 'و') {
    i++;
    while (i < toks.length && isTransparent(scan.ctx, i)) i++;
  }
  if (toks[i]?.type !== 'word' || scan.figureOf[i]! >= 0) return measure;
  const next = longestAt(scan.ctx, i, MEASURE_AFTER);
  if (!next || next.value === measure) return measure;
  for (const [name, info] of MEASURE_INFO) if (info.within.includes(measure) && info.within.includes(next.value)) return name;
  return measure;
}

/** A measure said by a word just before the figure whatever its unit (بقوة 6.1 درجات، على عمق 10 كم، نسبة المشاركة 41 %). */
export function cuedMeasure(scan: Scan, f: FigureAt): string | null {
  let best: string | null = null;
  for (const window of [2, CUED_WINDOW_MAX]) {
    const c = phraseBefore(scan, f, CUED_MEASURES, window);
    if (!c || c.window < window) continue;
    if (c.unit && unitMeasure(scan, f) !== c.unit) continue;
    best = c.measure;
    break;
  }
  return best ?? cuedAfter(scan, f) ?? shareOfDoers(scan, f);
}

/** How many words may stand between a share and its doers' verb (فقط من المعلمين في القطاع العام). */
const DOERS_WORDS = 6;

/**
 * A share of people and what they did, its verb after who they are («35
 * بالمئة فقط من المعلمين شاركوا في الإضراب»، «60 % من الناخبين أدلوا
 * بأصواتهم»): the share of those who took part is the turnout. «من» must
 * follow the share (its unit words and فقط aside), and the verb must come
 * within a few words, with no figure or clause break between.
 */
function shareOfDoers(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  let of = false;
  for (let i = f.last + 1, words = 0; i < f.sentence.last && words <= DOERS_WORDS; i++) {
    const t = ctx.tokens[i]!;
    if (isTransparent(ctx, i) || t.type === 'symbol' || t.text === '%') continue;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) return null;
    if (!of && t.norm === 'من') {
      of = true;
      continue;
    }
    const hit = of ? longestAt(ctx, i, CUED_DOERS) : null;
    if (hit) return hit.value.unit && unitMeasure(scan, f) !== hit.value.unit ? null : hit.value.measure;
    words++;
    // before «من», only the unit's own words and «فقط» (بالمئة فقط)
    if (!of && words > 3) return null;
  }
  return null;
}

// The cues cuedAfter reads: the first of them in list order wins, so each is
// asked as a list of its own; the lists are made once, since a list made per
// look-up is indexed anew each time (most of a key's analysis went there).
// All of them together first: when none starts at the word, none is asked.
const CUED_AFTER = CUED_MEASURES.filter((p) => p.words.length >= 2);
const CUED_AFTER_EACH = CUED_AFTER.map((p) => [p]);

/**
 * A share with its cue right after it, as a headline puts the figure first
 * («41 بالمئة نسبة الاقتراع»، «62 % نسبة المشاركة»): a cue of a head and its
 * noun (two words or more, never the bare noun) at the first word after the
 * figure and its unit sign, in the figure's own unit.
 */
function cuedAfter(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  let i = f.last + 1;
  while (i < f.sentence.last && (isTransparent(ctx, i) || ctx.tokens[i]!.type === 'symbol' || ctx.tokens[i]!.text === '%')) i++;
  if (i >= f.sentence.last || ctx.tokens[i]!.type !== 'word') return null;
  const at = (k: number) => (longestAt(ctx, k, CUED_AFTER) ? CUED_AFTER_EACH.find((l) => longestAt(ctx, k, l))?.[0] : undefined);
  let hit = at(i);
  // the unit's own words (بالمئة، في المئة), at most two, when the figure's unit is written apart from it
  for (let j = i, skipped = 0; !hit && f.figure.unit && skipped < 2; skipped++) {
    j++;
    while (j < f.sentence.last && isTransparent(ctx, j)) j++;
    if (j >= f.sentence.last || ctx.tokens[j]!.type !== 'word') break;
    hit = at(j);
  }
  if (!hit || (hit.value.unit && unitMeasure(scan, f) !== hit.value.unit)) return null;
  return hit.value.measure;
}

/**
 * The walk back from token i (inclusive) over the words of a clause: the
 * next word, or -1 where the walk ends. A comma-bracketed aside (، وفق
 * الشرطة العراقية،) is stepped over; another figure, a clause break or
 * anything but a word ends the walk.
 */
function stepBack(scan: Scan, i: number, floor: number): number {
  const toks = scan.ctx.tokens;
  for (; i >= floor; i--) {
    if (isTransparent(scan.ctx, i)) continue;
    const t = toks[i]!;
    if (t.type === 'punct') {
      const aside = asideBefore(scan, i, floor);
      if (aside < 0) return -1;
      i = aside;
      continue;
    }
    // an ordinal written as a word is an adjective (نسبة الاقتراع في المرحلة الأولى … بلغت 38): walked over
    if (t.type !== 'word' || (scan.figureOf[i]! >= 0 && scan.ctx.figures[scan.figureOf[i]!]!.kind !== 'ordinal')) return -1;
    return i;
  }
  return -1;
}

/**
 * The words of the figure's clause before it, nearest first, at most max:
 * the walk of stepBack, ending after a word that starts the clause.
 */
export function wordsBefore(scan: Scan, f: FigureAt, max = BEFORE_WORDS): number[] {
  const out: number[] = [];
  for (let i = stepBack(scan, f.first - 1, f.sentence.first); i >= 0 && out.length < max; i = stepBack(scan, i - 1, f.sentence.first)) {
    out.push(i);
    if (isClauseStart(scan, i)) break;
  }
  return out;
}

/** If the comma at i closes an aside that opens with a listed word, the opening comma; else -1. */
function asideBefore(scan: Scan, i: number, floor: number): number {
  const toks = scan.ctx.tokens;
  if (!isComma(toks[i]!.text)) return -1;
  for (let j = i - 1, words = 0; j >= floor && words < 6; j--) {
    const t = toks[j]!;
    if (t.type === 'space') continue;
    if (t.type === 'punct') {
      if (!isComma(t.text)) return -1;
      let k = j + 1;
      while (k < i && isTransparent(scan.ctx, k)) k++;
      return longestAt(scan.ctx, k, PARENTHETICALS) ? j : -1;
    }
    words++;
  }
  return -1;
}

function isPercent(text: string): boolean {
  return text === '%' || text === '٪';
}

function isComma(text: string): boolean {
  return text === '،' || text === ',';
}

/** Finds the nearest phrase of a list before the figure; a longer phrase that ends there wins (القتلى والجرحى). */
export function phraseBefore<T = string>(scan: Scan, f: FigureAt, list: Phrase<T>[], max = BEFORE_WORDS): T | null {
  const floor = f.sentence.first;
  let i = stepBack(scan, f.first - 1, floor);
  for (let words = 0; i >= 0 && words < max; words++) {
    const m = longestAt(scan.ctx, i, list, f.first);
    if (m) {
      // a phrase starting one or two words earlier that reaches as far wins
      let best = m;
      let j = stepBack(scan, i - 1, floor);
      for (let w = 0; j >= 0 && w < 2; w++) {
        const earlier = longestAt(scan.ctx, j, list, f.first);
        if (earlier && earlier.end >= best.end) best = earlier;
        if (isClauseStart(scan, j)) break;
        j = stepBack(scan, j - 1, floor);
      }
      return best.value;
    }
    if (isClauseStart(scan, i)) return null;
    i = stepBack(scan, i - 1, floor);
  }
  return null;
}

export function measureBefore(scan: Scan, f: FigureAt): string | null {
  return phraseBefore(scan, f, MEASURE_BEFORE) ?? splitVerbBefore(scan, f);
}

/**
 * A measure verb whose subject stands between it and the words it needs
 * (أودى الانفجار في المدينة بحياة 10، حصدت الفيضانات أرواح 11): those words
 * right before the figure, the verb earlier in its sentence.
 */
function splitVerbBefore(scan: Scan, f: FigureAt): string | null {
  const tail = phraseBefore(scan, f, SPLIT_TAILS, 1);
  if (!tail) return null;
  // several verbs may need the same words (أتى على، عثر على): each is tried
  const words = tail.slice(tail.indexOf('|'));
  for (const key of SPLIT_HEADS.keys()) {
    if (!key.endsWith(words)) continue;
    const m = splitHeadBefore(scan, f, key);
    if (m) return m;
  }
  return null;
}

/** The measure of a split verb (measure|words) whose verb stands before the figure in its clause (لقي 6 أشخاص … مصرعهم), or null. */
export function splitHeadBefore(scan: Scan, f: FigureAt, tail: string): string | null {
  const heads = SPLIT_HEADS.get(tail);
  if (!heads) return null;
  for (let i = f.first - 1, floor = clauseFloor(f); i >= floor; i--) {
    if (scan.figureOf[i]! >= 0) return null;
    if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, heads, f.first)) return tail.slice(0, tail.indexOf('|'));
  }
  return null;
}

/** distance, duration, amount, percentage from the figure's unit (or the word after it). */
export function unitMeasure(scan: Scan, f: FigureAt): string | null {
  const unit = f.figure.unit;
  if (unit) {
    const m = measureOfUnit(unit);
    if (m) return m;
  }
  for (let i = f.last + 1; i < f.sentence.last; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (isClauseBreak(scan, i) && !isPercent(scan.ctx.tokens[i]!.text)) return null;
    const t = scan.ctx.tokens[i]!;
    if (t.type === 'symbol' || t.type === 'punct') return isPercent(t.text) ? 'percentage' : null;
    const m = longestAt(scan.ctx, i, UNIT_MEASURES);
    return m ? m.value : null;
  }
  return null;
}

/**
 * A quantity with its unit that the verb or noun before it measures (تلتهم
 * 2000 دونم: destroyed; ضبط 3 أطنان: seized), when that measure takes the
 * unit's dimension; null otherwise (a distance, a duration, a sum).
 */
export function quantityMeasure(scan: Scan, f: FigureAt): string | null {
  const unit = f.figure.unit;
  const dimension = unit ? QUANTITY_OF_UNIT.get(unit) : undefined;
  if (!dimension) return null;
  const m = measureBefore(scan, f);
  return m && measureInfo(m).quantities?.includes(dimension) ? m : null;
}

/** The kind of material «من X» after a quantity names (3 أطنان من المخدرات → drugs), within its next three words; null for none. */
export function materialAfter(scan: Scan, f: FigureAt): string | null {
  const toks = scan.ctx.tokens;
  let sawOf = false;
  for (let i = f.last + 1, words = 0, end = Math.min(f.sentence.last, toks.length - 1); i <= end && words < 4; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (toks[i]!.type !== 'word' || scan.figureOf[i]! >= 0) return null;
    if (sawOf) {
      const m = longestAt(scan.ctx, i, MATERIALS);
      if (m) return m.value;
    }
    sawOf ||= toks[i]!.norm === 'من';
    words++;
  }
  return null;
}

// units repeat: each is looked up in the list once
const UNIT_MEASURE = new Map<string, string | null>();

/** The measure a unit code names by itself (hours → duration), or null. */
export function measureOfUnit(unit: string): string | null {
  let m = UNIT_MEASURE.get(unit);
  if (m === undefined) {
    m = null;
    const u = normalize(unit).toLowerCase();
    for (const p of UNIT_MEASURES) if (p.words.length === 1 && wordMatches(u, p.words[0]!)) { m = p.value; break; }
    if (m === null) for (const p of UNIT_MEASURES) if (p.words.join(' ') === u) { m = p.value; break; }
    UNIT_MEASURE.set(unit, m);
  }
  return m;
}

/** A revised total: ارتفع إلى (the figure's qualifier) or a cue such as حصيلة جديدة before it. */
export function isUpdate(scan: Scan, f: FigureAt): boolean {
  if (f.figure.qualifier === 'revised' || f.figure.qualifiers?.includes('revised')) return true;
  if (phraseBefore(scan, f, UPDATE_CUES, 12) !== null) return true;
  // ارتفعت حصيلة ضحايا غرق العبارة في … جنوب العراق إلى 11: the rise's subject may be long when «إلى» closes it
  const prev = stepBack(scan, f.first - 1, f.sentence.first);
  if (prev >= 0 && scan.ctx.tokens[prev]!.norm === 'الي' && phraseBefore(scan, f, UPDATE_CUES, UPDATE_SUBJECT_WORDS) !== null) return true;
  // رفعت الإدارة مساء الخميس، عند الساعة 20:00، حصيلة الضحايا إلى 112: raised by its teller, past the day and hour (claims/raised-toll.ts)
  return raisedToll(scan, f);
}

/** How far back a rise verb may stand when «إلى» stands right before the figure. */
const UPDATE_SUBJECT_WORDS = 20;
