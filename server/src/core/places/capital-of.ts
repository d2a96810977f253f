// «العاصمة» with a country's nisba adjective (العاصمة الفرنسية، في العاصمة
// الكورية الجنوبية) names that country's capital city, as an outlet that
// writes the city's name does. The adjective is read against the
// gazetteer's country names (places/nisba.ts: الفرنسية → فرنسا; with a
// second adjective that is part of the name: الكورية الجنوبية → كوريا
// الجنوبية; a country whose name is itself the adjective: السعودية); the
// capital comes from data/places/capitals.json. Other adjectives (العاصمة
// الاقتصادية، الإدارية) name no country and are left alone.
import data from '../data/places/capitals.json' with { type: 'json' };
import type { DocContext } from '../parse/context.js';
import type { Place } from '../types.js';
import { readings } from './clitics.js';
import { offsetAfterCut } from '../lexicon/proclitics.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { CAPITAL } from './lexicon.js';
import { nisbaStem } from './nisba.js';

const capitals = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();

/** country id → its capital's entry, resolved once per gazetteer. */
function capitalsOf(gaz: Gazetteer): Map<string, GazetteerEntry> {
  let m = capitals.get(gaz);
  if (m) return m;
  capitals.set(gaz, (m = new Map()));
  for (const [country, name] of Object.entries(data.capitals as Record<string, string>)) {
    const inside = gaz.lookup(name).filter((e) => e.type === 'city' && countryOf(gaz, e) === country);
    const city = inside.sort((a, b) => b.population - a.population)[0];
    if (city) m.set(country, city);
  }
  return m;
}

function countryOf(gaz: Gazetteer, e: GazetteerEntry): string | null {
  let p: string | null = e.id;
  for (let k = 0; p && k < 10; k++) {
    if (p.startsWith('iso3166:')) return p;
    p = gaz.get(p)?.parent ?? null;
  }
  return null;
}

const country = (gaz: Gazetteer, name: string): string | null => gaz.lookup(name).find((e) => e.type === 'country')?.id ?? null;

/** The next word token after i (over spaces only), or -1. */
function nextWord(ctx: DocContext, i: number): number {
  for (let j = i + 1; j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (t.type === 'word') return j;
    if (t.norm !== '') return -1;
  }
  return -1;
}

/** The country a definite nisba adjective at token j names, with the token it ends at; null when none. */
function nisbaCountry(ctx: DocContext, gaz: Gazetteer, j: number): { id: string; last: number } | null {
  const word = ctx.tokens[j]!.norm;
  if (!word.startsWith('ال')) return null;
  const k = nextWord(ctx, j);
  const second = k >= 0 && ctx.tokens[k]!.norm.startsWith('ال') ? ctx.tokens[k]!.norm : null;
  // كوريا الجنوبية: the stem's name with the second adjective, tried first (the longer name)
  if (second) {
    const two = nisbaStem(word, (w) => country(gaz, `${w} ${second}`) !== null);
    if (two) return { id: country(gaz, `${two} ${second}`)!, last: k };
  }
  const stem = nisbaStem(word, (w) => country(gaz, w) !== null);
  const id = stem ? country(gaz, stem) : country(gaz, word);
  return id ? { id, last: j } : null;
}

/** The places with a capital city added where «العاصمة» and a country's adjective name it. */
export function capitalsByNationality(ctx: DocContext, places: Place[], gaz: Gazetteer): Place[] {
  const added: Place[] = [];
  const dropped = new Set<Place>();
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word') continue;
    const r = readings(t.norm).find((x) => CAPITAL.has(x.key) && x.key.startsWith('ال'));
    if (!r) continue;
    const j = nextWord(ctx, i);
    if (j < 0) continue;
    const hit = nisbaCountry(ctx, gaz, j);
    if (!hit) continue;
    const city = capitalsOf(gaz).get(hit.id);
    const end = toks[hit.last]!.end;
    const start = offsetAfterCut(t, r.skip);
    // العاصمة الكويتية الكويت: the name after it is read already
    const after = nextWord(ctx, hit.last);
    const named = after >= 0 ? toks[after]!.start : end;
    // بالعاصمة السعودية: the adjective read as its country is the capital's adjective, not the place
    const adjective = (p: Place) => p.id === hit.id && p.start >= toks[j]!.start && p.end <= end;
    if (!city || places.some((p) => ((p.start < end && p.end > start) || p.start === named) && !adjective(p))) continue;
    for (const p of places) if (adjective(p)) dropped.add(p);
    added.push({ start, end, text: ctx.text.slice(start, end), name: city.ar ?? '', nameEn: city.en ?? undefined, type: city.type, id: city.id, via: 'gazetteer' });
  }
  return added.length ? [...places.filter((p) => !dropped.has(p)), ...added].sort((a, b) => a.start - b.start) : places;
}
