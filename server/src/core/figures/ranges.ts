// Ranges (GUIDELINES §1): X إلى Y، X حتى Y، X-Y، بين X و Y. The second end
// must be larger; a scale on it applies to the first (3 إلى 5 ملايين).

import { readCore, type Core } from './core.js';
import { GRADE_BEFORE, RANGE_DASH, RANGE_JOIN, YEARS } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

/** The second end of a range after the core: X إلى Y، X-Y، بين X و Y. */
export function rangeAfter(v: WordView, core: Core, between: boolean): Core | null {
  if (core.value === null || core.type === 'fraction' || core.type === 'dual' || core.oneOf) return null;
  // أوكتان 90 إلى 930 فلسا: a grade names the product; the price after إلى is its own figure
  if (sameSentence(v, core.first, core.first - 1) && v.toks[core.first - 1]!.type === 'word' && stemIn(v, core.first - 1, GRADE_BEFORE)) return null;
  const j = core.last + 1;
  if (!sameSentence(v, core.first, j + 1)) return null;
  const t = v.toks[j]!;
  const key = v.keys[j]!;
  let at = -1;
  if (t.type === 'punct' || t.type === 'symbol') {
    if (RANGE_DASH.has(t.text) && core.type === 'digits') at = j + 1;
  } else if (t.type === 'word') {
    if (key === 'و') at = between ? j + 1 : -1;
    else if (RANGE_JOIN.has(key)) at = j + 1;
    else if (between && key.length > 2 && key.startsWith('و')) at = j; // بين ثلاثة وخمسة: و on the second number
  }
  if (at < 0) return null;
  const second = readCore(v, at);
  if (!second || second.value === null || second.type === 'fraction' || second.type === 'dual' || second.lone === 1) return null;
  const firstValue = second.scale && !core.scale ? core.value * second.scale : core.value;
  if (!(second.value > firstValue)) return null;
  return second;
}

/** A bare year in digits (1900-2099), for ranges of years (2014-2016). */
export function isYear(c: Core): boolean {
  const d = c.digits;
  return c.type === 'digits' && d != null && !d.separated && d.digits === 4 && c.value !== null && c.value >= YEARS.bareMin && c.value <= YEARS.bareMax;
}
