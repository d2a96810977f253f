// A count lowered to a figure: «خفضت الوكالة الخميس عدد المفقودين إلى 15»,
// «تراجع عدد المفقودين إلى 15». It is a revised count like a rise (ارتفعت
// الحصيلة إلى: measure.ts isUpdate), but it replaces a higher count told
// before: another article's higher figure is the count that was lowered, not
// a denial of it (story/compare.ts). Only a figure right after «إلى» is read:
// «تراجع الجيش بعد مقتل 5» lowers nothing. Words: data/claims/context.json
// lowerCues, lowerVerbs.

import { isTransparent, LOWER_CUES, LOWER_VERBS } from './lexicon.js';
import { phraseBefore } from './measure.js';
import { raisedToll } from './raised-toll.js';
import type { FigureAt, Scan } from './scan.js';

/** How far back a fall verb may stand before «إلى N» (its subject, the toll, may be long). */
const FALL_WORDS = 20;

/** Is the figure, right after «إلى», a count its sentence says fell or was lowered? */
export function isLowered(scan: Scan, f: FigureAt): boolean {
  let i = f.first - 1;
  while (i >= f.sentence.first && isTransparent(scan.ctx, i)) i--;
  if (i < f.sentence.first || scan.ctx.tokens[i]!.norm !== 'الي') return false;
  return phraseBefore(scan, f, LOWER_CUES, FALL_WORDS) !== null || raisedToll(scan, f, LOWER_VERBS);
}
