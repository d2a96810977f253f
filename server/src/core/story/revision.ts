// When a higher count is the update of a lower one rather than a denial of
// it, beyond a source revising its own figure (compare.ts):
// - superseded: every claim of the lower camp is called preliminary by its
//   own article (حصيلة أولية بلغت 9): whoever gives the higher count later
//   updates it;
// - next-day revision: every claim of the higher camp is a revised figure
//   (ارتفعت الحصيلة إلى 15), or a figure in the article's own voice, in an
//   article dated a day or two after every article of the lower camp (14 on
//   Saturday): the count rose overnight.
// Either holds only for counts that grow with the news (cumulative measures).

import { LATER_COUNT_DAYS } from './claim-day.js';
import type { StoryClaim } from './types.js';

/** Is the lower camp all preliminary counts and the higher camp none? */
export function supersededBy(lo: StoryClaim[], hi: StoryClaim[]): boolean {
  return lo.length > 0 && lo.every((c) => c.earlier) && !hi.some((c) => c.earlier);
}

/**
 * Is the higher camp all revised figures, or all told in their article's own
 * voice (no source named: the outlet's current count), of articles dated
 * after every article of the lower camp (by a day or two)?
 */
export function revisedNextDay(hi: StoryClaim[], lo: StoryClaim[]): boolean {
  if (!hi.length || !lo.length || !(hi.every((c) => c.update && !c.lowered) || hi.every((c) => c.source.type === 'article'))) return false;
  let first = Infinity;
  for (const c of hi) {
    if (c.articleDay === undefined) return false;
    first = Math.min(first, c.articleDay);
  }
  let last = -Infinity;
  for (const c of lo) {
    if (c.articleDay === undefined) return false;
    last = Math.max(last, c.articleDay);
  }
  return first > last && first - last <= LATER_COUNT_DAYS;
}
