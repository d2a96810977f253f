// A date line's city the gazetteer does not know («أ (البلد) - …») is still a
// city: the country in brackets says so. Where the text then says «في
// المدينة» (the noun with the article, no name after it), it points back to
// that city: the figures there are the city's, as in an outlet that names it.
// Only the bracketed date line: a bare first word could be anything.
import type { DocContext } from '../parse/context.js';
import type { Place, PlaceType } from '../types.js';
import { normalize } from '../text/normalize.js';
import data from '../data/places/dateline-back-nouns.json' with { type: 'json' };

const NOUNS = new Map<string, PlaceType>(Object.entries(data.nouns).map(([k, v]) => [normalize(k), v as PlaceType]));
const LINE = /^\s*([\u0621-\u064A]{3,})\s*\(([^()\n]{2,30})\)\s*[-–—،,]/u;

export function datelineCity(ctx: DocContext, places: Place[]): Place[] {
  const m = LINE.exec(ctx.text);
  if (!m) return places;
  const start = ctx.text.indexOf(m[1]!);
  const end = start + m[1]!.length;
  // the bracket must hold a known country, and the name no place already
  const bracket = places.find((p) => p.type === 'country' && p.start > end && p.end <= m[0].length);
  if (!bracket || places.some((p) => p.start < end && p.end > start)) return places;
  const name = m[1]!;
  // the date line itself stays the filing place (claims/dateline.ts): only the nouns that point back to it are placed
  const added: Place[] = [];
  const toks = ctx.tokens;
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word' || toks[i - 2]?.norm !== normalize('في')) continue;
    const type = NOUNS.get(t.norm);
    if (!type) continue;
    // «في المدينة القديمة»، «في مدينة أ»: only the bare noun, ended by punctuation or a following word that is no name
    if (places.some((p) => p.start >= t.end && p.start <= t.end + 1)) continue;
    if (places.some((p) => p.start < t.end && p.end > t.start)) continue;
    added.push({ start: t.start, end: t.end, text: t.text, name, type, id: null, via: 'trigger' });
  }
  if (!added.length) return places;
  return [...places, ...added].sort((a, b) => a.start - b.start);
}
