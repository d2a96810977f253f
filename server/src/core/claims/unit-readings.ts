// The word lists of the unit readings (data/claims/unit-readings.json): a
// quake's magnitude, a distance from a place. Loaded once, as phrases.

import { normalize } from '../text/normalize.js';
import data from '../data/claims/unit-readings.json' with { type: 'json' };
import type { Phrase } from './lexicon.js';

const D = data as unknown as Record<string, string[]> & { things: Record<string, { words: string[]; placed?: boolean; as?: string }>; trades: Record<string, string[]> };

function list(key: string): Phrase[] {
  return (D[key] ?? []).map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: key })).sort((a, b) => b.words.length - a.words.length);
}

export const DEGREES = list('degrees');
export const SCALES = list('scales');
export const SHOCKS = list('shocks');
export const AFTERSHOCKS = list('aftershocks');
export const SUPERLATIVES = list('superlatives');
export const NOT_MAGNITUDE = list('notMagnitude');
export const DISTANCE_CUES = list('distanceCues');
export const DISTANCE_LINKS = list('distanceLinks');
export const NOT_REFERENCES = list('notReferences');
export const PLACE_DISTANCE = list('placeDistance');
export const NATIONAL_SCOPE = list('nationalScope');
export const MANY_REGIONS = list('manyRegions');
export const SHORT_PERIODS = list('shortPeriods');
export const PER_DAY = list('perDay');
/** Units of sale after a sum (للكيلوغرام، للتر): a price (claims/unit-price.ts). */
export const PER_UNIT = list('perUnit');
/** Words giving the size of a priced unit before its quantity (زنة 100 كيلوغرام): claims/unit-claim.ts. */
export const SIZE_WORDS = list('sizeWords');
/** Words of trade and production by kind (استيراد → import): claims/trade-quantity.ts. */
export const TRADES: Phrase[] = Object.entries(D.trades ?? {})
  .flatMap(([kind, words]) => words.map((w) => ({ words: normalize(w).split(/\s+/).filter(Boolean), value: kind })))
  .sort((a, b) => b.words.length - a.words.length);
export const VALUE_WORDS = list('valueWords');
export const TEMPERATURE_WORDS = list('temperatureWords');
export const THING_AFTER = list('thingAfter');
export const CHANGE_WORDS = list('changeWords');
export const LEVEL_WORDS = list('levelWords');

/** Nouns that name what a unit figure measures (خسائر، البطالة، الأمطار), each with its thing's key. */
export const THINGS: Phrase[] = Object.entries(D.things)
  .flatMap(([key, t]) => t.words.map((w) => ({ words: normalize(w).split(/\s+/).filter(Boolean), value: key })))
  .sort((a, b) => b.words.length - a.words.length);
/** Things read at one place only (rain at a station): no claim without a place. */
export const PLACED_THINGS = new Set(Object.entries(D.things).filter(([, t]) => t.placed).map(([k]) => k));
/** Things that are what a measure's verb says happened (المساحة المحروقة → destroyed). */
export const THING_AS = new Map(Object.entries(D.things).flatMap(([k, t]) => (t.as ? [[k, t.as] as const] : [])));
/** Words of a reading of part of the day or of a running count (حتى الساعة الثالثة، حتى الآن): claims/interim-reading.ts. */
export const INTERIM_WORDS = list('interimWords');
/** Nouns of a price (سعر، السعر، ثمن): the thing priced is the word after them (claims/unit-claim.ts). */
export const PRICE_HEADS = list('priceHeads');
/** Words between a price head and the thing priced (لتر، الجديد، من). */
export const PRICE_SKIP = list('priceSkip');
/** Words after a grade number that belong to it (أوكتان). */
export const GRADE_WORDS = list('gradeWords');
/** Products sold under two names (بوتاجاز = غاز): the name a price is keyed by, as written less its article. */
export const PRICE_SYNONYMS = new Map(Object.entries((data as unknown as { priceSynonyms?: Record<string, string> }).priceSynonyms ?? {}).map(([k, v]) => [normalize(k), normalize(v)]));
/** Words of a day's high (العظمى، القصوى) and low (الصغرى، الدنيا) in a temperature's sentence. */
export const HIGH_READINGS = list('highReadings');
export const LOW_READINGS = list('lowReadings');
