// The number itself at a word: digits (with a scale word after them),
// cardinal words, a vague quantity, a fraction, or a dual noun. Qualifiers,
// ranges, units and counted nouns are read around it by detect.ts.

import { offsetAfterCut } from '../lexicon/proclitics.js';
import { parseDigits, scaled } from './digits.js';
import { readDual, type Dual } from './duals.js';
import { cardinalAt, readCardinal } from './cardinals.js';
import { FRACTIONS, OF, ORDINALS, VAGUE } from './lexicon.js';
import { attached, sameSentence, type WordView } from './view.js';
import { decimalByContext } from '../parse/spaced-decimal.js';

export type CoreType = 'digits' | 'words' | 'vague' | 'fraction' | 'dual';

export interface Core {
  type: CoreType;
  first: number;
  last: number;
  start: number;
  end: number;
  value: number | null;
  min: number;
  max: number;
  integer: boolean;
  /** The scale word that multiplied it (مليون, آلاف), if any. */
  scale?: number;
  /** Digits as written (for years and identifiers). */
  digits?: ReturnType<typeof parseDigits>;
  lone?: 1 | 2;
  /** The number word was written with the article (الاثنين). */
  article?: boolean;
  oneOf?: boolean;
  dual?: Dual;
}

function end(v: WordView, k: number): number {
  return v.toks[k]!.end;
}

/** A scale word after digits or a vague word: 1.2 مليون، 15 ألفاً، عشرات الآلاف. */
function scaleAfter(v: WordView, k: number, plural: boolean): { n: number; at: number } | null {
  const j = k + 1;
  if (!sameSentence(v, k, j)) return null;
  const hit = cardinalAt(v, j, false) ?? (plural ? cardinalAt(v, j, true) : null);
  if (!hit) return null;
  if (hit.cut > 0 && !(plural && hit.article && hit.cut === 2)) return null;
  const { cls, n } = hit.w;
  if (plural ? cls === 'scalePlural' : cls === 'scale' || cls === 'scalePlural') return { n, at: j };
  return null;
}

/** One space on each side of word j (a separator spaced out by a converted page). */
function spacedOut(v: WordView, j: number): boolean {
  const a = v.toks[j - 1]!;
  const b = v.toks[j]!;
  const c = v.toks[j + 1]!;
  return b.start === a.end + 1 && c.start === b.end + 1 && v.text[a.end] === ' ' && v.text[b.end] === ' ';
}

const DECIMAL_MARKS = new Set([',', '.', '\u066B']);

/**
 * 6 , 1 as pages carry 6,1 (6.1): a decimal mark spaced out between up to
 * three digits and one or two, not a list (6 , 1 , 3 or 6 , 1 و 3 go on).
 */
function spacedDecimal(v: WordView, k: number, whole: number): number | null {
  const mark = k + 1;
  const frac = k + 2;
  if (!sameSentence(v, k, frac) || !DECIMAL_MARKS.has(v.toks[mark]!.text) || v.toks[frac]!.type !== 'number' || !spacedOut(v, mark)) return null;
  if (v.toks[k]!.text.length > 3 || !/^\d{1,2}$/.test(v.toks[frac]!.norm)) return null;
  const after = v.toks[frac + 1];
  if (after && sameSentence(v, k, frac + 1) && (DECIMAL_MARKS.has(after.text) || after.text === '\u060C' || /^و\d/.test(after.norm) || (after.norm === 'و' && v.toks[frac + 2]?.type === 'number'))) return null;
  // 8 , 5 , 3: the pair closes a list
  if (sameSentence(v, k, k - 2) && DECIMAL_MARKS.has(v.toks[k - 1]!.text) && v.toks[k - 2]!.type === 'number') return null;
  // ٫ is a decimal point wherever it stands; a Latin mark only beside a unit or a magnitude word
  if (v.toks[mark]!.text !== '\u066B' && !decimalByContext(wordsAt(v, k, k - 1, -1), wordsAt(v, k, frac + 1, 1))) return null;
  return Number(`${whole}.${v.toks[frac]!.norm}`);
}

/** The norms of up to two words from j stepping by dir, in k's sentence, stopping at punctuation (a percent sign is a word here). */
function wordsAt(v: WordView, k: number, j: number, dir: 1 | -1): string[] {
  const out: string[] = [];
  for (; out.length < 2 && sameSentence(v, k, j); j += dir) {
    const t = v.toks[j]!;
    if (t.type === 'punct' && t.text !== '%' && t.text !== '\u066A') break;
    out.push(t.norm);
  }
  return out;
}

/**
 * 12 000 and 1 200 000 as pages carry thousands groups apart: up to three
 * digits, then groups of exactly three, one space between each. Its value
 * and last token, or null.
 */
function spacedThousands(v: WordView, k: number, whole: number): { value: number; last: number } | null {
  if (v.toks[k]!.text.length > 3) return null;
  let value = whole;
  let last = k;
  for (;;) {
    const a = v.toks[last]!;
    const b = v.toks[last + 1];
    if (!b || b.type !== 'number' || !sameSentence(v, k, last + 1) || b.start !== a.end + 1 || v.text[a.end] !== ' ' || b.text.length !== 3) break;
    const g = parseDigits(b.text);
    if (!g || g.value === null || g.separated || !g.integer) break;
    value = value * 1000 + g.value;
    last++;
  }
  return last > k ? { value, last } : null;
}

export function readCore(v: WordView, k: number): Core | null {
  const tok = v.toks[k];
  if (!tok) return null;
  if (tok.type === 'number') {
    const d = parseDigits(tok.text);
    if (!d) return null;
    const core: Core = { type: 'digits', first: k, last: k, start: tok.start, end: tok.end, value: d.value, min: d.value ?? 0, max: d.value ?? 0, integer: d.integer, digits: d };
    const decimal = d.value !== null && d.integer && !d.separated ? spacedDecimal(v, k, d.value) : null;
    const grouped = !decimal && d.value !== null && d.integer && !d.separated && !d.leadingZero ? spacedThousands(v, k, d.value) : null;
    if (decimal) {
      Object.assign(core, { last: k + 2, end: end(v, k + 2), value: decimal, min: decimal, max: decimal, integer: false });
      // 6 . 6 مليون: the scale word after the spaced decimal
      const s = scaleAfter(v, k + 2, false);
      if (s) {
        const value = scaled(decimal, s.n);
        Object.assign(core, { last: s.at, end: end(v, s.at), value, min: value, max: value, integer: Number.isInteger(value), scale: s.n });
      }
    }
    else if (grouped) Object.assign(core, { last: grouped.last, end: end(v, grouped.last), value: grouped.value, min: grouped.value, max: grouped.value });
    else if (d.value !== null && !d.leadingZero) {
      const s = scaleAfter(v, k, false);
      if (s) {
        let value = scaled(d.value, s.n);
        let last = s.at;
        const more = scaledPart(v, k, last, s.n);
        if (more) {
          value += more.value;
          last = more.last;
        }
        Object.assign(core, { last, end: end(v, last), value, min: value, max: value, integer: Number.isInteger(value), scale: s.n });
      }
    }
    return core;
  }
  if (tok.type !== 'word') return null;

  // a fraction of several words (ثلاثة أرباع) before the cardinal it starts with
  const frac = FRACTIONS.match(v, k, { clitics: true });
  if (frac && frac.last > k) return fraction(v, k, frac.value, frac.last, frac.cut);

  const card = readCardinal(v, k);
  if (card) {
    // مليون و500 ألف: the largest scale dividing the value bounds the part
    const unit = card.value >= 1000 && card.value % 1000 === 0 ? largestScale(card.value) : 0;
    const more = unit ? scaledPart(v, k, card.last, unit) : null;
    if (more) {
      card.value += more.value;
      card.last = more.last;
    }
    const start = offsetAfterCut(tok, card.cut);
    return { type: 'words', first: k, last: card.last, start, end: end(v, card.last), value: card.value, min: card.value, max: card.value, integer: true, lone: card.lone, oneOf: card.oneOf, article: card.article };
  }

  const vague = VAGUE.match(v, k, { clitics: true });
  if (vague) {
    const e = vague.value;
    if (e.needsOf && !OF.has(v.keys[vague.last + 1]!)) return null;
    let { min, max } = e;
    let last = vague.last;
    let scale: number | undefined;
    const s = scaleAfter(v, last, true);
    if (s) {
      // عشرات الآلاف = 20 000 – 99 999 (GUIDELINES §1)
      min *= s.n;
      max = Number.isInteger(max) ? (max + 1) * s.n - 1 : max * s.n;
      last = s.at;
      scale = s.n;
    }
    return { type: 'vague', first: k, last, start: offsetAfterCut(tok, vague.cut), end: end(v, last), value: null, min, max, integer: true, scale };
  }

  if (frac) return fraction(v, k, frac.value, frac.last, frac.cut);

  const dual = readDual(v, k);
  if (dual) {
    return { type: 'dual', first: k, last: k, start: dual.start, end: tok.end, value: 2, min: 2, max: 2, integer: true, dual };
  }
  return null;
}

/** Is the token right after the core an attached percent sign? */
export function percentSign(v: WordView, core: Core): number {
  const j = core.last + 1;
  if (j < v.n && attached(v, j) && (v.toks[j]!.text === '%' || v.toks[j]!.text === '٪')) return j;
  return -1;
}

function fraction(v: WordView, k: number, value: number, last: number, cut: number): Core | null {
  // الربع الثالث is a period, not a quarter of something
  if (sameSentence(v, k, last + 1) && ORDINALS.match(v, last + 1, { articleOnly: true })) return null;
  const start = offsetAfterCut(v.toks[k]!, cut);
  // ربع مليون = 250 000
  const s = scaleAfter(v, last, false);
  if (s) {
    const n = scaled(value, s.n);
    return { type: 'words', first: k, last: s.at, start, end: end(v, s.at), value: n, min: n, max: n, integer: Number.isInteger(n), scale: s.n };
  }
  return { type: 'fraction', first: k, last, start, end: end(v, last), value, min: value, max: value, integer: false };
}

/**
 * 3 ملايين و200 ألف: a part in digits with a smaller scale after و; after a
 * thousand, a plain part below it is its hundreds (21 ألفا و430 مخالفا is
 * 21 430, one count, not 21 000 and 430).
 */
function scaledPart(v: WordView, k: number, last: number, scale: number): { value: number; last: number } | null {
  const wa = last + 1;
  if (v.keys[wa] !== 'و' || !sameSentence(v, k, wa + 1) || v.toks[wa + 1]!.type !== 'number') return null;
  const part = parseDigits(v.toks[wa + 1]!.text);
  if (part === null || part.value === null || part.leadingZero) return null;
  const s = scaleAfter(v, wa + 1, false);
  if (!s) return scale === 1000 && part.integer && !part.separated && part.value < 1000 ? { value: part.value, last: wa + 1 } : null;
  if (s.n >= scale) return null;
  return { value: scaled(part.value, s.n), last: s.at };
}

function largestScale(n: number): number {
  let s = 1;
  while (n % (s * 1000) === 0 && s < 1e12) s *= 1000;
  return s;
}
