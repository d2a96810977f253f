// Shared lexicon engine (core/lexicon): the proclitic readings every detector looks words up through.
// Proclitics in front of a name: a conjunction (و ف) and a preposition
// (ب ل ك) may stand before it, written without a space (وبغداد، بالبصرة،
// فبالعراق). Each reading of a word gives the key to look up and how many
// normalised characters the span leaves out. ل + ال is written لل
// (للبصرة): the key gets its article back (البصرة) and the span starts after
// لل, since the written لل is the preposition and the article fused.

export interface Reading {
  /** Normalised word to look up. */
  key: string;
  /** Normalised characters before the span starts. */
  skip: number;
  /** True when a proclitic was taken off. */
  stripped: boolean;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

// Readings are asked for every word of a document: each distinct word is read
// once (bounded); callers only read the arrays.
const READINGS = new Map<string, Reading[]>();

/** All readings of a normalised word, the unstripped one first. */
export function readings(norm: string): Reading[] {
  let out = READINGS.get(norm);
  if (!out) {
    out = readingsOf(norm);
    if (READINGS.size >= 100_000) READINGS.clear();
    READINGS.set(norm, out);
  }
  return out;
}

function readingsOf(norm: string): Reading[] {
  const out: Reading[] = [{ key: norm, skip: 0, stripped: false }];
  let p = 0;
  if (CONJ.has(norm[0]!)) {
    p = 1;
    add(out, norm.slice(1), 1);
  }
  if (PREP.has(norm[p]!)) {
    const rest = norm.slice(p + 1);
    add(out, rest, p + 1);
    // لل: preposition ل fused with the article
    if (norm[p] === 'ل' && rest.startsWith('ل') && !rest.startsWith('ال')) add(out, 'ا' + rest, p + 2);
  }
  return out;
}

function add(out: Reading[], key: string, skip: number): void {
  if (key.length >= 2) out.push({ key, skip, stripped: true });
}

// The same proclitics as a flat list of keys, in the order the claims
// lexicon tries them (the word, without و/ف, ل + ال → ال, without ب/ل/ك):
// the adapter other detectors port their own stripping onto.
const FORMS = new Map<string, string[]>();

/** The forms of a normalised word with its proclitics stripped, the word itself first (memoised, bounded). */
export function strippedForms(norm: string): string[] {
  let out = FORMS.get(norm);
  if (!out) {
    out = formsOf(norm);
    if (FORMS.size > 50_000) FORMS.clear();
    FORMS.set(norm, out);
  }
  return out;
}

function formsOf(norm: string): string[] {
  const out = [norm];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  const bare = CONJ.has(norm[0]!) ? norm.slice(1) : norm;
  for (const base of bare === norm ? [norm] : [norm, bare]) {
    add(base);
    if (base.startsWith('لل')) add('ال' + base.slice(2));
    if (PREP.has(base[0]!)) add(base.slice(1));
  }
  return out;
}
