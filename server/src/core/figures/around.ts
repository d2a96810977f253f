// The words next to a number that change how it reads: a noun before it
// (مدنيين اثنين، الديانات الثلاث), a unit before it (يوم واحد), a word that
// numbers an item (المادة 103), the definite noun after أحد.

import type { CountedRead } from './counted.js';
import { offsetAfterCut } from '../lexicon/proclitics.js';
import { readDual } from './duals.js';
import { NOT_NOUNS, NUMBERING_BEFORE, UNITS } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

/** A noun right before word k that a number may follow (شخص واحد، الديانات السماوية الثلاث). */
export function nounBefore(v: WordView, k: number, definite: boolean): boolean {
  const j = k - 1;
  if (!sameSentence(v, k, j) || v.toks[j]!.type !== 'word' || NOT_NOUNS.has(v.keys[j]!)) return false;
  return !definite || definiteWord(v, j);
}

export function definiteWord(v: WordView, j: number): boolean {
  return /^(و|ف)?(ال|بال|لل|كال)/.test(v.keys[j]!);
}

/** Is the word before (past an opening bracket) one that numbers an item? */
export function numberingBefore(v: WordView, k: number): boolean {
  let j = k - 1;
  if (j >= 0 && v.toks[j]!.text === '(') j--;
  return sameSentence(v, k, j) && v.toks[j]!.type === 'word' && stemIn(v, j, NUMBERING_BEFORE, true);
}

/** A dual noun right before: قتيلين اثنين. */
export function dualBefore(v: WordView, k: number): CountedRead | null {
  const j = k - 1;
  if (!sameSentence(v, k, j)) return null;
  const d = readDual(v, j);
  if (!d?.lemma) return null;
  const end = v.toks[j]!.end;
  return { noun: { start: d.start, end, text: v.text.slice(d.start, end), lemma: d.lemma }, last: j };
}

/** A unit noun right before: يوم واحد، ساعة واحدة. */
export function unitBeforeAt(v: WordView, k: number): string | null {
  const j = k - 1;
  if (!sameSentence(v, k, j)) return null;
  const m = UNITS.match(v, j, { articleOnly: true });
  return m && m.last === j ? m.value : null;
}

/** The definite noun after أحد when the lexicon lacks it: أحد المستشارين. */
export function definiteNoun(v: WordView, j: number): CountedRead | null {
  const t = v.toks[j];
  if (!t || t.type !== 'word') return null;
  const key = v.keys[j]!;
  const m = /^(و?(?:ال|بال|لل))/.exec(key);
  if (!m) return null;
  const cut = m[1]!.length;
  const start = offsetAfterCut(t, cut);
  return { noun: { start, end: t.end, text: v.text.slice(start, t.end), lemma: key.slice(cut) }, last: j };
}

const MARKERS = new Set(['-', '–', ')', '.', ':']);

/** A list item number: the first word of a sentence, then - ) . and a word (1 - يعاقب كل من). */
export function listMarker(v: WordView, k: number): boolean {
  const t = v.toks[k]!;
  if (k > 0 && v.toks[k - 1]!.sentence === t.sentence) return false;
  const m = v.toks[k + 1];
  if (!m || !MARKERS.has(m.text)) return false;
  const after = v.toks[k + 2];
  return !after || after.type === 'word' || after.sentence !== t.sentence;
}
