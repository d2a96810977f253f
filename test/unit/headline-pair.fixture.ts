// Two one-line articles (a.txt, b.txt: two outlets' headlines or leads) read by
// the real detectors and story index, as the table tests of claims assert on them.
import { analyse } from '../../server/src/core/analyse.js';
import type { Claim } from '../../server/src/core/types.js';
import { analyseArticle, storyPairs } from '../../scripts/eval/pairs.js';

/** The claim the figure written `figure` makes in the text, or undefined. */
export const claimAt = (text: string, figure: string): Claim | undefined => {
  const a = analyse(text);
  return a.claims.find((c) => text.slice(a.figures[c.figure]!.start, a.figures[c.figure]!.end) === figure);
};

/** What the figure counts, as measure/group, or 'none'. */
export const what = (text: string, figure: string): string => {
  const c = claimAt(text, figure);
  return c ? `${c.measure}/${c.group}` : 'none';
};

/** The pairs of one kind that short articles (a.txt, b.txt, c.txt …) make, as «figure ↔ figure». */
export const pairsOf = (texts: string[], kind = 'contradiction'): string[] =>
  storyPairs(texts.map((t, i) => analyseArticle(`${String.fromCharCode(97 + i)}.txt`, t)))
    .filter((p) => p.kind === kind)
    .map((p) => [p.a.text, p.b.text].sort().join(' ↔ '));

/** The contradictions two one-line articles make, as «figure ↔ figure». */
export const warnings = (a: string, b: string): string[] => pairsOf([a, b]);
