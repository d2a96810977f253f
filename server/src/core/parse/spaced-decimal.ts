// A decimal mark spaced out by a converted page («5 . 3 درجات», «6 , 1
// بالمئة»). Read as one decimal only where the figure is a measure by
// context: a degree, percent, millimetre or other unit right after the
// digits, or a magnitude or rate word (بقوة، بنسبة) right before them.
// Without that, «5 , 3 , 8» is a list and «… 15 . 3 منهم» a sentence's end.
// The tokenizer asks this before ending a sentence at a spaced «.»; the
// figure reader (figures/core.ts) before joining the digits.

import contextData from '../data/figures/decimal-context.json' with { type: 'json' };
import unitsData from '../data/figures/units.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { Token } from '../types.js';

const norm = (s: string) => normalize(s).replace(/\s+/g, ' ').trim();
const unitForms = Object.values(unitsData.units as Record<string, { singular?: string[]; forms?: string[] }>).flatMap((u) => [...(u.singular ?? []), ...(u.forms ?? [])]);
const AFTER = new Set([...contextData.after, ...unitForms].map(norm));
const BEFORE = new Set(contextData.before.map(norm));
/** Proclitics a context word may carry (وبقوة، فيما بالمئة). */
const CLITIC = /^[وف]/;

function inSet(set: Set<string>, words: string[]): boolean {
  for (let n = 1; n <= words.length; n++) {
    const phrase = words.slice(0, n).join(' ');
    if (set.has(phrase) || (CLITIC.test(phrase) && set.has(phrase.slice(1)))) return true;
  }
  return false;
}

/**
 * Is the spaced pair a decimal by context? `before`: the normalised words
 * right before the whole part, nearest first; `after`: those right after the
 * fraction, nearest first (two of each are enough).
 */
export function decimalByContext(before: string[], after: string[]): boolean {
  if (inSet(AFTER, after)) return true;
  // بقوة 5 . 3: the word itself, or the last two read in order (بلغت قوته)
  return inSet(BEFORE, before.slice(0, 1)) || (before.length > 1 && BEFORE.has(`${before[1]} ${before[0]}`));
}

const WHOLE = /^\d{1,3}$/;
const FRACTION = /^\d{1,2}$/;
const MARKS = new Set(['.', ',', '\u066B']);

/** Up to two non-space tokens' norms from i stepping by dir, within one line. */
function words(tokens: Token[], i: number, dir: 1 | -1): string[] {
  const out: string[] = [];
  for (let j = i; j >= 0 && j < tokens.length && out.length < 2; j += dir) {
    const t = tokens[j]!;
    if (t.type === 'space') {
      if (/[\n\r]/.test(t.text)) break;
      continue;
    }
    if (t.type === 'punct' && t.text !== '%' && t.text !== '٪') break;
    out.push(t.norm || norm(t.text));
  }
  return out;
}

/**
 * Does the mark at token i (tokens with their spaces) join «5 . 3» into one
 * decimal: one blank each side, up to three digits before and one or two
 * after, no further spaced mark and number on either side (a list), and a
 * decimal by context?
 */
export function spacedDecimalMark(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.type !== 'punct' || !MARKS.has(t.text)) return false;
  const a = tokens[i - 2];
  const b = tokens[i + 2];
  if (!a || !b || tokens[i - 1]!.text !== ' ' || tokens[i + 1]!.text !== ' ') return false;
  if (a.type !== 'number' || b.type !== 'number' || !WHOLE.test(a.norm) || !FRACTION.test(b.norm)) return false;
  // 5 , 3 , 8: a list on either side
  const markAt = (j: number) => tokens[j]?.type === 'punct' && MARKS.has(tokens[j]!.text);
  if ((markAt(i - 4) && tokens[i - 6]?.type === 'number') || (markAt(i + 4) && tokens[i + 6]?.type === 'number')) return false;
  return decimalByContext(words(tokens, i - 3, -1), words(tokens, i + 3, 1));
}
