// What an article tells of, as a few comparable facts: the places it names
// (each with the places that contain it, so that a town and its province meet),
// the day of its date line and the figures its claims count. Read from the
// detectors' findings, never from raw words: a page's menus, footers and
// lists of other headlines are words an outlet repeats on every page, and
// would make any two pages of one site look alike.

import type { Gazetteer } from '../places/gazetteer.js';
import settings from '../data/story/off-topic.json' with { type: 'json' };
import type { Claim, Figure, Place } from '../types.js';
import { articleDay, dateOfFigure, DATELINE_CHARS } from './claim-day.js';
import { claimScenesOf, scenesOf, type Scene } from './other-scene.js';
import { placeKey } from '../claims/event.js';

/** Plain arrays, not maps: every article of a folder keeps one, an archive ten thousand. */
export interface EventSignature {
  /** Place ids (each place and every place containing it), distinct… */
  areas: string[];
  /** …and their weights, a unit vector… */
  weights: number[];
  /** …and whether each is a town, a province or a place in one (not a country or a wider region). */
  local: boolean[];
  /** How many distinct full dates its text names: a timeline or a log of many days names dozens, one event's report a few. */
  dates: number;
  /** The date line's day (days since 1970-01-01), or null. */
  day: number | null;
  /** Every full date of its page's header and headline, the date line's first: a page dated the day it was read names its own date after it. */
  headerDays: number[];
  /** Its counted figures as measure|group|interval, distinct: the same count in two articles is one event's… */
  figures: string[];
  /** …and for each, the provinces its claims' own clauses set it in (none when no clause places it). */
  figureProvinces: string[][];
  /** The provinces its places lie in, and the towns below them (story/other-scene.ts). */
  provinces: Scene;
  towns: Scene;
  /** The provinces and towns its own claims are set in. */
  claimScenes: { provinces: string[]; towns: string[] };
  /** Whether a clause of its own figures sets one at a place below a country (a known one, a river, or a name it reads as a place). */
  placed: boolean;
  /** The kinds of incident its own figures' clauses name (fire, explosion: claims/event.ts), distinct. */
  kinds: string[];
  /** The names it reads as places the gazetteer does not know (a district, a prison, a village): another article naming one may tell of the same place… */
  unknown: string[];
  /** …those of them it reads as places in its text, not only after a claim (a claim's «في بيان» is no place). */
  unknownPlaces: string[];
}

const IGNORED = new Set(settings.ignoredMeasures);

/** The place and its containers, nearest first (its parents in the gazetteer, and the further regions data gives). */
function chain(gazetteer: Gazetteer, id: string): string[] {
  const info = gazetteer.info(id);
  return info ? [id, ...info.parents.map((e) => e.id)] : [id];
}

/** The full dates within the date line's reach, distinct, in order. */
function headerDays(text: string, figures: readonly Figure[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < figures.length && figures[i]!.start < DATELINE_CHARS; i++) {
    const d = dateOfFigure(text, figures as Figure[], i);
    if (d !== null && !out.includes(d)) out.push(d);
  }
  return out;
}

/** How many distinct full dates the whole text names. */
function distinctDates(text: string, figures: readonly Figure[]): number {
  const out = new Set<number>();
  for (let i = 0; i < figures.length; i++) {
    const d = dateOfFigure(text, figures as Figure[], i);
    if (d !== null) out.add(d);
  }
  return out.size;
}

/**
 * The article's signature, made when first asked. Only a folder of a few
 * articles asks (off-topic.ts): an archive of ten thousand never does, and
 * would hold ten thousand for nothing. What needs the figures (its dates) is
 * read now, as they are not kept; the rest needs only the places and the
 * claims, which the story keeps anyway.
 */
export function lazySignature(gazetteer: () => Gazetteer, places: readonly Place[], claims: readonly Claim[], figures: readonly Figure[], text: string): () => EventSignature {
  const dates = datesOf(text, figures);
  let made: EventSignature | undefined;
  return () => (made ??= signatureOf(gazetteer(), places, claims, dates));
}

export function eventSignature(gazetteer: Gazetteer, places: readonly Place[], claims: readonly Claim[], figures: readonly Figure[], text: string): EventSignature {
  return signatureOf(gazetteer, places, claims, datesOf(text, figures));
}

type Dates = Pick<EventSignature, 'day' | 'dates' | 'headerDays'>;

function datesOf(text: string, figures: readonly Figure[]): Dates {
  return { day: articleDay(text, figures as Figure[]), dates: distinctDates(text, figures), headerDays: headerDays(text, figures) };
}

function signatureOf(gazetteer: Gazetteer, places: readonly Place[], claims: readonly Claim[], dates: Dates): EventSignature {
  const tf = new Map<string, number>();
  for (const p of places) {
    if (!p.id) continue;
    // a country, or a region above the place (الصعيد above أسيوط), holds many of a story's places: a weak sign, as a country is
    const weak = (id: string) => id.startsWith('iso3166:') || (id !== p.id && gazetteer.get(id)?.type === 'region');
    for (const id of chain(gazetteer, p.id)) tf.set(id, (tf.get(id) ?? 0) + (weak(id) ? settings.countryWeight : 1));
  }
  // a place named ten times is not ten times the event's: the square root damps a long article's repetitions
  const areas: string[] = [];
  const weights: number[] = [];
  const local: boolean[] = [];
  let norm = 0;
  for (const [k, n] of tf) {
    const w = Math.sqrt(n);
    areas.push(k);
    weights.push(w);
    const type = gazetteer.get(k)?.type;
    local.push(type !== 'country' && type !== 'region');
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  const counted = new Map<string, Set<string>>();
  for (const c of claims) {
    if (IGNORED.has(c.measure) || c.min < settings.minFigure) continue;
    const key = `${c.measure}|${c.group}|${c.min}|${c.max}`;
    const at = counted.get(key) ?? new Set<string>();
    counted.set(key, at);
    for (const p of claimScenesOf(gazetteer, [c], IGNORED).provinces) at.add(p);
  }
  const unknown = new Set<string>();
  for (const p of places) if (!p.id) unknown.add(placeKey(p));
  const unknownPlaces = [...unknown];
  // a claim set at a word its article does not read as a place (في سجن أ): that word may be another article's place
  for (const c of claims) for (const k of [...(c.alias ?? []), ...(c.area?.[0] && !c.area[0].includes(':') ? [c.area[0]] : [])]) unknown.add(k);
  return {
    areas,
    weights,
    local,
    day: dates.day,
    dates: dates.dates,
    headerDays: dates.headerDays,
    figures: [...counted.keys()],
    figureProvinces: [...counted.values()].map((at) => [...at]),
    ...scenesOf(gazetteer, places),
    claimScenes: claimScenesOf(gazetteer, claims, IGNORED),
    placed: claims.some((c) => !IGNORED.has(c.measure) && !!c.event && !c.event.startsWith('~') && !c.event.startsWith('iso3166:')),
    // the kinds of incident only (a seizure's material, a charge, are no kind)
    kinds: [...new Set(claims.filter((c) => c.incident && !c.incident.includes(':') && !c.event.startsWith('~')).map((c) => c.incident!))],
    unknown: [...unknown],
    unknownPlaces,
  };
}
