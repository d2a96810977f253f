// The compass word written right before a place (جنوب شرق إيران، شمالي
// الصومال): the side of it a claim's event lies on (places/compass.ts).
import { COMPASS_WORDS } from '../places/compass.js';
import { tokenAt } from '../parse/context.js';
import type { Place } from '../types.js';
import { isTransparent, longestAt, type Phrase } from './lexicon.js';
import { normalize } from '../text/normalize.js';
import type { Scan } from './scan.js';

const PHRASES: Phrase[] = COMPASS_WORDS.flatMap(([key, words]) => words.map((w) => ({ words: normalize(w).split(/\s+/).filter(Boolean), value: key }))).sort((a, b) => b.words.length - a.words.length);

/** The compass key (N, SE …) of the words right before the place, the longest reading (جنوب شرق, not شرق); null when none. */
export function quarterBefore(scan: Scan, place: Place): string | null {
  const { ctx } = scan;
  const i = tokenAt(ctx, place.start);
  let best: string | null = null;
  for (let j = i - 1, words = 0; j >= 0 && words < 3; j--) {
    if (isTransparent(ctx, j)) continue;
    if (ctx.tokens[j]!.type !== 'word') break;
    words++;
    const hit = longestAt(ctx, j, PHRASES, i);
    if (hit && (hit.end === i || ctx.tokens.slice(hit.end, i).every((_, n) => isTransparent(ctx, hit.end + n)))) best = hit.value;
  }
  return best;
}
