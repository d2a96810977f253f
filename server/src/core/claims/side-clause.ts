// «…، متهمة اللجنة بتضخيم الأرقام في أ»: after a comma, an adverbial
// participle (الحال: مُفعِلة، مُتفعِّلاً، مستفعلين, accusative or feminine)
// opens a side clause about the speaker's act, not the figure's: a place in
// it is not the figure's place. Reporting participles (مشيرة، مضيفاً) are
// cues already (attributions/); this reads any verb's by its shape. A noun
// of that shape (منطقة، مدرسة) is a trigger or a facility's noun, and is
// ruled out by those lists; the participle must take an object or a
// complement (a definite noun, أن، إلى، على، ب…) to open a clause.

import { FACILITY, trigger } from '../places/lexicon.js';
import { readings } from '../lexicon/proclitics.js';
import type { Scan } from './scan.js';

/** م + three to five letters + the accusative or feminine ending (متهمه، مطالبا، مستنكرين); normalised. */
const PARTICIPLE = /^م[^\s]{3,5}(ه|ا|ين)$/;
const COMPLEMENTS = new Set(['ان', 'إن', 'الي', 'علي', 'بان', 'بانه', 'بانها']);

/** Does a side clause open at word token i (a comma, then an adverbial participle taking a complement)? */
export function sideClauseAt(scan: Scan, i: number): boolean {
  const { tokens } = scan.ctx;
  const t = tokens[i]!;
  if (t.type !== 'word' || !PARTICIPLE.test(t.norm) || scan.placeOf[i]! >= 0 || scan.figureOf[i]! >= 0) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.type === 'space') j--;
  if (j < 0 || tokens[j]!.type !== 'punct' || (tokens[j]!.text !== '،' && tokens[j]!.text !== ',')) return false;
  if (trigger(t.norm) || readings(t.norm).some((r) => FACILITY.has(r.key) || trigger(r.key))) return false;
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.type === 'space') k++;
  const n = tokens[k];
  if (!n || n.type !== 'word') return false;
  return n.norm.startsWith('ال') || COMPLEMENTS.has(n.norm) || /^ب/.test(n.norm);
}
