// The problems of a .ann file as diagnostics of the .ann: its own lines
// checked against the article on disk (the text the file is for), the lines a
// re-anchoring could not place, and one line-0 note saying what Isnad will do
// with the file (nothing while it has conflict markers or unreadable lines;
// otherwise it keeps the broken lines as written and follows the others).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { parseAnn, validateAnn, type AnnProblem } from '../../standoff/index.js';
import { isolate } from '../../core/text/bidi.js';
import type { Language } from '../l10n.js';
import type { AnnStore } from './store.js';
import { txtUriFor } from './store.js';

const SEVERITY: Record<AnnProblem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

function fileNote(code: string, message: string, severity: DiagnosticSeverity): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, code, source: 'isnad', message };
}

/** Problems of a .ann (the editor's copy when open, else the file) against its .txt on disk. */
export function annDiagnostics(store: AnnStore, annUri: string, language: Language): Diagnostic[] {
  const t = language.t;
  const ann = store.persisted(annUri);
  if (ann === null) {
    // a pipe or a device named NAME.ann: not read (it would block the server), and the user is told
    if (!store.skippedAsNotAFile(annUri)) return [];
    return [fileNote('not-a-file', t('This annotation file is not a regular file (a pipe or a device?); Isnad skips it: no annotation is read from it or written to it.'), DiagnosticSeverity.Error)];
  }
  const doc = parseAnn(ann);
  const txt = store.diskText(txtUriFor(annUri));
  const unanchored = store.unanchored.get(annUri) ?? [];
  const lost = new Set(unanchored.map((p) => p.line));
  const problems: AnnProblem[] = [...unanchored, ...(txt === null ? doc.problems : validateAnn(doc, txt)).filter((p) => !(lost.has(p.line) && p.code === 'text-mismatch'))];
  const out: Diagnostic[] = problems.map((p) => ({
    range: { start: { line: p.line, character: p.start }, end: { line: p.line, character: p.end } },
    severity: SEVERITY[p.severity],
    code: p.code,
    source: 'isnad',
    message: p.said ? language.say(p.said) : p.message,
  }));
  const reported = new Set(problems.map((p) => p.line));
  for (const l of store.doubtedLines(annUri, ann)) {
    if (reported.has(l.line)) continue;
    out.push({
      range: { start: { line: l.line, character: l.at?.tail?.[0] ?? 0 }, end: { line: l.line, character: l.raw.length } },
      severity: DiagnosticSeverity.Error,
      code: 'annotation-uncertain',
      source: 'isnad',
      message: t('Annotation {0} {1} could not be placed with certainty after the restart: the unsaved edits have its words again beside it. It is kept as written: quick fix to accept it where it is, re-attach or delete.', l.id, isolate(`«${l.text}»`)),
    });
  }
  if (doc.conflicted) {
    out.unshift(fileNote('merge-conflict', t('This annotation file has git conflict markers: Isnad will not write to it until they are resolved (quick fix: keep both sides).'), DiagnosticSeverity.Error));
  } else if (doc.problems.some((p) => p.severity === 'error')) {
    // a line whose syntax cannot be read: nothing tells what the file means, so it is not written at all
    out.unshift(fileNote('read-only', t('Isnad will not write to this annotation file until its errors are fixed; nothing in it is lost.'), DiagnosticSeverity.Information));
  } else if (out.some((d) => d.severity === DiagnosticSeverity.Error)) {
    out.unshift(fileNote('lines-kept', t('Isnad keeps the lines with errors exactly as they are written; the other annotations keep following the text.'), DiagnosticSeverity.Information));
  }
  return out;
}

/** The lines of these diagnostics that Isnad could not place (errors on a line of the file, not the line-0 notes). */
export function markedLines(diagnostics: Diagnostic[]): number {
  const lines = new Set<number>();
  for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Error && d.code !== 'merge-conflict') lines.add(d.range.start.line);
  return lines.size;
}

/** Sends the diagnostics of .ann files, and the empty list once a file that had some has none. */
export class AnnPublisher {
  /** .ann URIs that were sent diagnostics (to clear them once fixed). */
  private readonly reported = new Set<string>();

  constructor(
    private readonly store: AnnStore,
    private readonly language: Language,
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
  ) {}

  publish(annUri: string): void {
    const diagnostics = annDiagnostics(this.store, annUri, this.language);
    if (!diagnostics.length && !this.reported.has(annUri)) return;
    if (diagnostics.length) this.reported.add(annUri);
    else this.reported.delete(annUri);
    this.send(annUri, diagnostics);
  }
}
