// Quick fixes on an article whose edit is made when the annotator picks them,
// not when the menu is shown (codeAction/resolve, for clients that support
// it, as VS Code does). A pull may add lines (T2, A1) to the .ann between the
// two: the edit, made again from the files as they are then, allocates its
// ids against the file as it is, and a fix the pull made pointless (its
// annotation is already there) applies nothing and says so.
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';

interface Deferred {
  isnad: 'deferred-edit';
  params: CodeActionParams;
  title: string;
  kind?: string;
}

function isDeferred(d: unknown): d is Deferred {
  return !!d && typeof d === 'object' && (d as Deferred).isnad === 'deferred-edit';
}

/** Does the client resolve a code action's edit when it is picked? */
export function resolvesEdits(caps: { textDocument?: { codeAction?: { resolveSupport?: { properties?: string[] } } } }): boolean {
  return !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
}

/** The actions without their edits: each carries what is needed to make it again. */
export function deferEdits(actions: CodeAction[], params: CodeActionParams): CodeAction[] {
  return actions.map((a) => {
    if (!a.edit) return a;
    const { edit: _made, ...rest } = a;
    const data: Deferred = { isnad: 'deferred-edit', params, title: a.title, ...(a.kind ? { kind: a.kind } : {}) };
    return { ...rest, data };
  });
}

/**
 * The edit of a picked action, made from the files as they are now by
 * `recompute` (the same request asked again). When the action is no longer
 * offered (the .ann or the article changed: its annotation may be there
 * already), nothing is applied and `refused` tells the annotator.
 */
export async function resolveDeferred(action: CodeAction, recompute: (p: CodeActionParams) => Promise<CodeAction[]>, refused: (title: string, reason?: string) => void): Promise<CodeAction> {
  const d = action.data;
  if (!isDeferred(d)) return action;
  const again = (await recompute(d.params)).find((a) => a.title === d.title && a.kind === d.kind);
  const { data: _d, ...rest } = action;
  if (again?.edit && !again.disabled) return { ...rest, edit: again.edit };
  refused(d.title, again?.disabled?.reason);
  return rest;
}
