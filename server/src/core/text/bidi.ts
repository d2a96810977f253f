// Bidirectional isolation for text shown to people (messages, hovers, quick-fix
// titles, views). A run of another direction embedded in a sentence (an Arabic
// quote in an English message, an interval or a sign in an Arabic one) is
// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so the Unicode
// bidi algorithm lays it out on its own and cannot reorder its neighbours.
// Never applied to article text or to offsets: only to strings we compose.

export const FSI = '\u2068';
export const LRI = '\u2066';
export const RLI = '\u2067';
export const PDI = '\u2069';

const ISOLATES = /[\u2066-\u2069]/g;

/** The run isolated by its first strong character (Arabic reads RTL, digits and Latin LTR). */
export function isolate(run: string): string {
  return run === '' ? run : FSI + run + PDI;
}

/** A run that must read left to right whatever it holds: numbers, intervals, signs, ids. */
export function isolateLtr(run: string): string {
  return run === '' ? run : LRI + run + PDI;
}

/** A run that must read right to left. */
export function isolateRtl(run: string): string {
  return run === '' ? run : RLI + run + PDI;
}

/** The text without isolate marks, for logs, CSV cells and tests that compare words. */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATES, '');
}
