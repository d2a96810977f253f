// «one of» is mostly no figure: أحد المخازن names a store, not one store
// counted; «واحدة من أهم المدن» and «كان واحدا من القادة» describe, they do
// not count. One of a counted noun after a verb stays a figure of one
// (قتل أحد الانتحاريين، قتل واحد من المسلحين), as casualty reports write it.

import { COPULAS, OF } from './lexicon.js';
import { sameSentence, stemIn, type WordView } from './view.js';

// a superlative after من: أفعل (أهم، أكبر، أبرز، أقدم), folded or not
const SUPERLATIVE = /^[اأ][^اوي\s]{2,3}$/u;

/** Is the lone one at word k «one of» a group, a description rather than a count? */
export function describesOneOf(v: WordView, k: number): boolean {
  const of = k + 1;
  if (!sameSentence(v, k, of + 1) || v.toks[of]!.type !== 'word' || !OF.has(v.keys[of]!)) return false;
  if (SUPERLATIVE.test(v.keys[of + 1]!)) return true;
  const before = k - 1;
  return sameSentence(v, k, before) && v.toks[before]!.type === 'word' && stemIn(v, before, COPULAS);
}
