// The area a claim's event lies in: a chain of place keys from its own place
// outwards (Dibis → Kirkuk governorate → Iraq). The story index (story/scenes.ts)
// reads these chains to tell that «a town» in one outlet and «its province or
// its country» in another are the same event area, where nothing else in the
// story names another part of that area.
//
// - a gazetteer place: its parent chain (only places that are areas: no river,
//   no sea, no region across countries);
// - a place the gazetteer does not know (a district found after حي، بلدة): its
//   key, then the chain of the known place that locates it in its sentence (أ
//   في ب، أ بمدينة ب; أ جنوب ب: only what contains ب), else of the nearest known place before it there, else the
//   article's country;
// - no place in the clause: the chain of the place its sentence names (the
//   scene the lead sets: «… سقط صاروخ على حي في أ، ما أدى إلى مقتل 22»);
// - a place with a direction before it (شرقي أ، قرب أ، ريف أ): beside or in a
//   part of that place, not its whole area: no chain, unless it is a country;
// - a country named as the event's place (فيضانات مصر، قصف على سوريا) is a
//   national total, never one town's toll: no chain. A country that stands for
//   a place it does not name does have one: with a direction (جنوبي المغرب: a
//   part of it), or told by the nationality of its police (الشرطة البنغالية).

import { sideClauseAt } from './side-clause.js';
import { pointIncident } from './point-incident.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { Place, PlaceType } from '../types.js';
import { tokenAt } from '../parse/context.js';
import { destination, inName, located, placeAt, placeKey, placeStart } from './event.js';
import { isDateline } from './dateline.js';
import { membersOf } from './region-members.js';
import { DIRECTIONS, isTransparent, LOCATORS, longestAt } from './lexicon.js';
import { clauseCeiling, clauseFloor, type FigureAt, type Scan } from './scan.js';

/** Place types that are areas one inside another (a river or a region across borders is none). */
const AREAS = new Set<PlaceType>(['country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood', 'place']);

/** A gazetteer place and the areas that contain it, nearest first; null when it is no area. */
export function chainOf(gaz: Gazetteer | undefined, id: string | null): string[] | null {
  if (!gaz || !id) return null;
  const e = gaz.get(id);
  if (!e || (!AREAS.has(e.type) && e.type !== 'region')) return null;
  const out = [id];
  for (let p = e.parent, k = 0; p && k < 10 && !out.includes(p); k++) {
    out.push(p);
    p = gaz.get(p)?.parent ?? null;
  }
  // a region inside one country (سيناء، دارفور، the left bank of a city) is an area; one across borders is none,
  // unless it lists its member countries (claims/region-members.ts)
  if (e.type === 'region' && !out.some(isCountry) && !membersOf(id)) return null;
  return out;
}

/** How many words may stand between an unknown place and the known one that locates it (كرموز في الإسكندرية، تشكمجة بمدينة إسطنبول). */
const LOCATING_WORDS = 3;

/** The known place that locates the unknown place at token i: the next one after it (over locator words only), else the nearest before it in the sentence. */
function locatingPlace(scan: Scan, gaz: Gazetteer | undefined, i: number, first: number, last: number): string[] | null {
  const k = scan.placeOf[i]!;
  let j = i;
  while (j < last && scan.placeOf[j] === k) j++;
  // أ جنوب ب، أ قرب ب: beside ب, so only in what contains ب
  let beside = false;
  for (let words = 0; j < last && words <= LOCATING_WORDS; j++) {
    if (isTransparent(scan.ctx, j)) continue;
    const p = scan.placeOf[j]!;
    if (p >= 0) {
      const chain = chainOf(gaz, scan.ctx.places[p]!.id);
      if (chain) return beside ? chain.slice(1) : chain;
      // another unknown name (كوتشوك تشكمجة read as two): step over it
      while (j + 1 < last && scan.placeOf[j + 1] === p) j++;
      continue;
    }
    const t = scan.ctx.tokens[j]!;
    if (t.type !== 'word' || !longestAt(scan.ctx, j, LOCATORS)) break;
    if (longestAt(scan.ctx, j, DIRECTIONS)) beside = true;
    words++;
  }
  const before = sceneBefore(scan, gaz, placeStart(scan, i) - 1, first);
  return quarterOfDateline(scan, gaz, scan.ctx.places[k]!, before) ?? before;
}

/**
 * A quarter the gazetteer lacks (حي أ، ضاحية أ) lies in a city: where nothing
 * in its sentence locates it but its date line's country, it lies in the date
 * line's city (كابول - … في حي أ). Other figures of a date-lined article keep
 * the country only (claims/dateline.ts).
 */
function quarterOfDateline(scan: Scan, gaz: Gazetteer | undefined, place: Place, found: string[] | null): string[] | null {
  if (place.id || place.via !== 'trigger' || place.type !== 'neighbourhood') return null;
  if (found && !(found.length === 1 && isCountry(found[0]!))) return null;
  const line = scan.ctx.places.find((p) => p.id && isDateline(scan.ctx.text, p));
  const chain = line ? chainOf(gaz, line.id) : null;
  if (!chain || gaz?.get(chain[0]!)?.type !== 'city') return null;
  // a country elsewhere in the sentence that is not the date line's: the quarter is there, not in the date line's city
  return !found || chain.includes(found[0]!) ? chain : null;
}

/**
 * The known area a scene stands for at the place of token i: a town, a
 * province; a country only with a direction before it (جنوبي المغرب: a part
 * of it the page does not name). Null for a place inside an organisation's
 * name, or a country named plainly (a national figure).
 */
function areaAt(scan: Scan, gaz: Gazetteer | undefined, i: number): string[] | null {
  // متجها إلى أ، نقلوا إلى مستشفى أ: where they were heading or taken is no scene of the sentence (claims/event.ts)
  if (scan.placeOf[i]! < 0 || inName(scan, i) || destination(scan, i)) return null;
  const place = placeAt(scan, i)!;
  const chain = chainOf(gaz, place.id);
  // the date line's city is where the article was filed: it says the country only (claims/dateline.ts)
  if (chain && isDateline(scan.ctx.text, place)) {
    const country = chain[chain.length - 1]!;
    return isCountry(country) ? [country] : null;
  }
  return chain && (!isCountry(chain[0]!) || besidePlace(scan, place)) ? chain : null;
}

/**
 * The nearest area before token i back to `first`: a town or a province first,
 * else a country with a direction. With `last` (a scene, not a locator), the
 * place a known one locates comes first (أ في قضاء ب: أ, even where the
 * gazetteer does not know it, with ب's chain after it).
 */
function sceneBefore(scan: Scan, gaz: Gazetteer | undefined, i: number, first: number, last = -1): string[] | null {
  let country: string[] | null = null;
  for (; i >= first; i--) {
    if (scan.placeOf[i]! < 0) continue;
    if (last >= 0 && !inName(scan, i)) {
      const p = located(scan, i, first);
      if (p !== placeAt(scan, i) && !p.id) {
        const outer = locatingPlace(scan, gaz, tokenAt(scan.ctx, p.start), first, last);
        if (outer) return [placeKey(p), ...outer];
      }
      // a known town the next place locates (بلدة أ في ريف ب، أ بمحافظة ب): the town is the scene, not ب
      const town = townBefore(scan, gaz, i, first);
      if (town) return town;
    }
    const chain = areaAt(scan, gaz, i);
    if (chain && !isCountry(chain[0]!)) return chain;
    country ??= chain;
    i = placeStart(scan, i);
  }
  return country;
}

/**
 * The known town right before the place at token i, over locator and
 * direction words only (طفس في ريف درعا: طفس), when the town lies inside
 * that place by the gazetteer; null otherwise.
 */
function townBefore(scan: Scan, gaz: Gazetteer | undefined, i: number, first: number): string[] | null {
  const outer = scan.ctx.places[scan.placeOf[i]!]!;
  let j = placeStart(scan, i) - 1;
  for (let words = 0; j >= first && words <= LOCATING_WORDS; j--) {
    if (isTransparent(scan.ctx, j)) continue;
    if (scan.placeOf[j]! >= 0) break;
    const t = scan.ctx.tokens[j]!;
    if (t.type !== 'word' || !(longestAt(scan.ctx, j, LOCATORS) || longestAt(scan.ctx, j, DIRECTIONS))) return null;
    words++;
  }
  if (j < first || scan.placeOf[j]! < 0 || inName(scan, j)) return null;
  const chain = chainOf(gaz, placeAt(scan, j)!.id);
  if (!chain || isCountry(chain[0]!) || !outer.id) return null;
  const within = chainOf(gaz, outer.id);
  // the gazetteer says the town lies in the outer place (its city or its province)
  return within && chain[0] !== within[0] && within.slice(1).every((k) => chain.includes(k)) ? chain : null;
}

/** The first area after token i up to `last`. */
function sceneAfter(scan: Scan, gaz: Gazetteer | undefined, i: number, last: number): string[] | null {
  for (; i < last; i++) {
    // «…، متهمة اللجنة … في أ»: a side clause's place is not the figure's scene (claims/side-clause.ts)
    if (sideClauseAt(scan, i)) return null;
    const chain = areaAt(scan, gaz, i);
    if (chain) return chain;
  }
  return null;
}

const isCountry = (key: string) => key.startsWith('iso3166:');

/** The types of an administrative subdivision a trigger names (قضاء، ناحية، مديرية، محلية). */
const SUBDIVISIONS = new Set<PlaceType>(['district', 'subdistrict']);

/**
 * Is the place a subdivision the gazetteer does not know, named by its
 * trigger (مديرية أ في محافظة ب، محلية أ بولاية ب)? The page itself says it is
 * one district of ب: ب's figure counts all of them, so ب never stands for it
 * as one event area (story/scenes.ts); its figures are its own, a part of ب's.
 */
export function isSubdivision(place: Place): boolean {
  return !place.id && place.via === 'trigger' && SUBDIVISIONS.has(place.type);
}

/** Does a direction word stand right before the place (شرقي أ، بالقرب من أ)? */
export function besidePlace(scan: Scan, place: Place): boolean {
  const { ctx } = scan;
  const i = tokenAt(ctx, place.start);
  for (let j = i - 1, words = 0; j >= 0 && words < 3; j--) {
    if (isTransparent(ctx, j)) continue;
    if (ctx.tokens[j]!.type !== 'word') return false;
    words++;
    const hit = longestAt(ctx, j, DIRECTIONS, i);
    if (hit) return hit.end === i || ctx.tokens.slice(hit.end, i).every((_, n) => isTransparent(ctx, hit.end + n));
  }
  return false;
}

/**
 * The claim's area chain, its head first: the event's own key for a placed
 * claim, the sentence's place for an unplaced one. Null when nothing is known
 * of it (no place in the sentence, a place beside another, a river).
 */
export function claimArea(scan: Scan, gaz: Gazetteer | undefined, at: FigureAt, place: Place | null, event: string, home: string | null): string[] | null {
  // the sentence as far as a walk from the figure reaches (scan.ts): a text with no full stop stays linear
  const s = { first: clauseFloor(at), last: clauseCeiling(at) };
  if (!place) {
    // the country its police or authorities belong to (an article that names no place)
    if (event !== '') return event.startsWith('iso3166:') ? [event] : null;
    return sceneBefore(scan, gaz, at.first - 1, s.first, s.last) ?? sceneAfter(scan, gaz, at.last + 1, s.last);
  }
  if (event.includes('|') || event.startsWith('~') || event.includes('@')) return null;
  if (place.id) {
    const chain = chainOf(gaz, event) ?? chainOf(gaz, place.id);
    if (!chain) return null;
    // a country named plainly: a national total, unless the clause tells of one incident at one spot (claims/point-incident.ts)
    if (besidePlace(scan, place) !== isCountry(chain[0]!) && !(isCountry(chain[0]!) && pointIncident(scan, at, place))) return null;
    return chain[0] === event ? chain : null;
  }
  const outer = locatingPlace(scan, gaz, tokenAt(scan.ctx, place.start), s.first, s.last) ?? (home ? [home] : []);
  return [event, ...outer.filter((k) => k !== event)];
}
