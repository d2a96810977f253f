// The day a claim tells of, as a day number (days since 1970-01-01, UTC).
// A figure's clause often says when («أمس»، «الاثنين»، «أول من أمس»): that
// day is counted back from its article's date line, so that a next-day
// article's «أمس» and the first article's «اليوم» are the same day, and a
// toll of Monday is not compared as if it were Wednesday's. A clause that
// names no day has none (undefined): the article's own time is not enough to
// tell two incidents apart (a page's date may be the day it was read).

import daysData from '../data/story/days.json' with { type: 'json' };
import monthsData from '../data/figures/months.json' with { type: 'json' };
import type { Claim, Figure } from '../types.js';

const ARABIC = '\\u0600-\\u06FF';
const alternation = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
/** A day word as a whole word, with a clitic و/ف/ب/ل before it. */
const wordRe = (words: string[]) => new RegExp(`(?<![${ARABIC}])[وفبل]?(${alternation(words)})(?![${ARABIC}])`, 'g');

const RELATIVE = new Map(Object.entries(daysData.relative).map(([w, d]) => [w.replace(/\s+/g, ' '), d as number]));
const WEEKDAYS = new Map(Object.entries(daysData.weekdays).map(([w, d]) => [w, d as number]));
const RELATIVE_RE = wordRe([...RELATIVE.keys()]);
const WEEKDAY_RE = wordRe([...WEEKDAYS.keys()]);
/** Days apart at most for two dated tolls to be one incident's earlier and later count. */
export const LATER_COUNT_DAYS: number = daysData.laterCountDays;

const MONTHS = new Map<string, number>();
for (const [n, names] of Object.entries(monthsData.months)) for (const name of names) MONTHS.set(name, Number(n));

/** How far into the text a date line may stand (the page's header and headline). */
export const DATELINE_CHARS = 600;
/** How far around a figure its clause is read for a day word. */
const CLAUSE_CHARS = 160;

export function dayNumber(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Arabic-Indic and Persian digits as Western ones, nothing else changed. */
function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10));
}

/** A full date a figure spells (2016 / 10 / 30, 30 - 10 - 2017, 21 كانون الثاني … 2018), or null. */
export function dateOfFigure(text: string, figures: Figure[], i: number): number | null {
  const f = figures[i]!;
  if (f.kind !== 'date') return null;
  // ١٣ أبريل as 13 أبريل: the digits of any script
  const written = westernDigits(f.text);
  const nums = written.match(/\d+/g)?.map(Number) ?? [];
  if (f.detail === 'date' && nums.length === 3) {
    const [a, b, c] = nums as [number, number, number];
    return a > 31 ? dayNumber(a, b, c) : dayNumber(c, b, a);
  }
  if (f.detail === 'day' && nums.length === 1) {
    const name = written.replace(/\d+/g, '').trim();
    const month = MONTHS.get(name);
    // the year follows the month within a few words (كانون الثاني / يناير 2018)
    const next = figures[i + 1];
    if (!month || !next || next.kind !== 'date' || next.detail !== 'year' || next.start - f.end > 24) return null;
    return dayNumber(next.value as number, month, nums[0]!);
  }
  void text;
  return null;
}

/** The article's date: the first full date of its date line, or null. */
export function articleDay(text: string, figures: Figure[]): number | null {
  for (let i = 0; i < figures.length && figures[i]!.start < DATELINE_CHARS; i++) {
    const d = dateOfFigure(text, figures, i);
    if (d !== null) return d;
  }
  return null;
}

/** How far into the text a date line's day may stand («الرباط، 3 مارس -»), and how near after it its dash. */
const DATELINE_DAY_CHARS = 60;
const DATELINE_DASH_CHARS = 24;

/**
 * The day of the year (1–365, in a common year) of the date line's day and
 * month, written with or without its year («الرباط، 3 مارس/آذار -»), or
 * null. Without a year two date lines can still be told days apart; an
 * article is of its own year, so days are compared round the year's end.
 */
export function datelineDayOfYear(text: string, figures: Figure[]): number | null {
  const f = figures.find((x) => x.kind === 'date' && x.detail === 'day' && x.start < DATELINE_DAY_CHARS);
  if (!f || /[.!؟?\n]/.test(text.slice(0, f.start))) return null;
  // the date line's dash closes it soon after the day (a month's second name may stand between: 3 مارس/آذار)
  if (!/[-–—]/.test(text.slice(f.end, f.end + DATELINE_DASH_CHARS))) return null;
  const written = westernDigits(f.text);
  const day = Number(written.match(/\d+/)?.[0]);
  const month = MONTHS.get(written.replace(/\d+/g, '').trim());
  const n = month ? dayNumber(2001, month, day) : null;
  return n === null ? null : n - dayNumber(2001, 1, 1)! + 1;
}

/** Days between two days of the year, round the year's end (28 December and 2 January: 5). */
export function yearDaysApart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 365 - d);
}

/** The clause around [start, end): back and forward to the nearest sentence stop, within CLAUSE_CHARS. */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < CLAUSE_CHARS && !/[.!؟?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < CLAUSE_CHARS && !/[.!؟?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** The day a clause names, counted from the article's date; null when it names none. */
export function dayInClause(clause: string, anchor: number): number | null {
  // a weekday wins over «أمس» beside it (أمس الأحد): it is the more exact of the two
  for (const m of clause.matchAll(WEEKDAY_RE)) {
    const wd = WEEKDAYS.get(m[1]!);
    if (wd !== undefined) return anchor - ((weekdayOf(anchor) - wd + 7) % 7);
  }
  for (const m of clause.matchAll(RELATIVE_RE)) {
    const back = RELATIVE.get(m[1]!.replace(/\s+/g, ' '));
    if (back !== undefined) return anchor - back;
  }
  return null;
}

/** The day each claim tells of (by index), when its clause names one and the article has a date line. */
export function claimDays(text: string, figures: Figure[], claims: readonly Claim[]): (number | undefined)[] {
  const anchor = articleDay(text, figures);
  if (anchor === null) return claims.map(() => undefined);
  return claims.map((c) => {
    const f = figures[c.figure];
    if (!f) return undefined;
    return dayInClause(clauseAround(text, f.start, f.end), anchor) ?? undefined;
  });
}
