// «and a half» after a unit of time or measure: عام ونصف is 1.5 years,
// ثلاث سنوات ونصف 3.5, عامين ونصف 2.5 (the half of the unit, not 0.5 of
// nothing); the unit may be said again after it (عاما ونصف العام).

import { UNITS } from './lexicon.js';
import { sameSentence, type WordView } from './view.js';

/** The last word of «ونصف [العام]» at j, or -1. */
export function andAHalf(v: WordView, j: number, k: number): number {
  if (!sameSentence(v, k, j) || v.toks[j]!.type !== 'word' || v.toks[j]!.norm !== 'ونصف') return -1;
  const again = j + 1;
  if (sameSentence(v, k, again) && v.toks[again]!.type === 'word') {
    const m = UNITS.match(v, again, { articleOnly: true });
    if (m && m.article) return m.last;
  }
  return j;
}
