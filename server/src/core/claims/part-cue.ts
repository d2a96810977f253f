// A figure that counts some of a toll by what became of them: «٩ مصابين ما
// زالوا في المستشفى», «لا يزال 5 في العناية المركزة», «3 في حالة حرجة». They
// are a part of the wounded (those not yet sent home), never the whole: 9
// still in hospital does not deny 24 wounded. So is «خمس مركبات منها»: five
// of a whole told before. The cue words are data
// (data/claims/part-cues.json); «بينهم / منهم» before the figure are read by
// detect.ts (PART_OF).

import cues from '../data/claims/part-cues.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { GROUPS, isTransparent, longestAt, MEASURE_AFTER, wordMatches, type Phrase } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

const phrases = (list: string[]): Phrase<true>[] =>
  list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: true as const })).sort((a, b) => b.words.length - a.words.length);
const STILL = phrases(cues.still);
const CARE = phrases(cues.care);
const STATE = phrases(cues.state);
const OF_THEM = phrases(cues.ofThem);
const PARTITIVE = phrases(cues.partitive);
const ALONE = phrases(cues.alone);
const INCREMENTS = phrases(cues.increments);
const INCREMENT_HEADS = phrases(cues.incrementHeads);
/** How many words after the figure (its noun, the incident, the place) the verb of remaining may stand. */
const STILL_WITHIN = 8;

/** Words after `from`, up to `max` of them, in the figure's clause (stops at a comma or stop): their token indices. */
function wordsAfter(scan: Scan, from: number, max: number, f: FigureAt): number[] {
  const out: number[] = [];
  for (let i = from; i < f.sentence.last && out.length < max; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (scan.ctx.tokens[i]!.type === 'word' || scan.figureOf[i]! >= 0) out.push(i);
    else break;
  }
  return out;
}

/** Up to `max` words before the figure in its clause, nearest first. */
function wordsBefore(scan: Scan, f: FigureAt, max: number): number[] {
  const out: number[] = [];
  for (let i = f.first - 1; i >= f.sentence.first && out.length < max; i--) {
    if (isTransparent(scan.ctx, i)) continue;
    // another figure or a comma ends the walk: it never runs along a table of numbers
    if (isClauseBreak(scan, i) || scan.figureOf[i]! >= 0 || scan.ctx.tokens[i]!.type !== 'word') break;
    out.push(i);
  }
  return out;
}

const at = (scan: Scan, list: Phrase<true>[], i: number) => longestAt(scan.ctx, i, list);

/** Does a care phrase start within `max` words after token `from`? */
function careWithin(scan: Scan, from: number, max: number, f: FigureAt): boolean {
  return wordsAfter(scan, from, max, f).some((i) => at(scan, CARE, i) !== null);
}

/** Is the figure a part of its toll by what its clause says became of it (still in hospital, in a critical state)? */
export function partByState(scan: Scan, f: FigureAt): boolean {
  // the counted noun and the verb of remaining after it: ٩ مصابين ما زالوا في المستشفى
  const after = wordsAfter(scan, f.last + 1, STILL_WITHIN, f);
  // 11 من الجرحى: some of the wounded, its counted noun a toll's (not 12 من الجنود, counted by who they are)
  const c = f.figure.counted;
  const [p, m] = after;
  if (c && p !== undefined && m !== undefined && at(scan, PARTITIVE, p) && scan.ctx.tokens[m]!.norm.startsWith('ال') && c.start >= scan.ctx.tokens[m]!.start && c.end <= scan.ctx.tokens[m]!.end) {
    const bare = normalize(c.text);
    if (MEASURE_AFTER.some((q) => q.words.length === 1 && wordMatches(bare, q.words[0]!))) return true;
  }
  for (let k = 0; k < after.length; k++) {
    const i = after[k]!;
    const still = at(scan, STILL, i);
    if (still && careWithin(scan, still.end, 3, f)) return true;
    if (k < 4 && (at(scan, STATE, i) || at(scan, ALONE, i))) return true;
    // خمس مركبات منها حتى الظهر: five of the whole before; not «12 شخصا منهم 5 أطفال», where a part of it follows
    if (k === 1 && at(scan, OF_THEM, i) && scan.figureOf[i]! < 0) {
      const n = after[k + 1];
      if (n === undefined || (scan.figureOf[n]! < 0 && !longestAt(scan.ctx, n, GROUPS))) return true;
    }
  }
  // the verb before it: لا يزال 5 مصابين في المستشفى
  for (const i of wordsBefore(scan, f, 2)) if (at(scan, STILL, i) && careWithin(scan, f.last + 1, 4, f)) return true;
  // سجل فيها وحدها 5 آلاف هكتار: one place's or group's share of the whole
  for (const i of wordsBefore(scan, f, 3)) if (at(scan, ALONE, i)) return true;
  return false;
}

/**
 * Is the figure a count called new or added (أربع جثث جديدة، 3 قتلى جدد، قتيلين
 * جديدين، 4 حالات وفاة جديدة)? The adjective right after its counted noun,
 * or right after the figure when the figure is its own noun (a dual) or has
 * none; after a case head (حالات) and the noun it heads, one word further.
 * Alone it is the news of a period (1200 إصابة جديدة خلال يوم), compared with
 * another outlet's day; beside the revised toll it adds to (ارتفعت الحصيلة إلى
 * 9 بعد انتشال أربع جثث جديدة) it is a part of that toll (detect.ts).
 */
export function isIncrement(scan: Scan, f: FigureAt): boolean {
  const after = wordsAfter(scan, f.last + 1, 4, f);
  // the words up to the next figure: 3 قتلى و5 جرحى جدد makes only the 5 new
  const stop = after.findIndex((i) => scan.figureOf[i]! >= 0);
  const words = stop < 0 ? after : after.slice(0, stop);
  const own = f.figure.detail === 'dual' || !f.figure.counted;
  const k = own && words[0] !== undefined && at(scan, INCREMENTS, words[0]) ? 0 : words[0] !== undefined && at(scan, INCREMENT_HEADS, words[0]) ? 2 : 1;
  const i = words[k];
  return i !== undefined && at(scan, INCREMENTS, i) !== null;
}
