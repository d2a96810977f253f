// The annotations of the active article, grouped by type, in a tree view of
// the Explorer. A click reveals the span in the article; the .ann line is
// one command away. The list comes from the server (isnad/annotations).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationsRequest, type AnnotationItem, type AnnotationsResult } from '../../server/src/lsp/protocol.js';

/** How many listed actions VS Code resolves: the server makes their edits when asked (codeAction/resolve). */
const RESOLVE_ALL = 1000;

export type Node = { kind: 'type'; type: string; items: AnnotationItem[] } | { kind: 'item'; item: AnnotationItem } | { kind: 'empty'; text: string };

export class AnnotationsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: AnnotationsResult | undefined;
  private article: vscode.Uri | undefined;

  constructor(private readonly ready: Promise<LanguageClient>) {}

  /** Reloads the list for the active article (after findings or a change of editor). */
  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && doc.uri.scheme === 'file' && /\.(txt|ann)$/i.test(doc.uri.path)) {
      this.article = doc.uri.path.endsWith('.ann') ? doc.uri.with({ path: doc.uri.path.replace(/\.ann$/i, '.txt') }) : doc.uri;
    }
    if (!this.article) return;
    try {
      const client = await this.ready;
      this.result = await client.sendRequest(AnnotationsRequest, { uri: this.article.toString() });
    } catch {
      this.result = undefined;
    }
    this.changed.fire(undefined);
  }

  /** Removes an annotation (tree context menu): the server's "Remove annotation" action at its span. */
  async remove(n: Node | undefined): Promise<void> {
    if (n?.kind !== 'item' || !n.item.range || !this.article) return;
    const r = n.item.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', this.article, range, 'refactor.isnad.removeAnnotation', RESOLVE_ALL)) ?? [];
    const action = actions.find((a) => a.edit && a.title.includes(` ${n.item.id} `));
    if (action?.edit) await vscode.workspace.applyEdit(action.edit);
    else void vscode.window.showWarningMessage(vscode.l10n.t('{0} cannot be removed now (is the annotation file in error?).', n.item.id));
  }

  /** Opens the .ann at the annotation's line (tree context menu). */
  async showLine(n: Node | undefined): Promise<void> {
    if (n?.kind !== 'item' || !this.result) return;
    await vscode.window.showTextDocument(vscode.Uri.parse(this.result.annUri), { selection: new vscode.Range(n.item.line, 0, n.item.line, 0) });
  }

  getTreeItem(n: Node): vscode.TreeItem {
    if (n.kind === 'empty') return new vscode.TreeItem(n.text);
    if (n.kind === 'type') {
      const t = new vscode.TreeItem(`${n.type} (${n.items.length})`, vscode.TreeItemCollapsibleState.Expanded);
      t.contextValue = 'isnad.annotationType';
      return t;
    }
    const i = n.item;
    const t = new vscode.TreeItem(`${i.text}`);
    const extra = [...Object.entries(i.attributes).map(([k, v]) => (v === true ? k : `${k}=${v}`)), ...i.references];
    t.description = `${i.id}${extra.length ? ' · ' + extra.join(' · ') : ''}`;
    t.tooltip = [`${i.id} ${i.type} «${i.text}»`, ...extra, ...i.notes].join('\n');
    t.contextValue = 'isnad.annotation';
    if (i.range && this.article) {
      t.command = {
        command: 'vscode.open',
        title: vscode.l10n.t('Show in the article'),
        arguments: [this.article, { selection: new vscode.Range(i.range.start.line, i.range.start.character, i.range.end.line, i.range.end.character) }],
      };
    } else if (this.result) {
      t.command = { command: 'vscode.open', title: vscode.l10n.t('Show the line'), arguments: [vscode.Uri.parse(this.result.annUri), { selection: new vscode.Range(i.line, 0, i.line, 0) }] };
    }
    return t;
  }

  getChildren(n?: Node): Node[] {
    if (n?.kind === 'type') return n.items.map((item) => ({ kind: 'item', item }));
    if (n) return [];
    const r = this.result;
    if (!r) return [{ kind: 'empty', text: vscode.l10n.t('Open an article to see its annotations.') }];
    if (!r.items.length) return [{ kind: 'empty', text: r.exists ? vscode.l10n.t('No annotations yet.') : vscode.l10n.t('No annotation file yet: accept a suggestion to create it.') }];
    const groups = new Map<string, AnnotationItem[]>();
    for (const i of r.items) {
      let g = groups.get(i.type);
      if (!g) groups.set(i.type, (g = []));
      g.push(i);
    }
    return [...groups].map(([type, items]) => ({ kind: 'type', type, items }));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
