// What the gazetteer knows about one place, and the problems a team file can have.
import type { PlaceType } from '../types.js';

export interface GazetteerEntry {
  /** 'geonames:94787', 'geonames:IQ.13' (first-level division), 'iso3166:IQ', 'isnad:…', 'team:…'. */
  id: string;
  /** Canonical Arabic name; null for a division the sources name only in English (kept for parent chains). */
  ar: string | null;
  en: string | null;
  type: PlaceType;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** Other Arabic names: short and long forms, spellings, with and without ال. */
  variants: string[];
  /** 'geonames', 'iso3166', a key of the supplement's sources, or 'team'. */
  source: string;
  /** Single-word names of this entry count only after a trigger noun (common words: الباب، الدور). */
  triggerOnly?: boolean;
}

/** A bad entry of a team gazetteer file: where and why. */
export interface GazetteerProblem {
  /** Index in the file's "entries" (-1 for the file itself). */
  index: number;
  message: string;
}

/** What the hover shows: the entry and its parents, nearest first. */
export interface PlaceInfo {
  entry: GazetteerEntry;
  parents: GazetteerEntry[];
}
