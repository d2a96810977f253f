// Other readings of a gazetteer name, chosen against the place
// (docs/guidelines.md, Places): a person (a given name or a title and a
// nationality adjective before it: أحمد X، الرئيس اللبناني X), a common word
// in a construct (جدة الطفل، صور الضحايا). Organisations are read in
// organisation.ts, teams in sports-teams.ts. Data in
// data/people/given-names.json and the derived
// data/places/ambiguous-words.json (a dictionary's common nouns) and
// data/places/word-frequencies.json (names running text uses as common nouns).
import ambiguous from '../data/places/ambiguous-words.json' with { type: 'json' };
import frequencies from '../data/places/word-frequencies.json' with { type: 'json' };
import { isGivenName } from '../lexicon/people.js';
import { normalize } from '../text/normalize.js';


const AMBIGUOUS = new Set(ambiguous.words);
// a name the text gives a pronoun suffix (صورهم، جدتنا) is a common noun too: no place takes one
for (const [word, [, owned]] of Object.entries(frequencies.counts as Record<string, number[]>))
  if ((owned ?? 0) >= frequencies.ambiguousWhen.minOwned && word.length >= frequencies.ambiguousWhen.minLetters) AMBIGUOUS.add(word);

/** Is the normalised word a nationality or other nisba adjective with ال (اللبناني، الفرنسية)? */
const nisbaAdjective = (norm: string) => norm.startsWith('ال') && /(ي|يه)$/.test(norm) && norm.length >= 5;

/**
 * Does the word before a name make it a person's name: a given name, or a
 * title then a nationality adjective? A well-known place after a title and an
 * adjective is the object of the clause, not a name (زار الرئيس الفرنسي بغداد).
 */
export function personBefore(before: string, beforeText: string, beforeThat: string | undefined, titles: Set<string>, wellKnown = false): boolean {
  if (isGivenName(before, beforeText)) return true;
  return !wellKnown && beforeThat !== undefined && titles.has(beforeThat) && nisbaAdjective(before);
}

const WORD_FIRST = frequencies.wordFirstWhen;
/**
 * Does running text write this one-word name (normalised, with or without
 * ال, as the key is) mostly where no place stands (the counts' located
 * columns): الخبر the news is published and denied, not gone to, while
 * الخليل the city follows في and مدينة. Too few sightings say nothing.
 */
export function wordFirst(key: string): boolean {
  const article = key.startsWith('ال') && key.length > 3;
  const c = (frequencies.counts as Record<string, number[]>)[article ? key.slice(2) : key];
  if (!c) return false;
  const [n = 0, , , located = 0, definite = 0, definiteLocated = 0] = c;
  const seen = article ? definite : n - definite;
  const placed = article ? definiteLocated : located - definiteLocated;
  return seen >= WORD_FIRST.minSeen && placed < seen * WORD_FIRST.maxLocatedShare;
}

/** Is this one-word name (normalised, maybe with ال) also a common word (the derived list)? */
export function ambiguousWord(key: string): boolean {
  return AMBIGUOUS.has(key.startsWith('ال') ? key.slice(2) : key);
}
