// A place's gazetteer entry for its hover: containment, coordinates,
// spellings, and one short line of provenance that credits only what really
// made the entry. GeoNames is always credited (CC-BY-4.0) for its ids; the
// shipped supplement is named with what it changed; only the team's own file
// (or its annotations) is credited to the team.
import base from '../core/data/gazetteer.json' with { type: 'json' };
import supplement from '../core/data/gazetteer-supplement.json' with { type: 'json' };
import type { Gazetteer, GazetteerEntry } from '../core/places/gazetteer.js';
import type { Place } from '../core/types.js';
import { num, word, type PlaceLines } from './hover.js';
import type { Translate } from './l10n.js';

type Override = Partial<GazetteerEntry> & { id: string; source?: string };

let baseRows: Map<string, unknown[]> | undefined;
let overrides: Map<string, Override> | undefined;

// built on the first place hover, not at startup
function baseRow(id: string): unknown[] | undefined {
  baseRows ??= new Map((base as { entries: unknown[][] }).entries.map((r) => [r[0] as string, r]));
  return baseRows.get(id);
}

function override(id: string): Override | undefined {
  overrides ??= new Map((supplement as { entries: Override[] }).entries.map((e) => [e.id, e]));
  return overrides.get(id);
}

const FIELDS: [keyof GazetteerEntry, number, (t: Translate) => string][] = [
  ['ar', 2, (t) => t('Arabic name')],
  ['en', 3, (t) => t('English name')],
  ['type', 1, (t) => t('type')],
  ['parent', 4, (t) => t('parent')],
];

/** "GeoNames 99532, CC-BY-4.0; Arabic name from the Isnad supplement". */
export function provenance(e: GazetteerEntry, t: Translate): string {
  const i = e.id.indexOf(':');
  const db = i > 0 ? e.id.slice(0, i) : '';
  const key = i > 0 ? e.id.slice(i + 1) : e.id;
  // the team taught it: its gazetteer file, or a Place it annotated in a .ann of the folder
  if (e.source === 'team') return db === 'learnt' ? t('From: a place the team annotated in this folder') : t('From: the team gazetteer');
  const parts: string[] = [];
  if (db === 'geonames') parts.push(`GeoNames ${num(key)}, CC-BY-4.0`);
  else if (db === 'iso3166') parts.push(`ISO 3166-1 ${num(key)}`);
  const o = override(e.id);
  if (o && e.source !== 'geonames' && e.source !== 'iso3166') {
    const row = baseRow(e.id);
    if (!row) parts.push(t('entry from the Isnad supplement'));
    else {
      // name only what the supplement really changed
      const changed = FIELDS.filter(([f, k]) => o[f] !== undefined && o[f] !== row[k]).map(([, , name]) => name(t));
      if (o.variants?.length && JSON.stringify(o.variants) !== JSON.stringify(row[8] ?? [])) changed.push(t('spellings'));
      if (changed.length) parts.push(t('{0} from the Isnad supplement', changed.join(', ')));
    }
  }
  if (!parts.length) parts.push(t('the Isnad supplement'));
  return `${t('From')}: ${parts.join('; ')}`;
}

export function placeDetails(gazetteer: Gazetteer, p: Place, t: Translate): PlaceLines {
  const out: PlaceLines = { facts: [], provenance: null, after: [] };
  if (!p.id) return out;
  const info = gazetteer.info(p.id);
  if (!info) return out;
  const e = info.entry;
  // containment said in words, nearest first: "In البصرة (governorate), in العراق (country)"
  const within = info.parents.map((x, k) => {
    const name = `${word(x.ar ?? x.en ?? x.id)} (${x.type})`;
    return k ? t('in {0}', name) : t('In {0}', name);
  });
  if (within.length) out.facts.push(within.join(', '));
  const variants = e.variants.filter((v) => v !== e.ar);
  if (variants.length) out.facts.push(`${t('Also written')}: ${variants.slice(0, 4).map(word).join('، ')}`);
  if (e.lat !== null && e.lon !== null) out.facts.push(`${t('Coordinates')}: ${num(`${e.lat.toFixed(4)}, ${e.lon.toFixed(4)}`)}`);
  out.provenance = provenance(e, t);
  return out;
}
