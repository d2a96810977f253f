// Source families (issue 13, updates): two names of one body are one source
// family, however an article writes them. «آخر حصيلة لدائرة صحة أ» and
// «دائرة صحة أ», «مديرية الصحة في أ» and «مدير الصحة في المحافظة», «وزارة
// الداخلية» and «وزير الداخلية» name one body: its later figure is its own
// revision, not another source's denial. Two bodies of one head noun but
// another field (وزارة الصحة، وزارة الداخلية), or of one field but another
// head (مديرية الصحة، وزارة الصحة، منظمة الصحة العالمية), or of two places
// (دائرة صحة أ، دائرة صحة ب) are two families. Words in
// data/attributions/families.json.

import data from '../data/attributions/families.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';

const D = data as unknown as { qualifiers: string[]; noPlace: string[]; linkers: string[]; placeTypes: string[] };
const load = (l: string[]) => new Set(l.map((w) => bare(normalize(w))));
const QUALIFIERS = load(D.qualifiers);
const NO_PLACE = load(D.noPlace);
const LINKERS = load(D.linkers);
const PLACE_TYPES = load(D.placeTypes);

/** A word without its article and the proclitics before it (والصحة، لدائرة، للصحة → صحة، دائرة); و alone is kept (وزارة). */
function bare(w: string): string {
  const article = /^(?:[وف]?[بل]?ال|[وف]?لل)(..+)$/.exec(w);
  if (article) return article[1]!;
  const prep = /^[بل](...+)$/.exec(w);
  return prep ? prep[1]! : w;
}

/** A word by its consonants: long vowels and the feminine ending dropped after the first letter (مدير، مديرية → مدر; وزير، وزارة → وزر). */
function skeleton(w: string): string {
  return w[0] + w.slice(1).replace(/ه$/, '').replace(/[اوي]/g, '');
}

/** The name's words, bare, without the qualifiers a report puts before a body (آخر حصيلة ل، بيان). */
function words(name: string): string[] {
  const out = normalize(name)
    .replace(/[\s"«»“”'()\-.,،:]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map(bare);
  let i = 0;
  while (i < out.length - 2 && QUALIFIERS.has(out[i]!)) i++;
  return out.slice(i);
}

/** Head noun, field and the first word of its place's name (or '' when it names none: في المحافظة، a title). */
function familyKey(name: string): { head: string; field: string; place: string } | null {
  const w = words(name);
  if (w.length < 2) return null;
  let k = 2;
  // في محافظة أ: the place's name; في المحافظة alone (the story's own) names none
  while (k < w.length && (LINKERS.has(w[k]!) || PLACE_TYPES.has(w[k]!))) k++;
  const place = k < w.length && !NO_PLACE.has(w[k]!) ? w[k]! : '';
  return { head: skeleton(w[0]!), field: skeleton(w[1]!), place };
}

/** Do two source names belong to one body: one names the other, or both have its head noun, field and place? */
export function sameSourceFamily(a: string, b: string): boolean {
  const fa = words(a).join('');
  const fb = words(b).join('');
  if (fa.length > 1 && fb.length > 1 && (fa.includes(fb) || fb.includes(fa))) return true;
  const ka = familyKey(a);
  const kb = familyKey(b);
  if (!ka || !kb || ka.head.length < 3 || ka.head !== kb.head || ka.field !== kb.field) return false;
  return !ka.place || !kb.place || ka.place === kb.place;
}
