// Cardinal numbers written in words: units, teens (ثلاثة عشر), tens joined
// by و (خمسة وعشرون), hundreds (ثلاثمائة، ثلاث مئة، مئتين) and scales
// (ثلاثة آلاف، مليون، ألفين). Arabic writes units before tens and larger
// parts before smaller ones, which decides what a following و may join.

import type { Token } from '../types.js';
import { CARDINALS, COUNTED, HUNDRED_WORD, ONE_BEFORE, TEEN_TEN, UNITS, type CardinalWord } from './lexicon.js';
import { sameSentence, stemsAt, type WordView } from './view.js';

export interface CardinalRead {
  value: number;
  first: number;
  last: number;
  cut: number;
  article: boolean;
  /** A lone word for one or two (واحد، اثنين), which follows its noun. */
  lone?: 1 | 2;
  /** أحد / إحدى before a definite noun: the next word is the counted noun. */
  oneOf?: boolean;
}

interface Hit {
  w: CardinalWord;
  cut: number;
  article: boolean;
}

/** The cardinal word at k, proclitics allowed on request. */
export function cardinalAt(v: WordView, k: number, clitics: boolean): Hit | null {
  if (k < 0 || k >= v.n || v.toks[k]!.type !== 'word') return null;
  if (!clitics) {
    const w = CARDINALS.get(v.keys[k]!);
    return w ? hit(w, 0, false) : null;
  }
  const ss = stemsAt(v, k);
  for (let i = 0; i < ss.length; i++) {
    const w = CARDINALS.get(ss[i]!.stem);
    if (w) return hit(w, ss[i]!.cut, ss[i]!.article);
  }
  return null;
}

function hit(w: CardinalWord, cut: number, article: boolean): Hit {
  return { w, cut, article };
}

/** The word after "و" at j: a separate و token or a و proclitic. */
function afterWa(v: WordView, j: number, definite = false): { k: number; hit: Hit } | null {
  if (!sameSentence(v, j - 1, j)) return null;
  const key = v.keys[j]!;
  if (key === 'و') {
    const hit = cardinalAt(v, j + 1, false);
    return hit && sameSentence(v, j, j + 1) ? { k: j + 1, hit } : null;
  }
  if (key.length > 2 && key.startsWith('و')) {
    const w = CARDINALS.get(key.slice(1));
    if (w) return { k: j, hit: { w, cut: 1, article: false } };
    // الأربع والعشرين: a definite number's second part has the article too
    const d = definite && key.startsWith('وال') ? CARDINALS.get(key.slice(3)) : undefined;
    return d ? { k: j, hit: { w: d, cut: 3, article: true } } : null;
  }
  return null;
}

function isTeenTen(v: WordView, j: number, k: number): boolean {
  return sameSentence(v, k, j) && v.toks[j]!.type === 'word' && TEEN_TEN.has(v.keys[j]!);
}

/**
 * ألفا شخص، مليونا دولار: a scale's dual in construct (its ن dropped) is
 * written like the accusative singular without its tanween (15 ألفا). It is
 * the dual where the word stands alone (no number before it), with no
 * tanween written, before an indefinite counted noun or unit.
 */
function dualConstruct(v: WordView, k: number): boolean {
  const tok = v.toks[k]!;
  if (!tok.norm.endsWith('ا') || tok.text.includes('\u064B')) return false;
  const p = v.toks[k - 1];
  if (p && sameSentence(v, k, k - 1) && (p.type === 'number' || cardinalAt(v, k - 1, true))) return false;
  const j = k + 1;
  if (!sameSentence(v, k, j) || v.toks[j]!.type !== 'word' || v.keys[j]!.startsWith('ال')) return false;
  return COUNTED.match(v, j, {}) !== null || UNITS.match(v, j, {}) !== null;
}

/** Reads the cardinal number that starts at word k, or null. */
export function readCardinal(v: WordView, k: number): CardinalRead | null {
  const tok: Token | undefined = v.toks[k];
  if (!tok || tok.type !== 'word') return null;

  const head = cardinalAt(v, k, true);
  // أحد / إحدى: one of (أحد الانتحاريين) or the first word of eleven; a
  // whole cardinal word wins (واحد is not و + احد)
  for (const s of stemsAt(v, k)) {
    if (head && head.cut <= s.cut) break;
    if (!ONE_BEFORE.has(s.stem)) continue;
    if (isTeenTen(v, k + 1, k)) return { value: 11, first: k, last: k + 1, cut: s.cut, article: s.article };
    const next = v.keys[k + 1];
    if (!s.article && next && sameSentence(v, k, k + 1) && v.toks[k + 1]!.type === 'word' && (/^(ال|وال|بال|لل)/.test(next) || COUNTED.match(v, k + 1, {}) !== null))
      return { value: 1, first: k, last: k, cut: s.cut, article: false, oneOf: true };
    return null;
  }

  if (!head || head.w.cls === 'scalePlural') return null;

  let total = 0;
  let cur = 0;
  let place = 0;
  let last = k;
  let parts = 0;

  const apply = (w: CardinalWord, at: number): boolean => {
    switch (w.cls) {
      case 'unit':
        if (w.n >= 1 && w.n <= 9 && isTeenTen(v, at + 1, at)) {
          cur += 10 + w.n;
          last = at + 1;
          place = 10;
        } else {
          cur += w.n;
          last = at;
          place = w.n >= 10 ? 10 : 1;
        }
        return true;
      case 'tens':
        cur += w.n;
        last = at;
        place = 10;
        return true;
      case 'hundred':
        if (w.n === 100 && place === 1 && cur > 0 && cur < 10 && parts > 0 && HUNDRED_WORD.has(v.keys[at]!)) cur *= 100;
        else cur += w.n;
        last = at;
        place = 100;
        return true;
      case 'scale':
        cur = (cur || 1) * w.n;
        total += cur;
        cur = 0;
        last = at;
        place = w.n;
        return true;
      case 'scaleDual':
        if (cur !== 0) return false;
        total += 2 * w.n;
        last = at;
        place = w.n;
        return true;
      case 'scalePlural':
        if (cur < 3 || cur > 10) return false;
        total += cur * w.n;
        cur = 0;
        last = at;
        place = w.n;
        return true;
    }
  };

  apply(head.w.cls === 'scale' && dualConstruct(v, k) ? { cls: 'scaleDual', n: head.w.n } : head.w, k);
  parts = 1;
  for (let guard = 0; guard < 12; guard++) {
    const j = last + 1;
    if (!sameSentence(v, k, j)) break;
    // without و: a scale, or مئة after a unit (ثلاث مئة)
    const direct = cardinalAt(v, j, false);
    if (direct) {
      const { w } = direct;
      const scaleAfter = (w.cls === 'scale' || w.cls === 'scalePlural') && cur > 0 && w.n > place;
      const hundredAfter = w.cls === 'hundred' && w.n === 100 && place === 1 && HUNDRED_WORD.has(v.keys[j]!);
      if ((scaleAfter || hundredAfter) && apply(w, j)) {
        parts++;
        continue;
      }
      break;
    }
    // with و: units before tens; after hundreds or a scale anything smaller
    const wa = afterWa(v, j, head.article);
    if (!wa) break;
    const { w } = wa.hit;
    const size = w.cls === 'scale' || w.cls === 'scalePlural' || w.cls === 'scaleDual' ? w.n : w.n;
    const ok = (place === 1 && w.cls === 'tens') || (place >= 100 && size < place && w.cls !== 'scalePlural');
    if (!ok || !apply(w, wa.k)) break;
    parts++;
  }

  const value = total + cur;
  const read: CardinalRead = { value, first: k, last, cut: head.cut, article: head.article };
  if (parts === 1 && last === k && head.w.cls === 'unit' && (head.w.n === 1 || head.w.n === 2)) read.lone = head.w.n as 1 | 2;
  return read;
}
