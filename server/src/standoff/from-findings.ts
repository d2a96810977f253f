// Detections → annotations to add: what the server hands to addAnnotations
// when an annotator accepts a suggestion, rejects it, or reviews a conflict.
// Structured values that brat has no field for go into the AnnotatorNotes
// as key=value pairs (value=6; min=20; max=99; unit=km; counted=قتيل).

import { quoteName } from './review-names.js';
import type { Attribution, Figure, Place, Span } from '../core/types.js';
import type { NewAnnotation, Ref } from './edit.js';
import { NORMALIZATION_DBS, type RelationType } from './schema.js';

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'inf';
}

/** key=value pairs of a figure that brat cannot hold in attributes. */
export function figureNote(f: Figure): string {
  const parts: string[] = [];
  if (f.value !== null) parts.push(`value=${num(f.value)}`);
  if (f.value === null || f.min !== f.max) parts.push(`min=${num(f.min)}`, `max=${num(f.max)}`);
  if (f.unit) parts.push(`unit=${f.unit}`);
  if (f.counted) parts.push(`counted=${f.counted.lemma}`);
  return parts.join('; ');
}

export function figureAnnotation(f: Figure): NewAnnotation {
  const attributes: Record<string, string | true> = { Kind: f.kind };
  if (f.qualifier) attributes.Qualifier = f.qualifier;
  const note = figureNote(f);
  return { kind: 'span', type: 'Figure', start: f.start, end: f.end, attributes, ...(note ? { note } : {}) };
}

export function placeAnnotation(p: Place): NewAnnotation {
  const normalizations = [];
  if (p.id) {
    const i = p.id.indexOf(':');
    const db = i > 0 ? p.id.slice(0, i) : 'Isnad';
    normalizations.push({ db: NORMALIZATION_DBS[db.toLowerCase()] ?? db, id: i > 0 ? p.id.slice(i + 1) : p.id, text: p.nameEn ?? p.name });
  }
  return { kind: 'span', type: 'Place', start: p.start, end: p.end, attributes: { PlaceType: p.type }, normalizations };
}

/**
 * Cue, Source and Content spans with their CueOf and Says relations (5 items).
 * `at` is the index the first of them will have in the batch given to
 * addAnnotations, so the relations point at the right items.
 */
export function attributionAnnotations(a: Attribution, at = 0): NewAnnotation[] {
  return [
    { kind: 'span', type: 'Cue', start: a.cue.start, end: a.cue.end },
    { kind: 'span', type: 'Source', start: a.source.start, end: a.source.end, attributes: { SourceType: a.source.type } },
    { kind: 'span', type: 'Content', start: a.content.start, end: a.content.end },
    { kind: 'relation', type: 'CueOf', arg1: at, arg2: at + 1 },
    { kind: 'relation', type: 'Says', arg1: at + 1, arg2: at + 2 },
  ];
}

/** A suggestion the annotator turned down: kept so the detector stops suggesting it. */
export function rejection(type: 'Figure' | 'Place' | 'Cue' | 'Source' | 'Content', span: Pick<Span, 'start' | 'end'>, reason?: string): NewAnnotation {
  return { kind: 'span', type: 'Rejected', start: span.start, end: span.end, attributes: { RejectedType: type }, ...(reason ? { note: reason } : {}) };
}

/** A reviewed pair of figures (Conflicts, NotConflicting) or a revision (Supersedes: newer, older). */
export function review(type: Extract<RelationType, 'Conflicts' | 'NotConflicting' | 'Supersedes'>, arg1: Ref, arg2: Ref, note?: string): NewAnnotation {
  return { kind: 'relation', type, arg1, arg2, ...(note ? { note } : {}) };
}

/**
 * A reviewed pair across two articles, which brat cannot link: a note on the
 * figure naming the other article (file name without .txt) and its span id.
 */
export function crossReview(type: 'Conflicts' | 'NotConflicting', figure: Ref, otherDocument: string, otherId: string, why?: string): NewAnnotation {
  return { kind: 'note', target: figure, text: `reviewed=${type} with ${quoteName(otherDocument)} ${otherId}${why ? '; ' + why : ''}` };
}
