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
} from '../../annotations/index.js';
import type { Analysis } from '../../core/analyse.js';
import type { Attribution, Figure, Place } from '../../core/types.js';
import type { DocState } from '../documents.js';
import { formatValue } from '../hover.js';
import { t } from '../l10n.js';
import type { Conflicts } from '../conflicts.js';
import type { Stories } from '../stories.js';
import { annChanges, wholeText } from './edits.js';
import { reviewEdit } from './reviews.js';
import { annUriFor, pathOf, txtUriFor, type AnnStore } from './store.js';
import { mergeTexts } from './merge-texts.js';

export const KIND_ANNOTATE = 'quickfix.isnad.annotate';
export const KIND_REJECT = 'quickfix.isnad.reject';
export const KIND_SELECTION = 'refactor.isnad.annotateSelection';
export const KIND_REMOVE = 'refactor.isnad.removeAnnotation';
export const KIND_ALL = 'source.isnad.annotateAll';
export const KIND_REVIEW = 'quickfix.isnad.review';
export const KIND_RESOLVE = 'quickfix.isnad.resolveConflict';

type SuggestedType = (typeof schema.SUGGESTED_TYPES)[number];

const TYPE_NAME: Record<SuggestedType, () => string> = {
  Figure: () => t('Figure'),
  Place: () => t('Place'),
  Cue: () => t('Cue'),
  Source: () => t('Source'),
  Content: () => t('Content'),
};

export interface ActionContext {
  store: AnnStore;
  stories: Stories;
  conflicts: Conflicts;
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

/** "6 (count, police killed)". */
export function figureLabel(f: Figure, analysis: Analysis, index: number): string {
  const parts: string[] = [f.kind];
  const claim = analysis.claims.find((c) => c.figure === index);
  if (claim) parts.push([claim.group === '*' ? '' : claim.group, claim.measure === 'count' ? '' : claim.measure].filter(Boolean).join(' ') || claim.measure);
  else if (f.counted) parts.push(f.counted.text);
  return `${formatValue(f)} (${parts.join(', ')})`;
}

/** "Kirkuk, GeoNames 94787". */
export function placeLabel(p: Place): string {
  const parts = [p.nameEn ?? p.name];
  if (p.id) {
    const i = p.id.indexOf(':');
    const db = i > 0 ? p.id.slice(0, i) : 'Isnad';
    parts.push(`${schema.NORMALIZATION_DBS[db.toLowerCase()] ?? db} ${i > 0 ? p.id.slice(i + 1) : p.id}`);
  }
  return parts.join(', ');
}

/** The edit that applies a change computed against `base`, the current .ann of the article. */
function editOf(ctx: ActionContext, txtUri: string, base: string | null, change: AnnChange & { ok: true }): WorkspaceEdit {
  const annUri = annUriFor(txtUri);
  return { documentChanges: annChanges(annUri, ctx.store.persisted(annUri), base ?? '', change.edits, change.text) };
}

function addAction(ctx: ActionContext, state: DocState, title: string, kind: string, items: NewAnnotation[], diagnostics?: Diagnostic[]): CodeAction | null {
  const ann = ctx.store.current(state.uri, state.text);
  const r = addAnnotations(ann, state.text, items);
  if (!r.ok) {
    // shown greyed out with the reason, so the annotator knows where to look
    const name = annUriFor(state.uri).replace(/^.*\//, '');
    return { title, kind, disabled: { reason: t('{0} has errors (see Problems); Isnad writes to it once they are fixed.', decodeURIComponent(name)) } };
  }
  return { title, kind, edit: editOf(ctx, state.uri, ann, r), ...(diagnostics ? { diagnostics } : {}) };
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
  const view = ctx.store.view(state.uri, state.text);
  const out: (CodeAction | null)[] = [];
  const wants = (kind: string): boolean => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));

  if (wants(KIND_ANNOTATE) || wants(KIND_REJECT)) {
    a.figures.forEach((f, i) => {
      if (f.kind === 'identifier' || !touches(f, range) || !open(view, 'Figure', f)) return;
      if (wants(KIND_ANNOTATE)) out.push(addAction(ctx, state, t('Annotate figure {0}', figureLabel(f, a, i)), KIND_ANNOTATE, [figureAnnotation(f)]));
      if (wants(KIND_REJECT)) out.push(addAction(ctx, state, t('Reject this suggestion: {0} «{1}»', t('Figure'), f.text), KIND_REJECT, [rejection('Figure', f)]));
    });
    for (const p of a.places) {
      if (!touches(p, range) || !open(view, 'Place', p)) continue;
      if (wants(KIND_ANNOTATE)) out.push(addAction(ctx, state, t('Annotate as Place ({0})', placeLabel(p)), KIND_ANNOTATE, [placeAnnotation(p)]));
      if (wants(KIND_REJECT)) out.push(addAction(ctx, state, t('Reject this suggestion: {0} «{1}»', t('Place'), p.text), KIND_REJECT, [rejection('Place', p)]));
    }
    a.attributions.forEach((at: Attribution) => {
      const parts = [at.cue, at.source, at.content].filter((s) => s.end > s.start);
      if (!parts.some((s) => touches(s, range)) || !open(view, 'Cue', at.cue)) return;
      if (wants(KIND_ANNOTATE)) out.push(addAction(ctx, state, t('Annotate attribution ({0} — {1})', at.cue.text, at.source.text), KIND_ANNOTATE, attributionItems(at, 0)));
      if (wants(KIND_REJECT) && touches(at.cue, range)) out.push(addAction(ctx, state, t('Reject this suggestion: {0} «{1}»', t('Cue'), at.cue.text), KIND_REJECT, [rejection('Cue', at.cue)]));
    });
  }

  const sel = trimSelection(state.text, range);
  if (sel.end > sel.start && wants(KIND_SELECTION)) {
    const shown = state.text.slice(sel.start, sel.end);
    const short = shown.length > 30 ? shown.slice(0, 30) + '…' : shown;
    for (const type of schema.SUGGESTED_TYPES) {
      out.push(addAction(ctx, state, t('Annotate selection as {0}: «{1}»', TYPE_NAME[type](), short), KIND_SELECTION, [selectionItem(a, type, sel)]));
    }
  }

  if (view && wants(KIND_REMOVE)) {
    const ann = ctx.store.current(state.uri, state.text)!;
    for (const s of view.spans) {
      if (!s.ranges.some(([x, y]) => touches({ start: x, end: y }, range))) continue;
      const r = removeAnnotation(ann, state.text, s.id);
      if (!r.ok) continue;
      out.push({ title: t('Remove annotation {0} ({1} «{2}»)', s.id, s.type, s.text), kind: KIND_REMOVE, edit: editOf(ctx, state.uri, ann, r) });
    }
  }

  if (wants(KIND_ALL) && (only?.length || range.start === range.end)) {
    const items = allSuggestions(a, view);
    if (items.length) out.push(addAction(ctx, state, t('Annotate all suggestions of this article'), KIND_ALL, items));
  }

  if (wants(KIND_REVIEW)) out.push(...reviewActions(ctx, state, diagnostics));
  return out.filter((x): x is CodeAction => x !== null);
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
  const doc = ctx.stories.get(state.uri);
  if (!doc) return out;
  for (const d of diagnostics) {
    if (d.code !== 'contradiction' && d.code !== 'update') continue;
    const data = d.data as { conflict?: string; figure?: number } | undefined;
    if (!data?.conflict) continue;
    const c = ctx.conflicts.storyConflicts(doc.story).find((x) => x.id === data.conflict);
    const mine = c?.sides.find((s) => s.docId === state.uri && s.figure === data.figure);
    if (!c || !mine) continue;
    const others = c.sides.filter((s) => s.camp !== mine.camp);
    if (!others.length) continue;
    const make = (title: string, type: 'NotConflicting' | 'Conflicts' | 'Supersedes', pairs: [typeof mine, typeof mine][]): void => {
      const r = reviewEdit(ctx.store, ctx.stories, pairs, type);
      if (r.changes.length) out.push({ title, kind: KIND_REVIEW, diagnostics: [d], edit: { documentChanges: r.changes } });
    };
    const label = (s: typeof mine): string => `${s.text} (${s.outlet ?? s.path.replace(/^.*[\\/]/, '')})`;
    make(t('Record as reviewed (not a contradiction)'), 'NotConflicting', others.map((o) => [mine, o]));
    for (const o of others.slice(0, 3)) {
      make(t('Mark {0} as superseded by {1}', label(mine), label(o)), 'Supersedes', [[o, mine]]);
      make(t('Mark {0} as superseded by {1}', label(o), label(mine)), 'Supersedes', [[mine, o]]);
    }
    make(t('Annotate both figures as a conflicting pair'), 'Conflicts', others.map((o) => [mine, o]));
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
      title: t('Resolve merge conflict: keep both sides'),
      kind: KIND_RESOLVE,
      isPreferred: true,
      edit: { documentChanges: [{ textDocument: { uri: annUri, version: null }, edits: [wholeText(ann, r.text)] }] },
    },
  ];
}
