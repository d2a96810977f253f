// Spelling variants of a name, generated from the name itself (the
// gazetteer has one or two spellings; the web writes more):
// - a hamza on its seat written or not: بئر → بير، مؤتة → موتة، and a final
//   hamza after a long ā dropped: كربلاء → كربلا;
// - a compound written joined or apart after a name prefix (بير زيت ↔
//   بيرزيت، كفر نبل ↔ كفرنبل), the prefixes coming from the caller's data.
// ي/ى, أ/ا and ة/ه need no variant: matching folds them (text/normalize.ts).
// Names are normalised word lists; every variant is a new list.

const SEATS: Record<string, string> = { 'ئ': 'ي', 'ؤ': 'و' };

function unseated(w: string): string {
  let out = w.replace(/[ئؤ]/g, (c) => SEATS[c]!);
  if (out.length > 4 && out.endsWith('اء')) out = out.slice(0, -1);
  return out;
}

const NONE: string[][] = [];
const SEATED = /[ئؤ]|..اء$/;
// the first three letters of each prefix: a one-word name that starts with none of them splits nowhere
const HEADS = new WeakMap<ReadonlySet<string>, Set<string>>();

function headsOf(prefixes: ReadonlySet<string>): Set<string> {
  let h = HEADS.get(prefixes);
  if (!h) HEADS.set(prefixes, (h = new Set([...prefixes].map((p) => p.slice(0, 3)))));
  return h;
}

/** Other spellings of a normalised name (its words); the name itself not included. */
export function spellingVariants(words: readonly string[], prefixes: ReadonlySet<string>): string[][] {
  // most names have none: one test per word decides it (this runs on every gazetteer name at load)
  let seated = false;
  for (let k = 0; k < words.length && !seated; k++) seated = SEATED.test(words[k]!);
  const join = words.length === 2 && prefixes.has(words[0]!);
  const split = words.length === 1 && headsOf(prefixes).has(words[0]!.slice(0, 3));
  if (!seated && !join && !split) return NONE;
  const out: string[][] = [];
  const seen = new Set<string>([words.join(' ')]);
  const add = (v: string[]) => {
    const k = v.join(' ');
    if (!seen.has(k) && v.every((w) => w.length >= 2)) {
      seen.add(k);
      out.push(v);
    }
  };
  const bare = words.map(unseated);
  add(bare);
  for (const base of [words, bare]) {
    // بير زيت → بيرزيت: a prefix and an indefinite second word, written as one
    if (base.length === 2 && prefixes.has(base[0]!) && !base[1]!.startsWith('ال') && base[1]!.length >= 3) add([base[0]! + base[1]!]);
    // بيرزيت → بير زيت
    if (base.length === 1)
      for (const p of prefixes)
        if (base[0]!.length >= p.length + 3 && base[0]!.startsWith(p) && !base[0]!.startsWith(p + 'ال')) add([p, base[0]!.slice(p.length)]);
  }
  return out;
}

// Transliterations write a foreign name's vowels or not (ميونيخ / ميونخ،
// بروكسيل / بروكسل، كازاخستان / كزاخستان): a long vowel inside the word,
// between two consonants, is optional. Only one at a time, and only on long
// words, so a variant stays as rare a word as the name (none under
// `minLetters` letters).
const LONG = new Set(['ا', 'و', 'ي']);

/** Variants of a one-word transliterated name with one medial long vowel left out. */
export function vowelVariants(word: string, minLetters: number, max: number): string[] {
  const out: string[] = [];
  if (word.length < minLetters + 1) return out;
  // the article and the first letter stay: ال, a first و/ي is a consonant
  const from = word.startsWith('ال') ? 3 : 1;
  for (let i = from; i < word.length - 1 && out.length < max; i++) {
    const c = word[i]!;
    if (!LONG.has(c) || LONG.has(word[i - 1]!) || LONG.has(word[i + 1]!)) continue;
    // an alif is optional only in a long word (كازاخستان), not in a pattern like فاعل
    if (c === 'ا' && word.length < minLetters + 2) continue;
    const v = word.slice(0, i) + word.slice(i + 1);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** The name without its article (الرقة → رقة), for a reading after a trigger noun only; null without one. */
export function withoutArticle(word: string, minLetters: number): string | null {
  return word.startsWith('ال') && word.length - 2 >= minLetters ? word.slice(2) : null;
}
