// A town's count above its province's (issue: a part above its whole across
// places). A count that spreads over its area (area-wide.ts: people displaced
// or evacuated by a flood, the cases of a disease) is filed at its own place:
// a province's figure sums its towns', so the two are never one event told
// twice and never compared as such. Yet the part cannot exceed its whole:
// «إجلاء 3000 شخص من مدينة أ» against «إجلاء 2000 شخص من محافظة ب», أ in ب,
// cannot both be true. So each such town claim is filed once more under
// each wider place of its area chain (not its country: a national figure is
// often another period's), marked `within`, where compare.ts sets it only
// against the claims placed at that very place, of the same measure and
// group, and only when it is above them. Only places the gazetteer knows
// (ids) on both sides: the containment is then the gazetteer's, not a guess
// from the sentence.

import { areaWide } from './area-wide.js';
import type { StoryClaim } from './types.js';
import { withFields } from './with-fields.js';

/** A gazetteer place key (geonames:…), not a name the story only read (unknown places) nor a country. */
const known = (key: string) => key.includes(':') && !key.startsWith('iso3166:') && !key.includes('|') && !key.startsWith('~') && !key.includes('@');

/** The claim filed again under each wider known place of its area, as a part there; none for most claims. */
export function wholesOf(c: StoryClaim): StoryClaim[] {
  if (!c.place || !c.area || c.area[0] !== c.event || !known(c.event) || c.role === 'part' || !areaWide(c)) return [];
  const out: StoryClaim[] = [];
  for (const a of c.area.slice(1)) if (known(a)) out.push(withFields(c, { within: a }));
  return out;
}
