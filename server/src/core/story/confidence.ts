// How far a pair of disagreeing values can be trusted to be about the same
// thing, from what the pair rests on. Two values of one article are mostly
// its own account of different moments (a timeline, a background paragraph),
// so such a pair is shown as a hint; a pair across articles whose clauses name
// the same place and kind of incident is the surest.

import type { Evidence } from './types.js';

const WEIGHT: Record<Evidence, number> = {
  articles: 0.15,
  'one-article': -0.3,
  place: 0.15,
  'story-place': -0.05,
  incident: 0.1,
  part: -0.1,
  vague: -0.15,
  'other-year': -0.4,
  'other-article-year': -0.2,
  'other-day': -0.45,
  'later-count': 0,
  'two-sources': 0.35,
  'wider-area': -0.1,
};

/** The default threshold: pairs below it are hints, not warnings. */
export const MIN_CONFIDENCE = 0.5;

export function confidenceOf(evidence: Evidence[]): number {
  let c = 0.5;
  for (const e of evidence) c += WEIGHT[e];
  return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100;
}
