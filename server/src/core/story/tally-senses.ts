// A noun an article counts with values that cannot both hold, and no measure
// to tell them apart (فرّ 40 سجينا … السجن يضم 900 سجين … أعيد 18 سجينا), is
// counted there in more than one sense: escaped, held, recaptured. Its bare
// counts (claims/tally.ts) are then no evidence of what another article's
// count of that noun means, so they are not compared. A headline or a lead
// counts its noun once and keeps its comparison.
import { overlaps } from '../claims/interval.js';
import { TALLY } from '../claims/tally.js';
import type { StoryClaim } from './types.js';

/** The bare counts of a bucket whose article counts the same noun with another value that does not overlap them. */
export function countedInTwoSenses(claims: StoryClaim[]): Set<StoryClaim> {
  const byNoun = new Map<string, StoryClaim[]>();
  for (const c of claims) {
    if (c.measure !== TALLY) continue;
    const key = `${c.docId}|${c.group}`;
    const list = byNoun.get(key);
    if (list) list.push(c);
    else byNoun.set(key, [c]);
  }
  const out = new Set<StoryClaim>();
  for (const list of byNoun.values()) {
    if (list.length < 2) continue;
    // sorted by value, the counts fall apart when one does not overlap the next (linear after the sort)
    const sorted = [...list].sort((a, b) => a.min - b.min);
    if (sorted.some((c, i) => i > 0 && !overlaps(sorted[i - 1]!, c))) for (const c of list) out.add(c);
  }
  return out;
}
