// The Isnad language server: wiring only. Everything it says comes from the
// pure core (../core); this layer translates to and from the protocol.
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Gazetteer } from '../core/places/gazetteer.js';
import { toDiagnostic } from './diagnostics.js';
import { Analyses, type DocState } from './documents.js';
import { findingsOf } from './findings.js';
import { hoverAt } from './hover.js';
import { initL10n, t } from './l10n.js';
import { FindingsNotification } from './protocol.js';
import { Scheduler } from './scheduler.js';
import { DEFAULTS, withDefaults, type Settings } from './settings.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const analyses = new Analyses();
let gazetteer: Gazetteer = Gazetteer.empty();

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
  const init = (params.initializationOptions ?? {}) as { l10nBundle?: string; findings?: boolean };
  clientWantsFindings = !!init.findings;
  initL10n(init.l10nBundle);
  const t0 = performance.now();
  gazetteer = loadGazetteer();
  connection.console.log(`Isnad server started (gazetteer in ${(performance.now() - t0).toFixed(0)} ms; diagnostics ${clientPullsDiagnostics ? 'pulled' : 'pushed'})`);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(clientPullsDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
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

connection.onInitialized(() => {
  if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
});

function settingsFor(uri: string): Promise<Settings> {
  if (!canPullConfig) return Promise.resolve(DEFAULTS);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' }).then(withDefaults, () => DEFAULTS);
    settingsCache.set(uri, s);
  }
  return s;
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

async function analyseNow(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const settings = await settingsFor(uri);
  const current = documents.get(uri);
  if (!current || current.version !== version) return; // superseded while the settings came
  let state: DocState;
  try {
    state = analyses.update(current, settings.maxFileSize, { gazetteer });
  } catch (e) {
    connection.console.error(`Analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return;
  }
  if (clientWantsFindings) void connection.sendNotification(FindingsNotification, findingsOf(state));
  if (clientPullsDiagnostics) refreshDiagnostics();
  else void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(state) });
}

const scheduler = new Scheduler((uri) => void analyseNow(uri));

documents.onDidOpen((e) => scheduler.schedule(e.document.uri));
documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
documents.onDidClose((e) => {
  scheduler.cancel(e.document.uri);
  analyses.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** The current analysis of an open document, made now if the scheduler has not run yet. */
async function stateOf(uri: string): Promise<DocState | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const settings = await settingsFor(uri);
  return analyses.update(doc, settings.maxFileSize, { gazetteer });
}

connection.languages.diagnostics.on(async (params) => {
  const state = await stateOf(params.textDocument.uri);
  return { kind: 'full', items: state ? diagnosticsOf(state) : [] };
});

connection.onCodeAction(() => []);

connection.onHover(async (params) => {
  const state = await stateOf(params.textDocument.uri);
  if (!state?.analysis) return null;
  const h = hoverAt(state.analysis, state.lines.offsetAt(params.position));
  if (!h) return null;
  return {
    contents: { kind: 'markdown', value: h.markdown },
    range: { start: state.lines.positionAt(h.start), end: state.lines.positionAt(h.end) },
  };
});

documents.listen(connection);
connection.listen();

// A bug must not take the server down with every open document: log it.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
