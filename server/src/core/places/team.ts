// The team's gazetteer file (.isnad/gazetteer.json, docs/gazetteer.md):
// validated entry by entry, so one bad entry never hides the others.
import type { PlaceType } from '../types.js';
import type { GazetteerEntry, GazetteerProblem } from './entry.js';
import { nameKey } from './trie.js';

export interface TeamEntry extends Partial<GazetteerEntry> {
  id: string;
  drop?: boolean;
}

export interface TeamFile {
  entries?: unknown[];
  notPlaces?: unknown[];
}

/** A place name annotated by hand in an annotation file. */
export interface LearntName {
  name: string;
  type?: PlaceType;
}

export const PLACE_TYPES: readonly PlaceType[] = [
  'country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood', 'region', 'river', 'mountain', 'place',
];

const ARABIC = /[\u0600-\u06FF]/;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reads a parsed team file; `known(id)` tells whether an id is already in the gazetteer. */
export function readTeamFile(file: unknown, known: (id: string) => boolean): { entries: TeamEntry[]; notPlaces: string[]; problems: GazetteerProblem[] } {
  const problems: GazetteerProblem[] = [];
  const entries: TeamEntry[] = [];
  const notPlaces: string[] = [];
  if (!isObject(file)) return { entries, notPlaces, problems: [{ index: -1, message: 'the file must hold a JSON object with "entries" (and optionally "notPlaces")' }] };
  const list = file.entries ?? [];
  if (!Array.isArray(list)) problems.push({ index: -1, message: '"entries" must be an array' });
  else {
    const fileIds = new Set(list.flatMap((raw) => (isObject(raw) && typeof raw.id === 'string' ? [raw.id] : [])));
    list.forEach((raw, index) => {
      const bad = (message: string) => problems.push({ index, message });
      if (!isObject(raw)) return bad('an entry must be an object');
      const id = raw.id;
      if (id !== undefined && (typeof id !== 'string' || !id.trim())) return bad('"id" must be a non-empty string');
      const overrides = typeof id === 'string' && known(id);
      if (raw.drop === true) {
        if (!overrides) return bad(`"drop": no entry with id "${String(id)}"`);
        entries.push({ id: id as string, drop: true });
        return;
      }
      const ar = raw.ar;
      if (ar !== undefined && (typeof ar !== 'string' || !ARABIC.test(ar) || !nameKey(ar).length)) return bad('"ar" must be an Arabic name');
      if (ar === undefined && !overrides) return bad(`"ar" is required for a new entry${id ? ` ("${String(id)}" is not in the gazetteer)` : ''}`);
      const e: TeamEntry = { id: typeof id === 'string' ? id : `team:${nameKey(ar as string).join('-')}` };
      if (ar !== undefined) e.ar = (ar as string).trim();
      if (raw.en !== undefined) {
        if (typeof raw.en !== 'string') return bad('"en" must be a string');
        e.en = raw.en;
      }
      if (raw.type !== undefined) {
        if (!PLACE_TYPES.includes(raw.type as PlaceType)) return bad(`"type" must be one of ${PLACE_TYPES.join(', ')}`);
        e.type = raw.type as PlaceType;
      } else if (!overrides) e.type = 'place';
      if (raw.parent !== undefined) {
        if (raw.parent !== null && typeof raw.parent !== 'string') return bad('"parent" must be an id or null');
        e.parent = raw.parent as string | null;
        // kept, but said: the hover's parent chain would stop there
        if (typeof raw.parent === 'string' && !known(raw.parent) && !fileIds.has(raw.parent)) problems.push({ index, message: `"parent": no entry with id "${raw.parent}" (the entry is kept)` });
      }
      for (const k of ['lat', 'lon'] as const) {
        const v = raw[k];
        if (v === undefined) continue;
        const max = k === 'lat' ? 90 : 180;
        if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > max) return bad(`"${k}" must be a number between -${max} and ${max}`);
        e[k] = v;
      }
      if (raw.variants !== undefined) {
        if (!Array.isArray(raw.variants) || raw.variants.some((v) => typeof v !== 'string' || !ARABIC.test(v))) return bad('"variants" must be an array of Arabic names');
        e.variants = (raw.variants as string[]).map((v) => v.trim());
      }
      entries.push(e);
    });
  }
  const stop = file.notPlaces ?? [];
  if (!Array.isArray(stop)) problems.push({ index: -1, message: '"notPlaces" must be an array of names' });
  else for (const s of stop) {
    if (typeof s === 'string' && nameKey(s).length) notPlaces.push(s);
    else problems.push({ index: -1, message: `"notPlaces": ${JSON.stringify(s)} is not a name` });
  }
  return { entries, notPlaces, problems };
}
