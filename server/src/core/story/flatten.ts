// The lists one after another, as `[...lists].flat()` gives them, by a plain
// loop: Array.prototype.flat is generic (any depth, holes) and slow, and the
// story index flattens a bucket's claims (an archive's run to thousands) at
// every update of an article filed there (issue 13).
export function flatten<T>(lists: Iterable<readonly T[]>): T[] {
  const out: T[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}
