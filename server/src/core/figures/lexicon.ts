// The figure lexicons (server/src/core/data/figures/*.json) loaded once into
// phrase tries and key sets. Words live in the data files; this module only
// indexes them.

import numbers from '../data/figures/numbers.json' with { type: 'json' };
import vague from '../data/figures/vague.json' with { type: 'json' };
import fractions from '../data/figures/fractions.json' with { type: 'json' };
import qualifiers from '../data/figures/qualifiers.json' with { type: 'json' };
import units from '../data/figures/units.json' with { type: 'json' };
import counted from '../data/figures/counted.json' with { type: 'json' };
import ordinals from '../data/figures/ordinals.json' with { type: 'json' };
import months from '../data/figures/months.json' with { type: 'json' };
import time from '../data/figures/time.json' with { type: 'json' };
import cues from '../data/figures/cues.json' with { type: 'json' };
import triggers from '../data/place-triggers.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { Qualifier } from '../types.js';
import { StemSet } from '../lexicon/proclitics.js';
import { wordKey } from '../lexicon/word-key.js';
import { PhraseTrie, trieOf } from '../lexicon/phrase-trie.js';

const num = (s: string): number => Number(s);
const keysOf = (forms: readonly string[]): Set<string> => new Set(forms.map(wordKey));
const phrases = (forms: readonly string[]): PhraseTrie<true> => trieOf<true>([[true, forms]]);

// ---------------------------------------------------------------- cardinals

export type CardinalClass = 'unit' | 'tens' | 'hundred' | 'scale' | 'scaleDual' | 'scalePlural';
export interface CardinalWord {
  cls: CardinalClass;
  n: number;
}

export const CARDINALS = new Map<string, CardinalWord>();
function addCardinal(form: string, w: CardinalWord): void {
  const k = wordKey(form);
  if (!CARDINALS.has(k)) CARDINALS.set(k, w);
}
for (const [n, forms] of Object.entries(numbers.units)) for (const f of forms) addCardinal(f, { cls: 'unit', n: num(n) });
for (const [n, forms] of Object.entries(numbers.tens)) for (const f of forms) addCardinal(f, { cls: 'tens', n: num(n) });
for (const [n, forms] of Object.entries(numbers.hundreds)) for (const f of forms) addCardinal(f, { cls: 'hundred', n: num(n) });
for (const [n, stemsOf] of Object.entries(numbers.hundredStems))
  for (const s of stemsOf) for (const h of numbers.hundredWord) addCardinal(s + h, { cls: 'hundred', n: num(n) * 100 });
for (const [n, s] of Object.entries(numbers.scales)) {
  for (const f of s.singular) addCardinal(f, { cls: 'scale', n: num(n) });
  for (const f of s.dual) addCardinal(f, { cls: 'scaleDual', n: num(n) });
  for (const f of s.plural) addCardinal(f, { cls: 'scalePlural', n: num(n) });
}
export const ONE_BEFORE = keysOf(numbers.oneBefore);
export const TEEN_TEN = keysOf(numbers.teenTen);
export const HUNDRED_WORD = keysOf(numbers.hundredWord);

// ---------------------------------------------------------------- vague, fractions

export interface VagueEntry {
  min: number;
  max: number;
  needsOf: boolean;
}
export const VAGUE = trieOf<VagueEntry>(
  vague.entries.map((e) => [{ min: e.min, max: e.max ?? Infinity, needsOf: Boolean((e as { needsOf?: boolean }).needsOf) }, e.forms] as [VagueEntry, string[]]),
);
export const FRACTIONS = trieOf<number>(fractions.entries.map((e) => [e.num / e.den, e.forms] as [number, string[]]));

// ---------------------------------------------------------------- qualifiers

export const QUAL_BEFORE = trieOf<Qualifier>(Object.entries(qualifiers.before) as [Qualifier, string[]][]);
export const QUAL_AFTER = trieOf<Qualifier>(Object.entries(qualifiers.after) as [Qualifier, string[]][]);
export const RANGE_JOIN = keysOf(qualifiers.rangeJoin);
export const RANGE_DASH = new Set(qualifiers.rangeDash);
/** Range openers; the value says whether و joins the ends (بين X و Y). */
export const RANGE_OPEN = trieOf<boolean>([
  [false, qualifiers.rangeOpen],
  [true, qualifiers.rangeBetween],
]);
/** Past negated bounds (لم تتجاوز): on a figure with decimals they state the value reached. */
export const STATED_BOUNDS = phrases(qualifiers.statedBounds);
export const REVISED_TO = keysOf(qualifiers.revisedTo);
export const REVISED_VERBS = keysOf(qualifiers.revisedVerbs);
export const REVISED_WINDOW = qualifiers.revisedWindow;

// ---------------------------------------------------------------- units

export interface UnitEntry {
  unit: string;
}
export const UNITS = new PhraseTrie<string>();
/** Singular unit nouns by key, for duals (ساعتين = 2 hours). */
export const UNIT_SINGULAR = new Map<string, string>();
for (const [unit, u] of Object.entries(units.units)) {
  for (const f of [...u.singular, ...u.forms]) UNITS.add(f, unit);
  for (const f of u.singular) UNIT_SINGULAR.set(wordKey(f), unit);
}

// ---------------------------------------------------------------- counted nouns

export const COUNTED = new PhraseTrie<string>();
/** Singular counted nouns by key, for duals (قتيلان = 2 killed). */
export const COUNTED_SINGULAR = new Map<string, string>();
/** Every single-word form, to tell a dual in ـين from a plural in ـين. */
export const COUNTED_FORMS = new Set<string>();
for (const [lemma, forms] of Object.entries(counted.lemmas)) {
  const l = normalize(lemma);
  COUNTED.add(lemma, l);
  for (const f of forms) {
    COUNTED.add(f, l);
    if (!/\s/.test(f)) COUNTED_FORMS.add(wordKey(f));
  }
  if (!/\s/.test(lemma)) {
    COUNTED_SINGULAR.set(wordKey(lemma), l);
    COUNTED_FORMS.add(wordKey(lemma));
  }
}
export const GENERIC_HEADS = new Set(counted.generic.map(normalize));

// ---------------------------------------------------------------- ordinals, months, time

export const ORDINALS = trieOf<number>(Object.entries(ordinals.ordinals).map(([n, f]) => [num(n), f] as [number, string[]]));
export const ORDINAL_TEEN = keysOf(ordinals.teen);
export const FEMININE_ORDINALS = keysOf(ordinals.feminine);
/** Fixed phrases that state no figure (أول من أمس، في آن واحد). */
export const NOT_FIGURE = phrases([...ordinals.notOrdinal, ...cues.notFigures]);
export const ALIF_MAQSURA = keysOf(ordinals.alifMaqsura);
export const MONTHS = trieOf<number>(Object.entries(months.months).map(([n, f]) => [num(n), f] as [number, string[]]));
export const MONTH_WORDS = phrases(time.monthWords);
export const CLOCK_BEFORE = keysOf(time.clockBefore);
export const CLOCK_PREP = keysOf(time.clockPrep);
export const DAY_PARTS = phrases(time.dayParts);
/** Minutes a word after a clock hour adds (والنصف 30, إلا ربعا −15). */
export const HOUR_FRACTIONS = trieOf<number>(Object.entries(time.hourFractions).map(([form, minutes]) => [minutes, [form]] as [number, string[]]));
/** Adverbs as written, tanween kept in the folded form's final alif: صباحاً → صباحا (the noun صباح differs). */
export const DAY_PART_ADVERBS = new Set(time.dayPartAdverbs.map((f) => normalize(f)));
export const YEAR_BEFORE = keysOf(time.yearBefore);
export const YEAR_AFTER = keysOf(time.yearAfter);
export const YEARS = { min: time.yearMin, max: time.yearMax, bareMin: time.bareYearMin, bareMax: time.bareYearMax };

// ---------------------------------------------------------------- context cues

export const AGE_BEFORE = keysOf(cues.ageBefore);
export const AGE_AFTER = phrases(cues.ageAfter);
export const IDENTIFIER_BEFORE = keysOf(cues.identifierBefore);
export const CODE_WORDS = keysOf(cues.codeWords);
export const OTHERS = keysOf(cues.others);
/** The partitive من. */
export const OF = keysOf(cues.of);
export const NOT_NOUNS = keysOf(cues.notNouns);
export const NUMBERING_BEFORE = keysOf(cues.numberingBefore);
export const SERIES_BEFORE = keysOf(cues.seriesBefore);
export const COPULAS = keysOf(cues.copulas);
export const DESCRIBERS = keysOf(cues.describers);
/** Words a grade number follows (أوكتان 90): no range starts at that number. */
export const GRADE_BEFORE = keysOf(cues.gradeBefore);

// ---------------------------------------------------------------- place triggers

export const SINGULAR_TRIGGERS = keysOf(Object.keys(triggers.singular));
export const PLURAL_TRIGGERS = keysOf(Object.keys(triggers.plural));

// ---------------------------------------------------------------- prefilter

/** Every key that can start a figure, a qualifier, a month or an idiom: a word none of whose stems is here starts nothing. */
export const STARTERS = new StemSet(new Set<string>([
  ...CARDINALS.keys(),
  ...ONE_BEFORE,
  ...VAGUE.firstKeys(),
  ...FRACTIONS.firstKeys(),
  ...QUAL_BEFORE.firstKeys(),
  ...RANGE_OPEN.firstKeys(),
  ...ORDINALS.firstKeys(),
  ...MONTHS.firstKeys(),
  ...NOT_FIGURE.firstKeys(),
]));
export const TRIGGERS = new StemSet(new Set<string>([...SINGULAR_TRIGGERS, ...PLURAL_TRIGGERS]));
/** Singular nouns whose dual is a figure of two (قتيلان، ساعتين). */
export const SINGULARS = new StemSet(new Set<string>([...COUNTED_SINGULAR.keys(), ...UNIT_SINGULAR.keys()]));
