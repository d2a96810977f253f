// Cases of a disease (issue 13, open classes): «480 حالة إصابة مؤكدة بحمى
// الضنك», «2300 حالة يشتبه بإصابتها بالكوليرا», «عدد الإصابات بالحصبة بلغ
// 920 حالة» count a disease's cases, not the wounded of an attack, and each
// disease is its own group. Suspected cases are a measure of their own:
// «3700 حالة اشتباه» is never compared with 900 confirmed. Words in
// data/claims/diseases.json.

import diseasesData from '../data/claims/diseases.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { anyIn, isTransparent, longestAt, type Phrase } from './lexicon.js';
import { clauseFloor, isClauseBreak, type FigureAt, type Scan } from './scan.js';

const D = diseasesData as unknown as { caseNouns: string[]; heads: string[]; suspected: string[]; deaths: string[]; caseWords: number; headWords: number; diseases: Record<string, string[]> };

function phrases(list: string[], value: string): Phrase<string>[] {
  return list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value })).sort((a, b) => b.words.length - a.words.length);
}

const CASE_NOUNS = phrases(D.caseNouns, 'case');
const HEADS = phrases(D.heads, 'head');
const SUSPECTED = phrases(D.suspected, 'suspected');
const DEATHS = phrases(D.deaths, 'death');
const DISEASES = Object.entries(D.diseases)
  .flatMap(([kind, words]) => phrases(words, kind))
  .sort((a, b) => b.words.length - a.words.length);

/** The measure of suspected cases. */
export const SUSPECTED_CASES = 'suspected-cases';
/** The measure of cases, confirmed or not said. */
export const CASES = 'cases';

/** The figure as a count of a disease's cases (measure, and disease:<kind> as its group), or null. */
export function diseaseCase(scan: Scan, f: FigureAt): { measure: string; group: string } | null {
  if (f.figure.kind !== 'count' || f.figure.unit) return null;
  const { ctx } = scan;
  const toks = ctx.tokens;
  // a count is a case count only by a case noun after it or a head before it, in its sentence: most sentences have neither
  if (!anyIn(ctx, f.sentence.first, f.sentence.last, CASE_NOUNS) && !anyIn(ctx, f.sentence.first, f.sentence.last, HEADS)) return null;
  let disease: string | null = null;
  let suspected = false;
  let caseAfter = false;
  // after the figure: its case noun first (480 حالة), then the disease within a few words
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < toks.length && words < D.caseWords; i++) {
    if (isTransparent(ctx, i)) continue;
    if (toks[i]!.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) break;
    if (words === 0 && longestAt(ctx, i, CASE_NOUNS)) caseAfter = true;
    // حالات وفاة بالكوليرا: the dead, read as such elsewhere
    else if (words <= 1 && longestAt(ctx, i, DEATHS)) return null;
    else if (longestAt(ctx, i, SUSPECTED)) suspected = true;
    const d = longestAt(ctx, i, DISEASES);
    if (d) {
      disease = d.value;
      // 2150 حالة كوليرا مشتبه بها: the suspicion may follow the disease
      suspected ||= suspicionAt(scan, d.end, f);
      break;
    }
    words++;
  }
  // before it in its clause: a head (عدد الإصابات … بلغ) and the disease it is of
  let head = false;
  for (let i = f.first - 1, words = 0, floor = clauseFloor(f); i >= floor && words < D.headWords; i--) {
    if (isTransparent(ctx, i)) continue;
    if (toks[i]!.type !== 'word' || scan.figureOf[i]! >= 0 || isClauseBreak(scan, i)) break;
    if (longestAt(ctx, i, DEATHS, f.first)) break;
    if (longestAt(ctx, i, HEADS, f.first)) head = true;
    if (longestAt(ctx, i, SUSPECTED, f.first)) suspected = true;
    disease ??= longestAt(ctx, i, DISEASES, f.first)?.value ?? null;
    words++;
  }
  // أكد المختبر إصابة 36 حالة: a case word right before it and its case noun after it, no disease named:
  // the article's own disease, told once all its claims are read (articleDisease)
  // الكوليرا في اليمن: تسجيل 1840 إصابة مشتبها بها: a suspected case is a disease's, the one its sentence names (a headline's topic before a colon)
  if (!disease && caseAfter && suspected) disease = diseaseInSentence(scan, f);
  if (!disease && caseAfter && caseWordBefore(scan, f)) disease = UNNAMED;
  if (!disease || !(caseAfter || head)) return null;
  return { measure: suspected ? SUSPECTED_CASES : CASES, group: `disease:${disease}` };
}

/** Does a word of suspicion stand at token i (after the spaces there), in the figure's sentence? */
function suspicionAt(scan: Scan, i: number, f: FigureAt): boolean {
  while (i <= f.sentence.last && i < scan.ctx.tokens.length && isTransparent(scan.ctx, i)) i++;
  return i <= f.sentence.last && i < scan.ctx.tokens.length && scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, SUSPECTED) !== null;
}

/** The one disease the figure's sentence names, or null for none or several. */
function diseaseInSentence(scan: Scan, f: FigureAt): string | null {
  let one: string | null = null;
  for (let i = f.sentence.first; i <= f.sentence.last && i < scan.ctx.tokens.length; i++) {
    if (scan.ctx.tokens[i]!.type !== 'word') continue;
    const d = longestAt(scan.ctx, i, DISEASES);
    if (!d) continue;
    if (one !== null && one !== d.value) return null;
    one = d.value;
  }
  return one;
}

/** The group of a case count whose clause names no disease: resolved by articleDisease. */
const UNNAMED = '?';
export const UNNAMED_DISEASE = `disease:${UNNAMED}`;

/** Is the word right before the figure a case noun (إصابة 36 حالة)? */
function caseWordBefore(scan: Scan, f: FigureAt): boolean {
  let i = f.first - 1;
  while (i >= f.sentence.first && isTransparent(scan.ctx, i)) i--;
  return i >= f.sentence.first && scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, CASE_NOUNS, f.first) !== null;
}

/**
 * The disease every case count of an article that names one names (the
 * article's own: a cholera outbreak's), or null when they name none or
 * several: an unnamed case count then makes no claim.
 */
export function articleDisease(groups: string[]): string | null {
  let one: string | null = null;
  for (const g of groups) {
    if (!g.startsWith('disease:') || g === UNNAMED_DISEASE) continue;
    if (one !== null && one !== g) return null;
    one = g;
  }
  return one;
}
