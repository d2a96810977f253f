// Starts the bundled language server over IPC and restarts it when it dies,
// telling the user why.
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
import { report } from './report.js';
import { ARTICLE_SELECTOR } from './scope.js';
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

/** Restarts after a crash, up to 5 times in 3 minutes, and tells the user each time. */
class RestartingHandler implements ErrorHandler {
  private restarts: number[] = [];
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
    // the library logs a restart without telling the user: say it here, with the reason
    const message = vscode.l10n.t('The Isnad server stopped unexpectedly ({0}; the Isnad output has details). It has been restarted; no annotation is lost.', why);
    void vscode.window.showWarningMessage(message);
    return { action: CloseAction.Restart, message, handled: true };
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, exits: ExitWatch): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...ARTICLE_SELECTOR],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.txt'),
        vscode.workspace.createFileSystemWatcher('**/*.ann'),
        vscode.workspace.createFileSystemWatcher('**/.isnad/*.json'),
      ],
    },
    initializationOptions: { l10nBundle: vscode.l10n.uri?.fsPath, findings: true },
    outputChannel: output,
    errorHandler: new RestartingHandler(output, exits),
  };
  return new LanguageClient('isnad', 'Isnad', serverOptions, clientOptions);
}

export { State };
