// The extension: starts the language client when the first plaintext file
// opens, renders what the server finds, and gives annotators commands.
import { loadStart } from './load-start.js';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindingsNotification, type FindingsParams } from '../../server/src/lsp/protocol.js';
import { Decorations } from './decorations.js';
import { report } from './report.js';
import { createClient, ExitWatch, State } from './server.js';
import { StatusBar } from './status-bar.js';
import { StoryView } from './story-view.js';
import { AnnotationsTree, type Node } from './annotations-tree.js';
import { registerCommands } from './commands.js';
import { isArticle } from './scope.js';
import { AnnotationMode } from './annotation-mode.js';
import { AnnotationUndo } from './undo-annotation.js';

// Every module of the bundle has been evaluated once this line runs.
const loadMs = performance.now() - loadStart;

export interface IsnadApi {
  /** Resolves once the language client runs (tests wait on it instead of sleeping). */
  ready: Promise<LanguageClient>;
  findings(uri: vscode.Uri): FindingsParams | undefined;
}

const ms = (x: number): number => Math.round(x * 10) / 10;

export function activate(context: vscode.ExtensionContext): IsnadApi {
  const activateStart = performance.now();
  const output = vscode.window.createOutputChannel('Isnad', { log: true });
  const decorations = new Decorations();
  const highlightsOn = (): boolean => vscode.workspace.getConfiguration('isnad').get<boolean>('decorations.enabled', true);
  decorations.setEnabled(highlightsOn());
  const status = new StatusBar();
  context.subscriptions.push(output, decorations, status, new AnnotationMode(), new AnnotationUndo());

  let client: LanguageClient | undefined;
  let resolveReady!: (c: LanguageClient) => void;
  const ready = new Promise<LanguageClient>((r) => (resolveReady = r));
  const storyView = new StoryView(ready);
  context.subscriptions.push(storyView);
  const annotationsTree = new AnnotationsTree(ready);
  context.subscriptions.push(
    annotationsTree,
    vscode.window.registerTreeDataProvider('isnad.annotations', annotationsTree),
    vscode.commands.registerCommand('isnad.refreshAnnotations', () => annotationsTree.refresh()),
    vscode.commands.registerCommand('isnad.removeAnnotation', (n?: Node) => annotationsTree.remove(n)),
    vscode.commands.registerCommand('isnad.showAnnotationLine', (n?: Node) => annotationsTree.showLine(n)),
    vscode.window.onDidChangeActiveTextEditor(() => void annotationsTree.refresh()),
    registerCommands((uri) => decorations.findings(uri.toString())),
  );

  const activeFindings = (): FindingsParams | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    return doc ? decorations.findings(doc.uri.toString()) : undefined;
  };

  const exits = new ExitWatch();
  const start = async (): Promise<void> => {
    if (client) return;
    const c = (client = createClient(context, output, exits));
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) exits.attach(c); // each restart is a new process
      const state = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
      status.setState(state);
      report('state', { state });
    });
    client.onNotification(FindingsNotification, (f) => {
      const n = decorations.update(f);
      if (vscode.window.activeTextEditor?.document.uri.toString() === f.uri) status.setFindings(f);
      storyView.findingsArrived(f.uri);
      if (vscode.window.activeTextEditor?.document.uri.toString() === f.uri) void annotationsTree.refresh();
      report('findings', { uri: f.uri, version: f.version, spans: f.spans.length, rendered: n, counts: f.counts });
    });
    const startedAt = performance.now();
    try {
      await client.start();
      // from activate() and from the call to start (later when no article was open at activation)
      const t = { sinceActivationMs: ms(performance.now() - activateStart), startMs: ms(performance.now() - startedAt) };
      report('serverReady', t);
      output.info(`Server ready ${t.sinceActivationMs} ms after activation (start took ${t.startMs} ms).`);
      resolveReady(client);
    } catch (e) {
      output.appendLine(`The server could not start: ${String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The Isnad server could not start: {0}', String(e)));
    }
  };

  // start on the first article; never for the chat box or other schemes.
  // Not inside activate(): the extension host waits for activate() to return.
  if (vscode.workspace.textDocuments.some(isArticle)) setTimeout(() => void start(), 0);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (isArticle(d)) void start();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => decorations.forget(d.uri.toString())),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const e of editors) decorations.render(e);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => status.setFindings(activeFindings())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('isnad.decorations.enabled')) {
        decorations.setEnabled(highlightsOn());
        report('decorations', { enabled: highlightsOn() });
      }
    }),
    vscode.commands.registerCommand('isnad.toggleHighlights', () =>
      vscode.workspace.getConfiguration('isnad').update('decorations.enabled', !highlightsOn(), vscode.ConfigurationTarget.Global),
    ),
    vscode.commands.registerCommand('isnad.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('isnad.restartServer', async () => {
      if (!client) return start();
      await client.restart();
    }),
    { dispose: () => void client?.stop() },
  );

  const activateMs = ms(performance.now() - activateStart);
  report('activated', { activateMs, loadMs: ms(loadMs), trusted: vscode.workspace.isTrusted });
  output.info(`Activated in ${activateMs} ms (module load ${ms(loadMs)} ms).`);
  return { ready, findings: (uri) => decorations.findings(uri.toString()) };
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
