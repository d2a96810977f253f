// «and a half» after a unit of time or measure: عام ونصف is 1.5 years,
// ثلاث سنوات ونصف 3.5, عامين ونصف 2.5 (the half of the unit, not 0.5 of
// nothing); the unit may be said again after it (عاما ونصف العام).

import { cardinalAt } from './cardinals.js';
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

/**
 * «and a half» after a scale word: مليون ونصف is 1.5 million, ثلاثة آلاف ونصف
 * 3500, 2 مليون ونصف المليون 2.5 million (the scale said again with the
 * article). Returns the half's value and the last word read, or null.
 */
export function scaleAndAHalf(v: WordView, last: number): { add: number; last: number } | null {
  const scale = cardinalAt(v, last, false);
  if (!scale || (scale.w.cls !== 'scale' && scale.w.cls !== 'scalePlural' && scale.w.cls !== 'scaleDual')) return null;
  const j = last + 1;
  if (!sameSentence(v, last, j) || v.toks[j]!.type !== 'word' || v.toks[j]!.norm !== 'ونصف') return null;
  const again = cardinalAt(v, j + 1, true);
  const end = again && again.article && again.w.n === scale.w.n && sameSentence(v, j, j + 1) ? j + 1 : j;
  return { add: scale.w.n / 2, last: end };
}
