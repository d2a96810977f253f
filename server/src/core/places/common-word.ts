// Which one-word names are common words too, from the data that knows it
// rather than from a hand list (docs/guidelines.md, Places):
// - words other data files already list as words: month and number words
//   (data/figures), trigger, facility and outlet nouns (without ال: الخليج
//   is the Gulf); a place called so is one only after a trigger or in a
//   longer name;
// - given names (data/people): a small place called so is one only after a
//   trigger or in a longer name; a well-known place keeps its name (الخليل);
// - nouns a dictionary lists (data/places/dictionary-words.json, generated
//   from Debian's Arabic thesaurus by scripts/gazetteer/dictionary-words.mjs):
//   a small place called so wants positive context, a preposition of place
//   or a trigger (في القصير); a well-known place keeps its name (جدة);
// - what no data file can know (colours, directions, slogans, nisba
//   adjectives): data/places/common-words.json, by hand.
// Keys are normalised, as written and with ال.
import hand from '../data/places/common-words.json' with { type: 'json' };
import dictionary from '../data/places/dictionary-words.json' with { type: 'json' };
import names from '../data/people/given-names.json' with { type: 'json' };
import months from '../data/figures/months.json' with { type: 'json' };
import numbers from '../data/figures/numbers.json' with { type: 'json' };
import triggers from '../data/place-triggers.json' with { type: 'json' };
import context from '../data/places/name-context.json' with { type: 'json' };
import unknown from '../data/places/unknown-names.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';

// a word as a data file writes it (no article: ألفان keeps its ال) and with ال
const withArticle = (set: Set<string>, words: Iterable<string>) => {
  for (const w of words) {
    const n = normalize(w);
    set.add(n);
    set.add('ال' + n);
  }
};

/** Every word of the number tables (units, tens, hundreds, scales), however nested. */
function numberWords(o: unknown, out: string[] = []): string[] {
  if (typeof o === 'string') out.push(o);
  else if (Array.isArray(o)) for (const x of o) numberWords(x, out);
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) if (!k.startsWith('_')) numberWords(v, out);
  return out;
}

const HAND = new Set<string>((hand.words as string[]).map(normalize));
const COMMON = new Set<string>();
// the words of a month's name (كانون الثاني: كانون), not its ordinal adjective
withArticle(COMMON, Object.values(months.months).flatMap((ws) => ws.map((w) => w.split(' ')[0]!)));
withArticle(COMMON, [...numberWords(numbers), ...unknown.numberWords]);
// bare only: with ال a trigger or facility noun is a name itself as often as not (الخليج the Gulf)
for (const w of [...Object.keys(triggers.singular), ...Object.keys(triggers.plural), ...context.facility, ...context.media]) COMMON.add(normalize(w));

const NUMBER_WORDS = new Set<string>();
withArticle(NUMBER_WORDS, [...numberWords(numbers), ...unknown.numberWords]);
/** Is the normalised word (with or without ال) a number word (المئة، ألف)? */
export function isNumberWord(norm: string): boolean {
  return NUMBER_WORDS.has(norm);
}

const DICTIONARY = new Set<string>();
withArticle(DICTIONARY, dictionary.words);
const GIVEN = new Set<string>();
withArticle(GIVEN, [...names.male, ...names.female]);

/** Is the normalised word (with or without ال) a common word for every place called so? */
export function isCommonWord(norm: string): boolean {
  return HAND.has(norm) || COMMON.has(norm);
}

/** Is it a given name (a small place called so is one only after a trigger or in a longer name)? */
export function isGivenNameWord(norm: string): boolean {
  return GIVEN.has(norm);
}

/** Is it a noun the dictionary lists (a small place called so needs positive context)? */
export function isDictionaryWord(norm: string): boolean {
  return DICTIONARY.has(norm);
}

/** What the data files (not the hand list) know of the word: a common word, a given name, a dictionary noun, or nothing. */
export function knownByData(norm: string): 'word' | 'given' | 'dictionary' | undefined {
  return COMMON.has(norm) ? 'word' : GIVEN.has(norm) ? 'given' : DICTIONARY.has(norm) ? 'dictionary' : undefined;
}
