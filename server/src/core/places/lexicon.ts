// The places detector's word lists (data/place-triggers.json and
// data/places/*.json), normalised once.
import triggers from '../data/place-triggers.json' with { type: 'json' };
import context from '../data/places/name-context.json' with { type: 'json' };
import unknown from '../data/places/unknown-names.json' with { type: 'json' };
import reporting from '../data/attributions/reporting-prepositions.json' with { type: 'json' };
import groups from '../data/claims/groups.json' with { type: 'json' };
import synonyms from '../data/claims/synonyms.json' with { type: 'json' };
import claimContext from '../data/claims/context.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { PlaceType } from '../types.js';

const set = (words: string[]) => new Set(words.map(normalize));
const map = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [normalize(k), v as PlaceType]));

export interface Trigger {
  type: PlaceType;
  plural: boolean;
  /** Only types a known name (دولة). */
  typeOnly: boolean;
  /** Generic (منطقة، مخيم): an unknown name after it must be definite or start with a name prefix. */
  placeLike: boolean;
  /** Words after it that name an office, never a place (مديرية الصحة). */
  offices?: Set<string>;
  /** An adjective as often (مصادر محلية): a trigger only with a preposition on or before it, or opening its sentence. */
  afterPreposition: boolean;
}

const SINGULAR = map(triggers.singular);
const PLURAL = map(triggers.plural);
const TYPE_ONLY = set(triggers.typeOnly ?? []);
const PLACE_LIKE = set(triggers.placeLike ?? []);
// each office word with ال as written and without it (مديرية الصحة، مديرية صحة أ)
const OFFICES = new Map(Object.entries((triggers as { offices?: Record<string, string[]> }).offices ?? {}).map(([k, v]) => [normalize(k), set(v.flatMap((w) => [w, w.replace(/^ال/, '')]))]));
const AFTER_PREPOSITION = set((triggers as { afterPreposition?: string[] }).afterPreposition ?? []);
/** Words that normalise like a trigger but are another word as written (إحياء). */
export const NOT_TRIGGERS_AS_WRITTEN = new Set(triggers.notAsWritten ?? []);

/** The trigger a normalised word (no clitics) is, if any. */
export function trigger(norm: string): Trigger | undefined {
  const plural = PLURAL.get(norm);
  const type = plural ?? SINGULAR.get(norm);
  if (!type) return undefined;
  const offices = OFFICES.get(norm);
  return { type, plural: plural !== undefined, typeOnly: TYPE_ONLY.has(norm), placeLike: PLACE_LIKE.has(norm), afterPreposition: AFTER_PREPOSITION.has(norm), ...(offices ? { offices } : {}) };
}

export const FACILITY = set(context.facility);
export const CITY_FACILITY = set(context.cityFacility);
export const MEDIA = set(context.media);
export const AFTER_NAME = set(context.after);
export const PERSON_BEFORE = set(context.personBefore);
export const PERSON_AFTER = set(context.personAfter);
export const TITLES = set(context.titles);
export const LOCATIVE = set(context.locative);
/** A capital's noun (العاصمة تونس): a name a country and its capital city share, after it, is the city. */
/** The last word of a road's noun (طريق، الطريق الدولي): a road named by its two ends joins them with a dash (طريق أ - ب). */
export const ROAD_ENDS = set((claimContext as { roadNouns: string[] }).roadNouns.filter((n) => !/ بين$/.test(n)).map((n) => n.split(/\s+/).pop()!));
export const CAPITAL = set((context as { capital?: string[] }).capital ?? []);
/** Nouns that head a natural feature's name (وادي أ): a name right before one, in a construct with it, is a common noun (سيول وادي أ). */
export const LANDMARK_HEADS = set((context as { landmarkHeads?: string[] }).landmarkHeads ?? []);
/** «ورد في», «جاء في» (the attribution phrases that name a document, normalised): after them في opens a document, no place. */
export const DOCUMENT_PHRASES = set((reporting.prepositions as { phrase: string; marker?: boolean }[]).filter((p) => p.marker).map((p) => p.phrase));

export const NAME_PREFIXES = set(unknown.prefixes);
export const NUMBER_WORDS = set(unknown.numberWords);
export const NOT_NAMES = set(unknown.notNames);
/**
 * Indefinite one-word nouns of people the claims' groups and synonym sets list
 * (نازحين، لاجئين، مدنيين): after a trigger they say who lives there (مخيم نازحين), never a
 * name. Definite ones stay: a quarter may be called for its people (حي الأكراد).
 */
export const PEOPLE_NOUNS = set(
  [
    // groups of people only: homes, villages, vehicles are things (بيت، قرية begin names: قرية بيت جبرين)
    ...Object.entries((groups as unknown as { groups: Record<string, { words?: string[] }> }).groups)
      .filter(([name]) => !((groups as unknown as { notPeople?: string[] }).notPeople ?? []).includes(name))
      .flatMap(([, g]) => g.words ?? []),
    ...(synonyms as unknown as { sets: { nouns: string[] }[] }).sets.flatMap((s) => s.nouns),
  ]
    .filter((w) => !/\s|\*/.test(w.trim()) && !w.startsWith('ال')),
);
export const LIST_FOLLOWERS = set(unknown.listFollowers);
export const ADJECTIVES = set(unknown.adjectives);
