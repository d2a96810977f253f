// Dates and clock times (GUIDELINES §1, kind 'date'): a day number before a
// month name (21 تشرين الأول), a year (عام 2014، منذ 2014, or a bare
// 1900-2099 with nothing counted), d/m/y written with / - or dots, and clock
// times (الساعة 10، 10:30، حوالى الثالثة فجراً). Pages converted from HTML
// often space the separators out (3 / 9 / 2015، 11 : 20): one space on each
// side still joins the parts into one figure, and so does a clock's colon
// spaced on one side only (11 :20). A clock time keeps its minutes
// as a fraction of the hour (10:30 → 10.5).

import type { Core } from './core.js';
import { CLOCK_BEFORE, DAY_PARTS, DAY_PART_ADVERBS, MONTHS, MONTH_WORDS, OF, YEARS, YEAR_AFTER, YEAR_BEFORE } from './lexicon.js';
import { attached, sameSentence, stemIn, type WordView } from './view.js';

/** Word j follows word j-1 directly or after one space (a separator spaced out). */
function joined(v: WordView, j: number): boolean {
  return attached(v, j) || (j > 0 && j < v.n && v.toks[j]!.start === v.toks[j - 1]!.end + 1 && v.text[v.toks[j - 1]!.end] === ' ');
}

/** Hours and minutes as one value: 11:20 → 11.3333. */
export function clockValue(hours: number, minutes: number): number {
  return Math.round((hours + minutes / 60) * 10000) / 10000;
}

export interface DateRead {
  detail: 'day' | 'year' | 'time' | 'date';
  value: number;
  /** Last word of the date's span (the month for 21 تشرين الأول). */
  last: number;
  /** Words read but left out of the span (/أكتوبر after a month). */
  skip: number;
}

function prevKeyIn(v: WordView, k: number, set: Set<string>): boolean {
  const j = k - 1;
  if (!sameSentence(v, k, j) || v.toks[j]!.type !== 'word') return false;
  return stemIn(v, j, set);
}

/** A month name at j; after it, a second spelling after a slash is skipped. */
export function monthAt(v: WordView, j: number): { value: number; last: number; skip: number } | null {
  const m = MONTHS.match(v, j, { clitics: true });
  if (!m) return null;
  let skip = m.last;
  const slash = m.last + 1;
  if (sameSentence(v, j, slash + 1) && v.toks[slash]!.text === '/') {
    const alt = MONTHS.match(v, slash + 1, {});
    if (alt) skip = alt.last;
  }
  return { value: m.value, last: m.last, skip };
}

/**
 * الساعة 10.30، 8.15 مساءً: pages write a clock's colon as a dot too. Read
 * as hours and minutes only beside a clock word or a part of the day, with
 * two-digit minutes under 60 (otherwise 10.30 is ten point three).
 */
function dottedClock(v: WordView, core: Core): DateRead | null {
  if (core.type !== 'digits' || core.first !== core.last || core.scale) return null;
  const m = /^(\d{1,2})[.\u066B](\d{2})$/.exec(v.toks[core.first]!.norm);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 24 || minutes >= 60) return null;
  const k = core.first;
  const j = k + 1;
  if (!prevKeyIn(v, k, CLOCK_BEFORE) && !(sameSentence(v, k, j) && DAY_PARTS.match(v, j, { clitics: true }) !== null)) return null;
  return { detail: 'time', value: clockValue(hours, minutes), last: k, skip: k };
}

/** Is the core a date or time? Only plain numbers without qualifier, unit or noun get here. */
export function readDate(v: WordView, core: Core): DateRead | null {
  const dotted = dottedClock(v, core);
  if (dotted) return dotted;
  const value = core.value;
  if (value === null || !core.integer || core.scale) return null;
  const k = core.first;
  const j = core.last + 1;
  const digits = core.type === 'digits' ? core.digits : undefined;

  // d/m/y and h:mm, digits only, the separators written tight or spaced out alike
  const tight = attached(v, j) && attached(v, j + 1);
  const spaced = !tight && joined(v, j) && joined(v, j + 1) && !attached(v, j) && !attached(v, j + 1);
  // الساعة 11 :20، 11: 20 صباحاً: a clock's colon spaced on one side only, where a clock word
  // stands before the hour or a part of the day after the minutes (otherwise «البند 3: 20 شخصاً»)
  const lopsided =
    !tight && !spaced && joined(v, j) && joined(v, j + 1) && v.toks[j]?.text === ':' &&
    (prevKeyIn(v, k, CLOCK_BEFORE) || (sameSentence(v, k, j + 2) && DAY_PARTS.match(v, j + 2, { clitics: true }) !== null));
  // 23 /5/ 2017: a date's three numbers are safe to join however each separator is spaced
  const dated = !tight && !spaced && joined(v, j) && joined(v, j + 1) && (v.toks[j]?.text === '/' || v.toks[j]?.text === '-');
  if (digits && !digits.separated && sameSentence(v, k, j + 1) && (tight || spaced || lopsided || dated) && v.toks[j + 1]!.type === 'number') {
    const sep = v.toks[j]!.text;
    const fits = (i: number) => (dated ? joined(v, i) : tight ? attached(v, i) : joined(v, i) && !attached(v, i));
    if (sep === ':' && value <= 24 && /^\d{2}$/.test(v.toks[j + 1]!.norm) && Number(v.toks[j + 1]!.norm) < 60)
      return { detail: 'time', value: clockValue(value, Number(v.toks[j + 1]!.norm)), last: j + 1, skip: j + 1 };
    if ((sep === '/' || sep === '-') && sameSentence(v, k, j + 3) && fits(j + 2) && fits(j + 3) && v.toks[j + 2]!.text === sep && v.toks[j + 3]!.type === 'number') {
      const b = Number(v.toks[j + 1]!.norm);
      const c = Number(v.toks[j + 3]!.norm);
      const dmy = value >= 1 && value <= 31 && b >= 1 && b <= 12 && c >= YEARS.min && c <= YEARS.max;
      const ymd = value >= YEARS.min && value <= YEARS.max && b >= 1 && b <= 12 && c >= 1 && c <= 31;
      if (dmy || ymd) return { detail: 'date', value: dmy ? c : value, last: j + 3, skip: j + 3 };
    }
  }
  if (digits?.dateParts) return { detail: 'date', value: digits.dateParts[2], last: k, skip: k };

  // a day of the month
  if (value >= 1 && value <= 31 && sameSentence(v, k, j)) {
    const m = monthAt(v, j);
    if (m) return { detail: 'day', value, last: m.last, skip: m.skip };
    // 21 من أكتوبر، 21 من الشهر الجاري
    if (OF.has(v.keys[j]!) && sameSentence(v, k, j + 1)) {
      const after = monthAt(v, j + 1) ?? MONTH_WORDS.match(v, j + 1, {});
      if (after) return { detail: 'day', value, last: after.last, skip: 'skip' in after ? after.skip : after.last };
    }
  }
  // a clock time
  // after bare digits only an adverb (10 صباحاً), not a noun (قتل 5 صباح اليوم)
  const adverb = sameSentence(v, k, j) && v.toks[j]!.type === 'word' && (DAY_PART_ADVERBS.has(v.toks[j]!.norm) || (v.toks[j]!.text.includes('\u064B') && DAY_PART_ADVERBS.has(v.toks[j]!.norm + 'ا')));
  if (value <= 24 && (prevKeyIn(v, k, CLOCK_BEFORE) || (digits !== undefined && adverb))) {
    const part = sameSentence(v, k, j) ? DAY_PARTS.match(v, j, { clitics: true }) : null;
    return { detail: 'time', value, last: core.last, skip: part ? part.last : core.last };
  }
  // a year
  if (digits && !digits.separated && (digits.digits === 3 || digits.digits === 4)) {
    // a bracket may stand between the year and its cue: عام (1325) هجري
    const b = v.toks[k - 1]?.text === '(' && v.toks[j]?.text === ')' ? 1 : 0;
    const cue =
      prevKeyIn(v, k - b, YEAR_BEFORE) || (sameSentence(v, k, k - 1 - b) && MONTHS.match(v, k - 1 - b, {}) !== null) || (sameSentence(v, k, j + b) && YEAR_AFTER.has(v.keys[j + b]!));
    if (cue && value >= YEARS.min && value <= YEARS.max) return { detail: 'year', value, last: core.last, skip: core.last };
    if (value >= YEARS.bareMin && value <= YEARS.bareMax) return { detail: 'year', value, last: core.last, skip: core.last };
  }
  return null;
}
