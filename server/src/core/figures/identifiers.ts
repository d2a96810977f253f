// Digits that identify rather than count (GUIDELINES §1: identifiers are
// never shown as figures): phone numbers (ten digits or more, or a leading
// 00 or +), numbers with a leading zero, codes glued to Latin letters
// (A320), and digits after a word like رقم. URLs, e-mail addresses and
// hashtags are whole tokens and never read at all. Also a code in any
// script: letters, a hyphen, digits, written together (ميغ-29، تي-72، F-16),
// (a name with the number of its item in a series, اتفاق مينسك 2, is an
// ordinal: seriesNumber, read by detect.ts).

import type { DigitNumber } from './digits.js';
import { CODE_WORDS, IDENTIFIER_BEFORE, SERIES_BEFORE } from './lexicon.js';
import { attached, sameSentence, stemIn, type WordView } from './view.js';

const PHONE_DIGITS = 10;
const LATIN = /[A-Za-z]/;
const PROCLITICS_ONLY = /^[وف]?[بلك]?(ال)?$/;

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
const LETTER = /\p{L}/u;

/** The word a code at digits k starts with (ميغ in ميغ-29), or -1: letters, a hyphen and the digits written together. */
export function codeStart(v: WordView, k: number): number {
  const dash = v.toks[k - 1];
  const word = v.toks[k - 2];
  if (!dash || !word || !attached(v, k) || !attached(v, k - 1) || !HYPHENS.has(dash.text)) return -1;
  return LETTER.test(word.text) && !PROCLITICS_ONLY.test(word.norm) ? k - 2 : -1;
}

/**
 * A name with the number of its item in a series: a series noun, one to two
 * words of a name, small digits (اتفاق مينسك 2، مؤتمر جنيف 2) with nothing
 * counted after them: the second of a series (an ordinal, as Oslo I is the first).
 */
export function seriesNumber(v: WordView, k: number, d: DigitNumber): boolean {
  if (d.value === null || !d.integer || d.digits > 2 || !v.toks[k - 1] || v.toks[k - 1]!.type !== 'word') return false;
  for (let j = k - 2; j >= k - 3; j--) {
    if (!sameSentence(v, k, j) || v.toks[j]!.type !== 'word') return false;
    if (stemIn(v, j, SERIES_BEFORE)) return true;
  }
  return false;
}

export function isIdentifier(v: WordView, k: number, d: DigitNumber): boolean {
  if (d.value === null && !d.dateParts) return true;
  if (codeStart(v, k) >= 0) return true;
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
  // إس 300، ميغ 29: a spelled letter or a model name, then the digits after a space (data/figures/cues.json codeWords)
  if (prev && prev.type === 'word' && sameSentence(v, k, k - 1) && !attached(v, k) && v.toks[k]!.start === prev.end + 1 && CODE_WORDS.has(v.keys[k - 1]!)) return true;
  // رقم 435، رقم (61)
  const cue = prev?.text === '(' ? k - 2 : k - 1;
  if (sameSentence(v, k, cue) && v.toks[cue]!.type === 'word' && stemIn(v, cue, IDENTIFIER_BEFORE)) return true;
  return false;
}
