// Spans Isnad kept but could not place, in the LSP: a diagnostic on the
// article where the span was (besides the one on its .ann line), and the
// quick fixes of the core's repairs (accept the text now there, re-attach to
// an occurrence the annotator picks, delete), on the .ann line and on the
// article's diagnostic alike.
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { misplacedLines, repairsFor, type Repair } from '../../standoff/index.js';
import { SourceText } from '../../standoff/text-spans.js';
import type { TextBoundLine } from '../../standoff/model.js';
import { isolate } from '../../core/text/bidi.js';
import type { Lines } from '../../core/text/offsets.js';
import type { Translate } from '../l10n.js';
import { minimalEdit } from './edits.js';
import type { AnnStore } from './store.js';
import { annUriFor, txtUriFor } from './store.js';

export const KIND_REPAIR = 'quickfix.isnad.repairAnnotation';

/** UTF-16 range in `txt` where a misplaced span was (clamped to the text, never empty when the text is not). */
function whereItWas(src: SourceText, fragments: [number, number][]): [number, number] {
  const len = src.length;
  const s = Math.min(Math.max(0, Math.min(...fragments.map((f) => f[0]))), len);
  const e = Math.min(Math.max(s, Math.max(...fragments.map((f) => f[1]))), len);
  const [a, b] = src.toUtf16([s, e]);
  return a === b && b < src.text.length ? [a, a + 1] : [a, b];
}

/** Diagnostics on the article (its text `txt`, as in the editor) for the spans of `ann` not on their text. */
export function articleRepairDiagnostics(txtUri: string, ann: string | null, txt: string, lines: Lines, t: Translate): Diagnostic[] {
  if (ann === null) return [];
  const src = new SourceText(txt);
  const name = path.basename(annUriFor(txtUri));
  return misplacedLines(ann, txt).map((l) => {
    const [a, b] = whereItWas(src, l.fragments);
    return {
      range: { start: lines.positionAt(a), end: lines.positionAt(b) },
      severity: 2,
      code: 'annotation-not-on-text',
      source: 'isnad',
      message: t('Annotation {0} {1} is no longer on its text here ({2}, line {3}); it is kept as it was: quick fix to accept, re-attach or delete.', l.id, isolate(`«${l.text}»`), name, l.line + 1),
    };
  });
}

/** Diagnostics on the article for the spans whose place is in doubt (on their words, the same words beside them). */
export function doubtedDiagnostics(store: AnnStore, txtUri: string, ann: string | null, txt: string, lines: Lines, t: Translate): Diagnostic[] {
  const src = new SourceText(txt);
  const annUri = annUriFor(txtUri);
  const name = path.basename(annUri);
  const misplaced = new Set(ann === null ? [] : misplacedLines(ann, txt).map((l) => l.line));
  return store
    .doubtedLines(annUri, ann)
    .filter((l) => !misplaced.has(l.line))
    .map((l) => {
      const [a, b] = whereItWas(src, l.fragments);
      return {
        range: { start: lines.positionAt(a), end: lines.positionAt(b) },
        severity: 2,
        code: 'annotation-uncertain',
        source: 'isnad',
        message: t('Annotation {0} {1} could not be placed with certainty after the restart ({2}, line {3}): the unsaved edits have its words again beside it. It is kept as written: quick fix to accept it where it is, re-attach or delete.', l.id, isolate(`«${l.text}»`), name, l.line + 1),
      };
    });
}

export const ACCEPT_PLACE_COMMAND = 'isnad.acceptAnnotationPlace';

function title(r: Repair, t: Translate): string {
  switch (r.kind) {
    case 'accept':
      return t('Accept {0} as the text of annotation {1}', isolate(`«${r.found}»`), r.id);
    case 'reattach':
      return t('Re-attach annotation {0} to {1} on line {2}', r.id, isolate(`«${r.found}»`), r.txtLine + 1);
    case 'delete':
      return r.removed > 1 ? t('Delete annotation {0} and the {1} lines that refer to it', r.id, r.removed - 1) : t('Delete annotation {0}', r.id);
  }
}

/** Quick fixes for the misplaced spans on lines [from, to] of the .ann (against the article on disk: the text the file is for). */
export function repairActions(store: AnnStore, annUri: string, from: number, to: number, t: Translate): CodeAction[] {
  const ann = store.persisted(annUri);
  const txt = store.diskText(txtUriFor(annUri));
  if (ann === null || txt === null) return [];
  const out: CodeAction[] = [];
  const doubted = new Map(store.doubtedLines(annUri, ann).map((l) => [l.line, l]));
  for (let line = from; line <= to; line++) {
    const d = doubted.get(line);
    // accepting a span where it is changes no line: the server drops its mark
    if (d && misplacedLines(ann, txt).every((l) => l.line !== line)) {
      const title = t('Accept annotation {0} where it is: {1}', d.id, isolate(`«${d.text}»`));
      out.push({ title, kind: KIND_REPAIR, command: { title, command: ACCEPT_PLACE_COMMAND, arguments: [annUri, d.id] } });
    }
    for (const r of repairsFor(ann, txt, line, !!d)) {
      const name = title(r, t);
      out.push({
        title: name,
        kind: KIND_REPAIR,
        edit: { documentChanges: [{ textDocument: { uri: annUri, version: null }, edits: [minimalEdit(ann, r.text)] }] },
        // re-attached, the span is the same annotation (id, text) elsewhere: the mark would follow it; the client runs this after the edit
        ...(d && r.kind === 'reattach' ? { command: { title: name, command: ACCEPT_PLACE_COMMAND, arguments: [annUri, d.id] } } : {}),
      });
    }
  }
  return out;
}

/** The .ann lines of the misplaced spans (and of those in doubt, `doubted`) whose place in the article (UTF-16 [start, end) of `txt`) touches the range. */
export function misplacedAt(ann: string | null, txt: string, start: number, end: number, doubted: TextBoundLine[] = []): number[] {
  if (ann === null) return [];
  const src = new SourceText(txt);
  const misplaced = misplacedLines(ann, txt);
  return [...misplaced, ...doubted.filter((d) => !misplaced.some((l) => l.line === d.line))]
    .filter((l) => {
      const [a, b] = whereItWas(src, l.fragments);
      return a <= end && start <= b;
    })
    .map((l) => l.line);
}
