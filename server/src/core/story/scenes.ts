// One event area under several names. A folder's outlets place one event in
// a town, in its province or in its country; each claim carries the chain of
// areas its event lies in (claims/area.ts). A wider area that the story names
// stands for the one narrower area it names inside it (a town and the country
// containing it are the same event area), but only when every narrower area of
// the story inside it lies on one chain: where two towns of one province are
// named, the province's figure may be of either, or of both, and is compared
// with neither.

/** head → the chains its claims give (head first). */
export type Heads = Map<string, string[][]>;

/** Adds a claim's chain to the story's heads. */
export function addHead(heads: Heads, chain: string[]): void {
  const head = chain[0]!;
  const list = heads.get(head);
  if (!list) heads.set(head, [chain]);
  else if (!list.some((c) => c.length === chain.length && c.every((k, i) => k === chain[i]))) list.push(chain);
}

/** Is `wide` among the areas that contain `narrow` by one of its chains? */
function contains(heads: Heads, wide: string, narrow: string): boolean {
  return (heads.get(narrow) ?? []).some((c) => c.indexOf(wide) > 0);
}

/**
 * The narrowest area each head stands for: a head → that area, for every head
 * whose narrower heads lie on one chain (the head itself is left out when it
 * stands only for itself). Linear in the heads and the length of their chains.
 */
export function sceneMap(heads: Heads): Map<string, string> {
  const inside = new Map<string, Set<string>>();
  for (const [head, chains] of heads) {
    for (const c of chains) {
      for (let i = 1; i < c.length; i++) {
        const wide = c[i]!;
        if (!heads.has(wide) || wide === head) continue;
        let s = inside.get(wide);
        if (!s) inside.set(wide, (s = new Set()));
        s.add(head);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [wide, narrower] of inside) {
    // the narrowest: the head of the longest chain, when every other one contains it
    let best = '';
    let depth = -1;
    for (const n of narrower) {
      const d = Math.max(...heads.get(n)!.map((c) => c.length));
      if (d > depth || (d === depth && n < best)) [best, depth] = [n, d];
    }
    let nested = true;
    for (const m of narrower) if (m !== best && !contains(heads, m, best)) nested = false;
    if (nested) out.set(wide, best);
  }
  return out;
}

/** Two scene maps say the same. */
export function sameScenes(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
