// Finds where a stored span text is in a (changed) .txt: the occurrence
// nearest to where it used to be, or the only one, exact first, then insensitive to Arabic
// normalisation (hamza forms, ta marbuta, diacritics, tatweel, digits).

import { normalize, normalizeWithMap, originalRange, type Normalized } from '../core/text/normalize.js';
import type { SourceText } from './text-spans.js';
import type { Fragment } from './model.js';

export interface Found {
  /** UTF-16 [start, end) in the text. */
  start: number;
  end: number;
  how: 'exact' | 'normalized';
}

function nearestIndex(hay: string, needle: string, near: number, at: (i: number) => number, within: number): number {
  let best = -1;
  let bestDist = Infinity;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const d = Math.abs(at(i) - near);
    if (d < bestDist && d <= within) {
      best = i;
      bestDist = d;
    }
  }
  return best;
}

/** Searches one text many times; the normalised form is built on first need. */
export class SpanFinder {
  private norm: Normalized | null = null;
  constructor(readonly src: SourceText) {}

  /** The occurrence of `needle` nearest to UTF-16 offset `near` (and no further than `within`), or null. */
  find(needle: string, near: number, within = Infinity): Found | null {
    if (needle === '') return null;
    const text = this.src.text;
    const i = nearestIndex(text, needle, near, (x) => x, within);
    if (i >= 0) return { start: i, end: i + needle.length, how: 'exact' };
    const nn = normalize(needle);
    if (nn === '') return null;
    this.norm ??= normalizeWithMap(text);
    const n = this.norm;
    const j = nearestIndex(n.norm, nn, near, (x) => n.map[x]!, within);
    if (j < 0) return null;
    const [start, end] = originalRange(n, 0, j, j + nn.length, text);
    return { start, end, how: 'normalized' };
  }

  /**
   * The only occurrence of `needle` (exact, else normalised), as code point
   * fragments; null when it is absent or occurs more than once (then nothing
   * tells which one is meant).
   */
  findUnique(needle: string): { fragments: Fragment[]; how: 'exact' | 'normalized' } | null {
    if (needle === '') return null;
    const text = this.src.text;
    const i = text.indexOf(needle);
    if (i >= 0) return text.indexOf(needle, i + 1) >= 0 ? null : { fragments: [this.src.toCodePoints(i, i + needle.length)], how: 'exact' };
    const nn = normalize(needle);
    if (nn === '') return null;
    this.norm ??= normalizeWithMap(text);
    const n = this.norm;
    const j = n.norm.indexOf(nn);
    if (j < 0 || n.norm.indexOf(nn, j + 1) >= 0) return null;
    const [start, end] = originalRange(n, 0, j, j + nn.length, text);
    return { fragments: [this.src.toCodePoints(start, end)], how: 'normalized' };
  }
}
