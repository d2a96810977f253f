// One incident at one spot. A country named plainly as a figure's place is a
// national total (claims/area.ts), unless the clause tells of one incident
// of a kind that happens at one spot (قصف صاروخي على مخيم نازحين في اليمن
// يقتل 6 أطفال): that toll lies in one of the country's places, so another
// outlet's figure at a province of that country may be the same incident
// (story/scenes.ts decides, and only where the story names one such place).
// Words in data/claims/context.json (pointIncidents, manyIncidents).

import { longestAt, MANY_INCIDENTS as MANY, POINT_INCIDENTS as POINT } from './lexicon.js';
import { clauseCeiling, clauseFloor, type FigureAt, type Scan } from './scan.js';
import { tokenAt } from '../parse/context.js';
import { normalize } from '../text/normalize.js';
import type { Place } from '../types.js';

const IN = normalize('في');

/** Is the place written after في or with ب on it (في اليمن، باليمن), not as a target (قصف على سوريا)? */
function inPlace(scan: Scan, place: Place): boolean {
  const { ctx } = scan;
  const k = tokenAt(ctx, place.start);
  if (k < 0) return false;
  if (ctx.tokens[k]!.start < place.start && /^[وف]?ب/.test(ctx.tokens[k]!.norm)) return true;
  for (let j = k - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (t.type === 'space') continue;
    return t.type === 'word' && (t.norm === IN || t.norm === 'و' + IN);
  }
  return false;
}

/** Is the place, named after في, that of one incident at one spot: its clause names one, and no incidents in number, spreading over an area or over a period? */
export function pointIncident(scan: Scan, at: FigureAt, place: Place): boolean {
  const { ctx } = scan;
  if (!inPlace(scan, place)) return false;
  let point = false;
  for (let i = clauseFloor(at), end = clauseCeiling(at); i < end; i++) {
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, MANY)) return false;
    if (longestAt(ctx, i, POINT)) point = true;
  }
  return point;
}
