// A count of a noun whose clause opens with a measure's verb, its subject
// and the subject's own words between them: «دمر الزلزال الذي ضرب ولاية أ
// ليل الأحد نحو 1300 منزل», «التهمت حرائق الغابات التي اندلعت في إقليم ب
// أكثر من 1600 منزل». The verb stands too far back for the words read near
// the figure, yet the clause says what befell the homes: destroyed, as
// «تدمير 2100 منزل» is. Only a plain count of a noun takes it (a tally, never
// a count another word already measures), only from a verb (a noun far off
// is a head: claims/head-measure.ts), and only a verb of its kind: a measure
// of people for a noun of people, of things for things.

import { longestAt, MEASURE_VERBS, measureInfo } from './lexicon.js';
import { wordsBefore } from './measure.js';
import { countsPeople } from './measure-shift.js';
import type { FigureAt, Scan } from './scan.js';

/** How far back in its clause the verb may stand: a subject with a relative clause and a time. */
const VERB_WORDS = 14;

/** The measure of the verb that opens the figure's clause, for a count of the group's noun, or null. */
export function clauseVerbMeasure(scan: Scan, f: FigureAt, group: string, written?: string): string | null {
  const people = countsPeople(group, written);
  for (const i of wordsBefore(scan, f, VERB_WORDS)) {
    const m = longestAt(scan.ctx, i, MEASURE_VERBS, f.first);
    if (!m) continue;
    // the nearest verb is the figure's; of another kind, it says nothing of this noun
    const info = measureInfo(m.value);
    return info.people === people && !info.unitOnly ? m.value : null;
  }
  return null;
}
