// The elided subject of an adverbial participle is the subject of its
// clause's verb, which need not report anything (حثّ الرئيس X الأعضاء على …
// قائلاً إن …): the speaker is X, not the last source named before. Read only
// where it is safe: a head noun of the source lexicon, right after a word
// that is no preposition and has no article (the verb), in a sentence where
// nobody has spoken yet (otherwise the participle goes on with that
// speaker); a titled person (الرئيس، الوزير) of the participle's gender, any
// other head (المديرة، المنظمة) of exactly its gender (issue 16: agreement
// before salience, وطالبت المنظمة … مشيرة is the organisation's).
import type { DocContext } from '../parse/context.js';
import type { Cue } from './cues.js';
import type { Gender } from './lexicon.js';
import { headAt, parseSource, type SourcePhrase } from './source.js';
import { before, isWord } from './words.js';

const NOT_VERBS = new Set(['في', 'من', 'عن', 'الي', 'علي', 'مع', 'ضد', 'بين', 'حول', 'لدي', 'عند', 'بعد', 'قبل', 'منذ', 'خلال', 'ان', 'و', 'ف']);

const agrees = (a: Gender, b: Gender) => a === '' || b === '' || a === b;

const NISBA = /(ي|يه|يين|يون)$/;

/**
 * The subject without the verb's object (حثّ الرئيس الفرنسي الأعضاء): after
 * the title, its nisba adjectives and a name written without ال go on; a
 * definite noun that is no adjective is the object and ends the subject.
 */
function objectCut(ctx: DocContext, src: SourcePhrase, headLast: number): SourcePhrase {
  let last = headLast;
  for (let k = headLast + 1; k <= src.last; k++) {
    const t = ctx.tokens[k]!;
    if (t.type === 'space') continue;
    // a final ى folds to ي but is no nisba (المستشفى، المبنى): the object
    if (t.type !== 'word' || (t.norm.startsWith('ال') && (!NISBA.test(t.norm) || /ى[\u064B-\u0652]*$/.test(t.text)))) break;
    last = k;
  }
  return last === src.last ? src : { ...src, last, end: ctx.tokens[last]!.end };
}

/** The titled subject of the participle's clause, or null; `spokenFrom` is where the last speaker was named (-1 for none). */
export function clauseSubject(ctx: DocContext, cue: Cue, partner: Int32Array, spokenFrom: number): SourcePhrase | null {
  const tokens = ctx.tokens;
  const sentence = tokens[cue.first]!.sentence;
  let i0 = cue.first;
  while (i0 > 0 && tokens[i0 - 1]!.sentence === sentence) i0--;
  if (spokenFrom >= tokens[i0]!.start) return null;
  for (let i = i0; i < cue.first; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !t.norm.startsWith('ال')) continue;
    const p = before(ctx, i);
    if (p < 0 || !isWord(ctx, p) || NOT_VERBS.has(tokens[p]!.norm) || tokens[p]!.norm.startsWith('ال')) continue;
    const h = headAt(ctx, i);
    if (!h || !(h.value.title ? agrees(cue.gender, h.value.gender) : cue.gender !== '' && h.value.type !== 'inherit' && h.value.gender === cue.gender)) continue;
    const src = parseSource(ctx, i, { limit: cue.first, strict: true, partner });
    if (src && src.named) return objectCut(ctx, src, h.last);
  }
  return null;
}
