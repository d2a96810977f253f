// Starts the bundled language server over IPC and restarts it when it dies,
// telling the user why.
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

/** Restarts after a crash, up to 5 times in 3 minutes, with a message each time. */
class RestartingHandler implements ErrorHandler {
  private restarts: number[] = [];
  constructor(private readonly output: vscode.LogOutputChannel) {}

  error(): { action: ErrorAction } {
    return { action: ErrorAction.Continue };
  }

  closed(): { action: CloseAction; message?: string; handled?: boolean } {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < 180_000);
    this.restarts.push(now);
    report('serverClosed', { restarts: this.restarts.length });
    if (this.restarts.length > 5) {
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t('The Isnad server crashed 5 times in 3 minutes and will not be restarted. The Isnad output shows why; run "Isnad: Restart Server" to try again.'),
      };
    }
    this.output.appendLine('The server stopped unexpectedly; restarting it.');
    return {
      action: CloseAction.Restart,
      message: vscode.l10n.t('The Isnad server stopped unexpectedly (the Isnad output shows why). It has been restarted; no annotation is lost.'),
    };
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // file scheme only: the chat input box of recent VS Code is plaintext too
    documentSelector: [{ scheme: 'file', language: 'plaintext' }],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.txt'),
        vscode.workspace.createFileSystemWatcher('**/*.ann'),
        vscode.workspace.createFileSystemWatcher('**/.isnad/*.json'),
      ],
    },
    initializationOptions: { l10nBundle: vscode.l10n.uri?.fsPath, findings: true },
    outputChannel: output,
    errorHandler: new RestartingHandler(output),
  };
  return new LanguageClient('isnad', 'Isnad', serverOptions, clientOptions);
}

export { State };
