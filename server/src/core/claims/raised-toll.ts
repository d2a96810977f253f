// A toll its teller raises: «رفعت الإدارة مساء الخميس، عند الساعة 20:00،
// حصيلة الضحايا إلى 112». The transitive verb (رفع: data/claims/context.json
// raiseVerbs) and the toll it raises (tollHeads) may stand far before «إلى N»,
// past the day and the hour the teller adds, which the near look-up
// (measure.ts isUpdate) stops at. The figure is a revised count, as after
// «ارتفعت حصيلة … إلى».

import { CLAUSE_BREAKS, isTransparent, longestAt, RAISE_VERBS, TOLL_HEADS, type Phrase } from './lexicon.js';
import { isClauseStart, type FigureAt, type Scan } from './scan.js';

/** How many words back from «إلى» the verb may stand in its sentence. */
const RAISE_WORDS = 24;
/** Figures a teller adds between the verb and its toll: a day, an hour (not a count). */
const ASIDE_KINDS = new Set(['date', 'time', 'ordinal']);

/** Is the figure, right after «إلى», the toll a raise verb earlier in its sentence raised (or, with `verbs`, lowered: claims/lowered-count.ts)? */
export function raisedToll(scan: Scan, f: FigureAt, verbs: Phrase[] = RAISE_VERBS): boolean {
  const { ctx } = scan;
  let i = f.first - 1;
  while (i >= f.sentence.first && isTransparent(ctx, i)) i--;
  if (i < f.sentence.first || ctx.tokens[i]!.norm !== 'الي') return false;
  let head = false;
  for (let j = i - 1, words = 0; j >= f.sentence.first && words < RAISE_WORDS; j--) {
    const t = ctx.tokens[j]!;
    const fig = scan.figureOf[j]!;
    if (fig >= 0) {
      // the day or the hour it was told (20:00 is three tokens); a count between is another clause's
      if (!ASIDE_KINDS.has(ctx.figures[fig]!.kind)) return false;
      continue;
    }
    if (t.type !== 'word') {
      // a full stop, a question or a colon ends the look; commas around an aside do not
      if (t.text === '.' || t.text === '؟' || t.text === '!' || t.text === ':') return false;
      continue;
    }
    // فيما، بينما، وقال: another clause with its own subject
    if (longestAt(ctx, j, CLAUSE_BREAKS)) return false;
    if (!head && longestAt(ctx, j, TOLL_HEADS)) head = true;
    else if (head && longestAt(ctx, j, verbs)) return true;
    if (isClauseStart(scan, j)) return false;
    words++;
  }
  return false;
}
