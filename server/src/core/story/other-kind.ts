// Another kind of incident before the story: the article's figures are of a
// fire where two or more of the others' (most of those that name a kind) are
// of a collapse, and it is dated before every one of the story's reports (two
// days at least). An article dated before the event cannot tell of it; the
// kind keeps a preliminary report of the same incident, filed a day early by
// a wrong date line, from being set apart (its kind is the story's). A kind
// comes from the clause of a figure (claims/event.ts, data/claims/incidents.json).

/** The kinds of incident of a folder's articles: how many name each, and how many name any. */
export class FolderKinds {
  readonly docs = new Map<string, number>();
  kinded = 0;
  add(kinds: readonly string[]): void {
    if (kinds.length) this.kinded++;
    for (const k of kinds) this.docs.set(k, (this.docs.get(k) ?? 0) + 1);
  }
}

/** Its kind and the others', when none of its kinds is one most of the others (two at least) name; else null. */
export function otherKind(kinds: readonly string[], folder: FolderKinds): { kind: string; othersKind: string } | null {
  if (!kinds.length) return null;
  const others = folder.kinded - 1;
  let home = '';
  let most = 0;
  for (const [k, n] of folder.docs) {
    if (kinds.includes(k)) {
      if (n - 1 >= 1) return null; // another article names one of its kinds
      continue;
    }
    if (n >= 2 && 2 * n > others && n > most) {
      most = n;
      home = k;
    }
  }
  return home ? { kind: kinds[0]!, othersKind: home } : null;
}

/** Does it name a kind of incident that two other articles at least name too (the story's own kind, as a rule)? */
export function sharesKind(kinds: readonly string[], folder: FolderKinds): boolean {
  return kinds.some((k) => (folder.docs.get(k) ?? 0) - 1 >= 2);
}
