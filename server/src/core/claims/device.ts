// The devices an explosion's clause names (data/claims/incidents.json,
// devices): a car bomb, a planted bomb (عبوة، لغم), a suicide bomber. Two
// explosions in one town whose devices are known and differ (عبوة ناسفة
// against سيارة مفخخة) are two incidents; one that names none is compared
// with all (story/compare.ts).
import { DEVICES, isTransparent, longestAt } from './lexicon.js';
import { clauseCeiling, clauseFloor, isClauseBreak, type FigureAt, type Scan } from './scan.js';


/** The devices the figure's clause names, sorted, or null when it names none. */
export function devicesOf(scan: Scan, f: FigureAt): string[] | null {
  const { ctx } = scan;
  const out = new Set<string>();
  const [floor, ceiling] = [clauseFloor(f), clauseCeiling(f)];
  for (let i = f.first - 1; i >= floor; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    const hit = ctx.tokens[i]!.type === 'word' ? longestAt(ctx, i, DEVICES) : null;
    if (hit) out.add(hit.value);
  }
  for (let i = f.last + 1; i < ceiling; i++) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    const hit = ctx.tokens[i]!.type === 'word' ? longestAt(ctx, i, DEVICES) : null;
    if (hit) out.add(hit.value);
  }
  return out.size ? [...out].sort() : null;
}
