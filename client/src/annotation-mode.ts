// Annotation mode: while it is on (the default, setting isnad.annotationMode)
// every article opened in the editor is read-only for this session, so a key
// pressed while reviewing (an Enter before the quick-fix menu opens, a letter
// typed in the wrong window) cannot change the text the annotations point
// into. Annotations are written to the .ann beside the article, which stays
// editable. A command and a status-bar item switch editing of the text on.
//
// VS Code has no extension API for read-only documents: the workbench's
// "read-only in session" commands act on the active editor, so the mode is
// applied to each article editor as it becomes active.
import * as vscode from 'vscode';
import { report } from './report.js';
import { isArticle } from './scope.js';

const READONLY = 'workbench.action.files.setActiveEditorReadonlyInSession';
const WRITEABLE = 'workbench.action.files.setActiveEditorWriteableInSession';

export class AnnotationMode implements vscode.Disposable {
  private on: boolean;
  private readonly item = vscode.window.createStatusBarItem('isnad.annotationMode', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.on = vscode.workspace.getConfiguration('isnad').get<boolean>('annotationMode', true);
    this.item.name = vscode.l10n.t('Isnad annotation mode');
    this.item.command = 'isnad.toggleAnnotationMode';
    this.subscriptions.push(
      this.item,
      vscode.commands.registerCommand('isnad.toggleAnnotationMode', () => this.set(!this.on)),
      vscode.commands.registerCommand('isnad.editArticleText', () => this.set(false)),
      vscode.commands.registerCommand('isnad.startAnnotationMode', () => this.set(true)),
      vscode.window.onDidChangeActiveTextEditor((e) => void this.apply(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('isnad.annotationMode')) void this.set(vscode.workspace.getConfiguration('isnad').get<boolean>('annotationMode', true));
      }),
    );
    void this.set(this.on);
  }

  get enabled(): boolean {
    return this.on;
  }

  async set(on: boolean): Promise<void> {
    this.on = on;
    void vscode.commands.executeCommand('setContext', 'isnad.annotationMode', on);
    this.item.text = on ? `$(lock) ${vscode.l10n.t('Annotating')}` : `$(edit) ${vscode.l10n.t('Editing text')}`;
    this.item.tooltip = on
      ? vscode.l10n.t('Annotation mode: the article text is read-only, annotations go to the .ann file. Click to edit the text.')
      : vscode.l10n.t('The article text can be edited (annotations follow it). Click to go back to annotation mode.');
    this.render();
    await this.apply(vscode.window.activeTextEditor);
    report('annotationMode', { on });
  }

  private render(): void {
    if (vscode.window.activeTextEditor && isArticle(vscode.window.activeTextEditor.document)) this.item.show();
    else this.item.hide();
  }

  /** Makes the active article editor read-only (mode on) or writeable (off). */
  private async apply(editor: vscode.TextEditor | undefined): Promise<void> {
    this.render();
    if (!editor || !isArticle(editor.document) || editor !== vscode.window.activeTextEditor) return;
    await vscode.commands.executeCommand(this.on ? READONLY : WRITEABLE).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
