// The one area an article names, for the claims its clauses leave unplaced.
// A short article (a lead of two sentences, a headline and its line) names
// its place in one sentence and its toll in another («سقط صاروخ على سوق في
// أ. وقال مسعفون إن 9 قتلوا»): where the article names one area only (a
// town, or a town and the province and country it lies in), that area is
// where its unplaced claims are, so that they meet another article's claims
// there or at an area containing it (story/scenes.ts). A country named
// plainly is no such area (a national figure), nor is a river or a region
// across borders.

import type { Gazetteer } from '../places/gazetteer.js';
import type { Place } from '../types.js';
import { chainOf } from '../claims/area.js';
import { placeKey } from '../claims/event.js';
import { sameNamedProvince } from '../claims/setting.js';
import { normalize } from '../text/normalize.js';
import context from '../data/claims/context.json' with { type: 'json' };

/** Phrases that say where people were heading or taken (متجها إلى، نقلوا إلى مستشفى), normalised: a place right after one is no area of the article. */
const HEADING = (context as { destinations: string[] }).destinations.map((d) => normalize(d));

/** Does a destination phrase end right before the place in the text (متجها إلى جزر أ)? */
export function headedTo(text: string, place: Place): boolean {
  const before = normalize(text.slice(Math.max(0, place.start - 40), place.start)).trim().split(/\s+/).slice(-4).join(' ');
  return HEADING.some((h) => before === h || before.endsWith(' ' + h));
}

const areas = new WeakMap<Gazetteer, Map<string, string[] | null>>();

/** A gazetteer place's area chain, once per gazetteer: a city that bears its province's name is its province, as a claim's event is (claims/detect.ts). */
function areaOf(gaz: Gazetteer, id: string): string[] | null {
  let m = areas.get(gaz);
  if (!m) areas.set(gaz, (m = new Map()));
  let chain = m.get(id);
  if (chain === undefined) m.set(id, (chain = chainOf(gaz, sameNamedProvince(gaz, id) ?? id)));
  return chain;
}

/** The chain of the one area the places name (the narrowest, when the others contain it), or null. */
export function ownArea(places: readonly Place[], gaz: Gazetteer, text?: string): string[] | null {
  const chains = new Map<string, string[]>();
  for (const p of places) {
    // a boat heading to أ, the wounded taken to a hospital in أ: not where the article's figures are
    if (p.type === 'country' || (text !== undefined && headedTo(text, p))) continue;
    if (!p.id) {
      // a river the gazetteer does not know runs through the article's areas: it is none of them (claims/area.ts)
      if (p.type === 'river') continue;
      chains.set(placeKey(p), [placeKey(p)]);
      continue;
    }
    if (chains.has(p.id)) continue;
    const chain = areaOf(gaz, p.id);
    if (chain && !chain[0]!.startsWith('iso3166:')) chains.set(chain[0]!, chain);
  }
  let own: string[] | null = null;
  for (const [head, chain] of chains) {
    // an area that contains another of the article's is not its own
    let wider = false;
    for (const other of chains.values()) if (other !== chain && other.indexOf(head) > 0) wider = true;
    if (wider) continue;
    if (own) return null;
    own = chain;
  }
  return own;
}
