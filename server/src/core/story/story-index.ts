// The claims of every document of a story (one workspace folder), filed in
// buckets by event and measure family. Updating a document recomputes only
// the buckets its old and new claims touch; articles are never compared pair
// by pair.

import type { Claim, Figure } from '../types.js';
import { agreeing, compareBucket, measureFamily } from './compare.js';
import type { Conflict, Corroboration, DocMeta, StoryClaim } from './types.js';

interface Doc {
  meta: DocMeta;
  claims: StoryClaim[];
  buckets: Set<string>;
}

/** The bucket a claim is filed in: the event and the family of its measure. */
export function bucketOf(c: Pick<Claim, 'measure' | 'event'>): string {
  return `${measureFamily(c.measure)}|${c.event}`;
}

function signature(c: Conflict): string {
  return JSON.stringify([c.kind, c.sides.map((s) => [s.docId, s.figure, s.start, s.end, s.min, s.max, s.source.text])]);
}

export class StoryIndex {
  private docs = new Map<string, Doc>();
  /** bucket → document → its claims there */
  private buckets = new Map<string, Map<string, StoryClaim[]>>();
  private bucketConflicts = new Map<string, Conflict[]>();

  /**
   * Files a document's claims (replacing what it had). Returns the documents
   * whose conflicts changed, the updated one always among them.
   */
  update(docId: string, claims: Claim[], figures: Figure[], meta: DocMeta): Set<string> {
    const touched = new Set<string>(this.docs.get(docId)?.buckets ?? []);
    this.unfile(docId);
    const story: StoryClaim[] = [];
    for (const c of claims) {
      const f = figures[c.figure];
      if (!f) continue;
      story.push({ ...c, docId, start: f.start, end: f.end, text: f.text, path: meta.path, outlet: meta.outlet });
    }
    const doc: Doc = { meta, claims: story, buckets: new Set() };
    for (const c of story) {
      const b = bucketOf(c);
      doc.buckets.add(b);
      touched.add(b);
      let m = this.buckets.get(b);
      if (!m) this.buckets.set(b, (m = new Map()));
      let list = m.get(docId);
      if (!list) m.set(docId, (list = []));
      list.push(c);
    }
    this.docs.set(docId, doc);
    const changed = this.recompute(touched);
    changed.add(docId);
    return changed;
  }

  /** Forgets a document. Returns the documents whose conflicts changed. */
  remove(docId: string): Set<string> {
    const doc = this.docs.get(docId);
    if (!doc) return new Set();
    this.unfile(docId);
    this.docs.delete(docId);
    const changed = this.recompute(doc.buckets);
    changed.delete(docId);
    return changed;
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  /** Every conflict of the story. */
  conflicts(): Conflict[] {
    return [...this.bucketConflicts.values()].flat();
  }

  /** The conflicts with at least one side in the document. */
  conflictsFor(docId: string): Conflict[] {
    const doc = this.docs.get(docId);
    if (!doc) return [];
    const out: Conflict[] = [];
    for (const b of doc.buckets) for (const c of this.bucketConflicts.get(b) ?? []) if (c.sides.some((s) => s.docId === docId)) out.push(c);
    return out;
  }

  /** The claims of a document as filed. */
  claimsOf(docId: string): StoryClaim[] {
    return this.docs.get(docId)?.claims ?? [];
  }

  /** Other documents or sources that agree with the figure (سبعة and 7): for hovers. */
  corroborations(docId: string, figureIndex: number): Corroboration[] {
    const doc = this.docs.get(docId);
    if (!doc) return [];
    const out: Corroboration[] = [];
    const seen = new Set<string>();
    for (const c of doc.claims) {
      if (c.figure !== figureIndex) continue;
      const bucket = [...(this.buckets.get(bucketOf(c))?.values() ?? [])].flat();
      for (const o of agreeing(c, bucket)) {
        const key = `${o.docId}#${o.figure}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ docId: o.docId, figure: o.figure, start: o.start, end: o.end, text: o.text, min: o.min, max: o.max, source: o.source, path: o.path, outlet: o.outlet });
      }
    }
    return out;
  }

  private unfile(docId: string): void {
    const doc = this.docs.get(docId);
    if (!doc) return;
    for (const b of doc.buckets) {
      const m = this.buckets.get(b);
      m?.delete(docId);
      if (m && m.size === 0) this.buckets.delete(b);
    }
  }

  /** Recomputes the buckets; returns the documents whose conflicts there changed. */
  private recompute(buckets: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    for (const b of buckets) {
      const before = new Map((this.bucketConflicts.get(b) ?? []).map((c) => [c.id, c]));
      const claims = [...(this.buckets.get(b)?.values() ?? [])].flat();
      const after = claims.length ? compareBucket(b, claims) : [];
      if (after.length) this.bucketConflicts.set(b, after);
      else this.bucketConflicts.delete(b);
      const now = new Map(after.map((c) => [c.id, c]));
      for (const id of new Set([...before.keys(), ...now.keys()])) {
        const x = before.get(id);
        const y = now.get(id);
        if (x && y && signature(x) === signature(y)) continue;
        for (const s of [...(x?.sides ?? []), ...(y?.sides ?? [])]) changed.add(s.docId);
      }
    }
    return changed;
  }
}
