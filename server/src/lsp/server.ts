// The Isnad language server: wiring only. Everything it says comes from the
// pure core (../core); this layer translates to and from the protocol.
// createServer() builds one server on a connection and keeps all its state in
// the objects it creates, so a test can run several in one process (main.ts
// runs one over stdio or IPC).
import {
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { isArticle } from '../core/story/story-of.js';
import type { Detector } from '../core/plugins.js';
import type { Findings } from '../core/types.js';
import { articleAnalyser, unlessRefused } from './analyse-article.js';
import { AnnotationService } from './standoff/service.js';
import { codeActions } from './code-actions.js';
import { didRename, RENAME_OPERATIONS, willRename } from './standoff/renames.js';
import { Conflicts } from './conflicts.js';
import { toDiagnostic } from './diagnostics.js';
import { Analyses, type DocState } from './documents.js';
import { findingsOf } from './findings.js';
import { GazetteerState } from './gazetteer-state.js';
import { conflictLines, hoverAt } from './hover.js';
import { Indexer, type Progress } from './indexer.js';
import { Language } from './l10n.js';
import { placeDetails } from './place-info.js';
import { AnnotationsRequest, FindingsNotification, StoryTableRequest } from './protocol.js';
import { Publisher } from './publishing.js';
import { onRequest, sendNotification } from './typed-messages.js';
import { articlesMentioning, placeReferences } from './references.js';
import { Scheduler } from './scheduler.js';
import { warmUp } from './warm-up.js';
import { ClientSettings } from './settings-cache.js';
import { placeKey, Stories } from './stories.js';
import { storyTable } from './story-table.js';
import { isTeamFile } from './team-gazetteer.js';

export interface ServerOptions {
  /** The detectors every analysis runs, in order: DETECTORS (core/plugins.ts) by default. */
  detectors?: readonly Detector[];
}

export interface IsnadServer {
  /** Starts reading the connection. */
  listen(): void;
}

export function createServer(connection: Connection, options: ServerOptions = {}): IsnadServer {
  /** The server's language: English until initialize gives the client's bundle. */
  const language = new Language();
  const t = language.t;
  const annotations = new AnnotationService(language);
  const documents = new TextDocuments<TextDocument>(annotations.documentsConfig);
  const client = new ClientSettings(connection);
  const gazetteer = new GazetteerState();
  const analyseArticle = articleAnalyser(() => gazetteer.current, options.detectors);
  const analyses = new Analyses(analyseArticle);
  const stories = new Stories((doc) => unlessRefused(analyseArticle)(doc.uri, doc.text));
  const conflicts = new Conflicts();
  const publisher = new Publisher({
    connection,
    flags: () => client.flags,
    openVersion: (uri) => documents.get(uri)?.version,
    diagnosticsFor: (uri) => diagnosticsFor(uri),
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client.initialize(params);
    const init = (params.initializationOptions ?? {}) as { l10nBundle?: string };
    language.use(init.l10nBundle);
    conflicts.strings = language.strings;
    const t0 = performance.now();
    gazetteer.load((m) => connection.console.error(m));
    connection.console.log(`Isnad server started (gazetteer in ${(performance.now() - t0).toFixed(0)} ms; diagnostics ${client.flags.pullsDiagnostics ? 'pulled' : 'pushed'}; node ${process.version} ${process.execArgv.join(' ') || 'without options'})`);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        referencesProvider: true,
        codeActionProvider: annotations.clientCapabilities(params.capabilities),
        executeCommandProvider: { commands: annotations.commands },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true }, fileOperations: { willRename: RENAME_OPERATIONS, didRename: RENAME_OPERATIONS } },
        ...(client.flags.pullsDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'isnad', version: '0.1.0' },
    };
  });

  /** Files an article (open or from disk) in its story; returns the URIs whose diagnostics changed. */
  function store(uri: string, text: string, findings: Findings, version: number): Set<string> {
    const doc = stories.set(uri, text, findings, version);
    const changed = conflicts.update(doc, findings, text);
    changed.add(uri);
    return changed;
  }

  function drop(uri: string): Set<string> {
    const doc = stories.delete(uri);
    const changed = doc ? conflicts.remove(uri, doc.story) : new Set<string>();
    changed.add(uri);
    return changed;
  }

  const indexer = new Indexer(
    {
      isOpen: (uri) => documents.get(uri) !== undefined,
      maxFileSize: async (uri) => (await client.for(uri)).maxFileSize,
      file: (uri, article) => (article ? store(uri, article.text, article.findings, -1) : drop(uri)),
      bulk: () => {
        conflicts.defer();
        return () => conflicts.flush();
      },
    },
    unlessRefused(analyseArticle),
    {
      log: (m) => connection.console.log(m),
      progress: async (title): Promise<Progress> => {
        if (!client.flags.showsProgress) return { report: () => undefined, done: () => undefined };
        const p = await connection.window.createWorkDoneProgress();
        p.begin(title, 0, undefined, false);
        return { report: (pct, msg) => p.report(pct, msg), done: () => p.done() };
      },
    },
  );

  /** Indexes the workspace folders and publishes what changed. */
  async function indexFolders(): Promise<void> {
    const { changed } = await indexer.indexFolders(client.folders);
    if (changed.size) void publisher.publish(changed);
  }

  /** An article changed on disk (or was closed: the disk's text is the article again). */
  async function fileChanged(uri: string, file: string): Promise<void> {
    void publisher.publish(await indexer.fileChanged(uri, file));
  }

  connection.onInitialized(() => {
    if (client.flags.pullsConfig) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    // saves write the annotations that followed the article's edits
    void connection.client.register(DidSaveTextDocumentNotification.type, { documentSelector: [{ scheme: 'file', language: 'plaintext' }], includeText: false }).catch(() => undefined);
    if (client.flags.sendsFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        client.changeFolders(e.added, e.removed);
        void indexFolders();
      });
    }
    void applyTeamGazetteer().then(indexFolders).then(annotationsIndexed);
    // the first keys typed would otherwise pay for compiling the readers
    stopWarmUp = warmUp(analyseArticle, {
      idle: () => scheduler.idle(),
      done: (runs, ms) => connection.console.log(`Isnad analysis warmed up (${runs} analyses of a built-in sample, ${ms.toFixed(0)} ms of processor time)`),
    });
  });
  let stopWarmUp = (): void => undefined;
  connection.onShutdown(() => stopWarmUp());

  /** The team's .isnad/gazetteer.json files on top of the shipped gazetteer; their problems as diagnostics. */
  async function applyTeamGazetteer(): Promise<void> {
    const diagnostics = await gazetteer.applyTeam(client.folders, t);
    for (const [uri, list] of diagnostics) void connection.sendDiagnostics({ uri, diagnostics: list });
    relearn();
  }

  /** After indexing: problems of the .ann files, and the places they teach. */
  function annotationsIndexed(): void {
    annotations.publishAll();
    relearn();
  }

  /** Places annotated in any .ann are found wherever the same name occurs: analyse again when they change. */
  function relearn(): void {
    if (!gazetteer.learn(annotations.learnt())) return;
    analyses.clear();
    for (const d of documents.all()) scheduler.schedule(d.uri);
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    // annotations first: a changed article's old text is still known
    await annotations.watched(params.changes);
    if (params.changes.some((c) => c.uri.endsWith('.ann'))) relearn();
    if (params.changes.some((c) => isTeamFile(c.uri))) {
      // new names change the places (and so the events) of every article
      await applyTeamGazetteer();
      void indexFolders();
    }
    for (const change of params.changes) {
      if (!isArticle(change.uri)) continue;
      let file: string;
      try {
        file = fileURLToPath(change.uri);
      } catch {
        continue;
      }
      if (change.type === 3) void publisher.publish(indexer.fileDeleted(change.uri));
      else void fileChanged(change.uri, file);
    }
  });

  connection.onDidChangeConfiguration(() => {
    client.clear();
    analyses.clear();
    for (const d of documents.all()) scheduler.schedule(d.uri);
    publisher.refresh();
  });

  /** Everything the document's Problems show: its own messages and its conflicts. */
  async function diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    const settings = await client.for(uri);
    const state = documents.get(uri) ? analyses.get(uri) : undefined;
    const own = state ? [...diagnosticsOf(state), ...annotations.articleDiagnostics(state)] : [];
    const doc = stories.get(uri);
    return doc ? [...own, ...conflicts.diagnostics(doc, stories, settings, annotations.reviewed)] : own;
  }

  function diagnosticsOf(state: DocState): Diagnostic[] {
    if (state.refused) {
      const r = state.refused;
      const reason =
        r.ruleId === 'too-large'
          ? t('This file has {0} characters, more than the limit of {1} (setting isnad.maxFileSize): it is not analysed.', r.size, r.limit)
          : t('This file looks binary (it contains NUL characters): it is not analysed.');
      return [toDiagnostic({ start: 0, end: 0, ruleId: r.ruleId, reason, severity: 'info' }, state.lines)];
    }
    return (state.analysis?.messages ?? []).map((m) => toDiagnostic(m, state.lines));
  }

  /** Analyses the open document and publishes; resolves to the analysis's own milliseconds of processor time. */
  async function analyseNow(uri: string): Promise<number | undefined> {
    const doc = documents.get(uri);
    if (!doc || annotations.isAnn(uri)) return undefined;
    const version = doc.version;
    const settings = await client.for(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return undefined; // superseded while the settings came
    let state: DocState;
    // processor time, not the clock's: on a loaded machine the clock also counts the turns other
    // processes held the core, and a mid-sized article would look slow and wait (the scheduler
    // coalesces the keys that queue meanwhile by itself)
    const started = process.cpuUsage();
    try {
      state = analyses.update(current, settings.maxFileSize);
    } catch (e) {
      connection.console.error(`Analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return undefined;
    }
    const used = process.cpuUsage(started);
    const cost = (used.user + used.system) / 1000;
    const changed = state.analysis ? store(uri, state.text, state.analysis, state.version) : drop(uri);
    sendFindings(state);
    // the edited article first: the others' messages can wait a few milliseconds
    changed.delete(uri);
    await publisher.publish([uri, ...changed]);
    return cost;
  }

  /** The spans the client decorates: the analysis with the article's annotations. */
  function sendFindings(state: DocState): void {
    if (!client.flags.wantsFindings) return;
    const indexed = stories.get(state.uri);
    const count = indexed ? conflicts.conflictsFor(indexed).filter((c) => !annotations.reviewed(c)).length : 0;
    void sendNotification(connection, FindingsNotification, annotations.decorate(findingsOf(state, count, t), state));
  }

  const scheduler = new Scheduler(analyseNow);

  // a .ann is a document like an article: the annotations read and edit its text in the editor
  documents.onDidOpen((e) => {
    if (annotations.isAnn(e.document.uri)) return annotations.annDocument(e.document.uri, e.document.getText());
    annotations.opened(e.document.uri);
    scheduler.schedule(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (annotations.isAnn(e.document.uri)) return annotations.annDocument(e.document.uri, e.document.getText(), true);
    scheduler.schedule(e.document.uri);
  });
  documents.onDidSave((e) => {
    if (!annotations.isAnn(e.document.uri)) void annotations.saved(e.document.uri);
  });
  documents.onDidClose((e) => {
    if (annotations.isAnn(e.document.uri)) return annotations.annDocument(e.document.uri, null);
    annotations.closed(e.document.uri);
    scheduler.cancel(e.document.uri);
    analyses.delete(e.document.uri);
    // what is on disk is the article again
    try {
      void fileChanged(e.document.uri, fileURLToPath(e.document.uri));
    } catch {
      stories.delete(e.document.uri);
    }
    publisher.closed(e.document.uri);
  });

  /** The current analysis of an open document, made now if the scheduler has not run yet. */
  async function stateOf(uri: string): Promise<DocState | undefined> {
    const doc = documents.get(uri);
    if (!doc || annotations.isAnn(uri)) return undefined;
    const settings = await client.for(uri);
    return analyses.update(doc, settings.maxFileSize);
  }

  connection.languages.diagnostics.on(async (params) => {
    await stateOf(params.textDocument.uri);
    return { kind: 'full', items: await diagnosticsFor(params.textDocument.uri) };
  });

  connection.languages.diagnostics.onWorkspace(async () => {
    const items = [];
    for (const doc of stories.all()) {
      if (documents.get(doc.uri)) continue; // open documents are pulled one by one
      items.push({ kind: 'full' as const, uri: doc.uri, version: null, items: await diagnosticsFor(doc.uri) });
    }
    return { items };
  });

  connection.onCodeAction((params) => codeActions(params, annotations, (m) => connection.console.error(m)));
  connection.onCodeActionResolve((a) => annotations.resolveCodeAction(a));
  connection.onExecuteCommand((p) => annotations.executeCommand(p.command, p.arguments));
  connection.workspace.onWillRenameFiles((p) => willRename(p));
  connection.workspace.onDidRenameFiles((p) => {
    if (didRename(p, (m) => connection.console.warn(m)).length) annotations.store.forgetDisk();
  });

  annotations.attach({
    connection,
    stories,
    conflicts,
    openText: (uri) => documents.get(uri)?.getText(),
    stateOf,
    refresh: (uris) => {
      for (const uri of uris) {
        const state = documents.get(uri) ? analyses.get(uri) : undefined;
        if (state) sendFindings(state);
      }
      void publisher.publish(uris);
    },
    relearn,
    folders: () => client.folders,
  });
  onRequest(connection, AnnotationsRequest, (p) => annotations.annotations(p.uri));

  onRequest(connection, StoryTableRequest, (p) => storyTable(p, stories, conflicts));

  connection.onHover(async (params) => {
    const state = await stateOf(params.textDocument.uri);
    if (!state?.analysis) return null;
    const indexed = stories.get(params.textDocument.uri);
    const offset = state.lines.offsetAt(params.position);
    // the annotation under the cursor: inside the detection's hover after its facts (or alone)
    const annotated = annotations.hover(params.textDocument.uri, state.text, offset);
    const found = hoverAt(
      state.analysis,
      offset,
      {
        annotation: annotated?.markdown,
        figure: (i) => (indexed ? [...conflicts.corroborationLines(indexed, i), ...conflictLines(conflicts.conflictsFor(indexed).filter((c) => !annotations.reviewed(c)), indexed.uri, i, t, conflicts.strings)] : []),
        place: (p) => {
          const lines = placeDetails(gazetteer.current, p, t);
          if (indexed) lines.after.push(t('Mentioned in {0} article(s) of this folder', articlesMentioning(stories, indexed, placeKey(p))));
          return lines;
        },
      },
      t,
    );
    const h = found ?? annotated;
    if (!h) return null;
    return {
      contents: { kind: 'markdown', value: h.markdown },
      range: { start: state.lines.positionAt(h.start), end: state.lines.positionAt(h.end) },
    };
  });

  connection.onReferences(async (params) => {
    await stateOf(params.textDocument.uri);
    const doc = stories.get(params.textDocument.uri);
    if (!doc) return null;
    return placeReferences(stories, doc, doc.lines.offsetAt(params.position));
  });

  return {
    listen(): void {
      documents.listen(connection);
      connection.listen();
    },
  };
}
