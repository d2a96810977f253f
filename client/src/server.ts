// Starts the bundled language server over IPC and restarts it when it dies,
// telling the user why and what the new server checked.
import type { ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { AnnotationsCheckedNotification, type AnnotationsCheckedParams } from '../../server/src/lsp/protocol.js';
import { report } from './report.js';
import { DOCUMENT_SELECTOR } from './scope.js';
import NODE_FLAGS from '../../server/src/node-flags.json' with { type: 'json' };

/** How the server process ended, in words, once it has. */
export class ExitWatch {
  private reason: string | undefined;

  /** Watches the client's server process (vscode-languageclient keeps it in a private field). */
  attach(client: LanguageClient): void {
    const child = (client as unknown as { _serverProcess?: ChildProcess })._serverProcess;
    this.reason = undefined;
    child?.once('exit', (code, signal) => {
      this.reason = signal ? vscode.l10n.t('killed by signal {0}', signal) : vscode.l10n.t('exit code {0}', String(code));
    });
  }

  take(): string {
    const r = this.reason ?? vscode.l10n.t('the connection closed');
    this.reason = undefined;
    return r;
  }
}

/** How long a restarted server may take to say what it checked before the message goes without it (ms). */
const CHECK_WAIT_MS = 30_000;

/**
 * Restarts after a crash, up to 5 times in 3 minutes, and tells the user each
 * time: once the new server has read the annotation files again, with what it
 * checked (files read, open ones sent again, lines it could not place).
 */
class RestartingHandler implements ErrorHandler {
  private restarts: number[] = [];
  /** Why the last server stopped, while its successor has not reported yet. */
  private recovering: { why: string; timer: ReturnType<typeof setTimeout> } | undefined;
  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly exits: ExitWatch,
  ) {}

  error(): { action: ErrorAction } {
    return { action: ErrorAction.Continue };
  }

  closed(): { action: CloseAction; message?: string; handled?: boolean } {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < 180_000);
    this.restarts.push(now);
    const why = this.exits.take();
    report('serverClosed', { restarts: this.restarts.length, why });
    this.output.error(`The server stopped: ${why}.`);
    if (this.restarts.length > 5) {
      const message = vscode.l10n.t('The Isnad server crashed 5 times in 3 minutes and will not be restarted. The Isnad output shows why; run "Isnad: Restart Server" to try again.');
      void vscode.window.showErrorMessage(message);
      return { action: CloseAction.DoNotRestart, message, handled: true };
    }
    // the library logs a restart without telling the user: said once the new server has checked the annotations
    clearTimeout(this.recovering?.timer);
    const timer = setTimeout(() => {
      this.recovering = undefined;
      void vscode.window.showWarningMessage(vscode.l10n.t('The Isnad server stopped unexpectedly ({0}; the Isnad output has details). It has been restarted but has not yet said which annotation files it read again.', why));
    }, CHECK_WAIT_MS);
    this.recovering = { why, timer };
    return { action: CloseAction.Restart, message: vscode.l10n.t('The Isnad server stopped unexpectedly ({0}); restarting it.', why), handled: true };
  }

  /** The (new) server read the annotation files: after a crash, the message says what it checked. */
  checked(c: AnnotationsCheckedParams): void {
    const r = this.recovering;
    if (!r) return;
    clearTimeout(r.timer);
    this.recovering = undefined;
    report('recovered', { why: r.why, ...c });
    const message =
      c.marked > 0
        ? vscode.l10n.t('The Isnad server stopped unexpectedly ({0}; the Isnad output has details) and was restarted: {1} annotation file(s) read again, {2} open one(s) sent again; {3} line(s) could not be placed on their text and are marked in Problems, with a quick fix.', r.why, c.files, c.open, c.marked)
        : vscode.l10n.t('The Isnad server stopped unexpectedly ({0}; the Isnad output has details) and was restarted: {1} annotation file(s) read again, {2} open one(s) sent again; every annotation is on its text.', r.why, c.files, c.open);
    void vscode.window.showWarningMessage(message);
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, exits: ExitWatch): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const handler = new RestartingHandler(output, exits);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.txt'),
        vscode.workspace.createFileSystemWatcher('**/*.ann'),
        vscode.workspace.createFileSystemWatcher('**/.isnad/*.json'),
      ],
    },
    initializationOptions: { l10nBundle: vscode.l10n.uri?.fsPath, findings: true },
    outputChannel: output,
    errorHandler: handler,
  };
  const client = new LanguageClient('isnad', 'Isnad', serverOptions, clientOptions);
  client.onNotification(AnnotationsCheckedNotification, (c: AnnotationsCheckedParams) => handler.checked(c));
  return client;
}

export { State };
