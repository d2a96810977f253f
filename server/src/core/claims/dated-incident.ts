// An event named with its year (زلزال 2002، فيضانات باكستان عام 2010): a
// figure of a clause about it counts that year's event, which is another
// incident than the story's own unless the story names the same year. A year
// is never a count; here it is the event's name.

import type { Figure } from '../types.js';
import { EVENT_NOUNS, INCIDENTS, isTransparent, longestAt, YEAR_WORDS } from './lexicon.js';
import { clauseCeiling, clauseFloor, isClauseBreak, isClauseStart, type FigureAt, type Scan } from './scan.js';
import { yearOf } from './setting.js';

/** How many words a walk looks for the event noun, either side of the figure. */
const NOUN_WINDOW = 8;
/** Words that may stand between the noun and its year: a place, عام. */
const GAP = 3;

function eventNounAt(scan: Scan, i: number): number {
  const m = longestAt(scan.ctx, i, INCIDENTS) ?? longestAt(scan.ctx, i, EVENT_NOUNS);
  return m ? m.end : -1;
}

/** The year figure right after the event noun ending at token `end` (a place or عام may stand between): its index, or -1. */
function yearAfter(scan: Scan, end: number, limit: number): number {
  const { ctx } = scan;
  for (let i = end, words = 0; i < limit && words <= GAP; i++) {
    if (isTransparent(ctx, i)) continue;
    const f = scan.figureOf[i]!;
    if (f >= 0) return yearOf(ctx.figures[f] as Figure) !== null ? f : -1;
    if (ctx.tokens[i]!.type !== 'word') return -1;
    if (scan.placeOf[i]! < 0 && !longestAt(ctx, i, YEAR_WORDS)) return -1;
    words++;
  }
  return -1;
}

const yearOfAfter = (scan: Scan, end: number, limit: number): number | null => {
  const f = yearAfter(scan, end, limit);
  return f >= 0 ? yearOf(scan.ctx.figures[f] as Figure) : null;
};

/** The year figures that name an event (زلزال 2002): no dateline, so never the article's year. */
export function eventYearFigures(scan: Scan): Set<number> {
  const out = new Set<number>();
  const { ctx } = scan;
  for (const at of scan.figures) {
    if (yearOf(at.figure) === null) continue;
    for (let j = at.first - 1, words = 0; j >= at.sentence.first && words <= GAP + 1; j--) {
      if (ctx.tokens[j]!.type !== 'word') continue;
      const end = eventNounAt(scan, j);
      if (end >= 0 && yearAfter(scan, end, at.first + 1) === at.index) {
        out.add(at.index);
        break;
      }
      words++;
    }
  }
  return out;
}

/** The year of the event noun nearest the figure in its clause (before it, else after it), or null. */
export function incidentYear(scan: Scan, f: FigureAt): number | null {
  const { ctx } = scan;
  const limit = Math.min(f.sentence.last + 1, ctx.tokens.length);
  for (let i = f.first - 1, words = 0; i >= clauseFloor(f) && words < NOUN_WINDOW; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (ctx.tokens[i]!.type !== 'word') continue;
    const end = eventNounAt(scan, i);
    if (end >= 0) return yearOfAfter(scan, end, limit);
    if (isClauseStart(scan, i)) break;
    words++;
  }
  for (let i = f.last + 1, words = 0; i < clauseCeiling(f) && words < NOUN_WINDOW; i++) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (ctx.tokens[i]!.type !== 'word') continue;
    const end = eventNounAt(scan, i);
    if (end >= 0) return yearOfAfter(scan, end, limit);
    words++;
  }
  return null;
}
