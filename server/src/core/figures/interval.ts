// A qualifier turns a value into an interval (GUIDELINES §1 and §4):
// about ±10 %; at least [N, ∞); more than [N+1, ∞) for counts; less than
// [0, N−1] for counts; at most [0, N]. Measures (decimals, units) keep N as
// the bound, since "more than 7 km" may be 7.5.

import type { Qualifier } from '../types.js';

export interface Interval {
  min: number;
  max: number;
}

export function widen(q: Qualifier | null, iv: Interval, count: boolean): Interval {
  const step = count ? 1 : 0;
  switch (q) {
    case 'approx':
      return { min: (iv.min * 9) / 10, max: iv.max === Infinity ? Infinity : (iv.max * 11) / 10 };
    case 'at-least':
      return { min: iv.min, max: Infinity };
    case 'more-than':
      return { min: iv.max === Infinity ? iv.min : iv.max + step, max: Infinity };
    case 'less-than':
      return { min: 0, max: Math.max(0, iv.min - step) };
    case 'at-most':
      return { min: 0, max: iv.max };
    default:
      return iv;
  }
}
