// The measure a relative clause inside a figure's subject says (مساحة الغابات
// التي أتت عليها النيران … لا تتجاوز 700 هكتار: the hectares destroyed, as «أتت
// النيران على 700 هكتار» says it). The clause's verb is a measure's verb that
// needs a preposition (أتى على), written with the pronoun that stands for the
// head noun (عليها). Only a measure that counts the figure's dimension
// (measures.json quantities: destroyed counts area) is read so.

import { normalize } from '../text/normalize.js';
import { beforeWord, isTransparent, longestAt, measureInfo, QUANTITY_OF_UNIT, SPLIT_HEADS } from './lexicon.js';
import { isClauseBreak, isClauseStart, type FigureAt, type Scan } from './scan.js';

/** How many words back from the figure its subject's relative pronoun may stand. */
const SUBJECT_WORDS = 12;
const RELATIVES = new Set(['الذي', 'التي', 'الذين'].map((w) => normalize(w)));
/** Pronouns a preposition takes for the head noun (عليها، عليه، عليهم). */
const RESUMPTIVE = /(ها|ه|هم|هما|هن)$/;

/** The next word token after token i, or -1. */
function nextWord(scan: Scan, i: number, end: number): number {
  let j = i + 1;
  while (j < end && isTransparent(scan.ctx, j)) j++;
  return j < end && scan.ctx.tokens[j]!.type === 'word' ? j : -1;
}

/** The measure the relative clause of the figure's subject says, in the figure's unit, or null. */
export function relativeMeasure(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  const dimension = f.figure.unit ? QUANTITY_OF_UNIT.get(f.figure.unit) : undefined;
  if (!dimension) return null;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < SUBJECT_WORDS; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i) || scan.figureOf[i]! >= 0) return null;
    const t = ctx.tokens[i]!;
    if (t.type !== 'word') continue;
    if (RELATIVES.has(t.norm)) return clauseMeasure(scan, i, f.first, dimension);
    if (isClauseStart(scan, i)) return null;
    words++;
  }
  return null;
}

/** The measure of the verb right after the relative pronoun at token r, with its preposition and pronoun (أتت عليها), or null. */
function clauseMeasure(scan: Scan, r: number, end: number, dimension: string): string | null {
  const v = nextWord(scan, r, end);
  if (v < 0) return null;
  // المساحات التي اجتاحتها الأسراب: a transitive verb with the head's pronoun as its object
  const word = scan.ctx.tokens[v]!.norm;
  const base = word.replace(RESUMPTIVE, '');
  const direct = base !== word ? beforeWord(base) : undefined;
  if (direct && (measureInfo(direct).quantities ?? []).includes(dimension)) return direct;
  for (const [key, heads] of SPLIT_HEADS) {
    const hit = longestAt(scan.ctx, v, heads, end);
    if (!hit) continue;
    const [measure, tail] = [key.slice(0, key.indexOf('|')), normalize(key.slice(key.indexOf('|') + 1))];
    // one preposition (على، إلى) the verb needs, carrying the pronoun
    if (tail.includes(' ')) continue;
    const p = nextWord(scan, hit.end - 1, end);
    const word = p >= 0 ? scan.ctx.tokens[p]!.norm : '';
    const base = word.replace(RESUMPTIVE, '');
    if (base === word || !(base === tail || `${base}ي` === tail || base === tail.replace(/ي$/, ''))) continue;
    if ((measureInfo(measure).quantities ?? []).includes(dimension)) return measure;
  }
  return null;
}
