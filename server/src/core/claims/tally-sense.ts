// A bare count of a noun its own article also counts under a measure, with
// another value (الإفراج عن 9 تلميذات … لا تزال 6 تلميذات في الأسر): the bare
// count is told in some other sense the lists do not name (still held, left
// behind), so it is no count of that noun another article's bare count may
// deny. It stays a figure of its article (count), not compared. Per article,
// so that the story index's buckets stay independent (story/tally-senses.ts
// does the same for two bare counts of one noun).

import { overlaps } from './interval.js';
import { measureInfo } from './lexicon.js';
import { TALLY } from './tally.js';
import type { Claim } from '../types.js';

/** Turns into plain counts the tallies whose noun another measure of their article counts at a value apart from theirs. */
export function tallyInAnotherSense(claims: Claim[]): void {
  const measured = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.measure === TALLY || !c.group.startsWith('noun:') || !measureInfo(c.measure).compare) continue;
    const list = measured.get(c.group);
    if (list) list.push(c);
    else measured.set(c.group, [c]);
  }
  if (!measured.size) return;
  for (const c of claims) {
    if (c.measure !== TALLY) continue;
    const others = measured.get(c.group);
    if (others && !others.some((o) => overlaps(o, c))) c.measure = 'count';
  }
}
