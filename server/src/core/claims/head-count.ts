// A count named by its head and the noun after it, linked to the figure:
// «عدد العاطلين عن العمل ناهز 650 ألفا»، «بلغ عدد الناخبين المسجلين 7.2
// مليون». The head (عدد: context.json tollHeads) is followed by a definite
// noun that no measure list names: the figure counts that noun (a tally,
// claims/tally.ts), compared only with counts of the same noun. A link (بلغ،
// وصل، تجاوز، ناهز، قارب، إلى: subject-verb.json) joins them, after the head
// or right before it, with no figure or clause break between. «عدد من» (a
// number of) is no head.

import { stemOf } from './noun-stem.js';
import { GROUPS, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, TOLL_HEADS, TOLL_LINKS } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';
import { nounGroupKey } from './synonyms.js';
import type { GroupHit } from './group.js';

/** How many words back from the figure the head may stand. */
const HEAD_WORDS = 8;

/** The group of the noun a linked head names before the figure (عدد العاطلين … ناهز 650 ألفا), or null. */
export function headCount(scan: Scan, f: FigureAt): GroupHit | null {
  const { ctx } = scan;
  let linked = false;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < HEAD_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || isClauseBreak(scan, i) || scan.figureOf[i]! >= 0) return null;
    words++;
    linked ||= longestAt(ctx, i, TOLL_LINKS, f.first) !== null;
    if (!longestAt(ctx, i, TOLL_HEADS, f.first)) continue;
    let j = i + 1;
    while (j < f.first && isTransparent(ctx, j)) j++;
    const t = ctx.tokens[j];
    if (!t || j >= f.first || t.type !== 'word' || scan.placeOf[j]! >= 0 || !t.norm.startsWith('ال')) return null;
    // a measure's word is a toll's head (عدد القتلى: toll-subject.ts), not a noun counted so
    if (longestAt(ctx, j, MEASURE_BEFORE, f.first) || longestAt(ctx, j, MEASURE_AFTER, f.first)) return null;
    if (!linked && !linkBefore(scan, i)) return null;
    const listed = longestAt(ctx, j, GROUPS, f.first);
    if (listed) return { group: listed.value, via: 'noun', token: j };
    return { group: nounGroupKey([stemOf(t.norm.slice(2))]), via: 'noun', token: j };
  }
  return null;
}

/** Is a link right before the head (بلغ عدد الناخبين … 7 ملايين)? */
function linkBefore(scan: Scan, head: number): boolean {
  for (let j = head - 1, n = 0; j >= 0 && n < 2; j--) {
    if (isTransparent(scan.ctx, j)) continue;
    if (scan.ctx.tokens[j]!.type !== 'word') return false;
    if (longestAt(scan.ctx, j, TOLL_LINKS, head)) return true;
    n++;
  }
  return false;
}
