// Values as intervals (GUIDELINES §1, §4): 7 is [7, 7], نحو 10 is
// [9, 11], ما لا يقل عن 20 is [20, ∞), عشرات is [20, 99]. Two values
// can both be true only if their intervals overlap.

export interface Interval {
  min: number;
  max: number;
}

// Rounding noise of ±10 % and decimal parsing must not make a contradiction.
const EPS = 1e-9;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.min <= b.max + EPS && b.min <= a.max + EPS;
}

/** a lies wholly below b. */
export function below(a: Interval, b: Interval): boolean {
  return a.max + EPS < b.min;
}

export function isBounded(a: Interval): boolean {
  return Number.isFinite(a.max);
}

/** A stable key for grouping equal intervals. */
export function intervalKey(a: Interval): string {
  const r = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 1000) / 1000) : '∞');
  return `${r(a.min)}..${r(a.max)}`;
}

/** 7, 9–11, ≥ 20: for messages. */
export function formatInterval(a: Interval): string {
  const n = (x: number) => String(Math.round(x * 100) / 100);
  if (!Number.isFinite(a.max)) return `≥ ${n(a.min)}`;
  if (a.min === a.max) return n(a.min);
  return `${n(a.min)}–${n(a.max)}`;
}
