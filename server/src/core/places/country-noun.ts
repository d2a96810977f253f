// «جنوب البلاد»، «شمال المملكة»: a compass word before a noun that names a
// country again is a side of the one country the article names, as «جنوب
// السعودية» would be (data/places/compass.json countryNouns). An article
// that names no country, or two, is left alone: the noun could be either.
import data from '../data/places/compass.json' with { type: 'json' };
import type { DocContext } from '../parse/context.js';
import { normalize } from '../text/normalize.js';
import type { Place } from '../types.js';
import { readings } from './clitics.js';
import { COMPASS_WORDS } from './compass.js';
import type { Gazetteer } from './gazetteer.js';

const NOUNS = new Set((data as { countryNouns: string[] }).countryNouns.map(normalize));
/** The last word of each compass phrase (جنوب شرق: شرق): what stands right before the noun. */
const LAST = new Set(COMPASS_WORDS.flatMap(([, ws]) => ws.map((w) => normalize(w).split(/\s+/).pop()!)));

/** The places, with a country noun after a compass word read as the article's one country. */
export function countryNouns(ctx: DocContext, places: Place[], gaz: Gazetteer): Place[] {
  const countries = new Set(places.filter((p) => p.type === 'country' && p.id).map((p) => p.id!));
  if (countries.size !== 1) return places;
  const [id] = countries;
  const e = gaz.get(id!);
  if (!e) return places;
  const toks = ctx.tokens;
  const added: Place[] = [];
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word' || !NOUNS.has(t.norm)) continue;
    let j = i - 1;
    while (j >= 0 && toks[j]!.type === 'space' && toks[j]!.text === ' ') j--;
    if (j < 0 || toks[j]!.type !== 'word' || !readings(toks[j]!.norm).some((r) => LAST.has(r.key))) continue;
    if (places.some((p) => p.start < t.end && p.end > t.start)) continue;
    added.push({ start: t.start, end: t.end, text: t.text, name: e.ar ?? t.text, nameEn: e.en ?? undefined, type: 'country', id: e.id, via: 'gazetteer' });
  }
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : places;
}
