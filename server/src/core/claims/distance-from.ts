// A distance from one place (وقع الحادث على بعد 45 كلم من أ، حدد مركزها على
// بعد 12 كلم جنوب شرق أ): the distance of the clause's event from that place,
// filed under the reference place so that it is compared only with distances
// from the same place. Not a distance where the clause tells where a place
// lies (القرية التي تقع على بعد 20 كلم من أ): that is geography, not the event.

import { isTransparent, longestAt } from './lexicon.js';
import { phraseBefore } from './measure.js';
import { placeAt, placeKey } from './event.js';
import { DISTANCE_CUES, DISTANCE_LINKS, NOT_REFERENCES, PLACE_DISTANCE } from './unit-readings.js';
import type { FigureAt, Scan } from './scan.js';
import { isCommonWord, knownByData } from '../places/common-word.js';

/** A word that may be a place's name: no article, no word a data file knows (a common noun, a given name, a dictionary noun). */
function unknownName(norm: string): boolean {
  return norm.length > 2 && !norm.startsWith('ال') && !isCommonWord(norm) && knownByData(norm) === undefined;
}

/** How many words before the cue a verb of where a place lies may stand (التي تقع … على بعد). */
const PLACE_VERB_WORDS = 8;
/** How many link words may stand between the unit and the place (كلم جنوب شرق مدينة أ). */
const LINK_WORDS = 4;

/** The event key of a distance from one place, `from|<place>`, or null. */
export function distanceFrom(scan: Scan, f: FigureAt): string | null {
  if (phraseBefore(scan, f, DISTANCE_CUES, 2) === null) return null;
  if (phraseBefore(scan, f, PLACE_DISTANCE, PLACE_VERB_WORDS) !== null) return null;
  const toks = scan.ctx.tokens;
  const last = Math.min(f.sentence.last, toks.length - 1);
  // the unit word right after the figure (45 كلم), then the words that link it to the place
  let unit = f.figure.unit !== null;
  for (let i = f.last + 1, links = 0; i <= last && links <= LINK_WORDS; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    const place = placeAt(scan, i);
    if (place) return `from|${placeKey(place)}`;
    if (toks[i]!.type !== 'word' || scan.figureOf[i]! >= 0) return null;
    const link = longestAt(scan.ctx, i, DISTANCE_LINKS);
    if (!link) {
      // من دمنات: after «من» a name no data file knows as a word is the place the gazetteer lacks
      if (links > 0 && unknownName(toks[i]!.norm) && !longestAt(scan.ctx, i, NOT_REFERENCES)) return `from|${toks[i]!.norm}`;
      if (!unit) return null;
      unit = false;
      continue;
    }
    unit = false;
    i = link.end - 1;
    links++;
  }
  return null;
}
