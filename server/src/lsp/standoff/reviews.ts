// Reviewed conflicts, read from and written to the .ann files of both sides.
// In one article: a NotConflicting / Conflicts / Supersedes relation between
// the two Figure spans. Across articles (brat cannot link them): a note on
// each figure, `reviewed=TYPE with OTHER_ARTICLE OTHER_ID`
// (crossReview; for a revision: Supersedes on the newer, SupersededBy on the older).
import path from 'node:path';
import { addAnnotations, crossReview, figureAnnotation, review, type AnnotationsView, type NewAnnotation, type Ref } from '../../standoff/index.js';
import type { Conflict, ConflictSide } from '../../core/story/types.js';
import type { Stories } from '../stories.js';
import { annChanges, minimalTextEdit, type DocumentChange } from './edits.js';
import { annUriFor, type AnnStore } from './store.js';
import { quoteName, readReviewNote } from '../../standoff/review-names.js';

export type ReviewType = 'NotConflicting' | 'Conflicts' | 'Supersedes';

export function articleName(uri: string): string {
  return path.basename(decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)), '.txt');
}

function figureIds(view: AnnotationsView | null, start: number, end: number): string[] {
  if (!view) return [];
  return view.spans.filter((s) => s.type === 'Figure' && s.ranges.some(([a, b]) => a === start && b === end)).map((s) => s.id);
}

/** The decision recorded for the pair (a, b), read from either side: from a's point of view. */
export function pairReview(store: AnnStore, stories: Stories, a: ConflictSide, b: ConflictSide): string | null {
  const docA = stories.get(a.docId);
  const docB = stories.get(b.docId);
  if (!docA || !docB) return null;
  const viewA = store.view(a.docId, docA.text);
  const viewB = a.docId === b.docId ? viewA : store.view(b.docId, docB.text);
  const idsA = figureIds(viewA, a.start, a.end);
  const idsB = figureIds(viewB, b.start, b.end);
  if (!idsA.length || !idsB.length) return null;
  if (a.docId === b.docId) {
    const r = viewA!.relations.find(
      (x) => ['NotConflicting', 'Conflicts', 'Supersedes'].includes(x.type) && ((idsA.includes(x.arg1) && idsB.includes(x.arg2)) || (idsB.includes(x.arg1) && idsA.includes(x.arg2))),
    );
    return r?.type ?? null;
  }
  const fromNotes = (view: AnnotationsView, own: string[], otherDoc: string, otherIds: string[]): string | null => {
    for (const s of view.spans) {
      if (!own.includes(s.id)) continue;
      for (const n of s.notes) {
        const m = readReviewNote(n);
        if (m && m.article === articleName(otherDoc) && otherIds.includes(m.id)) return m.what;
      }
    }
    return null;
  };
  return fromNotes(viewA!, idsA, b.docId, idsB) ?? fromNotes(viewB!, idsB, a.docId, idsA);
}

/** Every pair across the camps was reviewed as no contradiction (or a revision): the conflict is not reported. */
export function isReviewed(store: AnnStore, stories: Stories, c: Conflict): boolean {
  let pairs = 0;
  for (const a of c.sides) {
    for (const b of c.sides) {
      if (a.camp !== 0 || b.camp !== 1) continue;
      pairs++;
      const r = pairReview(store, stories, a, b);
      if (r !== 'NotConflicting' && r !== 'Supersedes' && r !== 'SupersededBy') return false;
    }
  }
  return pairs > 0;
}

interface DocBatch {
  uri: string;
  txt: string;
  ann: string | null;
  figures: NewAnnotation[];
  reviews: NewAnnotation[];
  ids: Map<number, string>;
}

/**
 * The edit that records `type` for each pair (newer first for Supersedes):
 * the figures' T lines are added where missing, then the relation or notes.
 */
export function reviewEdit(store: AnnStore, stories: Stories, pairs: [ConflictSide, ConflictSide][], type: ReviewType): { changes: DocumentChange[]; problems: string[] } {
  const batches = new Map<string, DocBatch>();
  const batch = (uri: string): DocBatch | null => {
    let b = batches.get(uri);
    if (b) return b;
    const doc = stories.get(uri);
    if (!doc) return null;
    b = { uri, txt: doc.text, ann: store.current(uri, doc.text), figures: [], reviews: [], ids: new Map() };
    batches.set(uri, b);
    return b;
  };
  // 1. the figures' ids, existing or to be added
  const pending: { b: DocBatch; fig: number; index: number }[] = [];
  for (const pair of pairs) {
    for (const s of pair) {
      const b = batch(s.docId);
      if (!b) return { changes: [], problems: [`${s.docId} is not known`] };
      if (b.ids.has(s.figure)) continue;
      const existing = figureIds(store.view(s.docId, b.txt), s.start, s.end)[0];
      if (existing) b.ids.set(s.figure, existing);
      else {
        const f = stories.figureAt(s.docId, s.start, s.end);
        if (!f) return { changes: [], problems: [`figure ${s.figure} of ${s.docId} is not known`] };
        b.figures.push(figureAnnotation(f));
        b.ids.set(s.figure, '');
        pending.push({ b, fig: s.figure, index: b.figures.length - 1 });
      }
    }
  }
  for (const b of batches.values()) {
    if (!b.figures.length) continue;
    const r = addAnnotations(b.ann, b.txt, b.figures);
    if (!r.ok) return { changes: [], problems: r.problems.map((p) => p.message) };
    for (const p of pending) if (p.b === b) b.ids.set(p.fig, r.ids[p.index]!);
  }
  // 2. the decisions
  for (const [x, y] of pairs) {
    const bx = batches.get(x.docId)!;
    const by = batches.get(y.docId)!;
    const ix = bx.ids.get(x.figure)!;
    const iy = by.ids.get(y.figure)!;
    if (bx === by) bx.reviews.push(review(type, ix, iy));
    else if (type === 'Supersedes') {
      bx.reviews.push(crossNote(ix, 'Supersedes', y.docId, iy));
      by.reviews.push(crossNote(iy, 'SupersededBy', x.docId, ix));
    } else {
      bx.reviews.push(crossReview(type, ix, articleName(y.docId), iy));
      by.reviews.push(crossReview(type, iy, articleName(x.docId), ix));
    }
  }
  const changes: DocumentChange[] = [];
  for (const b of batches.values()) {
    const r = addAnnotations(b.ann, b.txt, [...b.figures, ...b.reviews]);
    if (!r.ok) return { changes: [], problems: r.problems.map((p) => p.message) };
    const annUri = annUriFor(b.uri);
    const persisted = store.persisted(annUri);
    // the file's offsets, when the editor hides the article's byte order mark
    const onDisk = store.forDisk(b.uri, b.txt, r.text);
    if (onDisk !== r.text) changes.push(...annChanges(annUri, persisted, persisted ?? '', [minimalTextEdit(persisted ?? '', onDisk)], onDisk));
    else changes.push(...annChanges(annUri, persisted, b.ann ?? '', r.edits, r.text));
  }
  return { changes, problems: [] };
}

function crossNote(figure: Ref, what: string, otherDoc: string, otherId: string): NewAnnotation {
  return { kind: 'note', target: figure, text: `reviewed=${what} with ${quoteName(articleName(otherDoc))} ${otherId}` };
}
