// The annotation files in the language server: what main.ts calls from its
// handlers. Wires the parts, each a module of its own: the store (texts of
// the .ann files and the followed copies), disk-sync (writing and re-reading
// files), ann-diagnostics, ann-hover, code-actions, learnt-places and the
// annotations view. A .ann open in the editor is an ordinary text document:
// main.ts hands its text here (annDocument) and the store prefers it to the file.
import path from 'node:path';
import { MessageType, ShowMessageNotification, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as TD } from 'vscode-languageserver-textdocument';
import type { LearntName } from '../../core/places/team.js';
import type { Conflict } from '../../core/story/types.js';
import type { Conflicts } from '../conflicts.js';
import type { DocState } from '../documents.js';
import type { Language } from '../l10n.js';
import { AnnotationsCheckedNotification, type AnnotationsCheckedParams, type AnnotationsResult, type FindingsParams } from '../protocol.js';
import type { Stories } from '../stories.js';
import { sendNotification } from '../typed-messages.js';
import { annDiagnostics, AnnPublisher, markedLines } from './ann-diagnostics.js';
import { annotationHover } from './ann-hover.js';
import { isAnnUri } from './ann-uri.js';
import { annotationsResult } from './annotations-view.js';
import { annotationActions } from './code-actions.js';
import { AnnDiskSync } from './disk-sync.js';
import { LearntPlaces } from './learnt-places.js';
import { deferEdits, resolveDeferred, resolvesEdits } from './deferred-edits.js';
import { withAnnotations } from './render.js';
import { ACCEPT_PLACE_COMMAND, articleRepairDiagnostics, doubtedDiagnostics } from './repairs.js';
import { isReviewed } from './reviews.js';
import { annUriFor, AnnStore, pathOf, txtUriFor } from './store.js';
import { removeStaleTemps } from '../temp-files.js';

/** What main.ts gives the annotations: the connection, the stories, and the open articles. */
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
  /** The workspace folders on disk (each keeps the marks of its .ann files in its .isnad/local). */
  folders(): string[];
}

/** Typing in a .ann: the articles it annotates are refreshed once the keys pause this long (ms). */
const ANN_TYPING_MS = 150;

export class AnnotationService {
  readonly store = new AnnStore();
  private host!: AnnotationHost;
  private publisher!: AnnPublisher;
  private sync!: AnnDiskSync;
  private readonly places = new LearntPlaces();
  /** .ann documents open in the editor (their text is in the store). */
  private readonly openAnn = new Set<string>();
  /** Articles open in the editor (the indexer leaves them to the editor). */
  private readonly openArticles = new Set<string>();
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();

  /** `language`: the server's, in which every message about the annotations is said. */
  constructor(private readonly language: Language) {}

  attach(host: AnnotationHost): void {
    this.host = host;
    const c = host.connection;
    this.publisher = new AnnPublisher(this.store, this.language, (uri, diagnostics) => void c.sendDiagnostics({ uri, diagnostics }));
    this.store.onDoubted = (annUri) => this.publishAnn(annUri);
    this.store.marks.roots = host.folders;
    this.store.marks.onError = (m) => c.console.warn(m);
    this.sync = new AnnDiskSync(
      this.store,
      {
        open: host.openText,
        indexed: (uri) => {
          const known = host.stories.get(uri);
          return known && known.version === -1 ? known.text : undefined;
        },
        storyOf: (uri) => this.storyOf(uri),
      },
      { publishAnn: (u) => this.publishAnn(u), refresh: host.refresh, relearn: host.relearn },
      {
        applyEdit: async (annUri, edit) => {
          const r = await c.workspace.applyEdit({ label: this.language.t('Isnad: annotations follow the text'), edit: { documentChanges: [{ textDocument: { uri: annUri, version: null }, edits: [edit] }] } });
          return r.applied;
        },
        // a notification, not a request: there is nothing to answer
        warn: (message) => void c.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
        log: (m) => c.console.warn(m),
      },
      this.language.t,
    );
  }

  /** The TextDocuments configuration: TextDocument, with the edits of articles followed by their annotations. */
  readonly documentsConfig = {
    create: TD.create,
    update: (doc: TextDocument, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[], version: number): TextDocument => {
      if (/\.txt$/i.test(doc.uri)) {
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

  /** Is this document a .ann (served here), not an article? */
  isAnn(uri: string): boolean {
    return isAnnUri(uri);
  }

  saved(uri: string): Promise<void> {
    return this.sync.saved(uri);
  }

  /** An article was opened: its .ann's problems, which indexing misses when the article came after the folder was listed. */
  opened(uri: string): void {
    this.openArticles.add(uri);
    // what is on disk is read again: it may have changed while the article was closed
    this.store.invalidateText(uri);
    if (/\.txt$/i.test(uri)) this.publishAnn(annUriFor(uri));
  }

  closed(uri: string): void {
    this.openArticles.delete(uri);
    this.store.discard(uri);
  }

  /**
   * A .ann document was opened or changed in the editor (its whole text), or
   * closed (null). Its text is what the server reads and edits from now on;
   * its problems now, its articles once the typing pauses.
   */
  annDocument(annUri: string, text: string | null, typing = false): void {
    // the change that follows every open carries the same text
    if (typing && this.store.isOpenInEditor(annUri) && this.store.persisted(annUri) === text) return;
    this.store.setEditor(annUri, text);
    this.store.invalidate(annUri);
    if (text === null) this.openAnn.delete(annUri);
    else this.openAnn.add(annUri);
    this.publishAnn(annUri);
    clearTimeout(this.typing.get(annUri));
    this.typing.delete(annUri);
    const follow = (): void => {
      this.typing.delete(annUri);
      this.host.refresh(this.storyOf(txtUriFor(annUri)));
      this.host.relearn();
    };
    if (!typing) return follow();
    const timer = setTimeout(follow, ANN_TYPING_MS);
    timer.unref?.();
    this.typing.set(annUri, timer);
  }

  /** Files changed on disk: call before the indexer reads them (the old text is still known). */
  watched(changes: FileEvent[]): Promise<void> {
    return this.sync.watched(changes);
  }

  private storyOf(uri: string): Set<string> {
    const doc = this.host.stories.get(uri);
    const out = new Set<string>([uri]);
    if (doc) for (const d of this.host.stories.storyDocs(doc.story)) out.add(d.uri);
    return out;
  }

  // ------------------------------------------------------------------ diagnostics

  /** Problems of a .ann against its .txt on disk, as diagnostics of the .ann. */
  annDiagnostics(annUri: string): Diagnostic[] {
    return annDiagnostics(this.store, annUri, this.language);
  }

  publishAnn(annUri: string): void {
    this.publisher.publish(annUri);
  }

  /**
   * After indexing: every .ann beside a known article, and the open ones; then
   * what was checked, for the client (its message after a crash says it).
   */
  publishAll(): AnnotationsCheckedParams {
    const uris = new Set([...this.host.stories.all()].map((d) => annUriFor(d.uri)));
    for (const u of this.openArticles) if (/\.txt$/i.test(u)) uris.add(annUriFor(u));
    for (const u of this.openAnn) uris.add(u);
    let files = 0;
    let marked = 0;
    for (const u of uris) {
      if (this.store.persisted(u) === null) {
        // a pipe named NAME.ann beside a closed article is said too
        if (this.store.skippedAsNotAFile(u)) this.publishAnn(u);
        continue;
      }
      files++;
      this.publishAnn(u);
      marked += markedLines(this.annDiagnostics(u));
    }
    const checked = { files, open: this.openAnn.size, marked };
    void sendNotification(this.host.connection, AnnotationsCheckedNotification, checked);
    void this.removeStaleTemps(uris);
    return checked;
  }

  /** A server killed between writing a .ann's temporary file and renaming it leaves the file behind: removed here. */
  private async removeStaleTemps(annUris: Iterable<string>): Promise<void> {
    const dirs = new Set<string>();
    for (const u of annUris) {
      const file = pathOf(u);
      if (file) dirs.add(path.dirname(file));
    }
    for (const dir of dirs) {
      const removed = await removeStaleTemps(dir);
      if (removed.length) this.host.connection.console.log(`removed ${removed.length} temporary file(s) a stopped server left in ${dir}: ${removed.join(', ')}`);
    }
  }

  private articleDiags: { uri: string; ann: string | null; txt: string; out: Diagnostic[] } | null = null;

  /** Diagnostics on an open article for its annotations that are no longer on their text. */
  articleDiagnostics(state: DocState): Diagnostic[] {
    try {
      // typing that shifted every span: nothing to report, and the .ann need not follow each key
      if (this.store.allPlaced(state.uri, state.text)) return this.doubted(state);
      const ann = this.store.current(state.uri, state.text);
      const c = this.articleDiags;
      if (c && c.uri === state.uri && c.ann === ann && c.txt === state.text) return [...c.out, ...this.doubted(state)];
      const out = articleRepairDiagnostics(state.uri, ann, state.text, state.lines, this.language.t);
      this.articleDiags = { uri: state.uri, ann, txt: state.text, out };
      return [...out, ...this.doubted(state)];
    } catch (e) {
      this.host.connection.console.error(`annotations of ${state.uri} could not be checked: ${String(e)}`);
      return [];
    }
  }

  /** Spans whose place is in doubt, on the article (none: no .ann line is marked so). */
  private doubted(state: DocState): Diagnostic[] {
    if (!this.store.doubtedLines(annUriFor(state.uri), this.store.persisted(annUriFor(state.uri))).length) return [];
    return doubtedDiagnostics(this.store, state.uri, this.store.current(state.uri, state.text), state.text, state.lines, this.language.t);
  }

  /** The commands of the annotations' code actions (workspace/executeCommand). */
  readonly commands = [ACCEPT_PLACE_COMMAND];

  /** The annotator accepted a span where it is: its mark is dropped, on the .ann and on the articles it annotates. */
  executeCommand(command: string, args: unknown[] | undefined): void {
    const [annUri, id] = args ?? [];
    if (command !== ACCEPT_PLACE_COMMAND || typeof annUri !== 'string' || typeof id !== 'string') return;
    if (!this.store.acceptPlace(annUri, id)) return;
    this.publishAnn(annUri);
    this.host.refresh(this.storyOf(txtUriFor(annUri)));
  }

  // ------------------------------------------------------------------ what the editor shows

  decorate(f: FindingsParams, state: DocState): FindingsParams {
    try {
      return withAnnotations(f, this.store.view(state.uri, state.text), state.lines);
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
    return annotationHover(this.store.view(uri, text), offset, this.language.t);
  }

  /** The annotations view's request. */
  async annotations(uri: string): Promise<AnnotationsResult> {
    const state = await this.host.stateOf(uri);
    const indexed = this.host.stories.get(uri);
    const text = state?.text ?? indexed?.text ?? this.store.diskText(uri) ?? '';
    return annotationsResult(this.store, uri, text, state?.lines ?? indexed?.lines, (u) => this.annDiagnostics(u));
  }

  /** Does the client make a code action's edit when it is picked (codeAction/resolve)? Set from the initialize request. */
  private resolves = false;

  clientCapabilities(caps: Parameters<typeof resolvesEdits>[0]): { resolveProvider: boolean } {
    this.resolves = resolvesEdits(caps);
    return { resolveProvider: this.resolves };
  }

  async codeActions(p: CodeActionParams): Promise<CodeAction[]> {
    const out = await this.actionsNow(p);
    // an article's fixes edit .ann files that a pull may change before one is picked: made when picked
    return this.resolves && !isAnnUri(p.textDocument.uri) ? deferEdits(out, p) : out;
  }

  /** The edit of a picked action, from the .ann files and the article as they are on disk now. */
  async resolveCodeAction(a: CodeAction): Promise<CodeAction> {
    this.store.forgetDisk();
    return resolveDeferred(a, (p) => this.actionsNow(p), (title, reason) => {
      void this.host.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: reason ?? this.language.t('Isnad did not apply «{0}»: the annotation files changed since the actions were listed (a pull?); it is not needed or must be asked for again.', title),
      });
    });
  }

  private async actionsNow(p: CodeActionParams): Promise<CodeAction[]> {
    const ctx = { store: this.store, stories: this.host.stories, conflicts: this.host.conflicts, t: this.language.t };
    const state = isAnnUri(p.textDocument.uri) ? undefined : await this.host.stateOf(p.textDocument.uri);
    return annotationActions(ctx, p, state);
  }

  /** Every Place annotated in a .ann of a known article. */
  learnt(): LearntName[] {
    return this.places.of(
      [...this.host.stories.all()].map((d) => annUriFor(d.uri)),
      (u) => this.store.persisted(u),
    );
  }
}
