// Where and when an article is set, for the claims its clauses leave open.
// - Its country: the one its places lie in most often. A claim whose clause names no place is set there, so that
//   two countries' tolls with no place named are never one event.
// - Its year: the latest year it names. A sentence naming only earlier years
//   (a timeline, «عام 2014», a background paragraph) tells of another time.

import type { Gazetteer } from '../places/gazetteer.js';
import type { Figure, Place } from '../types.js';

/** The country (an iso3166 id) a gazetteer place lies in, or null. */
export function countryOf(gaz: Gazetteer | undefined, id: string | null): string | null {
  if (!gaz || !id) return null;
  let p: string | null = id;
  for (let k = 0; p && k < 10; k++) {
    if (p.startsWith('iso3166:')) return p;
    p = gaz.get(p)?.parent ?? null;
  }
  return null;
}

/** The most frequent country of the places (first named wins a tie), or null. */
export function mainCountry(gaz: Gazetteer | undefined, places: Iterable<Place>): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const p of places) {
    const c = countryOf(gaz, p.id);
    if (!c) continue;
    const n = (count.get(c) ?? 0) + 1;
    count.set(c, n);
    if (!best || n > count.get(best)!) best = c;
  }
  return best;
}

/** Years a text names (figures of the year kind, within plausible news years). */
export function yearOf(f: Figure): number | null {
  if (f.kind !== 'date' || f.detail !== 'year' || !Number.isInteger(f.value)) return null;
  const y = f.value as number;
  return y >= 1900 && y <= 2200 ? y : null;
}

/** The latest year the article names, or null. */
export function articleYear(figures: Figure[]): number | null {
  let y: number | null = null;
  for (const f of figures) {
    const v = yearOf(f);
    if (v !== null && (y === null || v > y)) y = v;
  }
  return y;
}
