// A count told of several of a country's regions at once (في ولايات عدة،
// في عدد من المحافظات، في عموم البلاد): its area is the country. An article's
// date line (الخرطوم، … –) names where it was written, and a sentence that
// spreads its figures over many regions says that city is not their place.

import { longestAt } from './lexicon.js';
import { clauseCeiling, clauseFloor, type FigureAt, type Scan } from './scan.js';
import { MANY_REGIONS, NATIONAL_SCOPE } from './unit-readings.js';

/** Does the figure's sentence spread it over the country (several regions, the whole country)? */
export function spreadOverCountry(scan: Scan, at: FigureAt): boolean {
  const { ctx } = scan;
  for (let i = clauseFloor(at), end = clauseCeiling(at); i <= end && i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, MANY_REGIONS) || longestAt(ctx, i, NATIONAL_SCOPE)) return true;
  }
  return false;
}
