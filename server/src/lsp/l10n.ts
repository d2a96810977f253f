// Localised strings for the server, the VS Code way: the client passes the
// path of its l10n bundle for the display language; without one, English.
import * as l10n from '@vscode/l10n';

export function initL10n(bundlePath: unknown): void {
  if (typeof bundlePath === 'string' && bundlePath) {
    try {
      l10n.config({ fsPath: bundlePath });
    } catch {
      // a missing or broken bundle falls back to English
    }
  }
}

export const t = l10n.t;
