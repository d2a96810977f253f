// Dual nouns are figures of two: قتيلان، امرأتين، ساعتين، يومين. Written
// without vowels, a dual in ـين looks like a sound plural (مدنيين "civilians"
// or "two civilians"), so a form in ـين counts as a dual only when the
// lexicon does not list it as a plural; ـان is always a dual.

import { offsetAfterCut } from '../lexicon/proclitics.js';
import { COUNTED_FORMS, COUNTED_SINGULAR, UNIT_SINGULAR } from './lexicon.js';
import { stemsAt, type WordView } from './view.js';

export interface Dual {
  /** Counted lemma or unit code. */
  lemma?: string;
  unit?: string;
  start: number;
}

function singularOf(stem: string): { lemma?: string; unit?: string } | null {
  const lemma = COUNTED_SINGULAR.get(stem);
  if (lemma) return { lemma };
  const unit = UNIT_SINGULAR.get(stem);
  if (unit) return { unit };
  return null;
}

export function readDual(v: WordView, k: number): Dual | null {
  const tok = v.toks[k]!;
  if (tok.type !== 'word') return null;
  for (const s of stemsAt(v, k)) {
    const w = s.stem;
    // four letters only for a unit (طنين، طنان: two tonnes); a shorter noun in ـين is as often something else
    if (w.length < 4 || (w.length < 5 && !UNIT_SINGULAR.has(w.slice(0, -2)))) continue;
    const suffix = w.slice(-2);
    if (suffix !== 'ان' && suffix !== 'ين') continue;
    if (suffix === 'ين' && COUNTED_FORMS.has(w)) continue;
    let base = w.slice(0, -2);
    // ـتان / ـتين of a noun in ة: امرأتين → امرأة
    const fem = base.endsWith('ت') ? singularOf(base.slice(0, -1) + 'ة') : null;
    const hit = fem ?? singularOf(base);
    if (!hit) continue;
    // a nisba (مدني) in ـين is as likely a plural: leave it to the lexicon
    if (suffix === 'ين' && base.endsWith('ي')) continue;
    base = '';
    return { ...hit, start: offsetAfterCut(tok, s.cut) };
  }
  return null;
}
