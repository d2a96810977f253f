// A name the document itself introduced with a trigger noun (قرية كوفخة) is
// the same place where it occurs again without one (… أهالي كوفخة). One more
// linear pass over the tokens, with a small map of the document's own names.
// Names that are words too (common words, numbers, months) are not carried.
import type { Place, Token } from '../types.js';
import { normalizeWithMap } from '../text/normalize.js';
import { readings, type Reading } from './clitics.js';
import type { Gazetteer } from './gazetteer.js';
import { NOT_NAMES, PERSON_BEFORE, TITLES } from './lexicon.js';
import { nameKey } from './trie.js';

const MIN_LETTERS = 4;

export function propagate(tokens: Token[], text: string, places: Place[], gaz: Gazetteer): Place[] {
  // first word → the names (as normalised word lists) the document introduced
  const names = new Map<string, Array<{ words: string[]; place: Place }>>();
  for (const p of places) {
    if (p.via !== 'trigger') continue;
    const words = nameKey(p.text);
    const first = words[0];
    if (!first) continue;
    const bare = first.startsWith('ال') ? first.slice(2) : first;
    if (words.length === 1 && (bare.length < MIN_LETTERS || gaz.isCommonWord(first) || NOT_NAMES.has(first))) continue;
    const list = names.get(first) ?? [];
    if (!list.some((n) => n.words.join(' ') === words.join(' '))) list.push({ words, place: p });
    names.set(first, list);
  }
  if (!names.size) return places;

  const added: Place[] = [];
  let next = 0; // index into places, which are in text order
  // the loop over every word stays small: what a hit needs is in introducedAt
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.type !== 'word') continue;
    while (next < places.length && places[next]!.end <= tok.start) next++;
    const p = places[next];
    if (p && p.start < tok.end) continue; // already inside a place
    const rs = readings(tok.norm);
    for (let k = 0; k < rs.length; k++) {
      const found = names.get(rs[k]!.key);
      if (!found) continue;
      const last = introducedAt(tokens, text, places, i, rs[k]!, found, added);
      if (last === NEXT_READING) continue;
      if (last >= 0) i = last;
      break;
    }
  }
  if (!added.length) return places;
  return [...places, ...added].sort((a, b) => a.start - b.start);
}

const NEXT_READING = -1;
const NOT_HERE = -2;

/**
 * A name the document introduced, read at word i through reading r: pushes
 * the place onto added and returns its last token; NEXT_READING when none of
 * the names starting with r's key is there; NOT_HERE when one is, but it
 * overlaps a place or follows a person's title.
 */
function introducedAt(tokens: Token[], text: string, places: Place[], i: number, r: Reading, found: Array<{ words: string[]; place: Place }>, added: Place[]): number {
  const tok = tokens[i]!;
  const hit = found.find((n) => n.words.every((w, k) => k === 0 || tokens[i + 2 * k]?.norm === w));
  if (!hit) return NEXT_READING;
  const last = i + 2 * (hit.words.length - 1);
  if (last > i && places.some((q) => q.start < tokens[last]!.end && q.end > tok.start)) return NOT_HERE;
  const prev = previousWord(tokens, i);
  if (prev && (PERSON_BEFORE.has(prev.norm) || TITLES.has(prev.norm))) return NOT_HERE;
  const start = tok.start + (r.skip ? normalizeWithMap(tok.text).map[r.skip]! : 0);
  const end = tokens[last]!.end;
  added.push({ start, end, text: text.slice(start, end), name: hit.place.name, type: hit.place.type, id: null, via: 'trigger' });
  return last;
}

function previousWord(tokens: Token[], i: number): Token | undefined {
  const s = tokens[i - 1];
  const w = tokens[i - 2];
  return s?.type === 'space' && w?.type === 'word' ? w : undefined;
}
