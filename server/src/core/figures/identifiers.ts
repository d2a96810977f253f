// Digits that identify rather than count (GUIDELINES §1: identifiers are
// never shown as figures): phone numbers (ten digits or more, or a leading
// 00 or +), numbers with a leading zero, codes glued to Latin letters
// (A320), and digits after a word like رقم. URLs, e-mail addresses and
// hashtags are whole tokens and never read at all.

import type { DigitNumber } from './digits.js';
import { IDENTIFIER_BEFORE } from './lexicon.js';
import { attached, sameSentence, stemIn, type WordView } from './view.js';

const PHONE_DIGITS = 10;
const LATIN = /[A-Za-z]/;
const PROCLITICS_ONLY = /^[وف]?[بلك]?(ال)?$/;

export function isIdentifier(v: WordView, k: number, d: DigitNumber): boolean {
  if (d.value === null && !d.dateParts) return true;
  if (d.digits >= PHONE_DIGITS && !d.separated) return true;
  if (d.leadingZero && d.digits >= 3) return true;
  const prev = v.toks[k - 1];
  if (prev && attached(v, k)) {
    if (prev.text === '+' || LATIN.test(prev.text) || prev.text === '#') return true;
    // glued to a word that is more than proclitics: ملف1، جزء2 (but و12، لـ12)
    if (prev.type === 'word' && !PROCLITICS_ONLY.test(prev.norm)) return true;
  }
  const next = v.toks[k + 1];
  if (next && attached(v, k + 1) && LATIN.test(next.text)) return true;
  // رقم 435، رقم (61)
  const cue = prev?.text === '(' ? k - 2 : k - 1;
  if (sameSentence(v, k, cue) && v.toks[cue]!.type === 'word' && stemIn(v, cue, IDENTIFIER_BEFORE)) return true;
  return false;
}
