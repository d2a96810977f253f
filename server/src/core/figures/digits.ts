// Numbers written in digits of any script (0-9, ٠-٩, ۰-۹) with Arabic or
// Latin separators. ٫ is always a decimal point and ٬ always a thousands
// separator; a Latin , or . separates thousands when every group after it has
// three digits (5,000 1.000.000) and is a decimal point otherwise (1.2 3,5).

import { normalize } from '../text/normalize.js';

export interface DigitNumber {
  /** The value; null when too long to be a quantity (identifiers). */
  value: number | null;
  integer: boolean;
  /** Count of digits, separators excluded. */
  digits: number;
  /** Written with a leading zero (0012…, 07…), not a decimal like 0.5. */
  leadingZero: boolean;
  /** Had a thousands or decimal separator. */
  separated: boolean;
  /** d.m.yyyy written with dots: the parts. */
  dateParts?: [number, number, number];
}

/** Longest digit run that is still read as a quantity. */
const MAX_DIGITS = 15;

export function parseDigits(text: string): DigitNumber | null {
  // Arabic separators first: normalize() leaves ٫ and ٬ alone
  const s = normalize(text).replace(/\u066B/g, 'D').replace(/\u066C/g, 'T');
  const digits = s.replace(/[^0-9]/g, '').length;
  if (digits === 0) return null;
  const leadingZero = /^0[0-9]/.test(s);
  const separated = /[^0-9]/.test(s);
  const base = { digits, leadingZero, separated };
  if (digits > MAX_DIGITS) return { value: null, integer: true, ...base };
  const date = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (date) return { value: null, integer: true, ...base, dateParts: [Number(date[1]), Number(date[2]), Number(date[3])] };
  let plain: string | null = null;
  if (/[DT]/.test(s)) {
    // Arabic separators; a Latin one beside them is read the same way as its neighbour
    plain = s.replace(/T/g, '').replace(/[.,]/g, '').replace(/D/g, '.');
  } else {
    plain = latin(s);
  }
  if (plain === null || !/^\d+(\.\d+)?$/.test(plain)) return { value: null, integer: true, ...base };
  const value = Number(plain);
  return { value, integer: Number.isInteger(value), ...base };
}

/** 5,000 → 5000; 1.2 → 1.2; 1,234.5 → 1234.5; 1.234,5 → 1234.5. */
function latin(s: string): string | null {
  const seps = s.replace(/[0-9]/g, '');
  if (seps.length === 0) return s;
  const groups = s.split(/[.,]/);
  const threes = groups.slice(1).every((g) => g.length === 3);
  if (/^[,]+$/.test(seps)) return threes ? groups.join('') : seps.length === 1 ? groups.join('.') : null;
  if (/^[.]+$/.test(seps)) return seps.length === 1 ? groups.join('.') : threes ? groups.join('') : null;
  // both: the last separator is the decimal point
  const last = seps[seps.length - 1]!;
  const thousands = last === '.' ? ',' : '.';
  const i = s.lastIndexOf(last);
  const intPart = s.slice(0, i);
  if (intPart.includes(last)) return null;
  const intGroups = intPart.split(thousands);
  if (!intGroups.slice(1).every((g) => g.length === 3)) return null;
  return intGroups.join('') + '.' + s.slice(i + 1);
}

/** value × scale, without binary noise (1.2 × 10⁶ = 1200000). */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}
