// An article that revises its own figure (issue 13, updates): «أسفر عن
// إصابة 17 … ثم قالت الدائرة إن عدد الجرحى ارتفع إلى 23». The lower figure
// told before the revision, of the same measure and group, by the same source
// family or the article's own voice, is superseded there: marked earlier, so
// that any higher count of the story updates it (story/revision.ts) and only
// the revised figure is compared with the other sources'.

import { sameSourceFamily } from '../attributions/family.js';
import type { Claim, Figure } from '../types.js';
import { measureInfo } from './lexicon.js';

const voiceOf = (c: Claim) => (c.source.type === 'article' ? '' : c.source.text.trim());

/** Marks `earlier` every claim its own article's later revised figure supersedes. Quadratic in the revised claims only. */
export function markOwnRevisions(claims: Claim[], figures: Figure[]): void {
  const revised = claims.filter((c) => c.update && !c.lowered && measureInfo(c.measure).cumulative);
  for (const u of revised) {
    const at = figures[u.figure]!.start;
    for (const c of claims) {
      if (c === u || c.update || c.earlier || c.role === 'part' || c.measure !== u.measure || c.group !== u.group) continue;
      if (figures[c.figure]!.start >= at || !(c.max < u.min)) continue;
      // the same event, or one of them placed nowhere in its clause
      if (c.event && u.event && c.event !== u.event) continue;
      const a = voiceOf(c);
      const b = voiceOf(u);
      if (a && b && !sameSourceFamily(a, b)) continue;
      c.earlier = true;
    }
  }
}
