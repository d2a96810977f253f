// A count its own article calls preliminary or superseded: «حصيلة أولية
// بلغت تسعة قتلى», «لقي 9 أشخاص مصرعهم في حصيلة أولية», «بلغت 9 قبل أن
// ترتفع». A higher count of the same event, from whichever source, is then
// its update (story/compare.ts), not a contradiction: the article itself
// says the figure was not final. A lower count against it stays a conflict.
// Cue words: data/claims/earlier-counts.json.

import cues from '../data/claims/earlier-counts.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { isTransparent, longestAt, type Phrase } from './lexicon.js';
import { phraseBefore, wordsBefore } from './measure.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

const phrases = (list: string[]): Phrase<true>[] =>
  list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: true as const })).sort((a, b) => b.words.length - a.words.length);
const BEFORE = phrases(cues.before);
// كانت أعلنت، وكانت الوزارة قد ذكرت: the auxiliary of the past, then within a few words (its subject, «قد») the verb of telling
const AUXILIARIES = phrases(cues.pluperfect.auxiliaries);
const TELLING = phrases(cues.pluperfect.verbs);
/** How many words its subject and «قد» may take between the auxiliary and the verb. */
const AUXILIARY_GAP = 4;
const AFTER = phrases(cues.after);

/** How many words before / after the figure a cue may stand. */
const BEFORE_WORDS = 8;
const AFTER_WORDS = 5;

/** Is the figure a preliminary or superseded count by its own clause? */
export function isEarlierCount(scan: Scan, f: FigureAt): boolean {
  if (phraseBefore(scan, f, BEFORE, BEFORE_WORDS) !== null || toldBefore(scan, f)) return true;
  const { ctx } = scan;
  for (let i = f.last + 1, words = 0; i < f.sentence.last && words < AFTER_WORDS; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = ctx.tokens[i]!;
    // a comma may set the cue off (لقي 9 أشخاص مصرعهم , في حصيلة أولية); a stop or a new figure ends the clause
    if (isClauseBreak(scan, i)) {
      if (t.text === '.' || t.text === '؟' || t.text === '!') break;
      continue;
    }
    if (scan.figureOf[i]! >= 0 && scan.figureOf[i] !== f.index) break;
    if (t.type !== 'word') continue;
    if (longestAt(ctx, i, AFTER)) return true;
    words++;
  }
  return false;
}

/**
 * Is the figure's source itself a preliminary toll («وفق حصيلة أولية أعلنتها
 * السلطات» at its sentence's end: the attribution names the count, not only
 * the body)? Its first words are a cue of the 'before' list.
 */
export function isPreliminarySource(source: string): boolean {
  const words = normalize(source).split(/\s+/).filter(Boolean);
  return BEFORE.some((p) => p.words.length <= words.length && p.words.every((w, i) => words[i] === w));
}

/** Was the figure told in the pluperfect (بعد أن كانت أعلنت عن 65، وكانت الوزارة قد ذكرت أمس مقتل 40)? In its clause, before it. */
function toldBefore(scan: Scan, f: FigureAt): boolean {
  const words = wordsBefore(scan, f, BEFORE_WORDS + AUXILIARY_GAP);
  for (let k = 0; k < words.length && k < BEFORE_WORDS; k++) {
    if (!longestAt(scan.ctx, words[k]!, TELLING)) continue;
    for (let j = k + 1; j < words.length && j <= k + AUXILIARY_GAP; j++) if (longestAt(scan.ctx, words[j]!, AUXILIARIES)) return true;
    return false;
  }
  return false;
}
