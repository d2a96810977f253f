// Two figures of one sentence joined by «و», each with its own site or
// moment after it (أجلت الفرق 300 عامل من المنجم و450 من المصنع المجاور،
// قتل 10 في اليوم الأول و5 في اليوم الثاني): two counts of two sites, never
// two values of one count. The first is a part of the incident's whole (at
// least so many: a higher figure elsewhere does not deny it); the second
// tells of its own site, compared only with a count of that site elsewhere
// (claims/detect.ts). The site is the word after «من / في» right after the
// figure or its counted noun; places are left to the split by place.

import { GROUPS, isTransparent, longestAt, WHOLE_OF } from './lexicon.js';
import { stemOf } from './noun-stem.js';
import type { FigureAt, Scan } from './scan.js';

const SITE_PREPOSITIONS = new Set(['من', 'في']);
/** Words after the figure before its preposition: its counted noun at most. */
const NOUN_WORDS = 1;

/** The site right after the figure (من المنجم، في اليوم الأول), as a key, or null (none, a place, a group). */
export function siteAfter(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  let i = f.last + 1;
  for (let words = 0; i < f.sentence.last; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = ctx.tokens[i]!;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0 || scan.placeOf[i]! >= 0) return null;
    if (SITE_PREPOSITIONS.has(t.norm)) break;
    if (++words > NOUN_WORDS) return null;
  }
  // 208 من أصل 252: a whole (claims/whole-of.ts)
  if (i >= f.sentence.last || longestAt(ctx, i, WHOLE_OF)) return null;
  const words: string[] = [];
  for (let j = i + 1; j < f.sentence.last && words.length < 2; j++) {
    if (isTransparent(ctx, j)) continue;
    const w = ctx.tokens[j]!;
    if (w.type !== 'word' || scan.figureOf[j]! >= 0 || scan.placeOf[j]! >= 0) break;
    // من الشرطة، من المدنيين: who they are, not where
    if (words.length === 0 && longestAt(ctx, j, GROUPS)) return null;
    words.push(stemOf(w.norm.replace(/^ال/, '')));
  }
  return words.length ? words.join(' ') : null;
}

/** The second figure's site when it and the first, joined by «و», name two different ones; else null. */
export function secondSite(scan: Scan, first: FigureAt, second: FigureAt): string | null {
  const a = siteAfter(scan, first);
  const b = a ? siteAfter(scan, second) : null;
  return a && b && a !== b ? b : null;
}
