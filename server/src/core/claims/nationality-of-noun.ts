// A nationality adjective on the counted noun (7 حجاج مصريين، 12 جنديا
// تركيا، 4 سياح ألمان) says whose they are: the Egyptian pilgrims are other
// people than the Jordanian ones. The claim keeps its group (pilgrims,
// soldiers) and carries the nationality beside it; two claims of different
// nationalities are not compared (story/compare.ts), one with a nationality
// and one without still are (خمسة جنود مصريين and 8 جنود near one town).
// Only nationalities the data lists (demonyms.json) and countries' names read
// as their adjective: a nisba of no list (عمال زراعيين) is no nationality.

import { normalize } from '../text/normalize.js';
import type { GroupHit } from './group.js';
import { DEMONYM_SINGULARS, GROUPS, isTransparent, longestAt } from './lexicon.js';
import { nationalityKey } from './demonyms.js';
import type { FigureAt, Scan } from './scan.js';
import { tokenAt } from '../parse/context.js';

/** The next token after i that is not a space or a quote, before `limit`; -1 if none. */
function next(scan: Scan, i: number, limit: number): number {
  for (let j = i + 1; j < limit; j++) if (!isTransparent(scan.ctx, j)) return j;
  return -1;
}

/** The nationality (its men's key) a word at token j names as an adjective, or null. */
function nationalityAt(scan: Scan, j: number, limit: number): string | null {
  const { ctx } = scan;
  const t = ctx.tokens[j]!;
  if (t.type !== 'word' || scan.figureOf[j]! >= 0) return null;
  const m = longestAt(ctx, j, GROUPS, limit) ?? longestAt(ctx, j, DEMONYM_SINGULARS, limit);
  if (m?.value.startsWith('nationality:')) return m.value.replace(/ \(نساء\)$/, '');
  // جنديا تركيا read as the country's name: its adjective
  const p = scan.placeOf[j]!;
  const place = p >= 0 ? ctx.places[p]! : null;
  if (place?.id?.startsWith('iso3166:') && place.start === t.start) return nationalityKey(place.name || normalize(place.text));
  return null;
}

/**
 * The nationality the adjective right after the figure's counted noun names,
 * or null. `hit.token` (or the figure's counted noun, or the word right after
 * the figure) is the noun; a group that is a nationality itself has none.
 */
export function nationalityOfNoun(scan: Scan, at: FigureAt, hit: GroupHit): string | null {
  const { ctx } = scan;
  const limit = Math.min(at.sentence.last + 1, ctx.tokens.length);
  // زوارا إيرانيين … سبعة منهم: the nationality after the noun «منهم» stands for
  if (hit.via === 'of-them' && hit.antecedent !== undefined) {
    const j = next(scan, hit.antecedent, limit);
    return j < 0 ? null : nationalityAt(scan, j, limit);
  }
  if (hit.members || hit.via === 'others' || hit.via === 'of-them' || hit.group.startsWith('nationality:')) return null;
  let noun = hit.token !== undefined && hit.token >= 0 ? hit.token : at.figure.counted ? tokenAt(ctx, at.figure.counted.start) : next(scan, at.last, limit);
  if (noun < 0 || ctx.tokens[noun]!.type !== 'word') return null;
  // the noun may be the figure's own word (جنديين)
  if (noun <= at.last) noun = at.last;
  const j = next(scan, noun, limit);
  return j < 0 ? null : nationalityAt(scan, j, limit);
}
