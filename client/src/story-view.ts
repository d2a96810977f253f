// "Isnad: Story figures": a webview view with the active article's story
// grouped by what is counted (from the server's isnad/storyTable), a chart of
// the values by source, click a value to open the article at the figure, and
// the table exported as CSV.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StoryTableRequest, type StoryTableResult } from '../../server/src/lsp/protocol.js';
import { storyCsv, type CsvLabels } from './csv.js';
import { report } from './report.js';
import { isArticle } from './scope.js';
import { shellHtml, tableHtml, type ViewLabels } from './story-view-html.js';

export const STORY_VIEW = 'isnad.storyFigures';

function statusLabels(): ViewLabels['status'] {
  return {
    conflict: vscode.l10n.t('Conflict'),
    update: vscode.l10n.t('Update'),
    differ: vscode.l10n.t('Values differ (not compared)'),
    agree: vscode.l10n.t('Agree'),
    single: vscode.l10n.t('One source'),
  };
}

function viewLabels(table: StoryTableResult | undefined): ViewLabels {
  const conflicts = table?.rows.filter((r) => r.status === 'conflict').length ?? 0;
  return {
    title: vscode.l10n.t('Story figures'),
    exportCsv: vscode.l10n.t('Export CSV'),
    refresh: vscode.l10n.t('Refresh'),
    noArticle: vscode.l10n.t('Open an article (.txt) to see the figures of its story.'),
    noFigures: vscode.l10n.t('No counted figures in this story yet.'),
    summary: vscode.l10n.t('{0} article(s) · {1} group(s) · {2} in conflict', table?.articles ?? 0, table?.rows.length ?? 0, conflicts),
    value: vscode.l10n.t('Value'),
    chart: vscode.l10n.t('Chart'),
    source: vscode.l10n.t('Source'),
    article: vscode.l10n.t('Article'),
    open: vscode.l10n.t('Open the article at this figure'),
    legend: {
      title: vscode.l10n.t('Legend'),
      status: {
        conflict: vscode.l10n.t('sources give values that cannot both be true'),
        update: vscode.l10n.t('a later report changes an earlier figure (a toll that grew)'),
        differ: vscode.l10n.t('values differ, but they are not comparable'),
        agree: vscode.l10n.t('every source gives the same value'),
        single: vscode.l10n.t('only one source gives this figure'),
      },
      exact: vscode.l10n.t('an exact value'),
      interval: vscode.l10n.t('a range or an approximate value'),
      sideA: vscode.l10n.t('one side of a conflict'),
      sideB: vscode.l10n.t('the other side'),
      update: vscode.l10n.t('the later, updated value'),
      agreeing: vscode.l10n.t('agreeing values'),
    },
    status: statusLabels(),
  };
}

function csvLabels(): CsvLabels {
  return {
    columns: [
      vscode.l10n.t('what'),
      vscode.l10n.t('event'),
      vscode.l10n.t('status'),
      vscode.l10n.t('value'),
      vscode.l10n.t('min'),
      vscode.l10n.t('max'),
      vscode.l10n.t('source'),
      vscode.l10n.t('source type'),
      vscode.l10n.t('chain'),
      vscode.l10n.t('article'),
      vscode.l10n.t('line'),
      vscode.l10n.t('column'),
    ],
    status: statusLabels(),
  };
}

export class StoryView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private client: LanguageClient | undefined;
  /** The article whose story is shown: the active one, else the last active one. */
  private uri: string | undefined;
  private table: StoryTableResult | undefined;
  private seq = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(ready: Promise<LanguageClient>) {
    void ready.then((c) => {
      this.client = c;
      void this.refresh();
    });
    this.disposables.push(
      vscode.window.registerWebviewViewProvider(STORY_VIEW, this),
      vscode.commands.registerCommand('isnad.showStoryFigures', async () => {
        await vscode.commands.executeCommand(`${STORY_VIEW}.focus`);
        await this.refresh();
      }),
      vscode.commands.registerCommand('isnad.exportStoryCsv', () => this.exportCsv()),
      vscode.commands.registerCommand('isnad.refreshStoryFigures', () => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refreshIfShown()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => this.inStory(u.toString()))) void this.refreshIfShown();
      }),
    );
  }

  /** The server sent findings for a document: refresh when it is of the story shown. */
  findingsArrived(uri: string): void {
    if (this.inStory(uri) || !this.table) void this.refreshIfShown();
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: [] };
    view.webview.html = shellHtml({ nonce: randomBytes(16).toString('base64'), cspSource: view.webview.cspSource, lang: vscode.env.language, labels: viewLabels(undefined) });
    view.webview.onDidReceiveMessage((m: { type?: string; row?: number; claim?: number }) => {
      if (m.type === 'ready') void this.refresh();
      else if (m.type === 'refresh') void this.refresh();
      else if (m.type === 'export') void this.exportCsv();
      else if (m.type === 'open' && typeof m.row === 'number' && typeof m.claim === 'number') void this.open(m.row, m.claim);
    });
    view.onDidChangeVisibility(() => void this.refreshIfShown());
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
  }

  private inStory(uri: string): boolean {
    if (!this.table || !uri.startsWith('file:')) return false;
    try {
      return path.dirname(vscode.Uri.parse(uri).fsPath) === this.table.story;
    } catch {
      return false;
    }
  }

  private currentUri(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isArticle(doc)) this.uri = doc.uri.toString();
    return this.uri;
  }

  private async refreshIfShown(): Promise<void> {
    if (this.view?.visible) await this.refresh();
  }

  /** Asks the server for the story's table (the latest answer wins) and shows it. */
  async refresh(): Promise<StoryTableResult | undefined> {
    const uri = this.currentUri();
    const seq = ++this.seq;
    let table: StoryTableResult | undefined;
    if (uri && this.client) {
      try {
        table = await this.client.sendRequest(StoryTableRequest, { uri });
      } catch (e) {
        this.client.error(`isnad/storyTable failed: ${String(e)}`, undefined, false);
        return this.table;
      }
    }
    if (seq !== this.seq) return this.table; // a newer refresh is under way
    this.table = table;
    if (this.view) {
      void this.view.webview.postMessage({ type: 'table', html: tableHtml(table, viewLabels(table)) });
      this.view.description = table?.name;
    }
    report('storyTable', { story: table?.story ?? null, rows: table?.rows.length ?? 0, conflicts: table?.rows.filter((r) => r.status === 'conflict').length ?? 0 });
    return table;
  }

  private async open(row: number, claim: number): Promise<void> {
    const c = this.table?.rows[row]?.claims[claim];
    if (!c) return;
    const range = new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(c.uri), { selection: range, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Writes the table of the story shown (or of the active article's story) as CSV where the user says. */
  async exportCsv(): Promise<void> {
    const table = this.table ?? (await this.refresh());
    if (!table || !table.rows.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no story figures to export: open an article of the story first.'));
      return;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(path.join(table.story, `${table.name}-figures.csv`)),
      filters: { CSV: ['csv'] },
      saveLabel: vscode.l10n.t('Export CSV'),
      title: vscode.l10n.t('Export the story figures as CSV'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(storyCsv(table, csvLabels())));
    report('storyCsv', { path: target.fsPath, rows: table.rows.length });
    void vscode.window.showInformationMessage(vscode.l10n.t('Story figures saved to {0}', target.fsPath));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
