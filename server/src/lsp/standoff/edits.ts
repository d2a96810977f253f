// The core's .ann text edits as an LSP WorkspaceEdit: CreateFile when the
// file is missing, then one TextDocumentEdit, so the editor undoes it in one
// step. Edits computed against a copy that differs from the file (the
// article has unsaved edits) replace the whole file.
import type { CreateFile, TextDocumentEdit, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextEdit } from '../../standoff/index.js';
import { Lines } from '../../core/text/offsets.js';

export type DocumentChange = CreateFile | TextDocumentEdit;

/**
 * `persisted`: the file as it is (null: missing); `base`: the text the edits
 * were computed against; `after`: the text they give.
 */
export function annChanges(annUri: string, persisted: string | null, base: string, edits: TextEdit[], after: string): DocumentChange[] {
  const out: DocumentChange[] = [];
  let lspEdits: LspTextEdit[];
  if (persisted === null) {
    out.push({ kind: 'create', uri: annUri, options: { ignoreIfExists: true } });
    lspEdits = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }];
  } else if (persisted === base) {
    const lines = new Lines(base);
    lspEdits = edits.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText }));
  } else {
    lspEdits = [wholeText(persisted, after)];
  }
  out.push({ textDocument: { uri: annUri, version: null }, edits: lspEdits });
  return out;
}

/** One edit that turns `before` into `after`: the part between their common prefix and suffix. */
export function minimalEdit(before: string, after: string): LspTextEdit {
  const e = minimalTextEdit(before, after);
  const lines = new Lines(before);
  return { range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText };
}

/** The same in UTF-16 offsets of `before`. */
export function minimalTextEdit(before: string, after: string): TextEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  return { start: p, end: before.length - q, newText: after.slice(p, after.length - q) };
}

export function wholeText(before: string, after: string): LspTextEdit {
  const lines = new Lines(before);
  return { range: { start: { line: 0, character: 0 }, end: lines.positionAt(before.length) }, newText: after };
}
