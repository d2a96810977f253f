// The status-bar item: the server's state and the counts of the active article.
import * as vscode from 'vscode';
import type { FindingsParams } from '../../server/src/lsp/protocol.js';

export type ServerState = 'starting' | 'running' | 'stopped' | 'restarting';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Right, 100);
  private state: ServerState = 'starting';
  private findings: FindingsParams | undefined;

  constructor() {
    this.item.name = 'Isnad';
    this.item.command = 'isnad.showOutput';
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

  private render(): void {
    const icon = { starting: '$(sync~spin)', running: '$(quote)', stopped: '$(error)', restarting: '$(sync~spin)' }[this.state];
    const f = this.findings;
    let text = `${icon} Isnad`;
    if (this.state === 'running' && f) {
      if (f.skipped) text += ` · ${vscode.l10n.t('not analysed')}`;
      else text += ` · ${vscode.l10n.t('{0} figures · {1} places · {2} sources', f.counts.figures, f.counts.places, f.counts.attributions)}`;
      if (f.counts.conflicts) text += ` · $(warning) ${f.counts.conflicts}`;
    }
    this.item.text = text;
    const stateText = {
      starting: vscode.l10n.t('The Isnad server is starting'),
      running: vscode.l10n.t('The Isnad server is running'),
      stopped: vscode.l10n.t('The Isnad server has stopped'),
      restarting: vscode.l10n.t('The Isnad server is restarting'),
    }[this.state];
    this.item.tooltip = f && !f.skipped ? `${stateText}\n${vscode.l10n.t('Annotated: {0} · unreviewed: {1}', f.counts.annotated, f.counts.unreviewed)}` : stateText;
    this.item.backgroundColor = this.state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
