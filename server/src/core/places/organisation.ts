// Organisations and outlets as a reading of a gazetteer name (docs/
// guidelines.md, Places: organisations; data/places/organisations.json).
// An organisation's name runs from its noun over the nouns such names are
// made of (شركة نفط X، وكالة أنباء X) and may go on with a لل-noun (وكالة X
// للأنباء). A gazetteer name inside it is read as part of
// the organisation's name; the detector keeps it a place only when the place
// is well known (nested, as taggers do: شركة قطر للبترول → قطر).
import data from '../data/places/organisations.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { Token } from '../types.js';
import { readings } from './clitics.js';

const set = (words: string[]) => new Set(words.map(normalize));
/** Nouns of bodies (شركة، حزب): the claims read a place right after one as part of its name too (claims/event.ts). */
export const ORGANISATIONS = set(data.bodies);
const BODIES = ORGANISATIONS;
const OUTLETS = set(data.outlets);
const NAME_NOUNS = set(data.nameNouns);

export type Organisation = 'body' | 'outlet';

/** The organisation noun a word is through its proclitics (شركة، لشركة، وبنك), if any. */
export function organisationNoun(norm: string): Organisation | undefined {
  const rs = readings(norm);
  for (let k = 0; k < rs.length; k++) {
    const key = rs[k]!.key;
    if (key.startsWith('ال')) continue;
    if (BODIES.has(key)) return 'body';
    if (OUTLETS.has(key)) return 'outlet';
  }
  return undefined;
}

/**
 * May the word stand between an organisation's noun and a name in it (شركة
 * نفط X، وكالة أنباء X)? Only the nouns such names are made of: a definite
 * word makes a construct of the noun (طيران النظام تدمر: the regime's
 * aircraft, then a town).
 */
function namePart(norm: string): boolean {
  return NAME_NOUNS.has(norm);
}

/** Is the word a لل-noun that goes on an organisation's name (للأنباء، للبترول)? */
export function organisationTail(norm: string): boolean {
  return norm.startsWith('لل') && norm.length >= 5;
}

export interface NameAt {
  /** Index of the name's first token. */
  first: number;
  /** The index of the word before token i in the same phrase, or -1. */
  prevWord(i: number): number;
}

/**
 * The organisation whose name holds the gazetteer name starting at token
 * `first`, through at most maxNameWords words back to its noun, and how
 * many words lie between: 0 is the noun right before (شركة X).
 */
export function organisationBefore(tokens: Token[], at: NameAt): { kind: Organisation; between: number } | undefined {
  let j = at.prevWord(at.first);
  for (let between = 0; j >= 0 && between <= data.maxNameWords; between++) {
    const norm = tokens[j]!.norm;
    const kind = organisationNoun(norm);
    if (kind) return { kind, between };
    if (!namePart(norm)) return undefined;
    j = at.prevWord(j);
  }
  return undefined;
}
