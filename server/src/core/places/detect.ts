// Places (GUIDELINES §2). Placeholder until the places detector lands.
import type { DocContext } from '../parse/context.js';
import type { Place } from '../types.js';
import type { Gazetteer } from './gazetteer.js';

export function detectPlaces(_ctx: DocContext, _gazetteer: Gazetteer): Place[] {
  return [];
}
