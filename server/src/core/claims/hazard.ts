// Does a figure's sentence name a hazard that strikes a whole area at once
// (السيول، الفيضانات، زلزال: data/story/area-wide.json, hazards)? Then its
// count spreads over its place: a province's figure sums its districts', and
// the story never reads the province as standing for one district
// (story/area-wide.ts).
import { HAZARDS, longestAt } from './lexicon.js';
import type { FigureAt, Scan } from './scan.js';

/** Sentences already read, by scan and first token: several figures share one. */
const seen = new WeakMap<Scan, Map<number, boolean>>();

export function namesHazard(scan: Scan, f: FigureAt): boolean {
  let bySentence = seen.get(scan);
  if (!bySentence) seen.set(scan, (bySentence = new Map()));
  const known = bySentence.get(f.sentence.first);
  if (known !== undefined) return known;
  let found = false;
  for (let i = f.sentence.first; i < f.sentence.last && !found; i++) if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, HAZARDS)) found = true;
  bySentence.set(f.sentence.first, found);
  return found;
}
