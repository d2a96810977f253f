// Which side of a place another lies on. An outlet that names a country's
// part by a compass word (جنوب شرق إيران) tells of the province another
// outlet names there only when the gazetteer puts that province on that side
// of the country: the bearing from the country's centre to the province's
// (data/places/compass.json) within 67.5° of the word's.
import data from '../data/places/compass.json' with { type: 'json' };
import type { Gazetteer } from './gazetteer.js';

type Bearing = { vector: number[]; words: string[] };
const BEARINGS = data.bearings as Record<string, Bearing>;

/** The compass keys (N, SE …) and their words, as the text reader matches them. */
export const COMPASS_WORDS: ReadonlyArray<[string, string[]]> = Object.entries(BEARINGS).map(([k, b]) => [k, b.words]);

/** cos 67.5°: a side is a quarter of the compass either way of its bearing. */
const WITHIN = Math.cos((67.5 * Math.PI) / 180);

/**
 * Does `inner` lie on the `quarter` side of `outer` (both gazetteer ids)? Null
 * when a coordinate or the quarter is unknown, or the two centres meet.
 */
export function liesToward(gaz: Gazetteer, outer: string, inner: string, quarter: string): boolean | null {
  const o = gaz.get(outer);
  const p = gaz.get(inner);
  const b = BEARINGS[quarter];
  if (!o || !p || !b || o.lat == null || o.lon == null || p.lat == null || p.lon == null) return null;
  const north = p.lat - o.lat;
  const east = (p.lon - o.lon) * Math.cos((o.lat * Math.PI) / 180);
  const len = Math.hypot(north, east);
  if (len < 1e-6) return null;
  const [bn, be] = b.vector as [number, number];
  return (north * bn + east * be) / (len * Math.hypot(bn, be)) >= WITHIN;
}
