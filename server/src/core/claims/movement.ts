// A group word that is also the name of an armed movement
// (data/claims/movements.json): «22 من عناصر الشباب» in a Somali raid are the
// movement's fighters, the «ثلاثين مقاتلا من حركة الشباب» of another outlet,
// not «youth». Read so only when the word is written with the article and its
// claim is set in a country of the movement, or a word of membership (عناصر،
// مقاتلي) stands before it; elsewhere (مقتل 5 من الشباب في شجار) it is the noun.

import data from '../data/claims/movements.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { isTransparent, longestAt, type Phrase } from './lexicon.js';
import { stemOf } from './noun-stem.js';
import { nounGroupKey } from './synonyms.js';
import type { GroupHit } from './group.js';
import type { FigureAt, Scan } from './scan.js';

const D = data as unknown as { movements: { group: string; words: string[]; countries: string[] }[]; members: string[] };

/** Each name's noun key (noun:شباب) → the movement's group and countries. */
const BY_KEY = new Map<string, { group: string; countries: Set<string> }>();
for (const m of D.movements) for (const w of m.words) BY_KEY.set(nounGroupKey([stemOf(normalize(w))]), { group: m.group, countries: new Set(m.countries) });
const MEMBERS: Phrase<true>[] = D.members.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: true as const }));

/** The token after the figure that names its group (… من عناصر الشباب: the «من X» reader keeps none), or -1. */
function groupToken(scan: Scan, f: FigureAt, group: GroupHit): number {
  if (group.token !== undefined && group.token >= 0) return group.token;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < scan.ctx.tokens.length && words < 4; i++) {
    const t = scan.ctx.tokens[i]!;
    if (t.type !== 'word') continue;
    words++;
    if (nounGroupKey([stemOf(t.norm)]) === group.group) return i;
  }
  return -1;
}

/** The movement a figure's group names, by its word and the claim's country; null when it is the common noun. */
export function movementGroup(scan: Scan, f: FigureAt, group: GroupHit, country: string | null): string | null {
  const m = BY_KEY.get(group.group);
  if (!m) return null;
  const i = groupToken(scan, f, group);
  const t = scan.ctx.tokens[i];
  if (!t || t.type !== 'word' || !/^(و|ف|ب|ل)?ال|^و?لل/.test(t.norm)) return null;
  if (country && m.countries.has(country)) return m.group;
  let j = i - 1;
  while (j >= 0 && isTransparent(scan.ctx, j)) j--;
  return j >= 0 && longestAt(scan.ctx, j, MEMBERS) ? m.group : null;
}
