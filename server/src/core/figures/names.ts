// Numbers that are names, not figures (GUIDELINES §1, EXPECTED traps): a
// number word or month inside a place the places detector found, right after
// a singular place trigger (حي الخمسين، حي سبعة نيسان), or in the list of
// names after a plural trigger (أحياء الخمسين ونيسان والنصر). The trigger
// nouns come from the shared place-triggers.json.

import type { Place } from '../types.js';
import { cardinalAt } from './cardinals.js';
import { MONTHS, PLURAL_TRIGGERS, SINGULAR_TRIGGERS } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

/** Longest name after a singular trigger, in words. */
const MAX_NAME = 4;
/** Longest list of names after a plural trigger, in words. */
const MAX_LIST = 16;

function triggerAt(v: WordView, k: number, set: Set<string>): boolean {
  if (v.toks[k]!.type !== 'word') return false;
  // only the construct form names a place: حي الخمسين, not الحي 12 قتيلا
  return stemIn(v, k, set, true);
}

/** A word that would otherwise read as a number or a date. */
function numeric(v: WordView, j: number): boolean {
  const t = v.toks[j]!;
  // digits name a place only before a month (حي 14 تموز)
  if (t.type === 'number') return sameSentence(v, j, j + 1) && MONTHS.match(v, j + 1, { clitics: true }) !== null;
  if (t.type !== 'word') return false;
  return cardinalAt(v, j, true) !== null || MONTHS.match(v, j, { clitics: true }) !== null;
}

/** May word k be a place trigger? (Worked out once per spelling: facts.ts.) */
function mayBeTrigger(v: WordView, k: number): boolean {
  return v.facts[k]!.trigger;
}

/** Indices (into the word view) of words that belong to a place name. */
export function nameWords(v: WordView, places: readonly Place[]): Uint8Array {
  const names = new Uint8Array(v.n);
  markPlaces(v, places, names);
  // the loop over every word stays small: a trigger's names are read in afterTrigger
  for (let k = 0; k < v.n; k++) if (v.toks[k]!.type === 'word' && mayBeTrigger(v, k)) afterTrigger(v, k, names);
  return names;
}

/** Marks the number words and months named after the trigger at word k. */
function afterTrigger(v: WordView, k: number, names: Uint8Array): void {
  if (triggerAt(v, k, SINGULAR_TRIGGERS)) {
    // قرية واحدة is one village; حي سبعة نيسان is a name
    const one = cardinalAt(v, k + 1, true);
    if (one && one.w.cls === 'unit' && one.w.n <= 2 && !(sameSentence(v, k, k + 2) && numeric(v, k + 2))) return;
    for (let j = k + 1; j <= k + MAX_NAME && sameSentence(v, k, j) && numeric(v, j); j++) {
      const m = MONTHS.match(v, j, { clitics: true });
      const end = m ? m.last : j;
      for (let x = j; x <= end; x++) names[x] = 1;
      j = end;
    }
  } else if (triggerAt(v, k, PLURAL_TRIGGERS)) {
    // names joined by و or a comma: أحياء الخمسين ونيسان والنصر
    let j = k + 1;
    while (j <= k + MAX_LIST && sameSentence(v, k, j) && v.toks[j]!.type === 'word') {
      const m = MONTHS.match(v, j, { clitics: true });
      const end = m ? m.last : j;
      if (numeric(v, j)) for (let x = j; x <= end; x++) names[x] = 1;
      let nx = end + 1;
      if (!sameSentence(v, k, nx)) break;
      const key = v.keys[nx]!;
      if (key === 'و' || key === '،' || key === ',') nx++;
      else if (!(key.startsWith('و') && key.length > 2 && v.toks[nx]!.type === 'word')) break;
      j = nx;
    }
  }
}

function markPlaces(v: WordView, places: readonly Place[], names: Uint8Array): void {
  if (places.length === 0 || v.n === 0) return;
  for (const p of places) {
    // first word that ends after the place starts (binary search)
    let lo = 0;
    let hi = v.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v.toks[mid]!.end <= p.start) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < v.n && v.toks[j]!.start < p.end; j++) names[j] = 1;
  }
}
