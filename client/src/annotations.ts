// The client's side of the annotation files: tells the server which .ann
// files are open in the editor (so its edits go to the editor's copy) and
// asks it for the quick fixes of a .ann (resolve a merge conflict), since
// the language client only serves the articles. Sent again after every
// server restart.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { AnnotationDocumentNotification } from '../../server/src/lsp/protocol.js';
import { isAnnotationFile } from './scope.js';

export function registerAnnotationFiles(ready: Promise<LanguageClient>): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const send = (doc: vscode.TextDocument, open: boolean): void => {
    const uri = doc.uri.toString();
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    void ready.then((c) => c.sendNotification(AnnotationDocumentNotification, { uri, text: open ? doc.getText() : null }));
  };
  const sendAll = (): void => {
    for (const d of vscode.workspace.textDocuments) if (isAnnotationFile(d)) send(d, true);
  };
  sendAll();
  // a restarted server (after a crash or the restart command) is a new process that knows no open .ann:
  // without this it would write to disk under the editor's unsaved copy
  const restarts = ready.then((c) => c.onDidChangeState((e) => e.oldState !== State.Running && e.newState === State.Running && sendAll()));

  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(doc, range, context) {
      const client = await ready;
      const result = await client.sendRequest('textDocument/codeAction', {
        textDocument: { uri: doc.uri.toString() },
        range: client.code2ProtocolConverter.asRange(range),
        context: { diagnostics: [], only: context.only ? [context.only.value] : undefined },
      });
      const converted = await client.protocol2CodeConverter.asCodeActionResult((result ?? []) as never);
      return converted.filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction);
    },
  };

  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((d) => isAnnotationFile(d) && send(d, true)),
    vscode.workspace.onDidCloseTextDocument((d) => isAnnotationFile(d) && send(d, false)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!isAnnotationFile(e.document)) return;
      const uri = e.document.uri.toString();
      clearTimeout(timers.get(uri));
      timers.set(
        uri,
        setTimeout(() => send(e.document, true), 150),
      );
    }),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file', language: 'brat-ann' }, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    { dispose: () => void restarts.then((d) => d.dispose()) },
  );
}
