// A verb of the forecast list right before a count, whose subject is an
// incident (غارة على السوق توقع 31 قتيلا): an incident expects nothing, so
// the word is the homograph that says what it caused (أوقع، توقع: it
// inflicted), not a forecast (توقّع: expected). The forecast list still holds
// for a person or a body (الوزارة تتوقع 100 قتيل has no incident before it).
import { INCIDENTS, isTransparent, longestAt, SPECULATIVE } from './lexicon.js';
import { clauseFloor, isClauseBreak, type FigureAt, type Scan } from './scan.js';

/** Is the word right before the figure a one-word forecast verb with an incident noun before it in its clause? */
export function causedByIncident(scan: Scan, f: FigureAt): boolean {
  const { ctx } = scan;
  let i = f.first - 1;
  while (i >= 0 && isTransparent(ctx, i)) i--;
  if (i < 0 || ctx.tokens[i]!.type !== 'word') return false;
  const verb = longestAt(ctx, i, SPECULATIVE, f.first);
  if (!verb || verb.end !== i + 1) return false;
  const floor = clauseFloor(f);
  for (let j = i - 1; j >= floor; j--) {
    if (isTransparent(ctx, j)) continue;
    if (isClauseBreak(scan, j)) return false;
    if (ctx.tokens[j]!.type !== 'word') continue;
    const hit = longestAt(ctx, j, INCIDENTS, i);
    if (hit && hit.value !== '') return true;
  }
  return false;
}
