// Units after a number (255 كم، 12 ساعة، 35 عاماً، 5 في المئة) and the age
// reading of years: N عاماً is an age after a person, which the text shows by
// brackets or commas around it ((35 عاما)، فلان، 35 عاماً،) or by a word of
// age (عمره، البالغ من العمر).

import { AGE_AFTER, AGE_BEFORE, UNITS } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

export interface UnitRead {
  unit: string;
  last: number;
}

/** The unit at word j; `definite` allows the article (مئات الأمتار، ملايين الدولارات). */
export function readUnit(v: WordView, j: number, definite = false): UnitRead | null {
  if (j >= v.n) return null;
  const m = UNITS.match(v, j, { clitics: true });
  if (!m) return null;
  // a proclitic is allowed only as part of the unit itself (بالمئة)
  if (m.cut > 0 && !(m.value === '%') && !(definite && m.article && m.cut === 2)) return null;
  return { unit: m.value, last: m.last };
}

const OPEN = new Set(['(', '،', ',', '[']);
const CLOSE = new Set([')', '،', ',', ']', '.']);

/** Is "N years" from first..last an age? */
export function isAge(v: WordView, first: number, last: number): boolean {
  const before = v.toks[first - 1];
  const after = v.toks[last + 1];
  if (before && after && sameSentence(v, first, first - 1) && OPEN.has(before.text) && CLOSE.has(after.text)) return true;
  for (let j = first - 1; j >= first - 3 && sameSentence(v, first, j); j--) {
    if (v.toks[j]!.type === 'word' && stemIn(v, j, AGE_BEFORE)) return true;
  }
  return sameSentence(v, last, last + 1) && AGE_AFTER.match(v, last + 1, {}) !== null;
}
