// Does a figure tell of an earlier time than the story's (قتل 5 في هجوم
// الأسبوع الماضي، وكانت الوزارة سجلت قبل أيام 40 إصابة)? Only the time its own
// clause names counts: a lead's «بلغ 25 جنيها، أي ضعف سعره الأسبوع الماضي»
// dates the comparison, not the 25, and «بلغت 17 %، مقارنة بالعام الماضي»
// is another clause. A phrase that opens the sentence (وفي الشهر الماضي، …)
// dates all of it. In the article's lead, «خلال الأسبوع الماضي» is the span
// its own count covers (سجلت 700 إصابة خلال الأسبوع الماضي), the story's news.
// Phrases: data/claims/context.json (otherTimes, periodsToNow, timeWindows).

import type { Sentence } from '../types.js';
import { CLAUSE_BREAKS, isTransparent, longestAt, OTHER_TIMES, PERIODS_TO_NOW, RELATIVES, TIME_WINDOWS } from './lexicon.js';
import { clauseCeiling, clauseFloor, isClauseBreak, isClauseStart, type FigureAt, type Scan } from './scan.js';

/** How many words may stand before a time phrase that opens the sentence (وفي الشهر الماضي،). */
const OPENING_WORDS = 2;

/** The lead: the first sentence with a figure, and after a one-sentence headline line, the next paragraph's first. */
const LEADS = new WeakMap<Scan, Set<Sentence>>();
export function leadSentences(scan: Scan): Set<Sentence> {
  let out = LEADS.get(scan);
  if (out) return out;
  out = new Set();
  const first = scan.figures[0]?.sentence;
  if (first) {
    out.add(first);
    const p = scan.ctx.paragraphs[first.paragraph];
    const next = scan.ctx.paragraphs[first.paragraph + 1];
    if (p && next && p.last - p.first === 1 && next.first < next.last) out.add(scan.ctx.sentences[next.first]!);
  }
  LEADS.set(scan, out);
  return out;
}

/** Is the time phrase at token i the span of a count (خلال الأسبوع الماضي): a window word right before it? */
function inWindow(scan: Scan, i: number, floor: number): boolean {
  for (let j = i - 1, words = 0; j >= floor && words < 2; j--) {
    if (isTransparent(scan.ctx, j)) continue;
    if (scan.ctx.tokens[j]!.type !== 'word') return false;
    const hit = longestAt(scan.ctx, j, TIME_WINDOWS);
    let k = hit ? hit.end : -1;
    while (k >= 0 && k < i && isTransparent(scan.ctx, k)) k++;
    if (k === i) return true;
    words++;
  }
  return false;
}

/** The token range [from, to) of the figure's own clause: back to punctuation or a complementiser, on to punctuation or a new clause. */
function ownClause(scan: Scan, f: FigureAt): [number, number] {
  const { ctx } = scan;
  let from = f.first;
  for (let i = f.first - 1; i >= clauseFloor(f); i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    from = i;
    if (ctx.tokens[i]!.type === 'word' && isClauseStart(scan, i)) break;
  }
  let to = f.last + 1;
  for (const ceiling = clauseCeiling(f); to < ceiling; to++) {
    if (isTransparent(ctx, to)) continue;
    if (isClauseBreak(scan, to) || scan.cueStarts.has(to)) break;
    if (ctx.tokens[to]!.type === 'word' && (longestAt(ctx, to, CLAUSE_BREAKS) || isClauseStart(scan, to))) break;
  }
  return [from, to];
}

/**
 * The clause [from, to) before the comma when the figure's clause opens with a
 * relative pronoun right after it (…، الذي أودى بحياة 46): the clause of the
 * noun the relative tells of, back to the punctuation or the complementiser before it.
 */
function antecedentClause(scan: Scan, f: FigureAt, from: number): [number, number] | null {
  const { ctx } = scan;
  if (ctx.tokens[from]?.type !== 'word' || !longestAt(ctx, from, RELATIVES)) return null;
  let comma = from - 1;
  while (comma >= clauseFloor(f) && isTransparent(ctx, comma)) comma--;
  if (comma < clauseFloor(f) || ctx.tokens[comma]!.text !== '،' && ctx.tokens[comma]!.text !== ',') return null;
  let start = comma;
  for (let i = comma - 1; i >= clauseFloor(f); i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i) || scan.cueStarts.has(i)) break;
    start = i;
    if (ctx.tokens[i]!.type === 'word' && isClauseStart(scan, i)) break;
  }
  return start < comma ? [start, comma] : null;
}

/**
 * Does the figure's own clause, or its sentence's first words (وفي الشهر
 * الماضي، …), name an earlier time than the story's? A period that runs to
 * now (هذا العام، خلال الأشهر الأخيرة) counts for a cumulative measure only:
 * a toll of the year is no incident's, a pass rate of this year is the news.
 */
export function earlierTime(scan: Scan, f: FigureAt, cumulative: boolean): boolean {
  const [from, to] = ownClause(scan, f);
  const lead = leadSentences(scan).has(f.sentence);
  const phrase = (i: number) => longestAt(scan.ctx, i, OTHER_TIMES) ?? (cumulative ? longestAt(scan.ctx, i, PERIODS_TO_NOW) : null);
  const timeAt = (i: number, floor: number) => scan.ctx.tokens[i]!.type === 'word' && scan.figureOf[i]! < 0 && !!phrase(i) && !(lead && inWindow(scan, i, floor));
  for (let i = from; i < to; i++) if (timeAt(i, from)) return true;
  // حريق مبنى أ في فبراير الماضي، الذي أودى بحياة 46: the clause before the comma names the time of what the relative tells of
  const antecedent = antecedentClause(scan, f, from);
  if (antecedent) for (let i = antecedent[0]; i < antecedent[1]; i++) if (timeAt(i, antecedent[0])) return true;
  const s = f.sentence;
  for (let i = s.first, words = 0; i < from && words <= OPENING_WORDS; i++) {
    if (timeAt(i, s.first)) return true;
    if (scan.ctx.tokens[i]!.type === 'word') words++;
  }
  return false;
}
