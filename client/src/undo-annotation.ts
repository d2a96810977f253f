// Undo of the last annotation from the article: the .ann edits Isnad makes
// (quick fixes, "annotate all", annotations following the text) are applied
// to a .ann the annotator usually never opens, so VS Code's own undo, which
// acts on the focused editor, cannot reach them. Each such edit is kept as
// the file's text before and after; the command puts the text before back,
// only when the file still holds the text after (nothing changed it since).
import * as vscode from 'vscode';
import { report } from './report.js';
import { isAnnotationFile } from './scope.js';

interface Step {
  uri: string;
  before: string;
  after: string;
  at: number;
}

/** Edits of one file closer together than this are one step (a CreateFile then its text). */
const SAME_STEP_MS = 300;
const MAX_STEPS = 100;

export class AnnotationUndo implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly steps: Step[] = [];
  /** The text an undo is writing: its change events are not a new step. */
  private undoing: { uri: string; text: string } | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    for (const d of vscode.workspace.textDocuments) if (isAnnotationFile(d)) this.texts.set(d.uri.toString(), d.getText());
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => isAnnotationFile(d) && this.texts.set(d.uri.toString(), d.getText())),
      vscode.workspace.onDidCloseTextDocument((d) => this.texts.delete(d.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.commands.registerCommand('isnad.undoLastAnnotation', () => this.undo()),
    ];
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    if (!isAnnotationFile(e.document) || !e.contentChanges.length) return;
    const uri = e.document.uri.toString();
    const before = this.texts.get(uri) ?? '';
    const after = e.document.getText();
    this.texts.set(uri, after);
    // typed (or undone) in the .ann's own editor: VS Code's undo covers it
    const typed = vscode.window.activeTextEditor?.document === e.document || e.reason !== undefined;
    if (typed || (this.undoing?.uri === uri && this.undoing.text === after)) return;
    const last = this.steps[this.steps.length - 1];
    if (last && last.uri === uri && last.after === before && Date.now() - last.at < SAME_STEP_MS) last.after = after;
    else this.steps.push({ uri, before, after, at: Date.now() });
    if (this.steps.length > MAX_STEPS) this.steps.shift();
  }

  async undo(): Promise<void> {
    const step = this.steps.pop();
    if (!step) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Isnad has made no annotation to undo in this session.'));
      return;
    }
    const uri = vscode.Uri.parse(step.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.getText() !== step.after) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed since Isnad edited it: nothing was undone.', vscode.workspace.asRelativePath(uri)));
      this.steps.length = 0;
      return;
    }
    const wasSaved = !doc.isDirty;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), step.before);
    this.undoing = { uri: step.uri, text: step.before };
    try {
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showWarningMessage(vscode.l10n.t('VS Code refused to change {0}.', vscode.workspace.asRelativePath(uri)));
        return;
      }
      if (wasSaved) await doc.save();
    } finally {
      setTimeout(() => (this.undoing = undefined), 1000); // change events may arrive after applyEdit resolves
    }
    report('annotationUndone', { uri: step.uri });
    vscode.window.setStatusBarMessage(vscode.l10n.t('Isnad: the last annotation edit was undone'), 4000);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
