// The key of a counted noun of no group list: the noun without its article
// and its case or number ending (مهاجرا، المهاجرين → مهاجر), so that every
// form of one noun names one group.

// normalised: ة is written ه
const ENDINGS = ['ين', 'ون', 'ات', 'ا', 'ه'];

/** A normalised noun's stem: ال and one ending dropped, at least three letters kept. */
export function stemOf(norm: string): string {
  let w = norm.startsWith('ال') && norm.length > 4 ? norm.slice(2) : norm;
  for (const e of ENDINGS)
    if (w.endsWith(e) && w.length - e.length >= 3) {
      w = w.slice(0, -e.length);
      break;
    }
  return w;
}

// a possessive pronoun on a noun after «من» (19 من طاقمها، 3 من أبنائهم): the noun is its owner's
const PRONOUNS = ['هما', 'ها', 'هم', 'هن'];

/** A normalised noun without the possessive pronoun written on it (no article: المتهم keeps its letters), three letters kept. */
export function withoutPronoun(norm: string): string {
  if (norm.startsWith('ال')) return norm;
  // (هم leaves four letters: مساهم is a noun of its own)
  for (const p of PRONOUNS) if (norm.endsWith(p) && norm.length - p.length >= (p === 'هم' ? 4 : 3)) return norm.slice(0, -p.length);
  return norm;
}
