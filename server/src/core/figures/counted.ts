// The counted noun of a figure (GUIDELINES §1): the noun right after the
// number (22 شخصاً، 550 عائلة), or after من (ستة من عناصر الشرطة), past a
// word like آخرون; a generic head (عناصر، أفراد) gives way to the specific
// noun after من (ستة عناصر من الشرطة). Lemmas come from counted.json; a
// nationality in ـيين/ـيون (سوريين) and an accusative tamyiz (مسلحاً)
// that the lexicon does not list are taken by their form.

import type { CountedNoun } from '../types.js';
import { offsetAfterCut } from '../lexicon/proclitics.js';
import { COUNTED, GENERIC_HEADS, OF, OTHERS, QUAL_AFTER } from './lexicon.js';
import { sameSentence, type WordView } from './view.js';

export interface CountedRead {
  noun: CountedNoun;
  last: number;
}

function span(v: WordView, first: number, last: number, cut: number, lemma: string): CountedRead {
  const start = offsetAfterCut(v.toks[first]!, cut);
  const end = v.toks[last]!.end;
  return { noun: { start, end, text: v.text.slice(start, end), lemma }, last };
}

/** Lexicon noun at j (article allowed, no other proclitic). */
export function countedAt(v: WordView, j: number): CountedRead | null {
  if (j >= v.n || v.toks[j]!.type !== 'word') return null;
  const m = COUNTED.match(v, j, { articleOnly: true });
  if (m) return span(v, j, m.last, m.cut, m.value);
  return null;
}

/** A noun the lexicon lacks, taken by its form; tamyiz only after 11-99. */
function byForm(v: WordView, j: number, tamyiz: boolean): CountedRead | null {
  const t = v.toks[j];
  if (!t || t.type !== 'word' || OTHERS.has(v.keys[j]!)) return null;
  let key = v.keys[j]!;
  let cut = 0;
  if (key.startsWith('ال') && key.length > 4) {
    key = key.slice(2);
    cut = 2;
  }
  // nisba plural: سوريين → سوري
  if (key.length >= 6 && (key.endsWith('يين') || key.endsWith('يون'))) return span(v, j, j, cut, key.slice(0, -2));
  // accusative tamyiz after 11-99: مسلحاً → مسلح
  if (tamyiz && cut === 0 && t.text.includes('\u064B') && !QUAL_AFTER.has(key)) return span(v, j, j, 0, key);
  return null;
}

/** The counted noun after word k (the last word of the number), or null. */
export function readCounted(v: WordView, k: number, value: number | null): CountedRead | null {
  let j = k + 1;
  if (!sameSentence(v, k, j)) return null;
  const tamyiz = value !== null && value >= 11 && value <= 99;
  const head = countedAt(v, j) ?? byForm(v, j, tamyiz);
  if (head) return refine(v, k, head);
  // ثلاثة آخرون من …, ستة من عناصر الشرطة
  if (v.toks[j]!.type === 'word' && OTHERS.has(v.keys[j]!)) j++;
  if (OF.has(v.keys[j]!) && sameSentence(v, k, j + 1)) {
    const after = countedAt(v, j + 1);
    if (after) return refine(v, k, after);
  }
  return null;
}

/** A generic head (عناصر) gives way to the specific noun after it, in construct or after من. */
function refine(v: WordView, k: number, head: CountedRead): CountedRead {
  if (!GENERIC_HEADS.has(head.noun.lemma)) return head;
  let at = head.last + 1;
  if (OF.has(v.keys[at]!)) at++; // ستة عناصر من الشرطة
  if (!sameSentence(v, k, at)) return head;
  const specific = countedAt(v, at); // عناصر قوات الأمن
  if (!specific || GENERIC_HEADS.has(specific.noun.lemma)) return head;
  const start = head.noun.start;
  const end = specific.noun.end;
  return { noun: { start, end, text: v.text.slice(start, end), lemma: specific.noun.lemma }, last: specific.last };
}

/** The counted noun before word k: مدنيين اثنين، احياء عدة. */
export function countedBefore(v: WordView, k: number): CountedRead | null {
  const j = k - 1;
  if (!sameSentence(v, k, j) || v.toks[j]!.type !== 'word') return null;
  // one word back; multi-word forms are rare in this position
  for (let first = j; first >= Math.max(0, j - 2); first--) {
    if (!sameSentence(v, k, first)) break;
    // the noun before may carry a preposition: لشخص واحد
    const m = COUNTED.match(v, first, { clitics: true });
    if (m && m.last === j) return span(v, first, j, m.cut, m.value);
  }
  return byForm(v, j, false);
}
