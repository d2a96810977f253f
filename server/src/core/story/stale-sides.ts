// A source's older figure against another source's later one: when the
// story holds a newer figure of the first source, the pair is stale, told
// again by the newer figure (GUIDELINES: updates of one source over time).
// - superseded: a figure an update of a later article revised (12 thousand
//   hectares on Sunday, 17 thousand on Monday) is no longer denied by another
//   source's figure of the day of that update or after it;
// - re-told: a figure whose own family tells it again in its camp on a later
//   day (the FAO's 30 thousand on Sunday and on Monday) stands for it no more
//   against a figure of that later day: the later telling carries the pair.
// A pair of one day, or of articles that carry no date, is never stale.

import { sameSourceFamily } from '../attributions/family.js';
import type { StoryClaim } from './types.js';

/** One source family: the same outlet's voice, or one body however named. */
function sameFamily(a: StoryClaim, b: StoryClaim): boolean {
  if (a.source.type === 'article' || b.source.type === 'article') return a.source.type === b.source.type && !!a.outlet && a.outlet === b.outlet;
  return sameSourceFamily(a.source.text, b.source.text);
}

/** Is the pair of `a` (in camp `ac`) and `b` (in camp `bc`) stale: the older one superseded, or told again by its family in its camp, by the newer one's day? */
function stalePair(a: StoryClaim, ac: StoryClaim[], b: StoryClaim, bc: StoryClaim[], superseded: Map<StoryClaim, number>): boolean {
  if (a.articleDay === undefined || b.articleDay === undefined || a.articleDay === b.articleDay) return false;
  const [old, camp, newer] = a.articleDay < b.articleDay ? [a, ac, b] : [b, bc, a];
  const by = newer.articleDay!;
  const at = superseded.get(old);
  if (at !== undefined && at <= by) return true;
  return camp.some((k) => k !== old && k.articleDay !== undefined && k.articleDay > old.articleDay! && k.articleDay <= by && sameFamily(k, old));
}

/** The camps less each claim whose every pair with the other camp is stale; null when a camp is left empty. */
export function withoutStale(lo: StoryClaim[], hi: StoryClaim[], superseded: Map<StoryClaim, number>): [StoryClaim[], StoryClaim[]] | null {
  const lo2 = lo.filter((c) => !hi.every((h) => stalePair(c, lo, h, hi, superseded)));
  const hi2 = hi.filter((h) => !lo2.every((c) => stalePair(c, lo, h, hi, superseded)));
  if (!lo2.length || !hi2.length) return null;
  return [lo2, hi2];
}

/** The claims an update revised, each with the first article day of its revision. */
export function supersededDays(updates: { lo: StoryClaim[]; hi: StoryClaim[] }[]): Map<StoryClaim, number> {
  const out = new Map<StoryClaim, number>();
  for (const { lo, hi } of updates) {
    const days = hi.map((c) => c.articleDay).filter((d): d is number => d !== undefined);
    if (!days.length) continue;
    const at = Math.min(...days);
    for (const c of lo) if (c.articleDay !== undefined && c.articleDay < at && !(out.get(c)! <= at)) out.set(c, at);
  }
  return out;
}
