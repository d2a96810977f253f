// A name several places share (طرابلس: in Lebanon and in Libya) stands for
// the one in a country the article names: by the country's own name («شمال
// لبنان»), by its nisba adjective («الجيش اللبناني»، «الصليب الأحمر
// اللبناني») or by a place whose name no other country's place bears (ريف إدلب). The detector picks the larger place when nothing tells them
// apart (places/rank.ts); this pass corrects the pick when the article does.
// One linear pass over the tokens and the places.

import demonymData from '../data/claims/demonyms.json' with { type: 'json' };
import { FinalLetters } from '../lexicon/final-letters.js';
import { normalize } from '../text/normalize.js';
import type { DocContext } from '../parse/context.js';
import type { Place } from '../types.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { pickEntry } from './rank.js';

type Entry = { name: string; nisba: string[] };

/** nisba form (normalised, with and without ال, masculine and feminine) → the country's name; per gazetteer it is resolved once. */
let NISBA: Map<string, string> | null = null;
function nisbaForms(): Map<string, string> {
  if (!NISBA) {
    NISBA = new Map();
    for (const e of (demonymData as unknown as { demonyms: Entry[] }).demonyms)
      for (const n of e.nisba) {
        const f = normalize(n);
        for (const w of [f, `${f}ه`]) {
          NISBA.set(w, e.name);
          NISBA.set(`ال${w}`, e.name);
        }
      }
  }
  return NISBA;
}

export function countryOf(gaz: Gazetteer, id: string): string | null {
  let p: string | null = id;
  for (let k = 0; p && k < 10; k++) {
    if (p.startsWith('iso3166:')) return p;
    p = gaz.get(p)?.parent ?? null;
  }
  return null;
}

const countryIds = new WeakMap<Gazetteer, Map<string, string | null>>();
/** The country entry a country's Arabic name stands for, or null. */
function countryNamed(gaz: Gazetteer, name: string): string | null {
  let m = countryIds.get(gaz);
  if (!m) countryIds.set(gaz, (m = new Map()));
  let id = m.get(name);
  if (id === undefined) {
    id = gaz.lookup(name).find((e) => e.type === 'country')?.id ?? null;
    m.set(name, id);
  }
  return id;
}

let NISBA_ENDS: FinalLetters | null = null;
/** A word's nisba country name, or null. This runs on every word of an article with a shared name: a word ending no nisba form is no nisba, without a look-up. */
function nisbaCountry(norm: string): string | null {
  const forms = nisbaForms();
  if (!NISBA_ENDS) {
    NISBA_ENDS = new FinalLetters();
    for (const f of forms.keys()) NISBA_ENDS.add(f);
  }
  if (!NISBA_ENDS.mayEnd(norm)) return null;
  return forms.get(norm) ?? (/^[وفبل]/.test(norm) ? forms.get(norm.slice(1)) : undefined) ?? null;
}

/** The countries the article names: its country places and the countries of its nisba adjectives. */
export function namedCountries(ctx: DocContext, places: Place[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const p of places) if (p.id && p.type === 'country') out.add(p.id);
  for (const t of ctx.tokens) {
    if (t.type !== 'word') continue;
    const name = nisbaCountry(t.norm);
    if (!name) continue;
    const id = countryNamed(gaz, name);
    if (id) out.add(id);
  }
  return out;
}

const byName = new WeakMap<Gazetteer, Map<string, GazetteerEntry[]>>();
/** The gazetteer's entries of a name, looked up once per gazetteer and name (bounded); never modified by the caller. */
function entriesNamed(gaz: Gazetteer, name: string): readonly GazetteerEntry[] {
  let m = byName.get(gaz);
  if (!m) byName.set(gaz, (m = new Map()));
  let es = m.get(name);
  if (es === undefined) {
    es = gaz.lookup(name);
    if (m.size >= 50_000) m.clear();
    m.set(name, es);
  }
  return es;
}

/**
 * The named countries and those of the article's places whose name is no
 * other country's place (إدلب: all its entries in Syria): «أريحا» beside
 * «ريف إدلب» is the Syrian town, as it would be beside «سوريا».
 */
function withUnsharedPlaces(named: Set<string>, places: Place[], gaz: Gazetteer): Set<string> {
  const out = new Set(named);
  for (const q of places) {
    if (!q.id || q.type === 'country' || q.via !== 'gazetteer') continue;
    const countries = new Set(entriesNamed(gaz, q.name).map((e) => countryOf(gaz, e.id)));
    countries.add(countryOf(gaz, q.id));
    if (countries.size === 1 && !countries.has(null)) out.add([...countries][0]!);
  }
  return out;
}

/** The places with a shared name moved to the article's named country where the pick lies elsewhere. */
export function preferNamedCountry(ctx: DocContext, places: Place[], gaz: Gazetteer): Place[] {
  if (!places.some((p) => p.id && p.type !== 'country')) return places;
  let named: Set<string> | null = null;
  return places.map((p) => {
    if (!p.id || p.type === 'country' || p.via !== 'gazetteer') return p;
    const same = entriesNamed(gaz, p.name);
    if (same.length < 2) return p;
    named ??= withUnsharedPlaces(namedCountries(ctx, places, gaz), places, gaz);
    if (!named.size) return p;
    const own = countryOf(gaz, p.id);
    if (own && named.has(own)) return p;
    const there = same.filter((e) => {
      const c = countryOf(gaz, e.id);
      return c !== null && named!.has(c);
    });
    if (!there.length || new Set(there.map((e) => countryOf(gaz, e.id))).size > 1) return p;
    const e = pickEntry(gaz, there.map((x) => x.id), null);
    if (!e) return p;
    return { ...p, id: e.id, name: e.ar ?? p.name, nameEn: e.en ?? undefined, type: e.type };
  });
}
