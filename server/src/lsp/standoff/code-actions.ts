// Which annotation actions a textDocument/codeAction gets: on a .ann, resolve
// its merge conflict and repair the lines under the cursor; on an article,
// annotate, reject, review and repair what is in the range.
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { DocState } from '../documents.js';
import { annActions, articleActions, type ActionContext } from './actions.js';
import { KIND_REPAIR, misplacedAt, repairActions } from './repairs.js';
import { isAnnUri } from './ann-uri.js';
import { annUriFor } from './store.js';

function repairs(ctx: ActionContext, annUri: string, from: number, to: number, only: string[] | undefined): CodeAction[] {
  if (only && !only.some((k) => KIND_REPAIR === k || KIND_REPAIR.startsWith(k + '.'))) return [];
  return repairActions(ctx.store, annUri, from, to, ctx.t);
}

/** `state`: the analysis of an open article (undefined for a .ann or a closed file). */
export function annotationActions(ctx: ActionContext, p: CodeActionParams, state: DocState | undefined): CodeAction[] {
  const uri = p.textDocument.uri;
  if (isAnnUri(uri)) return [...annActions(ctx, uri), ...repairs(ctx, uri, p.range.start.line, p.range.end.line, p.context.only)];
  if (!state) return [];
  const range = { start: state.lines.offsetAt(p.range.start), end: state.lines.offsetAt(p.range.end) };
  const annUri = annUriFor(uri);
  const ann = ctx.store.current(uri, state.text);
  const misplaced = misplacedAt(ann, state.text, range.start, range.end, ctx.store.doubtedLines(annUri, ann)).flatMap((line) => repairs(ctx, annUri, line, line, p.context.only));
  return [...articleActions(ctx, state, range, p.context.diagnostics, p.context.only), ...misplaced];
}
