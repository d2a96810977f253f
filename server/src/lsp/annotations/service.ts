// The annotation files in the language server: what main.ts calls from its
// handlers. Keeps the .ann in step with the article (follow edits in memory,
// write on save, re-anchor after a change on disk), reports problems of the
// .ann files, and answers code actions, hovers and the annotations view.
import fs from 'node:fs';
import path from 'node:path';
import { MessageType, ShowMessageNotification, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as TD } from 'vscode-languageserver-textdocument';
import { parseAnn, reanchor, validateAnn, type AnnProblem, type AnnotationsView } from '../../annotations/index.js';
import type { LearntName } from '../../core/places/team.js';
import type { PlaceType } from '../../core/types.js';
import type { Conflict } from '../../core/story/types.js';
import type { Lines } from '../../core/text/offsets.js';
import type { Conflicts } from '../conflicts.js';
import type { DocState } from '../documents.js';
import { replaceIfUnchanged } from '../files.js';
import { t } from '../l10n.js';
import type { AnnotationItem, AnnotationsResult, FindingsParams } from '../protocol.js';
import type { Stories } from '../stories.js';
import { annActions, articleActions } from './actions.js';
import { deferEdits, resolveDeferred, resolvesEdits } from './deferred-edits.js';
import { minimalEdit } from './edits.js';
import { withAnnotations } from './render.js';
import { isReviewed } from './reviews.js';
import { articleRepairDiagnostics, KIND_REPAIR, misplacedAt, repairActions } from './repairs.js';
import { annUriFor, AnnStore, pathOf, txtUriFor } from './store.js';

export interface AnnotationHost {
  connection: Connection;
  stories: Stories;
  conflicts: Conflicts;
  /** Is the article open in the editor, and with which text? */
  openText(uri: string): string | undefined;
  /** The analysis of an open article (made now if needed). */
  stateOf(uri: string): Promise<DocState | undefined>;
  /** Findings and diagnostics of these articles are due again (their annotations changed). */
  refresh(uris: Set<string>): void;
  /** A .ann changed without a watched-files notification: the places learnt from the files are due again. */
  relearn(): void;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/**
 * When a .ann read after a change on disk looks unfinished (empty, or its
 * last line without a line end: where a writer in progress stops), it is read
 * again after each of these delays (ms) until it looks whole: a file written
 * in steps may get no notification for its last step (the watcher coalesced it).
 */
const REREAD_MS = [200, 500, 1000, 2000, 4000, 8000];

/** How long an article changed on disk must stay unchanged before its .ann is re-anchored (a writer in progress). */
const PULL_QUIET_MS = 400;

function looksUnfinished(ann: string | null): boolean {
  if (ann === null) return false; // deleted: nothing to wait for
  return ann === '' || !/[\r\n]$/.test(ann);
}

export class AnnotationService {
  readonly store = new AnnStore();
  private host!: AnnotationHost;
  /** .ann URIs that were sent diagnostics (to clear them once fixed). */
  private readonly reported = new Set<string>();
  /** Pending second reads of .ann files that looked unfinished, by .ann URI. */
  private readonly rereads = new Map<string, ReturnType<typeof setTimeout>>();

  attach(host: AnnotationHost): void {
    this.host = host;
  }

  private isArticle(uri: string): boolean {
    return /\.txt$/i.test(uri);
  }

  /** The TextDocuments configuration: TextDocument, with the edits of articles followed by their annotations. */
  readonly documentsConfig = {
    create: TD.create,
    update: (doc: TextDocument, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[], version: number): TextDocument => {
      if (this.isArticle(doc.uri)) {
        try {
          this.store.follow(doc.uri, doc.getText(), changes);
        } catch (e) {
          this.host?.connection.console.error(`annotations could not follow the edit of ${doc.uri}: ${String(e)}`);
        }
      }
      return TD.update(doc, changes, version);
    },
  };

  // ------------------------------------------------------------------ editor state

  /** The article was saved: write its followed annotations. */
  async saved(uri: string): Promise<void> {
    this.store.invalidateText(uri);
    const text = this.host.openText(uri);
    if (text === undefined) return;
    const w = this.store.toWrite(uri, text);
    if (!w) return;
    await this.write(w.annUri, w.base, w.text);
    this.store.discard(uri);
    this.publishAnn(w.annUri);
  }

  /** An article was opened: its .ann's problems, which indexing misses when the article came after the folder was listed. */
  opened(uri: string): void {
    // what is on disk is read again: it may have changed while the article was closed
    this.store.invalidateText(uri);
    if (this.isArticle(uri)) this.publishAnn(annUriFor(uri));
  }

  closed(uri: string): void {
    this.store.discard(uri);
  }

  /** The client says a .ann is open in the editor with this text, or closed (null). */
  annDocument(annUri: string, text: string | null): void {
    this.store.setEditor(annUri, text);
    this.store.invalidate(annUri);
    this.publishAnn(annUri);
    this.host.refresh(this.storyOf(txtUriFor(annUri)));
  }

  /** Writes `after`, made from `before`; false when the file on disk changed meanwhile and was left alone. */
  private async write(annUri: string, before: string, after: string): Promise<boolean> {
    if (this.store.isOpenInEditor(annUri)) {
      // the editor's copy: the editor applies the edit or refuses it, and the user sees which
      const r = await this.host.connection.workspace.applyEdit({ label: t('Isnad: annotations follow the text'), edit: { documentChanges: [{ textDocument: { uri: annUri, version: null }, edits: [minimalEdit(before, after)] }] } });
      if (r.applied) this.store.setEditor(annUri, after);
      return true;
    }
    const file = pathOf(annUri);
    if (!file) return false;
    if (await replaceIfUnchanged(file, before, after)) {
      this.store.invalidate(annUri, after);
      return true;
    }
    // another program wrote it since it was read (maybe still writing): its file wins
    this.host.connection.console.warn(`${file} changed on disk since it was read: not written`);
    // a notification, not a request: there is nothing to answer
    void this.host.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: t('Isnad did not write {0}: it changed on disk since Isnad read it (another program may be writing it). The file is kept as it is on disk and read again.', path.basename(file)),
    });
    this.store.invalidate(annUri);
    this.changedOnDisk(annUri);
    this.rereadLater(annUri);
    return false;
  }

  /** A .ann on disk is not what the server held: its problems, the articles it annotates, the places it teaches. */
  private changedOnDisk(annUri: string): void {
    this.store.unanchored.delete(annUri);
    this.publishAnn(annUri);
    this.host.refresh(this.storyOf(txtUriFor(annUri)));
    this.host.relearn();
  }

  /** Reads the .ann again later while it looks unfinished; each change on disk starts over. */
  private rereadLater(annUri: string, attempt = 0): void {
    clearTimeout(this.rereads.get(annUri));
    this.rereads.delete(annUri);
    const delay = REREAD_MS[attempt];
    if (delay === undefined || this.store.isOpenInEditor(annUri)) return;
    const seen = this.store.persisted(annUri);
    if (!looksUnfinished(seen)) return;
    const timer = setTimeout(() => {
      this.rereads.delete(annUri);
      this.store.invalidate(annUri);
      const changed = this.store.persisted(annUri) !== seen;
      if (changed) this.changedOnDisk(annUri);
      this.rereadLater(annUri, changed ? 0 : attempt + 1);
    }, delay);
    timer.unref?.();
    this.rereads.set(annUri, timer);
  }

  /** Files changed on disk: call before the indexer reads them (the old text is still known). */
  async watched(changes: FileEvent[]): Promise<void> {
    const refresh = new Set<string>();
    for (const c of changes) {
      if (/\.ann$/i.test(c.uri)) {
        this.store.invalidate(c.uri);
        this.store.unanchored.delete(c.uri);
        this.publishAnn(c.uri);
        for (const u of this.storyOf(txtUriFor(c.uri))) refresh.add(u);
        this.rereadLater(c.uri);
      } else if (this.isArticle(c.uri)) {
        this.store.invalidateText(c.uri);
        if (c.type === 3) continue;
        await this.textChangedOnDisk(c.uri);
        refresh.add(c.uri);
      }
    }
    if (refresh.size) this.host.refresh(refresh);
  }

  /** Articles changed on disk and not re-anchored yet: the text their .ann was made for, kept until the file is quiet. */
  private readonly pulls = new Map<string, { before: string | undefined; timer?: ReturnType<typeof setTimeout> }>();

  /**
   * The article changed on disk. A file still being written (a pull seen as
   * its first line, then the whole) is waited for: the re-anchoring runs once
   * the file has not changed for PULL_QUIET_MS, from the text the .ann was
   * made for to the text then on disk, never on a half.
   */
  private async textChangedOnDisk(uri: string): Promise<void> {
    const p = this.pulls.get(uri);
    if (p) clearTimeout(p.timer);
    const known = this.host.stories.get(uri);
    const before = p ? p.before : known && known.version === -1 ? known.text : undefined;
    const entry: { before: string | undefined; timer?: ReturnType<typeof setTimeout> } = { before };
    this.pulls.set(uri, entry);
    const age = this.ageOf(uri);
    if (age >= PULL_QUIET_MS) return this.reanchorPulled(uri);
    // not awaited: indexing goes on meanwhile; the articles are refreshed once it ran
    entry.timer = setTimeout(() => {
      if (this.pulls.get(uri) !== entry) return;
      this.store.invalidateText(uri);
      void this.textChangedOnDisk(uri).then(() => this.host.refresh(this.storyOf(uri)));
    }, PULL_QUIET_MS - age);
    entry.timer.unref?.();
  }

  /** Milliseconds since the file was last written (Infinity when it cannot be told). */
  private ageOf(uri: string): number {
    const file = pathOf(uri);
    try {
      return file ? Date.now() - fs.statSync(file).mtimeMs : Infinity;
    } catch {
      return Infinity;
    }
  }

  private async reanchorPulled(uri: string): Promise<void> {
    const before = this.pulls.get(uri)?.before;
    this.pulls.delete(uri);
    const annUri = annUriFor(uri);
    const ann = this.store.persisted(annUri);
    const now = this.store.diskText(uri);
    if (ann === null || now === null) return;
    const open = this.host.openText(uri);
    if (open !== undefined && open === now) return; // saved from the editor: written on save
    const r = reanchor(ann, now, before);
    if (!r.ok) {
      this.publishAnn(annUri);
      return;
    }
    // not written (the .ann changed too, e.g. the same pull): what is on disk was read again
    if (r.edits.length && !(await this.write(annUri, ann, r.text))) return;
    this.store.unanchored.set(annUri, r.problems);
    this.publishAnn(annUri);
  }

  private storyOf(uri: string): Set<string> {
    const doc = this.host.stories.get(uri);
    const out = new Set<string>([uri]);
    if (doc) for (const d of this.host.stories.storyDocs(doc.story)) out.add(d.uri);
    return out;
  }

  // ------------------------------------------------------------------ diagnostics of .ann files

  /** Problems of a .ann against its .txt on disk, as diagnostics of the .ann. */
  annDiagnostics(annUri: string): Diagnostic[] {
    const ann = this.store.persisted(annUri);
    if (ann === null) return [];
    const doc = parseAnn(ann);
    const txt = this.store.diskText(txtUriFor(annUri));
    const unanchored = this.store.unanchored.get(annUri) ?? [];
    const lost = new Set(unanchored.map((p) => p.line));
    const problems: AnnProblem[] = [...unanchored, ...(txt === null ? doc.problems : validateAnn(doc, txt)).filter((p) => !(lost.has(p.line) && p.code === 'text-mismatch'))];
    const out: Diagnostic[] = problems.map((p) => ({
      range: { start: { line: p.line, character: p.start }, end: { line: p.line, character: p.end } },
      severity: SEVERITY[p.severity],
      code: p.code,
      source: 'isnad',
      message: p.message,
    }));
    if (doc.conflicted) {
      out.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: 'merge-conflict',
        source: 'isnad',
        message: t('This annotation file has git conflict markers: Isnad will not write to it until they are resolved (quick fix: keep both sides).'),
      });
    } else if (doc.problems.some((p) => p.severity === 'error')) {
      // a line whose syntax cannot be read: nothing tells what the file means, so it is not written at all
      out.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'read-only',
        source: 'isnad',
        message: t('Isnad will not write to this annotation file until its errors are fixed; nothing in it is lost.'),
      });
    } else if (out.some((d) => d.severity === 1)) {
      out.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'lines-kept',
        source: 'isnad',
        message: t('Isnad keeps the lines with errors exactly as they are written; the other annotations keep following the text.'),
      });
    }
    return out;
  }

  publishAnn(annUri: string): void {
    const diagnostics = this.annDiagnostics(annUri);
    if (!diagnostics.length && !this.reported.has(annUri)) return;
    if (diagnostics.length) this.reported.add(annUri);
    else this.reported.delete(annUri);
    void this.host.connection.sendDiagnostics({ uri: annUri, diagnostics });
  }

  /** After indexing: every .ann beside a known article. */
  publishAll(): void {
    for (const d of this.host.stories.all()) this.publishAnn(annUriFor(d.uri));
  }

  // ------------------------------------------------------------------ what the editor shows

  view(uri: string, text: string): AnnotationsView | null {
    return this.store.view(uri, text);
  }

  decorate(f: FindingsParams, state: DocState): FindingsParams {
    try {
      return withAnnotations(f, this.view(state.uri, state.text), state.lines);
    } catch (e) {
      this.host.connection.console.error(`annotations of ${state.uri} could not be read: ${String(e)}`);
      return f;
    }
  }

  /** Conflicts reviewed as none (or as a revision) in the .ann files are not reported. */
  reviewed = (c: Conflict): boolean => {
    try {
      return isReviewed(this.store, this.host.stories, c);
    } catch {
      return false;
    }
  };

  /** Hover lines for the annotations at a UTF-16 offset of the article. */
  hover(uri: string, text: string, offset: number): { markdown: string; start: number; end: number } | null {
    const view = this.view(uri, text);
    if (!view) return null;
    const at = view.spans.filter((s) => s.ranges.some(([a, b]) => a <= offset && offset < b));
    if (!at.length) return null;
    const lines: string[] = [];
    let start = Infinity;
    let end = -Infinity;
    for (const s of at) {
      for (const [a, b] of s.ranges) if (a <= offset && offset < b) (start = Math.min(start, a)), (end = Math.max(end, b));
      lines.push(`**${t('Annotation')} ${s.id}** ${s.type} «${s.text}»`, '');
      for (const [k, v] of Object.entries(s.attributes)) lines.push(`- ${k}${v === true ? '' : `: ${v}`}`);
      for (const r of s.references) lines.push(`- ${t('Normalisation')}: ${r.db}:${r.id}${r.text ? ` (${r.text})` : ''}`);
      for (const n of s.notes) lines.push(`- ${t('Note')}: ${n}`);
      for (const r of view.relations) {
        if (r.arg1 !== s.id && r.arg2 !== s.id) continue;
        const other = view.spans.find((x) => x.id === (r.arg1 === s.id ? r.arg2 : r.arg1));
        lines.push(`- ${t('Relation')}: ${r.type} ${r.arg1} → ${r.arg2}${other ? ` («${other.text}»)` : ''}${r.notes.length ? ` — ${r.notes.join('; ')}` : ''}`);
      }
      lines.push('');
    }
    return { markdown: lines.join('\n').trim(), start, end };
  }

  /** The annotations view's request. */
  async annotations(uri: string): Promise<AnnotationsResult> {
    const annUri = annUriFor(uri);
    const state = await this.host.stateOf(uri);
    const text = state?.text ?? this.host.stories.get(uri)?.text ?? this.store.diskText(uri) ?? '';
    const lines: Lines | undefined = state?.lines ?? this.host.stories.get(uri)?.lines;
    const view = this.view(uri, text);
    const ann = this.store.persisted(annUri);
    const pos = (o: number): { line: number; character: number } => lines?.positionAt(o) ?? { line: 0, character: o };
    const items: AnnotationItem[] = (view?.spans ?? []).map((s) => ({
      id: s.id,
      type: s.type,
      text: s.text,
      line: s.line,
      range: s.ranges.length ? { start: pos(s.ranges[0]![0]), end: pos(s.ranges[s.ranges.length - 1]![1]) } : null,
      attributes: s.attributes,
      notes: s.notes,
      references: s.references.map((r) => `${r.db}:${r.id}${r.text ? ` ${r.text}` : ''}`),
    }));
    return {
      uri,
      annUri,
      exists: ann !== null,
      items,
      relations: (view?.relations ?? []).map((r) => ({ id: r.id, type: r.type, arg1: r.arg1, arg2: r.arg2, line: r.line })),
      problems: this.annDiagnostics(annUri).filter((d) => d.severity === 1).length,
    };
  }

  // ------------------------------------------------------------------ code actions

  /** Does the client make a code action's edit when it is picked (codeAction/resolve)? Set from the initialize request. */
  private resolves = false;

  clientCapabilities(caps: Parameters<typeof resolvesEdits>[0]): { resolveProvider: boolean } {
    this.resolves = resolvesEdits(caps);
    return { resolveProvider: this.resolves };
  }

  async codeActions(p: CodeActionParams): Promise<CodeAction[]> {
    const out = await this.actionsNow(p);
    // an article's fixes edit .ann files that a pull may change before one is picked: made when picked
    return this.resolves && !/\.ann$/i.test(p.textDocument.uri) ? deferEdits(out, p) : out;
  }

  /** The edit of a picked action, from the .ann files and the article as they are on disk now. */
  async resolveCodeAction(a: CodeAction): Promise<CodeAction> {
    this.store.forgetDisk();
    return resolveDeferred(a, (p) => this.actionsNow(p), (title, reason) => {
      void this.host.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: reason ?? t('Isnad did not apply «{0}»: the annotation files changed since the actions were listed (a pull?); it is not needed or must be asked for again.', title),
      });
    });
  }

  private async actionsNow(p: CodeActionParams): Promise<CodeAction[]> {
    const uri = p.textDocument.uri;
    const ctx = { store: this.store, stories: this.host.stories, conflicts: this.host.conflicts };
    if (/\.ann$/i.test(uri)) return [...annActions(ctx, uri), ...this.repairs(uri, p.range.start.line, p.range.end.line, p.context.only)];
    const state = await this.host.stateOf(uri);
    if (!state) return [];
    const range = { start: state.lines.offsetAt(p.range.start), end: state.lines.offsetAt(p.range.end) };
    const annUri = annUriFor(uri);
    const repairs = misplacedAt(this.store.current(uri, state.text), state.text, range.start, range.end).flatMap((line) => this.repairs(annUri, line, line, p.context.only));
    return [...articleActions(ctx, state, range, p.context.diagnostics, p.context.only), ...repairs];
  }

  private repairs(annUri: string, from: number, to: number, only: string[] | undefined): CodeAction[] {
    if (only && !only.some((k) => KIND_REPAIR === k || KIND_REPAIR.startsWith(k + '.'))) return [];
    return repairActions(this.store, annUri, from, to);
  }

  private articleDiags: { uri: string; ann: string | null; txt: string; out: Diagnostic[] } | null = null;

  /** Diagnostics on an open article for its annotations that are no longer on their text. */
  articleDiagnostics(state: DocState): Diagnostic[] {
    try {
      const ann = this.store.current(state.uri, state.text);
      const c = this.articleDiags;
      if (c && c.uri === state.uri && c.ann === ann && c.txt === state.text) return c.out;
      const out = articleRepairDiagnostics(state.uri, ann, state.text, state.lines);
      this.articleDiags = { uri: state.uri, ann, txt: state.text, out };
      return out;
    } catch (e) {
      this.host.connection.console.error(`annotations of ${state.uri} could not be checked: ${String(e)}`);
      return [];
    }
  }

  // ------------------------------------------------------------------ places learnt from the team's files

  private readonly placesOf = new Map<string, { ann: string; names: LearntName[] }>();

  /** Every Place annotated in a .ann of a known article. */
  learnt(): LearntName[] {
    const out = new Map<string, LearntName>();
    for (const d of this.host.stories.all()) {
      const annUri = annUriFor(d.uri);
      const ann = this.store.persisted(annUri);
      if (!ann) continue;
      let cached = this.placesOf.get(annUri);
      if (!cached || cached.ann !== ann) this.placesOf.set(annUri, (cached = { ann, names: placeNames(ann) }));
      for (const n of cached.names) out.set(n.name, n);
    }
    return [...out.values()];
  }
}

function placeNames(ann: string): LearntName[] {
  const doc = parseAnn(ann);
  const types = new Map<string, string>();
  for (const l of doc.lines) if (l.kind === 'attribute' && l.type === 'PlaceType' && l.value) types.set(l.target, l.value);
  const out: LearntName[] = [];
  for (const l of doc.lines) {
    if (l.kind !== 'textbound' || l.type !== 'Place' || !l.text.trim()) continue;
    const type = types.get(l.id) as PlaceType | undefined;
    out.push({ name: l.text, ...(type ? { type } : {}) });
  }
  return out;
}
