// «one of» is mostly no figure: أحد المخازن names a store, not one store
// counted; «واحدة من أهم المدن» and «كان واحدا من القادة» describe, they do
// not count, nor does «وهو أحد القادة» after a copula. One of a counted noun after a verb stays a figure of one
// (قتل أحد الانتحاريين، قتل واحد من المسلحين), as casualty reports write it.

import { COPULAS, DESCRIBERS, OF } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

// a superlative after من: أفعل (أهم، أكبر، أبرز، أقدم), folded or not
const SUPERLATIVE = /^[اأ][^اوي\s]{2,3}$/u;

/** Is the lone one at word k «one of» a group, a description rather than a count? */
export function describesOneOf(v: WordView, k: number): boolean {
  const of = k + 1;
  if (!sameSentence(v, k, of + 1) || v.toks[of]!.type !== 'word' || !OF.has(v.keys[of]!)) return false;
  if (SUPERLATIVE.test(v.keys[of + 1]!)) return true;
  return afterCopula(v, k);
}

/** Does a copula of the set stand right before word k (كان واحدا من، وهو أحد القادة): one of a group described, not counted? */
export function afterCopula(v: WordView, k: number, set: Set<string> = COPULAS): boolean {
  const before = k - 1;
  if (!sameSentence(v, k, before) || v.toks[before]!.type !== 'word') return false;
  // وهو، فهي: the pronoun copulas are two letters, too short for the shared stems to cut و/ف off
  const key = v.keys[before]!;
  return stemIn(v, before, set) || (/^[وف]/.test(key) && set.has(key.slice(1)));
}

/** أحد + a definite noun after a copula that is no auxiliary (وهو أحد القادة; not وكان أحد المسلحين قد …). */
export const describesOneOfGroup = (v: WordView, k: number): boolean => afterCopula(v, k, DESCRIBERS);
