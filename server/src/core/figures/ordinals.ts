// Ordinals (GUIDELINES §1, kind 'ordinal'): ثاني أكبر مدن، خامس أيام،
// الفرقة التاسعة، الحادي عشر. A definite feminine ordinal after الساعة or a
// time preposition, or before a part of the day, is a clock time
// (حوالى الثالثة، الثالثة فجراً).

import { cardinalAt } from './cardinals.js';
import { monthAt } from './dates.js';
import { AGE_AFTER, ALIF_MAQSURA, CLOCK_BEFORE, CLOCK_PREP, DAY_PARTS, FEMININE_ORDINALS, NOT_FIGURE, OF, ORDINALS, ORDINAL_TEEN, QUAL_BEFORE } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

export interface OrdinalRead {
  value: number;
  first: number;
  last: number;
  cut: number;
  time: boolean;
  /** في الخامسة من عمره: an age in years. */
  age: boolean;
  /** الحادي عشر من سبتمبر: a day of the month (the span runs to the month). */
  day?: boolean;
  /** The word before, when it is a qualifier of the time (حوالى). */
  approx?: number;
  /** Proclitics cut off that qualifier (وحوالى). */
  approxCut?: number;
}

/** The last word of a fixed phrase that states no figure at k, or -1. */
export function notFigure(v: WordView, k: number): number {
  const m = NOT_FIGURE.match(v, k, { clitics: true });
  return m ? m.last : -1;
}

export function readOrdinal(v: WordView, k: number): OrdinalRead | null {
  const m = ORDINALS.match(v, k, { clitics: true });
  if (!m) return null;
  // الأولى, not الأولي (preliminary): the same word once ى is folded
  if (ALIF_MAQSURA.has(v.keys[k]!.slice(m.cut)) && !/ى[\u064B-\u065F]*$/.test(v.toks[k]!.text)) return null;
  let value = m.value;
  let last = m.last;
  const j = last + 1;
  if (sameSentence(v, k, j) && value < 10 && v.toks[j]!.type === 'word') {
    if (ORDINAL_TEEN.has(v.keys[j]!)) {
      value += 10; // الحادي عشر
      last = j;
    } else if (v.keys[j]!.startsWith('و')) {
      const tens = cardinalAt(v, j, true); // الحادي والعشرين
      if (tens && tens.w.cls === 'tens') {
        value += tens.w.n;
        last = j;
      }
    }
  }
  const stem = v.keys[k]!.slice(m.cut);
  const feminine = m.article && FEMININE_ORDINALS.has(stem);
  let time = false;
  let approx: number | undefined;
  let approxCut = 0;
  if (feminine && value <= 12) {
    const p = k - 1;
    const prevTime = sameSentence(v, k, p) && v.toks[p]!.type === 'word' && (stemIn(v, p, CLOCK_BEFORE) || stemIn(v, p, CLOCK_PREP));
    const partAfter = sameSentence(v, k, last + 1) && DAY_PARTS.match(v, last + 1, { clitics: true }) !== null;
    time = prevTime || partAfter;
    if (time && prevTime) {
      const q = QUAL_BEFORE.match(v, p, { clitics: true });
      if (q && q.value === 'approx' && q.last === p) {
        approx = p;
        approxCut = q.cut;
      }
    }
  }
  // الحادي عشر من سبتمبر: a day of the month
  if (!time) {
    const j = last + 1;
    const month = sameSentence(v, k, j) ? (OF.has(v.keys[j]!) && sameSentence(v, k, j + 1) ? monthAt(v, j + 1) : monthAt(v, j)) : null;
    if (month && value <= 31) return { value, first: k, last: month.last, cut: m.cut, time: false, age: false, day: true };
  }
  // في الخامسة من عمره: an age
  const age = !time && m.article && sameSentence(v, k, last + 1) && AGE_AFTER.match(v, last + 1, {}) !== null;
  return { value, first: k, last, cut: m.cut, time, approx, approxCut, age };
}
