// Findings' messages → LSP diagnostics, in one place: ruleId → code,
// severity → severity, url → codeDescription.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Lines } from '../core/text/offsets.js';
import type { Message } from '../core/types.js';

const SEVERITY: Record<Message['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(m: Message, lines: Lines): Diagnostic {
  const d: Diagnostic = {
    range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) },
    severity: SEVERITY[m.severity],
    code: m.ruleId,
    source: 'isnad',
    message: m.reason,
  };
  if (m.url) d.codeDescription = { href: m.url };
  return d;
}
