// Adding and removing annotations as minimal insertions and deletions in the
// .ann text. A file with errors (or conflict markers) is refused, never
// rewritten: the caller shows the problems instead.

import type { AnnDocument, AnnProblem, TextEdit } from './model.js';
import { refsOf } from './model.js';
import { parseAnn } from './parse.js';
import { formatLine, type LineFields } from './serialize.js';
import { definedIds, IdAllocator } from './ids.js';
import { lineEdits } from './line-edits.js';
import { validateAnn } from './validate.js';
import { fragmentsAvoidingBreaks, SourceText } from './text-spans.js';

/** An existing id, or the index of an earlier item of the same batch. */
export type Ref = string | number;

export type NewAnnotation =
  | {
      kind: 'span';
      type: string;
      /** UTF-16 offsets into the .txt, end exclusive. */
      start: number;
      end: number;
      /** Valued (string) or binary (true) attributes. */
      attributes?: Record<string, string | true>;
      /** Gazetteer links, e.g. { db: 'GeoNames', id: '94787', text: 'Kirkuk' }. */
      normalizations?: { db: string; id: string; text?: string; type?: string }[];
      note?: string;
    }
  | { kind: 'relation'; type: string; arg1: Ref; arg2: Ref; note?: string }
  | { kind: 'attribute'; type: string; target: Ref; value?: string }
  | { kind: 'note'; target: Ref; text: string; type?: string }
  | { kind: 'normalization'; target: Ref; db: string; id: string; text?: string; type?: string };

export type AnnChange =
  | {
      ok: true;
      edits: TextEdit[];
      /** The .ann text after the edits. */
      text: string;
      /** True when the .ann did not exist: the server creates it with `text`. */
      create: boolean;
      /** For `add`: the main id given to each item, in order. For `remove`: every id removed. */
      ids: string[];
    }
  | { ok: false; problems: AnnProblem[] };

/** A note or a name must stay on its line. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}

function refused(doc: AnnDocument, src: SourceText): AnnChange | null {
  const problems = validateAnn(doc, src).filter((p) => p.severity === 'error');
  return problems.length || doc.conflicted ? { ok: false, problems } : null;
}

/**
 * Adds annotations to the .ann text (null/undefined when the file does not
 * exist yet). New lines go at the end; existing lines are not touched.
 */
export function addAnnotations(annText: string | null | undefined, txt: string, items: NewAnnotation[]): AnnChange {
  const create = annText === null || annText === undefined;
  const doc = parseAnn(annText ?? '');
  const src = new SourceText(txt);
  const no = refused(doc, src);
  if (no) return no;

  const alloc = new IdAllocator(definedIds(doc.lines));
  const fields: LineFields[] = [];
  const ids: string[] = [];
  const ref = (r: Ref): string => {
    if (typeof r === 'string') return r;
    const id = ids[r];
    if (id === undefined) throw new RangeError(`reference to item ${r}, which is not an earlier item of the batch`);
    return id;
  };
  const note = (target: string, text: string, type = 'AnnotatorNotes'): string => {
    const id = alloc.take('#');
    fields.push({ kind: 'note', id, type, target, text: oneLine(text) });
    return id;
  };

  for (const item of items) {
    switch (item.kind) {
      case 'span': {
        const id = alloc.take('T');
        ids.push(id);
        const fragments = fragmentsAvoidingBreaks(src, item.start, item.end);
        fields.push({ kind: 'textbound', id, type: item.type, fragments, text: src.textOf(fragments) });
        for (const [name, value] of Object.entries(item.attributes ?? {})) {
          fields.push({ kind: 'attribute', id: alloc.take('A'), type: name, target: id, value: value === true ? null : value });
        }
        for (const n of item.normalizations ?? []) {
          fields.push({ kind: 'normalization', id: alloc.take('N'), type: n.type ?? 'Reference', target: id, refDb: n.db, refId: n.id, text: oneLine(n.text ?? '') });
        }
        if (item.note) note(id, item.note);
        break;
      }
      case 'relation': {
        const id = alloc.take('R');
        ids.push(id);
        fields.push({ kind: 'relation', id, type: item.type, args: [{ role: 'Arg1', ref: ref(item.arg1) }, { role: 'Arg2', ref: ref(item.arg2) }] });
        if (item.note) note(id, item.note);
        break;
      }
      case 'attribute': {
        const id = alloc.take('A');
        ids.push(id);
        fields.push({ kind: 'attribute', id, type: item.type, target: ref(item.target), value: item.value ?? null });
        break;
      }
      case 'note':
        ids.push(note(ref(item.target), item.text, item.type));
        break;
      case 'normalization': {
        const id = alloc.take('N');
        ids.push(id);
        fields.push({ kind: 'normalization', id, type: item.type ?? 'Reference', target: ref(item.target), refDb: item.db, refId: item.id, text: oneLine(item.text ?? '') });
        break;
      }
    }
  }
  const { edits, text } = lineEdits(doc, { append: fields.map(formatLine) });
  return { ok: true, edits, text, create, ids };
}

/** Removes an annotation and every line that refers to it, directly or through another removed line. */
export function removeAnnotation(annText: string, txt: string, id: string): AnnChange {
  const doc = parseAnn(annText);
  const no = refused(doc, new SourceText(txt));
  if (no) return no;
  const gone = new Set([id]);
  const remove = new Map<number, null>();
  // refs can chain (an attribute of a relation to the span): repeat until stable
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of doc.lines) {
      if (remove.has(l.line)) continue;
      const own = 'id' in l ? l.id : undefined;
      if ((own !== undefined && gone.has(own)) || refsOf(l).some((r) => gone.has(r))) {
        remove.set(l.line, null);
        if (own) gone.add(own);
        grew = true;
      }
    }
  }
  const { edits, text } = lineEdits(doc, { replace: remove });
  return { ok: true, edits, text, create: false, ids: remove.size ? [...gone] : [] };
}
