// Arabic normalisation for matching, with an exact map back to the original.
// أ إ آ ٱ → ا, ى → ي, ة → ه, tatweel, diacritics, joiners and direction marks
// removed, Arabic-Indic and Persian digits → Western digits.
// Matching compares normalised forms; spans always come from the map.

function fold(ch: string): string {
  switch (ch) {
    case 'أ':
    case 'إ':
    case 'آ':
    case 'ٱ':
      return 'ا';
    case 'ى':
      return 'ي';
    case 'ة':
      return 'ه';
    case 'ک':
      return 'ك';
    case 'ی':
    case 'ي':
      return 'ي';
    default: {
      const c = ch.charCodeAt(0);
      if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
      if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
      return ch;
    }
  }
}

/** True for characters normalisation removes (diacritics, tatweel, joiners, marks). */
export function isIgnorable(ch: string): boolean {
  for (let i = 0; i < ch.length; i++) if (drops(ch.charCodeAt(i))) return true;
  return false;
}

// Any character that normalisation changes or drops: most words have none.
const CHANGES = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFFأإآٱىةکی\u0660-\u0669\u06F0-\u06F9]/;

/** Does normalisation drop the UTF-16 unit c (diacritics, tatweel, joiners, direction marks)? Compared by code, not a regex per character. */
function drops(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff
  );
}

/** The normalised form of a string (no map). */
export function normalize(s: string): string {
  if (!CHANGES.test(s)) return s;
  let out = '';
  // copy runs of unchanged characters in one slice; fold or drop the others
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (drops(c)) {
      out += s.slice(run, i);
      run = i + 1;
      continue;
    }
    const ch = s[i]!;
    const f = fold(ch);
    if (f !== ch) {
      out += s.slice(run, i) + f;
      run = i + 1;
    }
  }
  return out + s.slice(run);
}

export interface Normalized {
  norm: string;
  /** map[i] is the original index of norm[i]; map[norm.length] is the original length. */
  map: number[];
}

/** Normalise with a map back to original UTF-16 offsets. */
export function normalizeWithMap(s: string): Normalized {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (drops(s.charCodeAt(i))) continue;
    norm += fold(s[i]!);
    map.push(i);
  }
  map.push(s.length);
  return { norm, map };
}

/**
 * Original [start, end) of the normalised range [ns, ne) of a string that
 * starts at `base` in the document. The end maps to just after the last kept
 * character, so trailing diacritics of that character stay inside the span.
 */
export function originalRange(n: Normalized, base: number, ns: number, ne: number, original: string): [number, number] {
  const start = base + n.map[ns]!;
  let endLocal: number;
  if (ne >= n.map.length - 1) endLocal = n.map[n.map.length - 1]!;
  else {
    // extend over marks that follow the last kept character
    endLocal = n.map[ne - 1]! + 1;
    while (endLocal < original.length && drops(original.charCodeAt(endLocal)) && original[endLocal] !== '\u200F' && original[endLocal] !== '\u200E') endLocal++;
  }
  return [start, base + endLocal];
}
