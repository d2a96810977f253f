// Counts that spread over an area (data/story/area-wide.json): people
// displaced, a toll of clashes. A province's figure of these sums its towns'
// (نزوح 2500 من بلدة أ against تشريد 20 ألفا في محافظة ب): the wider area
// never stands for the town there, so the two are not compared.
import data from '../data/story/area-wide.json' with { type: 'json' };
import type { Claim } from '../types.js';

const MEASURES = new Set<string>(data.measures);
const INCIDENTS = new Set<string>(data.incidents);

/** Does the claim count something that spreads over its area, so that a wider area's figure is a whole of narrower ones? */
export function areaWide(c: Pick<Claim, 'measure' | 'incident' | 'spread'>): boolean {
  // a flood's or a quake's count (claims/hazard.ts) spreads over its place as well
  return MEASURES.has(c.measure) || (c.incident !== undefined && INCIDENTS.has(c.incident)) || c.spread === true;
}
