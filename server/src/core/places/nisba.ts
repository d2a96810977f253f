// Nisba adjectives (العراقية، السوري، سوريين) are not the place they are
// formed from. A gazetteer name that looks like the nisba of another name
// (a small town called السوري) counts alone only when the place is well known.
import suffixes from '../data/places/nisba-suffixes.json' with { type: 'json' };

const SUFFIXES = (suffixes.suffixes as string[]).slice().sort((a, b) => b.length - a.length);

/**
 * The place name a normalised word is the nisba of, or null. `isName` tells
 * whether a normalised word is a name. سوري → سوريا, العراقيه → العراق, الأفغانيه → أفغانستان.
 */
export function nisbaStem(word: string, isName: (w: string) => boolean): string | null {
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  for (const suf of SUFFIXES) {
    if (!bare.endsWith(suf) || bare.length - suf.length < 3) continue;
    const stem = bare.slice(0, -suf.length);
    for (const cand of [stem, 'ال' + stem, stem + 'ا', stem + 'ه', stem + 'يا', stem + 'ستان']) {
      if (cand !== word && isName(cand)) return cand;
    }
  }
  return null;
}
