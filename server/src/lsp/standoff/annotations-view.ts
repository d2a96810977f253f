// The annotations view's request (isnad/annotations): the spans and
// relations of an article's .ann, with their places in the article.
import type { Lines } from '../../core/text/offsets.js';
import type { AnnotationItem, AnnotationsResult } from '../protocol.js';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { annUriFor, type AnnStore } from './store.js';

/** `text`/`lines`: the article as the editor (or the index, or the disk) has it. */
export function annotationsResult(store: AnnStore, uri: string, text: string, lines: Lines | undefined, diagnostics: (annUri: string) => Diagnostic[]): AnnotationsResult {
  const annUri = annUriFor(uri);
  const view = store.view(uri, text);
  const ann = store.persisted(annUri);
  const pos = (o: number): { line: number; character: number } => lines?.positionAt(o) ?? { line: 0, character: o };
  const items: AnnotationItem[] = (view?.spans ?? []).map((s) => ({
    id: s.id,
    type: s.type,
    text: s.text,
    line: s.line,
    range: s.ranges.length ? { start: pos(s.ranges[0]![0]), end: pos(s.ranges[s.ranges.length - 1]![1]) } : null,
    attributes: s.attributes,
    notes: s.notes,
    references: s.references.map((r) => `${r.db}:${r.id}${r.text ? ` ${r.text}` : ''}`),
  }));
  return {
    uri,
    annUri,
    exists: ann !== null,
    items,
    relations: (view?.relations ?? []).map((r) => ({ id: r.id, type: r.type, arg1: r.arg1, arg2: r.arg2, line: r.line })),
    problems: diagnostics(annUri).filter((d) => d.severity === DiagnosticSeverity.Error).length,
  };
}
