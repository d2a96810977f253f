// Code actions on an article and on its .ann: accept, reject, annotate a
// selection, remove, annotate all, review a conflict, resolve a merge
// conflict. Each is a WorkspaceEdit on the .ann files built from the core's
// minimal edits.
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import {
  addAnnotations,
  attributionAnnotations,
  figureAnnotation,
  isRejected,
  parseAnn,
  placeAnnotation,
  rejection,
  removeAnnotation,
  resolveConflicts,
  schema,
  type AnnChange,
  type AnnotationsView,
  type NewAnnotation,
} from '../../standoff/index.js';
import type { Analysis } from '../../core/analyse.js';
import { evidenceOf } from '../../core/evidence/weak.js';
import { KINDS } from '../../core/kinds.js';
import type { Attribution, Figure, Place } from '../../core/types.js';
import type { DocState } from '../documents.js';
import { chainText, formatValue, num, word } from '../hover.js';
import type { Translate } from '../l10n.js';
import type { Conflicts } from '../conflicts.js';
import type { Stories } from '../stories.js';
import { annChanges, minimalTextEdit, wholeText } from './edits.js';
import { reviewEdit } from './reviews.js';
import { annUriFor, pathOf, txtUriFor, type AnnStore } from './store.js';
import { mergeTexts } from './merge-texts.js';
import { withoutBom } from '../../core/text/decode-text.js';

export const KIND_ANNOTATE = 'quickfix.isnad.annotate';
export const KIND_REJECT = 'quickfix.isnad.reject';
export const KIND_SELECTION = 'refactor.isnad.annotateSelection';
export const KIND_REMOVE = 'refactor.isnad.removeAnnotation';
export const KIND_ALL = 'source.isnad.annotateAll';
export const KIND_REVIEW = 'quickfix.isnad.review';
export const KIND_RESOLVE = 'quickfix.isnad.resolveConflict';

type SuggestedType = (typeof schema.SUGGESTED_TYPES)[number];

/** A brat type as the annotator reads it: its kind's label (core/kinds.ts), localised. */
const typeName = (type: SuggestedType, t: Translate): string => t(KINDS.find((k) => k.brat?.type === type)?.label ?? type);

export interface ActionContext {
  store: AnnStore;
  stories: Stories;
  conflicts: Conflicts;
  /** The server's language. */
  t: Translate;
}

interface Range16 {
  start: number;
  end: number;
}

function touches(s: Range16, r: Range16): boolean {
  return r.start === r.end ? s.start <= r.start && r.start <= s.end : s.start < r.end && r.start < s.end;
}

function annotatedAs(view: AnnotationsView | null, type: string, s: Range16): boolean {
  return !!view?.spans.some((a) => a.type === type && a.ranges.some(([x, y]) => x < s.end && s.start < y));
}

function open(view: AnnotationsView | null, type: SuggestedType, s: Range16): boolean {
  return !annotatedAs(view, type, s) && !(view && isRejected(view, type, s.start, s.end));
}

/** Parts of a title's parentheses: no empty one, none twice. */
function fields(parts: (string | undefined | null)[]): string {
  return [...new Set(parts.map((x) => x?.trim()).filter((x): x is string => !!x))].join(', ');
}

/** "6 (count, police killed)": the value isolated left to right, what it counts isolated by its own direction. */
export function figureLabel(f: Figure, analysis: Analysis, index: number): string {
  const claim = analysis.claims.find((c) => c.figure === index);
  // a claim of anyone's count says nothing more than the kind: no "(count, count)"
  // (and no "(age, X age)": a measure that is the kind again is dropped); a group may be an Arabic name
  const what = claim ? [claim.group === '*' ? '' : word(claim.group), claim.measure === 'count' || claim.measure === f.kind ? '' : claim.measure].filter(Boolean).join(' ') : f.counted ? word(f.counted.text) : '';
  return `${num(formatValue(f))} (${fields([f.kind, what])})`;
}

// a numeric key reads left to right; a learnt name keeps its own direction
const isolateKey = (key: string): string => (/^[\x21-\x7e]+$/.test(key) ? num(key) : word(key));

/** "Kirkuk, GeoNames 94787". */
export function placeLabel(p: Place): string {
  const parts = [p.nameEn ?? word(p.name)];
  if (p.id) {
    const i = p.id.indexOf(':');
    const db = i > 0 ? p.id.slice(0, i) : 'Isnad';
    parts.push(`${schema.NORMALIZATION_DBS[db.toLowerCase()] ?? db} ${isolateKey(i > 0 ? p.id.slice(i + 1) : p.id)}`);
  }
  return fields(parts);
}

/** The edit that applies a change computed against `base`, the current .ann of the article at the editor's text `txt`. */
function editOf(ctx: ActionContext, txtUri: string, txt: string, base: string | null, change: AnnChange & { ok: true }): WorkspaceEdit {
  const annUri = annUriFor(txtUri);
  const persisted = ctx.store.persisted(annUri);
  // the file's offsets, when the editor hides its byte order mark: then the edit is made against the file
  const onDisk = ctx.store.forDisk(txtUri, txt, change.text);
  if (onDisk !== change.text) return { documentChanges: annChanges(annUri, persisted, persisted ?? '', [minimalTextEdit(persisted ?? '', onDisk)], onDisk) };
  return { documentChanges: annChanges(annUri, persisted, base ?? '', change.edits, change.text) };
}

function addAction(ctx: ActionContext, state: DocState, title: string, kind: string, items: NewAnnotation[], diagnostics?: Diagnostic[]): CodeAction | null {
  const ann = ctx.store.current(state.uri, state.text);
  const r = addAnnotations(ann, state.text, items);
  const t = ctx.t;
  if (!r.ok) {
    // shown greyed out with the reason, so the annotator knows where to look
    const name = annUriFor(state.uri).replace(/^.*\//, '');
    return { title, kind, disabled: { reason: t('{0} has errors (see Problems); Isnad writes to it once they are fixed.', decodeURIComponent(name)) } };
  }
  return { title, kind, edit: editOf(ctx, state.uri, state.text, ann, r), ...(diagnostics ? { diagnostics } : {}) };
}

/** Trims white space and punctuation around a selection (spans never include them). */
export function trimSelection(text: string, r: Range16): Range16 {
  let { start, end } = r;
  const skip = /[\s\p{P}\u0640]/u;
  while (start < end && skip.test(text[start]!)) start++;
  while (end > start && skip.test(text[end - 1]!)) end--;
  return { start, end };
}

export function articleActions(ctx: ActionContext, state: DocState, range: Range16, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const a = state.analysis;
  if (!a) return [];
  const t = ctx.t;
  const view = ctx.store.view(state.uri, state.text);
  const wants = (kind: string): boolean => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
  // the order an annotator meets them: annotate what is under the cursor, then
  // review its conflicts, then reject, then the rarer edits
  const annotate: (CodeAction | null)[] = [];
  const reject: (CodeAction | null)[] = [];
  const rest: (CodeAction | null)[] = [];
  const weakOnes = new Set<CodeAction>();
  // the problems a detection's annotation answers: VS Code lists actions that name a diagnostic first
  const about = (s: Range16): Diagnostic[] | undefined => {
    const ds = diagnostics.filter((d) => touches(s, { start: state.lines.offsetAt(d.range.start), end: state.lines.offsetAt(d.range.end) }));
    return ds.length ? ds : undefined;
  };

  if (wants(KIND_ANNOTATE) || wants(KIND_REJECT)) {
    const ev = evidenceOf(a);
    // a guess (weak evidence) is never the preferred fix, and its rejection comes right after it
    const pair = (weak: boolean, yes: CodeAction | null, no: CodeAction | null): void => {
      if (yes && weak) weakOnes.add(yes);
      annotate.push(yes);
      (weak ? annotate : reject).push(no);
    };
    a.figures.forEach((f, i) => {
      if (f.kind === 'identifier' || !touches(f, range) || !open(view, 'Figure', f)) return;
      pair(
        !!ev.figures[i],
        wants(KIND_ANNOTATE) ? addAction(ctx, state, t('Annotate figure {0}', figureLabel(f, a, i)), KIND_ANNOTATE, [figureAnnotation(f)], about(f)) : null,
        wants(KIND_REJECT) ? addAction(ctx, state, t('Reject this suggestion: {0} «{1}»', t('Figure'), word(f.text)), KIND_REJECT, [rejection('Figure', f)]) : null,
      );
    });
    a.places.forEach((p, i) => {
      if (!touches(p, range) || !open(view, 'Place', p)) return;
      pair(
        !!ev.places[i],
        wants(KIND_ANNOTATE) ? addAction(ctx, state, t('Annotate as Place ({0})', placeLabel(p)), KIND_ANNOTATE, [placeAnnotation(p)], about(p)) : null,
        wants(KIND_REJECT) ? addAction(ctx, state, t('Reject this suggestion: {0} «{1}»', t('Place'), word(p.text)), KIND_REJECT, [rejection('Place', p)]) : null,
      );
    });
    a.attributions.forEach((at: Attribution) => {
      const parts = [at.cue, at.source, at.content].filter((s) => s.end > s.start);
      if (!parts.some((s) => touches(s, range)) || !open(view, 'Cue', at.cue)) return;
      if (wants(KIND_ANNOTATE)) annotate.push(addAction(ctx, state, t('Annotate attribution ({0})', [at.cue.text, at.source.text].filter((x) => x.trim()).map(word).join(' — ')), KIND_ANNOTATE, attributionItems(at, 0)));
      if (wants(KIND_REJECT) && touches(at.cue, range)) reject.push(addAction(ctx, state, t('Reject this suggestion: {0} «{1}»', t('Cue'), word(at.cue.text)), KIND_REJECT, [rejection('Cue', at.cue)]));
    });
  }

  const sel = trimSelection(state.text, range);
  if (sel.end > sel.start && wants(KIND_SELECTION)) {
    const shown = state.text.slice(sel.start, sel.end);
    const short = shown.length > 30 ? shown.slice(0, 30) + '…' : shown;
    for (const type of schema.SUGGESTED_TYPES) {
      rest.push(addAction(ctx, state, t('Annotate selection as {0}: «{1}»', typeName(type, t), word(short)), KIND_SELECTION, [selectionItem(a, type, sel)]));
    }
  }

  if (view && wants(KIND_REMOVE)) {
    const ann = ctx.store.current(state.uri, state.text)!;
    for (const s of view.spans) {
      if (!s.ranges.some(([x, y]) => touches({ start: x, end: y }, range))) continue;
      const r = removeAnnotation(ann, state.text, s.id);
      if (!r.ok) continue;
      rest.push({ title: t('Remove annotation {0} ({1} «{2}»)', s.id, s.type, word(s.text)), kind: KIND_REMOVE, edit: editOf(ctx, state.uri, state.text, ann, r) });
    }
  }

  if (wants(KIND_ALL) && (only?.length || range.start === range.end)) {
    const items = allSuggestions(a, view);
    if (items.length) rest.push(addAction(ctx, state, t('Annotate all suggestions of this article'), KIND_ALL, items));
  }

  const reviews = wants(KIND_REVIEW) ? reviewActions(ctx, state, diagnostics) : [];
  const out = [...annotate, ...reviews, ...reject, ...rest].filter((x): x is CodeAction => x !== null);
  // the detection under the cursor is the likely action; dismissing a conflict never is
  // (when the detection under the cursor is a guess, nothing is preferred)
  const first = out.find((x) => x.kind === KIND_ANNOTATE);
  if (first && !first.disabled && !weakOnes.has(first)) first.isPreferred = true;
  return distinctTitles(unsaved(ctx, state) ? out.map((x) => refuseUnsaved(x, t)) : out);
}

/**
 * Has the article edits the disk does not have? A fix then would write
 * offsets of text that may never be saved (closed without saving): it is
 * refused, with the reason, until the article is saved. (The annotations
 * already in the .ann follow the unsaved edits in memory, written on save.)
 */
function unsaved(ctx: ActionContext, state: DocState): boolean {
  const onDisk = ctx.store.diskText(state.uri);
  // a byte order mark the editor hides is no edit
  return onDisk !== null && withoutBom(onDisk) !== withoutBom(state.text);
}

function refuseUnsaved(a: CodeAction, t: Translate): CodeAction {
  if (!a.edit) return a;
  const { edit: _e, isPreferred: _p, ...rest } = a;
  return { ...rest, disabled: { reason: t('Save the article first: it has unsaved edits, and Isnad writes annotations only for the text on disk.') } };
}

/** Two entries never share a title: a repeat gets its rank (2), (3). */
function distinctTitles(actions: CodeAction[]): CodeAction[] {
  const seen = new Map<string, number>();
  for (const x of actions) {
    const n = (seen.get(x.title) ?? 0) + 1;
    seen.set(x.title, n);
    if (n > 1) x.title = `${x.title} (${num(String(n))})`;
  }
  return actions;
}

function attributionItems(at: Attribution, index: number): NewAnnotation[] {
  // an elided source or an empty content has no span of its own
  const items = attributionAnnotations(at, index);
  if (at.source.end > at.source.start && !at.source.resolved && at.content.end > at.content.start) return items;
  const out: NewAnnotation[] = [items[0]!];
  if (at.source.end > at.source.start && !at.source.resolved) out.push(items[1]!, { kind: 'relation', type: 'CueOf', arg1: index, arg2: index + 1 });
  return out;
}

/** A selection annotated as a type: the detection's full annotation when it is exactly a detection. */
function selectionItem(a: Analysis, type: SuggestedType, s: Range16): NewAnnotation {
  const same = (x: Range16): boolean => x.start === s.start && x.end === s.end;
  if (type === 'Figure') {
    const f = a.figures.find(same);
    if (f) return figureAnnotation(f);
  }
  if (type === 'Place') {
    const p = a.places.find(same);
    if (p) return placeAnnotation(p);
  }
  return { kind: 'span', type, start: s.start, end: s.end };
}

export function allSuggestions(a: Analysis, view: AnnotationsView | null): NewAnnotation[] {
  const items: NewAnnotation[] = [];
  for (const f of a.figures) if (f.kind !== 'identifier' && open(view, 'Figure', f)) items.push(figureAnnotation(f));
  for (const p of a.places) if (open(view, 'Place', p)) items.push(placeAnnotation(p));
  for (const at of a.attributions) if (open(view, 'Cue', at.cue)) items.push(...attributionItems(at, items.length));
  return items;
}

function reviewActions(ctx: ActionContext, state: DocState, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const t = ctx.t;
  const doc = ctx.stories.get(state.uri);
  if (!doc) return out;
  const done = new Set<string>();
  for (const d of diagnostics) {
    if (d.code !== 'contradiction' && d.code !== 'update') continue;
    const data = d.data as { conflict?: string; figure?: number } | undefined;
    if (!data?.conflict || done.has(`${data.conflict}/${data.figure}`)) continue;
    done.add(`${data.conflict}/${data.figure}`);
    const c = ctx.conflicts.storyConflicts(doc.story).find((x) => x.id === data.conflict);
    const mine = c?.sides.find((s) => s.docId === state.uri && s.figure === data.figure);
    if (!c || !mine) continue;
    const others = c.sides.filter((s) => s.camp !== mine.camp);
    if (!others.length) continue;
    const make = (title: string, type: 'NotConflicting' | 'Conflicts' | 'Supersedes', pairs: [typeof mine, typeof mine][]): void => {
      const r = reviewEdit(ctx.store, ctx.stories, pairs, type);
      if (r.changes.length) out.push({ title, kind: KIND_REVIEW, diagnostics: [d], edit: { documentChanges: r.changes } });
    };
    // a side as the annotator tells it apart: its words, its source, its article (each field once)
    const article = (s: typeof mine): string => s.path.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
    const label = (s: typeof mine): string => {
      const source = s.source.type === 'article' ? '' : s.source.chain.length > 1 ? chainText(s.source.chain, t) : word(s.source.text);
      const where = word(s.outlet ?? article(s));
      return `${word(s.text)} (${fields([source, where === source ? '' : where])})`;
    };
    const theOthers = others.length === 1 ? label(others[0]!) : t('{0} and {1} more', label(others[0]!), num(String(others.length - 1)));
    // most likely first: confirm the conflict, then a revision either way; dismissing it last
    make(t('Annotate both figures as a conflicting pair: {0} and {1}', word(mine.text), theOthers), 'Conflicts', others.map((o) => [mine, o]));
    for (const o of others.slice(0, 3)) {
      make(t('Mark {0} as superseded by {1}', label(mine), label(o)), 'Supersedes', [[o, mine]]);
      make(t('Mark {0} as superseded by {1}', label(o), label(mine)), 'Supersedes', [[mine, o]]);
    }
    make(t('Record as reviewed (not a contradiction): {0} and {1}', word(mine.text), theOthers), 'NotConflicting', others.map((o) => [mine, o]));
  }
  return out;
}

/** Actions on a .ann: resolve git conflict markers keeping both sides. */
export function annActions(ctx: ActionContext, annUri: string): CodeAction[] {
  const ann = ctx.store.persisted(annUri);
  if (ann === null || !parseAnn(ann).conflicted) return [];
  // after a git merge where the article changed too, each side's spans follow its own text to the merged one
  const txtUri = txtUriFor(annUri);
  const txtFile = pathOf(txtUri);
  const r = resolveConflicts(ann, txtFile ? mergeTexts(txtFile, ctx.store.diskText(txtUri)) : undefined);
  if (!r.ok) return [];
  return [
    {
      title: ctx.t('Resolve merge conflict: keep both sides'),
      kind: KIND_RESOLVE,
      isPreferred: true,
      edit: { documentChanges: [{ textDocument: { uri: annUri, version: null }, edits: [wholeText(ann, r.text)] }] },
    },
  ];
}
