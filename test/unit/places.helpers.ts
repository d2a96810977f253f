// Runs the places detector alone (parse → places), so its tests do not
// depend on the detectors after it.
import { emptyContext } from '../../server/src/core/parse/context.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import { detectPlaces } from '../../server/src/core/places/detect.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import type { Place } from '../../server/src/core/types.js';

export function placesOf(text: string, gazetteer: Gazetteer = Gazetteer.load()): Place[] {
  return detectPlaces(emptyContext(text, tokenize(text)), gazetteer);
}
