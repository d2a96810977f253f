// A date line the gazetteer knows («كسلا (السودان) -»، «بغداد -») names where
// the article was filed: its figures are not placed there (claims/dateline.ts).
// But «في المدينة» or «بالولاية» with no name after it, where no other place
// of the article stands between, points back to it: to the city for a
// city's noun, to the province (the date line's, or the one its city lies
// in) for a province's noun (data/places/dateline-back-nouns.json). A place
// named between is what the noun points to, and is left to the reader.
import { isDateline } from '../claims/dateline.js';
import data from '../data/places/dateline-back-nouns.json' with { type: 'json' };
import type { DocContext } from '../parse/context.js';
import { normalize } from '../text/normalize.js';
import type { Place, PlaceType } from '../types.js';
import { readings } from './clitics.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { offsetAfterCut } from '../lexicon/proclitics.js';

const NOUNS = new Map<string, PlaceType>(Object.entries({ ...data.nouns, ...data.wider }).map(([k, v]) => [normalize(k), v as PlaceType]));
const FI = normalize('في');

/** The entry a noun of that type points to from the date line's place: the city itself, or the province it is or lies in. */
function target(gaz: Gazetteer, line: GazetteerEntry, type: PlaceType): GazetteerEntry | null {
  if (type !== 'governorate') return line.type === 'city' || line.type === 'town' ? line : null;
  for (let e: GazetteerEntry | undefined = line, k = 0; e && k < 6; k++, e = e.parent ? gaz.get(e.parent) : undefined) {
    if (e.type === 'governorate') return e;
    if (e.type === 'country') return null;
  }
  return null;
}

/** The places, with «في المدينة» / «بالولاية» that point back to a known date line's place added. */
export function knownDatelineAgain(ctx: DocContext, places: Place[], gaz: Gazetteer): Place[] {
  const line = places.find((p) => p.id && p.type !== 'country' && isDateline(ctx.text, p));
  const entry = line?.id ? gaz.get(line.id) : undefined;
  if (!line || !entry) return places;
  const added: Place[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word' || t.start < line.end) continue;
    // في المدينة, بالمقاطعة: the bare noun with its article, after في or on ب
    const r = readings(t.norm).find((x) => NOUNS.has(x.key) && (x.skip === 0 ? toks[i - 2]?.norm === FI : t.norm.startsWith('ب')));
    if (!r) continue;
    const e = target(gaz, entry, NOUNS.get(r.key)!);
    if (!e) continue;
    // «في المدينة القديمة»، «في مدينة أ»: only the bare noun; a place named since the date line is what it points to
    if (places.some((p) => p.start >= t.end && p.start <= t.end + 1)) continue;
    // في المدينة القديمة: a definite adjective after the noun names a part of it, or another place
    let n = i + 1;
    while (n < toks.length && toks[n]!.type === 'space' && toks[n]!.text === ' ') n++;
    if (toks[n]?.type === 'word' && toks[n]!.norm.startsWith('ال')) continue;
    if (places.some((p) => p !== line && p.type !== 'country' && p.start >= line.end && p.start < t.start)) continue;
    if (places.some((p) => p.start < t.end && p.end > t.start)) continue;
    const start = offsetAfterCut(t, r.skip);
    added.push({ start, end: t.end, text: ctx.text.slice(start, t.end), name: e.ar ?? line.name, nameEn: e.en ?? undefined, type: e.type, id: e.id, via: 'gazetteer' });
  }
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : places;
}
