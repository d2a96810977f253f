// Names no gazetteer knows, read after a trigger noun (حي النصر، قرية تل
// الصخر، أحياء الخمسين ونيسان). A name is one word; a name prefix (أبو، تل،
// عين …), a number word or digits take the next word with them (حي واحد
// نيسان). Adjectives, function words and quantifiers are no names (حي في،
// مدينة كبيرة، أحياء عدة، منطقة عسكرية).
import { ADJECTIVES, FACILITY, MEDIA, NAME_PREFIXES, NOT_NAMES, NUMBER_WORDS, PEOPLE_NOUNS, TITLES, trigger, type Trigger } from './lexicon.js';

// definite verbal nouns of the derived forms: الافتعال، الاستفعال، الانفعال، التفعيل، التفاعل
const VERBAL_NOUN = /^ال(ا[^ل]ت|است|ان|ت.[اي]|ت.ا)/;

const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/;

/** Can this normalised word start or continue an unknown name? */
export function nameLike(w: string): boolean {
  if (w.length < 2 || !ARABIC_WORD.test(w)) return false;
  if (NOT_NAMES.has(w) || trigger(w)) return false;
  // مخيم نازحين، قرية مدنيين: who lives there, not a name
  if (PEOPLE_NOUNS.has(w)) return false;
  // دير، برج، الشيخ: a facility noun or title that also begins place names (دير ياسين)
  if ((FACILITY.has(w) || MEDIA.has(w) || TITLES.has(w)) && !NAME_PREFIXES.has(w)) return false;
  // a preposition fused with the article is no name's first letters (بالقرب، للمدينة)
  if (/^(لل|بال|وال|فال|كال)/.test(w)) return false;
  // indefinite nisba adjectives: عسكرية، سكنية، عراقية
  if (!w.startsWith('ال') && w.length > 4 && w.endsWith('يه')) return false;
  // and masculine ones whose feminine is a listed adjective (حي صناعي: صناعية), not names that end so (بلدة كمالي)
  if (!w.startsWith('ال') && w.endsWith('ي') && isFeminineAdjective(w + 'ه')) return false;
  // a perfect verb with its object pronoun opens the relative clause of an
  // indefinite noun, no name (أحياء غمرتها المياه، قرى هجروها)
  if (!w.startsWith('ال') && w.length >= 5 && /(تها|تهم|وها|وهم)$/.test(w)) return false;
  // indefinite passive participles: قرى محفورة، مدن محاصرة
  if (!w.startsWith('ال') && w.length >= 5 && w.startsWith('م') && w.endsWith('ه')) return false;
  return true;
}

/** Is the feminine form (normalised, indefinite) listed as no name or as an adjective, bare or with ال? */
function isFeminineAdjective(f: string): boolean {
  return NOT_NAMES.has(f) || NOT_NAMES.has('ال' + f) || ADJECTIVES.has('ال' + f);
}

/**
 * Does a definite word after an indefinite one-word name complete it as its
 * second term (كوكب الهوا، عراق المنشية)? Adjectives do not (كوكب المدمرة،
 * بلدة الصغيرة): listed ones, nisbas (…ية) and participles (الم…ة).
 */
export function secondTerm(w: string): boolean {
  if (!w.startsWith('ال') || !nameLike(w) || ADJECTIVES.has(w)) return false;
  if (w.endsWith('يه') || w.endsWith('ي')) return false;
  if (w.startsWith('الم') && w.endsWith('ه')) return false;
  return true;
}

/** Does the word take the next one into the name (أبو، تل، واحد، 14)? */
export function takesNext(w: string, isNumber: boolean): boolean {
  return isNumber || NAME_PREFIXES.has(w) || NUMBER_WORDS.has(w);
}

/** May this normalised word start an unknown name after the trigger? */
export function startsName(w: string, t: Trigger, isNumber: boolean): boolean {
  if (t.typeOnly) return false;
  if (isNumber) return true;
  // مديرية الصحة: an office, no place
  if (t.offices?.has(w)) return false;
  if (!nameLike(w) && !NUMBER_WORDS.has(w)) return false;
  // after generic triggers adjectives abound: the name must be definite or a compound
  if (t.placeLike && !w.startsWith('ال') && !NAME_PREFIXES.has(w)) return false;
  // …nor a verbal noun (منطقة الاختبار، مناطق الاشتباكات، منطقة التماس)
  if (t.placeLike && VERBAL_NOUN.test(w)) return false;
  return true;
}
