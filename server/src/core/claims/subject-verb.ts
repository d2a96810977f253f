// The figure as the subject of its measure verb (GUIDELINES §4): news leads
// put the count first and the verb after its noun phrase, «ستة أشخاص على
// الأقل لقوا حتفهم», «خمسة جنود مصريين لقوا مصرعهم», «سبعة من عناصر الشرطة
// قتلوا», «تسعة مدنيين كانوا قد قتلوا». The noun phrase may hold the
// counted noun, words that only say "members of", nationalities and other
// groups, a definite adjective, «من»/«في» with a few nouns, a bound (على
// الأقل), an auxiliary (كانوا قد) and a relative pronoun (الذين). Anything
// else ends the walk: an imperfect (قد يكونون لقوا حتفهم is a guess), a
// negation (لم), a clause break, another figure. The verb must be a plural
// perfect measure verb (the subject is plural) with no object after it.

import { anyIn, DEMONYM_SINGULARS, GENERIC, GROUPS, INCIDENTS, isTransparent, longestAt, SUBJECT_AUXILIARIES, SUBJECT_BOUNDS, SUBJECT_PREPOSITIONS, SPLIT_TAILS, SUBJECT_RELATIVES, SUBJECT_VERBS } from './lexicon.js';
import { isNoun } from './bare.js';
import { activeVerb, orAnother, splitHeadBefore } from './measure.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

/** At most so many words of noun phrase between the figure and its verb. */
const PHRASE_WORDS = 7;
/** At most so many nouns after «من» or «في» (من عناصر شرطة المدينة). */
const MODIFIER_NOUNS = 3;

/** The measure of the verb whose subject is the figure's noun phrase (قتلوا أو أصيبوا: both); null if none. */
export function subjectVerb(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  const toks = ctx.tokens;
  const end = Math.min(f.sentence.last + 1, toks.length);
  // only a verb of the list or a split verb's words tell: most sentences have neither
  if (!anyIn(ctx, f.sentence.first, f.sentence.last, SUBJECT_VERBS) && !anyIn(ctx, f.sentence.first, f.sentence.last, SPLIT_TAILS)) return null;
  let words = 0;
  let nouns = 0; // nouns since the last «من»/«في», or the counted noun itself
  let modifier = false;
  let first = true;
  let counted = false; // the last word was the counted noun
  for (let i = f.last + 1; i < end && words <= PHRASE_WORDS; ) {
    if (isTransparent(ctx, i)) {
      i++;
      continue;
    }
    if (toks[i]!.type !== 'word' || isClauseBreak(scan, i) || scan.figureOf[i]! >= 0) return null;
    const verb = longestAt(ctx, i, SUBJECT_VERBS, end);
    if (verb) return activeVerb(scan, i, verb.end) ? null : orAnother(scan, verb.value, verb.end);
    const skip = longestAt(ctx, i, SUBJECT_BOUNDS, end) ?? longestAt(ctx, i, SUBJECT_AUXILIARIES, end) ?? longestAt(ctx, i, SUBJECT_RELATIVES, end) ?? longestAt(ctx, i, GENERIC, end);
    if (skip) {
      words += skip.end - i > 1 ? 2 : 1;
      i = skip.end;
      first = counted = false;
      continue;
    }
    // لقي 6 أشخاص على الأقل مصرعهم: the words a verb before the figure needs, after its subject
    const tail = longestAt(ctx, i, SPLIT_TAILS, end);
    if (tail) return splitHeadBefore(scan, f, tail.value);
    const prep = longestAt(ctx, i, SUBJECT_PREPOSITIONS, end);
    if (prep && prep.end === i + 1) {
      modifier = true;
      counted = false;
      nouns = 0;
      words++;
      i++;
      continue;
    }
    const group = longestAt(ctx, i, GROUPS, end) ?? longestAt(ctx, i, DEMONYM_SINGULARS, end);
    if (group) {
      words += 1;
      i = group.end;
      // a group's word may be the counted noun itself (ستة جنود، عمال)
      counted = first && !modifier;
      first = false;
      continue;
    }
    // an incident noun is the clause's event, not the subject's (ستة أشخاص في انفجار قتل …)
    if (longestAt(ctx, i, INCIDENTS, end)) return null;
    const place = scan.placeOf[i]! >= 0;
    // the counted noun right after the figure; a definite adjective (الأبرياء); the nouns of a «من»/«في» modifier
    const noun = isNoun(scan, i) || (place && modifier);
    const norm = toks[i]!.norm;
    // one adjective after the counted noun (ستة عمال أجانب): no verb's plural (وا) nor imperfect (يكونون)
    const adjective = counted && !/وا$/.test(norm) && !/^[يتن]/.test(norm);
    if (!noun || !(first || adjective || norm.startsWith('ال') || (modifier && nouns < MODIFIER_NOUNS))) return null;
    if (modifier) nouns++;
    counted = first && !modifier;
    first = false;
    words++;
    i++;
  }
  return null;
}
