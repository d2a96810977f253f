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
