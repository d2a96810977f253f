// The status-bar item: the server's state and the counts of the active
// article, each labelled. The problem count is read from the diagnostics VS
// Code holds for the article (source "isnad"), so it is the number of Isnad
// rows the Problems panel lists under that article, whatever the server's
// own count says.
import * as vscode from 'vscode';
import { KINDS, type FindingKind } from '../../server/src/core/kinds.js';
import type { FindingsParams } from '../../server/src/lsp/protocol.js';

/** The kinds the status bar counts, in the table's order (core/kinds.ts). */
const COUNTERS: NonNullable<FindingKind['counter']>[] = KINDS.flatMap((k) => (k.counter ? [k.counter] : []));

/** "3 figures · 2 places · 1 attributions": each count of the kinds table in its own words. */
export function countsText(counts: Record<string, number>): string {
  return COUNTERS.map((c) => vscode.l10n.t(c.text, counts[c.key] ?? 0)).join(' · ');
}

/** The same counts for the tooltip, with what a count means where its words alone do not say it. */
function countsTooltip(counts: Record<string, number>): string {
  return COUNTERS.map((c) => vscode.l10n.t(c.tooltip ?? c.text, counts[c.key] ?? 0)).join(vscode.l10n.t(', '));
}

export type ServerState = 'starting' | 'running' | 'stopped' | 'restarting';

/** Isnad's diagnostics of a document, hints included. */
function isnadDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'isnad');
}

/** Isnad's problems of a document as the Problems panel lists them: it shows no hints (pairs below the confidence threshold). */
export function isnadProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return isnadDiagnostics(uri).filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Right, 100);
  private state: ServerState = 'starting';
  private findings: FindingsParams | undefined;
  private readonly watch: vscode.Disposable;

  constructor() {
    this.item.name = 'Isnad';
    this.item.command = 'isnad.showOutput';
    this.watch = vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = this.findings?.uri;
      if (uri && e.uris.some((u) => u.toString() === uri)) this.render();
    });
    this.render();
    this.item.show();
  }

  setState(state: ServerState): void {
    this.state = state;
    this.render();
  }

  setFindings(f: FindingsParams | undefined): void {
    this.findings = f;
    this.render();
  }

  /** What the item says now (the e2e test reads the same text on screen). */
  get text(): string {
    return this.item.text;
  }

  private render(): void {
    const icon = { starting: '$(sync~spin)', running: '$(quote)', stopped: '$(error)', restarting: '$(sync~spin)' }[this.state];
    const f = this.findings;
    let text = `${icon} Isnad`;
    const tooltip: string[] = [];
    if (this.state === 'running' && f) {
      if (f.skipped) text += ` · ${vscode.l10n.t('not analysed')}`;
      else {
        text += ` · ${countsText(f.counts)}`;
        const list = isnadDiagnostics(vscode.Uri.parse(f.uri));
        const problems = isnadProblems(vscode.Uri.parse(f.uri)).length;
        const of = (sev: vscode.DiagnosticSeverity) => list.filter((d) => d.severity === sev).length;
        text += ` · $(warning) ${problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', problems)}`;
        tooltip.push(
          vscode.l10n.t('In this article: {0} found, as `isnad check` counts them.', countsTooltip(f.counts)),
          vscode.l10n.t('{0} Isnad problems in the Problems panel (figures that contradict another article of the folder, annotation file errors).', problems),
          // the Explorer's badge counts errors and warnings only
          vscode.l10n.t('Errors: {0} · warnings: {1} · information and hints: {2}', of(vscode.DiagnosticSeverity.Error), of(vscode.DiagnosticSeverity.Warning), of(vscode.DiagnosticSeverity.Information) + of(vscode.DiagnosticSeverity.Hint)),
          vscode.l10n.t('Annotated: {0} · unreviewed suggestions: {1}', f.counts.annotated, f.counts.unreviewed),
        );
      }
    }
    this.item.text = text;
    const stateText = {
      starting: vscode.l10n.t('The Isnad server is starting'),
      running: vscode.l10n.t('The Isnad server is running'),
      stopped: vscode.l10n.t('The Isnad server has stopped'),
      restarting: vscode.l10n.t('The Isnad server is restarting'),
    }[this.state];
    this.item.tooltip = [stateText, ...tooltip].join('\n');
    this.item.backgroundColor = this.state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.watch.dispose();
    this.item.dispose();
  }
}
