// Which entry a name stands for, and how well known a place is: the
// detector's rules for names many places share or that are words too.
import type { PlaceType } from '../types.js';
import type { GazetteerEntry } from './entry.js';

const SETTLEMENT = new Set<PlaceType>(['city', 'town', 'village']);
const SHIPPED_SOURCES = new Set(['geonames', 'iso3166']);

/** Countries, governorates, regions, large places and everything written by hand. */
export function wellKnown(e: GazetteerEntry): boolean {
  return e.type === 'country' || e.type === 'governorate' || e.type === 'region' || e.population >= 100000 || !SHIPPED_SOURCES.has(e.source);
}

/** May a short name read through a proclitic stand for this place (بمصر، بغزة, not لغات → غات)? */
export function strongShort(e: GazetteerEntry | undefined): boolean {
  return !!e && (e.type === 'country' || (e.population >= 100000 && e.type !== 'governorate') || !SHIPPED_SOURCES.has(e.source));
}

/** The entry a name stands for (among the entries of these ids): the team's, the trigger's type, a country, a settlement, then the larger place. */
export function pickEntry(entries: { get(id: string): GazetteerEntry | undefined }, ids: readonly string[], type: PlaceType | null): GazetteerEntry | undefined {
  let best: GazetteerEntry | undefined;
  let bestScore = -Infinity;
  for (let k = 0; k < ids.length; k++) {
    const e = entries.get(ids[k]!);
    if (!e) continue;
    let s = Math.log10(e.population + 1);
    if (e.source === 'team') s += 40;
    if (type && e.type === type) s += 20;
    if (e.type === 'country') s += 10;
    if (SETTLEMENT.has(e.type)) s += 2;
    if (s > bestScore) {
      bestScore = s;
      best = e;
    }
  }
  return best;
}
