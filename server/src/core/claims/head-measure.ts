// The measure a count's head names earlier in its clause: «إن عدد الموقوفين
// في مدينة أ اليوم تجاوز 60 شخصا», «عدد المساكن المتضررة بلغ 230 مسكنا».
// The head (عدد، حصيلة: data/claims/context.json tollHeads) and its measure
// word may stand further back than the words a verb before the figure is
// looked for in; the clause still says what the figure counts.

import { beforeWord, HEAD_STATES, longestAt, measureInfo, MEASURE_AFTER, MEASURE_BEFORE, TOLL_HEADS } from './lexicon.js';
import { withoutPronoun } from './noun-stem.js';
import { wordsBefore } from './measure.js';
import type { FigureAt, Scan } from './scan.js';

/** How many words back the head may stand, within the clause. */
const HEAD_WORDS = 10;
/** How many words after the head its measure word may stand (عدد المساكن المتضررة، عدد الذين أنقذتهم). */
const MEASURE_WORDS = 2;

/** The measure of a head before the figure in its clause (عدد الموقوفين … 60), or null. */
export function headMeasure(scan: Scan, f: FigureAt): string | null {
  const seen = wordsBefore(scan, f, HEAD_WORDS).reverse();
  for (let k = 0; k < seen.length; k++) {
    const head = longestAt(scan.ctx, seen[k]!, TOLL_HEADS);
    if (!head) continue;
    for (let j = k + 1, reach = k + MEASURE_WORDS; j < seen.length && j <= reach; j++) {
      const i = seen[j]!;
      // عدد الذين تم إنقاذهم: «تم» only carries the noun of the act
      if (scan.ctx.tokens[i]!.norm === 'تم') reach++;
      // «عدد من» is «a number of», no head
      if (scan.ctx.tokens[i]!.norm === 'من') break;
      const m = longestAt(scan.ctx, i, MEASURE_AFTER) ?? longestAt(scan.ctx, i, MEASURE_BEFORE) ?? longestAt(scan.ctx, i, HEAD_STATES);
      if (m) return measureInfo(m.value).unitOnly ? null : m.value;
      // عدد الذين أنقذتهم الفرق: the verb of a relative clause, its object pronoun on it
      const bare = withoutPronoun(scan.ctx.tokens[i]!.norm);
      const v = bare !== scan.ctx.tokens[i]!.norm ? beforeWord(bare) : undefined;
      if (v) return v;
    }
  }
  return null;
}
