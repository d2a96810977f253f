// Matching that keeps what the writer wrote. Look-ups go through the folded
// form (normalize: أ إ آ → ا, ة → ه, ى → ي), so a text that writes no hamza
// still finds أكد. But where the text does write a hamza or a ة, a lexicon
// entry written otherwise is another word: إحياء (revival) is not أحياء
// (neighbourhoods), نوة (a storm) is not نوّه (he noted). ي and ى stay
// interchangeable both ways: much of the web writes final ى as ي.

const MARKED = new Set(['أ', 'إ', 'آ', 'ٱ', 'ة', 'ؤ', 'ئ']);
const IGNORED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/** The letters as written: diacritics, tatweel and invisible marks dropped, nothing folded. */
export function written(text: string): string {
  return text.replace(IGNORED, '');
}

/**
 * Does a word as written agree with a lexicon entry as written? Both are
 * letter strings of the same folded form; a letter the text marks (hamza, ة)
 * must be the entry's letter; a bare letter matches any of its marked forms.
 */
export function agrees(text: string, entry: string): boolean {
  if (text.length !== entry.length) return true; // not aligned letter by letter: fall back to folding
  for (let i = 0; i < text.length; i++) {
    const t = text[i]!;
    if (t !== entry[i] && MARKED.has(t)) return false;
  }
  return true;
}

/** Does the word agree with at least one of the written forms (none listed: yes)? */
export function agreesAny(text: string, entries: readonly string[] | undefined): boolean {
  if (!entries || entries.length === 0) return true;
  for (let k = 0; k < entries.length; k++) if (agrees(text, entries[k]!)) return true;
  return false;
}
