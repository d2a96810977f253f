// Where and when an article is set, for the claims its clauses leave open.
// - Its country: the one its places lie in most often. A claim whose clause names no place is set there, so that
//   two countries' tolls with no place named are never one event.
// - Its year: of its dateline (the first year in its first sentences), else the
//   latest year it names; never a year of the page's footer of other headlines.
//   A sentence naming only earlier years (a timeline, «عام 2014», a background
//   paragraph) tells of another time.
// - A period that runs to now (منذ عام 2014، منذ بدء العملية) or an overall
//   total (في المجمل): its year is the period's start, not the time the
//   sentence tells of, and its figures are cumulative totals of that period.

import type { Gazetteer } from '../places/gazetteer.js';
import type { DocContext } from '../parse/context.js';
import type { Figure, Place, Sentence } from '../types.js';
import { AUTHORITIES, longestAt, PERIOD_NOUNS, PERIOD_START, TOTALS } from './lexicon.js';
import { nisbaName } from './demonyms.js';
import { normalize } from '../text/normalize.js';
import daysData from '../data/story/days.json' with { type: 'json' };
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

/** The country (an iso3166 id) a gazetteer place lies in, or null. */
export function countryOf(gaz: Gazetteer | undefined, id: string | null): string | null {
  if (!gaz || !id) return null;
  let p: string | null = id;
  for (let k = 0; p && k < 10; k++) {
    if (p.startsWith('iso3166:')) return p;
    p = gaz.get(p)?.parent ?? null;
  }
  return null;
}

/** The first-level division (province, governorate) a gazetteer place lies in or is, or null. */
export function regionOf(gaz: Gazetteer | undefined, id: string | null): string | null {
  if (!gaz || !id) return null;
  let p: string | null = id;
  for (let k = 0; p && k < 10; k++) {
    const parent: string | null = gaz.get(p)?.parent ?? null;
    if (!parent) return null;
    if (parent.startsWith('iso3166:')) return p;
    p = parent;
  }
  return null;
}

/**
 * The province a gazetteer place lies in or is, below a region the product
 * lists its provinces under (أسيوط in الصعيد, جنوب دارفور in دارفور): two
 * provinces of one region are two scenes for the off-topic checks, where
 * regionOf gives their region; the region itself where the place is one.
 */
export function provinceOf(gaz: Gazetteer | undefined, id: string | null): string | null {
  const region = regionOf(gaz, id);
  if (!gaz || !id || !region || gaz.get(region)?.type !== 'region') return region;
  let p: string | null = id;
  for (let k = 0; p && k < 10; k++) {
    const parent: string | null = gaz.get(p)?.parent ?? null;
    if (parent === region) return p;
    p = parent;
  }
  return region;
}

/**
 * A city that bears its province's name (سطيف in ولاية سطيف): for one
 * incident «X» and «ولاية X» are one place, not a part and its whole, so the
 * city's event is its province's. Null for any other place.
 */
export function sameNamedProvince(gaz: Gazetteer | undefined, id: string | null): string | null {
  if (!gaz || !id) return null;
  const city = gaz.get(id);
  if (!city || city.type !== 'city' || !city.parent || !city.ar) return null;
  const province = gaz.get(city.parent);
  // a province may lie in a region of its country (أسيوط in الصعيد)
  if (!province?.ar || provinceOf(gaz, province.id) !== province.id) return null;
  return normalize(province.ar) === normalize(city.ar) ? province.id : null;
}

/** The most frequent country of the places (first named wins a tie), or null. */
export function mainCountry(gaz: Gazetteer | undefined, places: Iterable<Place>): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const p of places) {
    const c = countryOf(gaz, p.id);
    if (!c) continue;
    const n = (count.get(c) ?? 0) + 1;
    count.set(c, n);
    if (!best || n > count.get(best)!) best = c;
  }
  return best;
}

/**
 * The country of an article that names no place, told by a body that acts at
 * home and its nationality (الشرطة التونسية، السلطات السودانية) in its first
 * sentences; null when none does.
 */
export function authorityCountry(scan: Scan, gaz: Gazetteer | undefined): string | null {
  const { ctx } = scan;
  if (!gaz || !ctx.sentences.length) return null;
  const end = ctx.sentences[Math.min(DATELINE_SENTENCES, ctx.sentences.length) - 1]!.last;
  for (let i = 0; i < end; i++) {
    if (ctx.tokens[i]!.type !== 'word') continue;
    const body = longestAt(ctx, i, AUTHORITIES, end);
    if (!body) continue;
    let j = body.end;
    while (j < end && ctx.tokens[j]!.type === 'space') j++;
    const name = j < end && ctx.tokens[j]!.type === 'word' ? nisbaName(ctx.tokens[j]!.norm) : null;
    const country = name ? gaz.lookup(name).find((e) => e.id.startsWith('iso3166:')) : undefined;
    if (country) return country.id;
  }
  return null;
}

/**
 * The country of an article that names no place, told by a definite body's
 * nationality (البرلمان التونسي، مجلس الأمة الكويتي) in its first sentences:
 * the country its unplaced claims are set in, not their event (a national
 * figure's clause names no place either). A definite singular nisba
 * right after a definite noun agrees with it, so the body is that country's.
 * Plurals (السياح الفرنسيين) are people, who may be anywhere: none.
 */
export function institutionCountry(scan: Scan, gaz: Gazetteer | undefined): string | null {
  const { ctx } = scan;
  if (!gaz || !ctx.sentences.length) return null;
  const end = ctx.sentences[Math.min(DATELINE_SENTENCES, ctx.sentences.length) - 1]!.last;
  let prev = -1;
  for (let i = 0; i < end; i++) {
    const t = ctx.tokens[i]!;
    if (t.type === 'space') continue;
    if (t.type !== 'word') {
      prev = -1;
      continue;
    }
    const before = prev >= 0 ? ctx.tokens[prev]!.norm : '';
    prev = i;
    if (!t.norm.startsWith('ال') || !before.startsWith('ال') || before.length < 4) continue;
    const name = nisbaName(t.norm);
    const country = name ? gaz.lookup(name).find((e) => e.id.startsWith('iso3166:')) : undefined;
    if (country) return country.id;
  }
  return null;
}

/** Years a text names (figures of the year kind, within plausible news years). */
export function yearOf(f: Figure): number | null {
  if (f.kind !== 'date' || f.detail !== 'year') return null;
  // موسم 2024-2025، بين 2019 و2021: a span of years tells of its last one, as a sentence's latest year does
  const y = Number.isInteger(f.value) ? (f.value as number) : f.value === null && Number.isInteger(f.max) && Number.isInteger(f.min) && f.max > f.min ? f.max : null;
  return y !== null && y >= 1900 && y <= 2200 ? y : null;
}

/** How many sentences from the top may hold the dateline (the headline, the date line, the lead). */
const DATELINE_SENTENCES = 3;

/**
 * The article's year: the first year named in its first sentences (its
 * dateline), else the latest year it names, or null. The latest alone is
 * not enough: a page's footer of other headlines names later years.
 */
export function articleYear(figures: Figure[], ctx?: DocContext): number | null {
  if (ctx && ctx.sentences.length) {
    const end = ctx.sentences[Math.min(DATELINE_SENTENCES, ctx.sentences.length) - 1]!.end;
    for (const f of figures) {
      if (f.start >= end) break;
      const v = yearOf(f);
      if (v !== null) return v;
    }
  }
  let y: number | null = null;
  for (const f of figures) {
    const v = yearOf(f);
    if (v !== null && (y === null || v > y)) y = v;
  }
  return y;
}

/** How many words after «منذ» a year may stand and still be the period's start (منذ بدء عملية العزم الصلب عام 2014). */
const PERIOD_YEAR_WORDS = 6;

/** Weekdays and near days (days.json): a period that starts on one is a few days long. */
const NEAR_DAYS = new Set([...Object.keys(daysData.weekdays), ...Object.keys(daysData.relative)].map((w) => normalize(w)));
/** How many words after the start noun its day may stand (بدء الحملة يوم الخميس). */
const NEAR_DAY_WORDS = 4;

/** Does a weekday or a near day (أمس) follow the period's start noun at token j, within a few words? */
function recentStart(scan: Scan, j: number, last: number): boolean {
  const { ctx } = scan;
  for (let k = j + 1, words = 0; k < last && words < NEAR_DAY_WORDS; k++) {
    const t = ctx.tokens[k]!;
    if (t.type !== 'word') continue;
    if (NEAR_DAYS.has(t.norm.replace(/^[وفب](?=ال)/, ''))) return true;
    words++;
  }
  return false;
}

/** Does a period phrase open at most PERIOD_YEAR_WORDS words before token i in its sentence? */
function periodBefore(scan: Scan, i: number, s: Sentence): boolean {
  const toks = scan.ctx.tokens;
  for (let j = i - 1, words = 0; j >= s.first && words <= PERIOD_YEAR_WORDS; j--) {
    const t = toks[j]!;
    if (t.type === 'punct' && /^[.،,؛;:]$/.test(t.text)) return false;
    if (t.type !== 'word') continue;
    if (longestAt(scan.ctx, j, PERIOD_START)) return true;
    words++;
  }
  return false;
}

/**
 * The latest year each sentence tells of. A year that starts a period (منذ
 * عام 2014) is not one: the period runs to the article's own time.
 */
export function sentenceYears(scan: Scan): Map<Sentence, number> {
  const latest = new Map<Sentence, number>();
  for (const at of scan.figures) {
    const y = yearOf(at.figure);
    if (y === null || periodBefore(scan, at.first, at.sentence)) continue;
    latest.set(at.sentence, Math.max(latest.get(at.sentence) ?? 0, y));
  }
  return latest;
}

/**
 * Does the sentence give totals of a period that runs to now: a period
 * phrase with its start (منذ بداية الحرب، منذ عام 2014) or an overall total
 * (في المجمل)? Cached per sentence.
 */
export function tellsOfPeriod(scan: Scan, s: Sentence, cache: Map<Sentence, boolean>, totals = true): boolean {
  const known = cache.get(s);
  if (known !== undefined) return known;
  const { ctx } = scan;
  let found = false;
  for (let i = s.first; i < s.last && !found; i++) {
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (totals && longestAt(ctx, i, TOTALS)) found = true;
    const start = longestAt(ctx, i, PERIOD_START);
    if (!start) continue;
    // the next word: a start noun (منذ بداية), or a year within a few words (منذ عام 2014)
    let j = i + 1;
    while (j < s.last && ctx.tokens[j]!.type !== 'word' && scan.figureOf[j]! < 0) j++;
    // منذ بدء الحملة يوم الخميس: a start on a day of this week is the story's own span, its total the story's count
    if (j < s.last && ctx.tokens[j]!.type === 'word' && longestAt(ctx, j, PERIOD_NOUNS) && !recentStart(scan, j, s.last)) found = true;
    for (let k = i + 1, words = 0; k < s.last && words <= PERIOD_YEAR_WORDS && !found; k++) {
      const f = scan.figureOf[k]!;
      if (f >= 0 && yearOf(ctx.figures[f]!) !== null) found = true;
      if (ctx.tokens[k]!.type === 'word') words++;
    }
  }
  cache.set(s, found);
  return found;
}

/**
 * Is a word of an overall total (إجمالي، في المجمل) in the figure's own clause,
 * between the clause breaks around it? «بإجمالي مصروفات يبلغ 24.5 مليار دينار،
 * مع عجز قدره 6.3 مليار» makes the spending a total, not the deficit after the comma.
 */
export function totalInClause(scan: Scan, f: FigureAt): boolean {
  const { ctx } = scan;
  for (let i = f.first - 1; i >= f.sentence.first && !isClauseBreak(scan, i); i--) if (ctx.tokens[i]!.type === 'word' && longestAt(ctx, i, TOTALS, f.first)) return true;
  for (let i = f.last + 1; i <= f.sentence.last && i < ctx.tokens.length && !isClauseBreak(scan, i); i++) if (ctx.tokens[i]!.type === 'word' && longestAt(ctx, i, TOTALS)) return true;
  return false;
}
