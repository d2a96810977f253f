// Headline syntax (GUIDELINES §4): a toll with no noun of a known group.
// «مقتل 12 في انفجار»: a bare number before a preposition counts everyone;
// «غرق 40 مهاجرا», «مقتل 6 من موظفي المنظمة»: a counted noun of no list
// is a group of its own, keyed by its stem (noun:مهاجر), inside the toll.
// Only for measures that count people, and only when nothing else named the
// group.

import { normalize } from '../text/normalize.js';
import type { GroupHit } from './group.js';
import { ANAPHORIC_PLACES, GENERIC, GROUPS, INCIDENTS, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, NOUN_STOPS, PART_OF, PARTICLES } from './lexicon.js';
import type { FigureAt, Scan } from './scan.js';
import { stemOf, withoutPronoun } from './noun-stem.js';
import { nounGroupKey } from './synonyms.js';

/** The next token after the figure that is not a space or a quote, or -1 at the sentence's end. */
function nextToken(scan: Scan, from: number, limit: number): number {
  const end = Math.min(limit, scan.ctx.tokens.length);
  for (let i = from; i < end; i++) if (!isTransparent(scan.ctx, i)) return i;
  return -1;
}

/** A figure with nothing counted after it: a preposition, a place or the next measure follows. */
export function bareCount(scan: Scan, f: FigureAt): boolean {
  // at the sentence's end the count may be of a group named before (وقتل مسلحون 4.): no reading
  const i = nextToken(scan, f.last + 1, f.sentence.last + 1);
  if (i < 0) return false;
  const t = scan.ctx.tokens[i]!;
  if (t.type !== 'word') return false;
  // فرار 70 ألفا من المدينة: «من» and a place after the number says where they came from, not who they are
  // (the figures reader may take the place for the counted noun)
  if (t.norm === 'من') {
    const j = nextToken(scan, i + 1, f.sentence.last + 1);
    if (j >= 0 && scan.ctx.tokens[j]!.type === 'word' && (scan.placeOf[j]! >= 0 || longestAt(scan.ctx, j, ANAPHORIC_PLACES))) return true;
  }
  if (f.figure.counted) return false;
  if (scan.placeOf[i]! >= 0 || scan.figureOf[i]! >= 0) return true;
  // في صفوفه، من بين: a group follows, not the end of the count
  if (longestAt(scan.ctx, i, GENERIC)) return false;
  if (longestAt(scan.ctx, i, NOUN_STOPS)) return true;
  // مقتل 9 بقصف، 4 جرحى بانفجار: a preposition on an incident noun ends the count
  if (/^[بل]/.test(t.norm) && longestAt(scan.ctx, i, INCIDENTS)) return true;
  // مقتل 5 وإصابة 12، يودي بحياة 3 ويصيب 11: the next count's verb or noun
  return t.norm.startsWith('و') && longestAt(scan.ctx, i, MEASURE_BEFORE) !== null;
}

export function isNoun(scan: Scan, i: number): boolean {
  const t = scan.ctx.tokens[i];
  if (!t || t.type !== 'word' || scan.figureOf[i]! >= 0 || scan.placeOf[i]! >= 0 || normalize(t.text).length < 3) return false;
  const { ctx } = scan;
  return !longestAt(ctx, i, NOUN_STOPS) && !longestAt(ctx, i, PARTICLES) && !longestAt(ctx, i, MEASURE_AFTER) && !longestAt(ctx, i, MEASURE_BEFORE);
}

/**
 * Numbers whose counted noun is a genitive with no ending to tell it: 3 to 10
 * take a plural, often broken (سبعة أجانب، 8 تلاميذ), round hundreds and
 * thousands a singular (200 متظاهر). 11 to 99 take an accusative (ا). Above
 * a hundred the last two digits decide as news writes them: 102 تلميذة, 105
 * أشخاص, 101 شخص.
 */
export function takesPlainNoun(value: number | null): boolean {
  if (value === null || !Number.isInteger(value)) return false;
  const last = value >= 100 ? value % 100 : value;
  return (last >= 3 && last <= 10) || (value >= 100 && last <= 2);
}

/**
 * A feminine singular after 11 to 99 is its accusative though no alif shows
 * (90 شاحنة، 22 عائلة: the tanween sits on the ta marbuta). Written with ة:
 * a final ه is also a pronoun (في صفوفه).
 */
export function feminineAccusative(text: string, value: number | null): boolean {
  const w = text.replace(/[\u064B-\u0652\u0640]/g, '');
  return value !== null && Number.isInteger(value) && value % 100 >= 11 && value % 100 <= 99 && w.endsWith('ة') && !w.startsWith('ال');
}

/** The group a counted noun of no list names: the word after the figure (40 مهاجرا) or the phrase after «من» (6 من موظفي الأمم المتحدة). */
export function nounGroup(scan: Scan, f: FigureAt): GroupHit | null {
  const limit = f.sentence.last + 1;
  const toks = scan.ctx.tokens;
  // words that only say "members of" (عناصر، أفراد) and a tanween alif the page split off (عنصر ا) are looked past
  // (not one that opens a measure's phrase: حالة اختناق is what befell them, no noun of theirs)
  const skip = (j: number) => {
    while (j >= 0 && toks[j]!.type === 'word' && toks[j]!.norm !== 'من' && (toks[j]!.norm === 'ا' || (longestAt(scan.ctx, j, GENERIC) && !longestAt(scan.ctx, j, MEASURE_AFTER)))) j = nextToken(scan, j + 1, limit);
    return j;
  };
  let i = skip(nextToken(scan, f.last + 1, limit));
  if (i < 0) return null;
  const t = toks[i]!;
  if (t.type === 'word' && t.norm === 'من') {
    // من, then the group's own words, at most two (موظفي الأمم المتحدة)
    i = skip(nextToken(scan, i + 1, limit));
    // a group of the lists after من is the groups reader's (it said none): no group of our own
    if (i >= 0 && longestAt(scan.ctx, i, GROUPS)) return null;
    const words: string[] = [];
    // (a preposition on the article, بالاختناق، للعلاج, starts a phrase of its own: 26 من السكان بالاختناق;
    // a part's cue after the group starts the part: ستة من سكانه بينهم ثلاثة أطفال)
    for (; i >= 0 && words.length < 2 && isNoun(scan, i) && !(words.length && (/^(بال|لل|كال)/.test(toks[i]!.norm) || longestAt(scan.ctx, i, PART_OF))); i = nextToken(scan, i + 1, limit)) words.push(stemOf(withoutPronoun(toks[i]!.norm)));
    if (!words.length) return null;
    // ستة من سكان المبنى، 10 من أهالي القرية: a noun that names everyone (synonyms.json) is everyone, whatever place it is of
    const head = nounGroupKey([words[0]!]);
    return { group: head === '*' ? head : nounGroupKey(words), via: 'of', token: -1 };
  }
  // the noun itself: the figures detector's counted noun, or an accusative or plural noun right after the number
  if (!isNoun(scan, i)) return null;
  const counted = f.figure.counted && scan.ctx.tokens[i]!.start <= f.figure.counted.start && f.figure.counted.start < scan.ctx.tokens[i]!.end;
  // (a plain noun with a proclitic on it, بقصف، is a prepositional phrase, no counted noun)
  if (!counted && !/(ا|ين|ون)$/.test(t.norm) && !feminineAccusative(t.text, f.figure.value) && !(takesPlainNoun(f.figure.value) && !/^[وبلفك]/.test(t.norm))) return null;
  return { group: nounGroupKey([stemOf(t.norm)]), via: 'noun', token: i };
}
