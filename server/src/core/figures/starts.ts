// Which words can start a figure: one set lookup per stem rules out most
// words of a text before any reader runs (the detectors run on every
// keystroke).

import { SINGULARS, STARTERS, UNIT_SINGULAR } from './lexicon.js';
import type { WordView } from './view.js';

/** Can a figure start at word k? (Worked out once per spelling: facts.ts.) */
export function mayStart(v: WordView, k: number): boolean {
  return v.facts[k]!.start;
}

/** Most words are ruled out by one set lookup per stem. */
export function startsSomething(key: string): boolean {
  if (STARTERS.hasStemOf(key)) return true;
  // a dual: the word less ـان/ـين (ـتان/ـتين of a noun in ة) is a singular noun or unit
  if (key.length < 4 || !(key.endsWith('ان') || key.endsWith('ين'))) return false;
  const base = key.slice(0, -2);
  // four letters only for a unit (طنين: two tonnes), as duals.ts reads it
  if (key.length < 5) return UNIT_SINGULAR.has(base);
  return SINGULARS.hasStemOf(base) || (base.endsWith('ت') && SINGULARS.hasStemOf(base.slice(0, -1) + 'ة'));
}

