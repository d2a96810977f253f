// A toll's head far before its figure (GUIDELINES §4): «بلغ عدد الذين لقوا
// حتفهم في انفجار الميناء 14 شخصا», «عدد قتلى الحريق في سوق المدينة بلغ
// 14». The head (عدد، حصيلة) and its measure (a measure word, or a relative
// pronoun and a plural measure verb) open the figure's clause, a link (بلغ،
// وصل، ارتفع، تجاوز، إلى) joins them to the figure, and nothing between is
// another figure, a clause break, a word of a wider area (في عموم الولاية)
// or a place named only by reference (المحافظة). Read only when no word near the figure
// says the measure.

import { ANAPHORIC_PLACES, anyIn, HEAD_RELATIVES, HEAD_STATES, RELATIVES, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, SUBJECT_VERBS, TOLL_HEADS, TOLL_LINKS, WIDE_AREA } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

/** How many words back from the figure the head may stand. */
const HEAD_WORDS = 12;

function nextWord(scan: Scan, i: number, end: number): number {
  while (i < end && isTransparent(scan.ctx, i)) i++;
  return i < end && scan.ctx.tokens[i]!.type === 'word' ? i : -1;
}

/** The measure a toll's head names right after it (عدد قتلى، حصيلة ضحايا، عدد الذين قتلوا), or null. */
function headMeasure(scan: Scan, head: number, end: number): string | null {
  const i = nextWord(scan, head, end);
  if (i < 0) return null;
  const m = longestAt(scan.ctx, i, MEASURE_BEFORE, end) ?? longestAt(scan.ctx, i, MEASURE_AFTER, end);
  if (m) return m.value;
  const rel = longestAt(scan.ctx, i, HEAD_RELATIVES, end);
  const v = rel ? nextWord(scan, rel.end, end) : -1;
  if (v >= 0) return longestAt(scan.ctx, v, SUBJECT_VERBS, end)?.value ?? null;
  return nounMeasure(scan, i, end);
}

/**
 * The measure the head's own noun is described by (عدد التلميذات المخطوفات،
 * عدد التلميذات اللواتي خطفن): a definite noun, then a measure's participle
 * with the article, or a relative pronoun and a measure verb.
 */
function nounMeasure(scan: Scan, noun: number, end: number): string | null {
  if (!scan.ctx.tokens[noun]!.norm.startsWith('ال')) return null;
  const j = nextWord(scan, noun + 1, end);
  if (j < 0) return null;
  const p = longestAt(scan.ctx, j, HEAD_STATES, end);
  if (p) return p.value;
  const rel = longestAt(scan.ctx, j, RELATIVES, end);
  const v = rel ? nextWord(scan, rel.end, end) : -1;
  return v >= 0 ? (longestAt(scan.ctx, v, SUBJECT_VERBS, end)?.value ?? null) : null;
}

export function tollSubject(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  // only a toll's head before the figure tells: most sentences have none
  if (!anyIn(ctx, f.sentence.first, f.sentence.last, TOLL_HEADS)) return null;
  let linked = false;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < HEAD_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    if (ctx.tokens[i]!.type !== 'word' || isClauseBreak(scan, i) || scan.figureOf[i]! >= 0) return null;
    words++;
    // في عموم الولاية: more than the incident's place, or a place told only by reference
    if (longestAt(ctx, i, WIDE_AREA, f.first) || longestAt(ctx, i, ANAPHORIC_PLACES, f.first)) return null;
    linked ||= longestAt(ctx, i, TOLL_LINKS, f.first) !== null;
    const head = longestAt(ctx, i, TOLL_HEADS, f.first);
    if (!head) continue;
    const m = headMeasure(scan, head.end, f.first);
    if (!m) return null;
    // the link after the head (عدد … بلغ 14) or just before it (بلغ عدد … 14)
    if (linked) return m;
    for (let j = i - 1, n = 0; j >= f.sentence.first && n < 2; j--) {
      if (isTransparent(ctx, j)) continue;
      if (ctx.tokens[j]!.type !== 'word') return null;
      if (longestAt(ctx, j, TOLL_LINKS, i)) return m;
      n++;
    }
    return null;
  }
  return null;
}
