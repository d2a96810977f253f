// People as a reading of a word (data/people/given-names.json): a given name
// starts a person's name, so the word after it is a surname, not a place, and
// a word starting with ي or ت that is a given name is no imperfect verb.
import names from '../data/people/given-names.json' with { type: 'json' };
import surnames from '../data/people/surnames.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';

const GIVEN = new Map<string, 'm' | 'f' | ''>();
for (const n of names.male) GIVEN.set(normalize(n), 'm');
for (const n of names.female) if (!GIVEN.has(normalize(n))) GIVEN.set(normalize(n), 'f');
for (const n of names.foreign) if (!GIVEN.has(normalize(n))) GIVEN.set(normalize(n), '');

// particles a given name folds into (على → علي): written with ى they are the particle
const FUNCTION = new Set(names.functionWords.map(normalize));

/** Is the normalised word (no proclitic) a given name? With the word as written, a particle it folds into is ruled out. */
export function isGivenName(norm: string, text?: string): boolean {
  if (!GIVEN.has(norm)) return false;
  if (FUNCTION.has(norm) && (text === undefined || !/ي[\u064B-\u065F]*$/.test(text))) return false;
  return true;
}

/** The gender of a given name ('' for foreign names listed without one), or undefined. */
export function givenNameGender(norm: string): 'm' | 'f' | '' | undefined {
  return GIVEN.get(norm);
}

// Surnames (data/people/surnames.json): a listed surname is a person's name
// on its own, with or without ال (الأسد، أسد is not listed so stays a word).

const SURNAMES = new Set([...surnames.arabic, ...surnames.foreign].map(normalize));

/** Is the normalised word (or phrase, words joined by a space) a listed surname? */
export function isSurname(norm: string): boolean {
  return SURNAMES.has(norm);
}

/** A given name or a listed surname: a word that is part of a person's name. */
export function isPersonName(norm: string, text?: string): boolean {
  return isGivenName(norm, text) || SURNAMES.has(norm);
}
