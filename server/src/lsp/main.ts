// The Isnad language server: wiring only. Everything it says comes from the
// pure core (../core); this layer translates to and from the protocol.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../core/places/gazetteer.js';
import { analyse } from '../core/analyse.js';
import { localiseMessages } from '../annotations/messages.js';
import { localiseStrings } from '../core/story/describe.js';
import { refuse } from '../core/text/guard.js';
import type { Findings } from '../core/types.js';
import { Conflicts } from './conflicts.js';
import { toDiagnostic } from './diagnostics.js';
import { Analyses, type DocState } from './documents.js';
import { findingsOf } from './findings.js';
import { conflictLines, hoverAt } from './hover.js';
import { tuneV8 } from '../v8.js';
import { Indexer, type Progress } from './indexer.js';
import { initL10n, t } from './l10n.js';
import { FindingsNotification, StoryTableRequest, type StoryTableParams } from './protocol.js';
import { articlesMentioning, placeReferences } from './references.js';
import { placeDetails } from './placeInfo.js';
import { Scheduler } from './scheduler.js';
import { applyTeamFiles, isTeamFile } from './teamGazetteer.js';
import { DEFAULTS, withDefaults, type Settings } from './settings.js';
import { placeKey, Stories } from './stories.js';
import { storyTable } from './storyTable.js';
import { AnnotationService } from './annotations/service.js';
import { didRename, RENAME_OPERATIONS, willRename } from './annotations/renames.js';
import { codeActions } from './codeActions.js';
import { AnnotationDocumentNotification, AnnotationsRequest, type AnnotationDocumentParams, type AnnotationsParams } from './protocol.js';

tuneV8();
const connection = createConnection(ProposedFeatures.all);
const annotations = new AnnotationService();
const documents = new TextDocuments(annotations.documentsConfig);
const analyses = new Analyses();
let gazetteer: Gazetteer = Gazetteer.empty();
/** The gazetteer as shipped, before the team's file and annotations. */
let shippedGazetteer: Gazetteer = gazetteer;
/** The gazetteer before the places learnt from the team's annotation files. */
let baseGazetteer: Gazetteer = gazetteer;
let learntKey = '';
const stories = new Stories((doc) => (refuse(doc.text, Infinity) ? null : analyse(doc.text, { gazetteer, article: articleName(doc.uri) })));
const conflicts = new Conflicts();
let workspaceFolders: string[] = [];
let clientShowsProgress = false;
let clientSendsFolderChanges = false;

let canPullConfig = false;
let clientPullsDiagnostics = false;
let clientWantsFindings = false;
let clientRefreshesDiagnostics = false;
const settingsCache = new Map<string, Promise<Settings>>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  canPullConfig = !!caps.workspace?.configuration;
  clientPullsDiagnostics = !!caps.textDocument?.diagnostic;
  clientRefreshesDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
  clientShowsProgress = !!caps.window?.workDoneProgress;
  clientSendsFolderChanges = !!caps.workspace?.workspaceFolders;
  workspaceFolders = folderPaths(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []));
  const init = (params.initializationOptions ?? {}) as { l10nBundle?: string; findings?: boolean };
  clientWantsFindings = !!init.findings;
  initL10n(init.l10nBundle);
  localiseStrings((english) => t(english));
  localiseMessages((english) => t(english));
  const t0 = performance.now();
  gazetteer = baseGazetteer = shippedGazetteer = loadGazetteer();
  connection.console.log(`Isnad server started (gazetteer in ${(performance.now() - t0).toFixed(0)} ms; diagnostics ${clientPullsDiagnostics ? 'pulled' : 'pushed'}; node ${process.version} ${process.execArgv.join(' ') || 'without options'})`);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      referencesProvider: true,
      codeActionProvider: annotations.clientCapabilities(caps),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true }, fileOperations: { willRename: RENAME_OPERATIONS, didRename: RENAME_OPERATIONS } },
      ...(clientPullsDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    },
    serverInfo: { name: 'isnad', version: '0.1.0' },
  };
});

function loadGazetteer(): Gazetteer {
  const g = Gazetteer as unknown as { load?: () => Gazetteer };
  try {
    return g.load ? g.load() : Gazetteer.empty();
  } catch (e) {
    connection.console.error(`The gazetteer could not be loaded: ${String(e)}`);
    return Gazetteer.empty();
  }
}

/** The article's name when it has no byline: its file name without .txt. */
function articleName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)).replace(/\.txt$/, '');
}

function folderPaths(folders: { uri: string }[]): string[] {
  const out: string[] = [];
  for (const f of folders) {
    try {
      out.push(fileURLToPath(f.uri));
    } catch {
      connection.console.warn(`workspace folder ${f.uri} is not on disk: not indexed`);
    }
  }
  return out;
}

/** Files an article (open or from disk) in its story; returns the URIs whose diagnostics changed. */
function store(uri: string, text: string, findings: Findings, version: number): Set<string> {
  const doc = stories.set(uri, text, findings, version);
  const changed = conflicts.update(doc, findings);
  changed.add(uri);
  return changed;
}

function drop(uri: string): Set<string> {
  const doc = stories.delete(uri);
  const changed = doc ? conflicts.remove(uri, doc.story) : new Set<string>();
  changed.add(uri);
  return changed;
}

const indexer = new Indexer({
  stories,
  store: (uri, text, findings) => store(uri, text, findings, -1),
  drop,
  isOpen: (uri) => documents.get(uri) !== undefined,
  maxFileSize: async (uri) => (await settingsFor(uri)).maxFileSize,
  analyse: (uri, text) => (refuse(text, Infinity) ? null : analyse(text, { gazetteer, article: articleName(uri) })),
  progress: async (title): Promise<Progress> => {
    if (!clientShowsProgress) return { report: () => undefined, done: () => undefined };
    const p = await connection.window.createWorkDoneProgress();
    p.begin(title, 0, undefined, false);
    return { report: (pct, msg) => p.report(pct, msg), done: () => p.done() };
  },
  log: (m) => connection.console.log(m),
  changed: (uris) => void publish(uris),
  bulkStart: () => conflicts.defer(),
  bulkEnd: () => conflicts.flush(),
});

connection.onInitialized(() => {
  if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  // saves write the annotations that followed the article's edits
  void connection.client.register(DidSaveTextDocumentNotification.type, { documentSelector: [{ scheme: 'file', language: 'plaintext' }], includeText: false }).catch(() => undefined);
  if (clientSendsFolderChanges) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(folderPaths(e.removed));
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...folderPaths(e.added)];
      settingsCache.clear();
      void indexer.indexFolders(workspaceFolders);
    });
  }
  void applyTeamGazetteer().then(() => indexer.indexFolders(workspaceFolders)).then(annotationsIndexed);
});

/** The team's .isnad/gazetteer.json files on top of the shipped gazetteer; their problems as diagnostics. */
async function applyTeamGazetteer(): Promise<void> {
  const { gazetteer: g, diagnostics } = await applyTeamFiles(shippedGazetteer, workspaceFolders);
  baseGazetteer = g;
  for (const [uri, list] of diagnostics) void connection.sendDiagnostics({ uri, diagnostics: list });
  learntKey = '\u0000'; // whatever was learnt is applied again on the new base
  relearn();
}

/** After indexing: problems of the .ann files, and the places they teach. */
function annotationsIndexed(): void {
  annotations.publishAll();
  relearn();
}

/** Places annotated in any .ann are found wherever the same name occurs: rebuild the gazetteer when they change. */
function relearn(): void {
  const names = annotations.learnt();
  const key = names.map((n) => `${n.name}|${n.type ?? ''}`).sort().join('\n');
  if (key === learntKey) return;
  learntKey = key;
  gazetteer = baseGazetteer.withLearnt(names);
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
    void indexer.indexFolders(workspaceFolders);
  }
  for (const change of params.changes) {
    if (!change.uri.endsWith('.txt')) continue;
    let file: string;
    try {
      file = fileURLToPath(change.uri);
    } catch {
      continue;
    }
    if (change.type === 3) indexer.fileDeleted(change.uri);
    else void indexer.fileChanged(change.uri, file);
  }
});

/**
 * The settings of an article. They are resource-scoped, and VS Code resolves
 * them per workspace folder, so one request per folder serves all its
 * articles (an archive of 10 000 would otherwise cost 10 000 round trips).
 */
function settingsFor(uri: string): Promise<Settings> {
  if (!canPullConfig) return Promise.resolve(DEFAULTS);
  const key = settingsScope(uri);
  let s = settingsCache.get(key);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' }).then(withDefaults, () => DEFAULTS);
    settingsCache.set(key, s);
  }
  return s;
}

/** The workspace folder that holds the article (the innermost), else the article itself. */
function settingsScope(uri: string): string {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return uri;
  }
  let best = '';
  for (const f of workspaceFolders) if (f.length > best.length && (file === f || file.startsWith(f.endsWith(sep) ? f : f + sep))) best = f;
  return best || uri;
}

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  analyses.clear();
  for (const d of documents.all()) scheduler.schedule(d.uri);
  refreshDiagnostics();
});

/** Asks a pulling client to pull again, when it said it can be asked. */
function refreshDiagnostics(): void {
  if (clientPullsDiagnostics && clientRefreshesDiagnostics) {
    connection.languages.diagnostics.refresh().catch((e: unknown) => connection.console.warn(`diagnostic refresh failed: ${String(e)}`));
  }
}

/** Everything the document's Problems show: its own messages and its conflicts. */
async function diagnosticsFor(uri: string): Promise<Diagnostic[]> {
  const settings = await settingsFor(uri);
  const state = documents.get(uri) ? analyses.get(uri) : undefined;
  const own = state ? [...diagnosticsOf(state), ...annotations.articleDiagnostics(state)] : [];
  const doc = stories.get(uri);
  return doc ? [...own, ...conflicts.diagnostics(doc, stories, settings, annotations.reviewed)] : own;
}

/**
 * Sends the documents' diagnostics (push), or asks a pulling client to pull.
 * The first (the article just edited) now; the others (an edit may touch
 * thousands in an archive) in the background, open ones first, in short
 * turns that let the next keystroke, hover or open go first.
 */
async function publish(uris: Iterable<string>): Promise<void> {
  if (clientPullsDiagnostics) return refreshDiagnostics();
  let first = true;
  for (const uri of uris) {
    if (first && documents.get(uri)) await send(uri);
    else (documents.get(uri) ? openDue : closedDue).add(uri);
    first = false;
  }
  drain();
}

/** Documents whose diagnostics are due: computed when sent, so always current. */
const openDue = new Set<string>();
const closedDue = new Set<string>();
let draining = false;
/** How long one turn of background sending may hold the event loop. */
const TURN_MS = 8;

function drain(): void {
  if (draining) return;
  draining = true;
  void (async () => {
    try {
      while (openDue.size || closedDue.size) {
        const turn: Promise<void>[] = [];
        const t0 = performance.now();
        for (const due of [openDue, closedDue]) {
          for (const uri of due) {
            if (performance.now() - t0 > TURN_MS) break;
            due.delete(uri);
            // computed here (only the settings are awaited, already known), written in the background
            const message = await diagnosticsMessage(uri);
            if (message) turn.push(connection.sendDiagnostics(message).catch(() => undefined));
          }
        }
        // wait for the turn's messages to be written: thousands queued at once would hold hundreds of MB
        await Promise.all(turn);
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      draining = false;
    }
  })();
}

async function send(uri: string): Promise<void> {
  const message = await diagnosticsMessage(uri);
  if (message) await connection.sendDiagnostics(message).catch(() => undefined);
}

/** The document's diagnostics to send; undefined for a closed article whose problems did not change. */
async function diagnosticsMessage(uri: string): Promise<PublishDiagnosticsParams | undefined> {
  const doc = documents.get(uri);
  const diagnostics = await diagnosticsFor(uri);
  // a closed article whose problems did not change is not sent again (an archive has thousands)
  const key = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
  if (!doc && lastPublished.get(uri) === key) return undefined;
  lastPublished.set(uri, key);
  return { uri, version: doc?.version, diagnostics };
}

const lastPublished = new Map<string, string>();

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

/** Analyses the open document and publishes; resolves to the analysis's own milliseconds. */
async function analyseNow(uri: string): Promise<number | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const version = doc.version;
  const settings = await settingsFor(uri);
  const current = documents.get(uri);
  if (!current || current.version !== version) return undefined; // superseded while the settings came
  let state: DocState;
  const started = performance.now();
  try {
    state = analyses.update(current, settings.maxFileSize, { gazetteer, article: articleName(uri) });
  } catch (e) {
    connection.console.error(`Analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return undefined;
  }
  const cost = performance.now() - started;
  const changed = state.analysis ? store(uri, state.text, state.analysis, state.version) : drop(uri);
  sendFindings(state);
  // the edited article first: the others' messages can wait a few milliseconds
  changed.delete(uri);
  await publish([uri, ...changed]);
  return cost;
}

/** The spans the client decorates: the analysis with the article's annotations. */
function sendFindings(state: DocState): void {
  if (!clientWantsFindings) return;
  const indexed = stories.get(state.uri);
  const count = indexed ? conflicts.conflictsFor(indexed).filter((c) => !annotations.reviewed(c)).length : 0;
  void connection.sendNotification(FindingsNotification, annotations.decorate(findingsOf(state, count), state));
}

const scheduler = new Scheduler(analyseNow);

documents.onDidOpen((e) => {
  annotations.opened(e.document.uri);
  scheduler.schedule(e.document.uri);
});
documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
documents.onDidSave((e) => void annotations.saved(e.document.uri));
documents.onDidClose((e) => {
  annotations.closed(e.document.uri);
  scheduler.cancel(e.document.uri);
  analyses.delete(e.document.uri);
  // what is on disk is the article again
  try {
    void indexer.fileChanged(e.document.uri, fileURLToPath(e.document.uri));
  } catch {
    stories.delete(e.document.uri);
  }
  // what the reload from disk finds is sent again, even when equal to what was sent while open
  lastPublished.delete(e.document.uri);
  if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** The current analysis of an open document, made now if the scheduler has not run yet. */
async function stateOf(uri: string): Promise<DocState | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const settings = await settingsFor(uri);
  return analyses.update(doc, settings.maxFileSize, { gazetteer, article: articleName(uri) });
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
    void publish(uris);
  },
  relearn,
});
connection.onRequest(AnnotationsRequest, (p: AnnotationsParams) => annotations.annotations(p.uri));
connection.onNotification(AnnotationDocumentNotification, (p: AnnotationDocumentParams) => {
  annotations.annDocument(p.uri, p.text);
  relearn();
});

connection.onRequest(StoryTableRequest, (p: StoryTableParams) => storyTable(p, stories, conflicts));

connection.onHover(async (params) => {
  const state = await stateOf(params.textDocument.uri);
  if (!state?.analysis) return null;
  const indexed = stories.get(params.textDocument.uri);
  const offset = state.lines.offsetAt(params.position);
  // the annotation under the cursor: inside the detection's hover after its facts (or alone)
  const annotated = annotations.hover(params.textDocument.uri, state.text, offset);
  const found = hoverAt(state.analysis, offset, {
    annotation: annotated?.markdown,
    figure: (i) => (indexed ? [...conflicts.corroborationLines(indexed, i), ...conflictLines(conflicts.conflictsFor(indexed).filter((c) => !annotations.reviewed(c)), indexed.uri, i)] : []),
    place: (p) => {
      const lines = placeDetails(gazetteer, p);
      if (indexed) lines.after.push(t('Mentioned in {0} article(s) of this folder', articlesMentioning(stories, indexed, placeKey(p))));
      return lines;
    },
  });
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

documents.listen(connection);
connection.listen();

// A bug must not take the server down with every open document: log it.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
