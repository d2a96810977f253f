// A country's name that a large city of another country bears too (عمان:
// Oman, and Amman in Jordan) is the city where the article says so: as its
// date line (a date line names the city an article was filed from, «عمان -»),
// or beside a place of the city's country and none of the other's (طريق
// عمان - العقبة), or right after a noun of what a city names after itself
// (ستاد عمان، مطار عمان). Elsewhere the country keeps the name.
import { isDateline } from '../claims/dateline.js';
import type { DocContext } from '../parse/context.js';
import type { Place } from '../types.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { countryOf } from './homonyms.js';
import { readings } from './clitics.js';
import { CITY_FACILITY } from './lexicon.js';
import { normalize } from '../text/normalize.js';

/** A city this large is what a date line or a road names; a village that bears a country's name is not. */
const MIN_POPULATION = 100_000;

/** The largest city abroad that bears the country place's name, or null. */
function cityAbroad(gaz: Gazetteer, p: Place): GazetteerEntry | null {
  let best: GazetteerEntry | null = null;
  for (const e of gaz.lookup(p.text)) {
    if (e.type !== 'city' || e.population < MIN_POPULATION || countryOf(gaz, e.id) === p.id) continue;
    if (!best || e.population > best.population) best = e;
  }
  return best;
}

/** The places, a country read where the article names the city abroad of its name replaced by that city. */
export function cityNotCountry(ctx: DocContext, places: Place[], gaz: Gazetteer): Place[] {
  let out: Place[] | null = null;
  for (let k = 0; k < places.length; k++) {
    const p = places[k]!;
    if (p.type !== 'country' || !p.id) continue;
    const city = cityAbroad(gaz, p);
    if (!city) continue;
    const there = countryOf(gaz, city.id);
    // a town or province of the city's country, not the country itself (عمان والأردن: two countries)
    const others = places.filter((q) => q.id && q.text !== p.text && q.type !== 'country');
    const beside = others.some((q) => countryOf(gaz, q.id!) === there) && !others.some((q) => countryOf(gaz, q.id!) === p.id);
    if (!isDateline(ctx.text, p) && !beside && !afterCityFacility(ctx.text, p)) continue;
    out ??= [...places];
    out[k] = { ...p, name: city.ar ?? p.name, nameEn: city.en ?? undefined, type: city.type, id: city.id };
  }
  return out ?? places;
}

/** Is the word right before the place a noun of what a city names after itself (ستاد، مطار)? */
function afterCityFacility(text: string, p: Place): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
  if (!before) return false;
  return readings(normalize(before[1]!)).some((r) => CITY_FACILITY.has(r.key));
}
