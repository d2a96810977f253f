// An article renamed or moved in the editor takes its .ann along: asked
// before the rename (workspace/willRenameFiles), the server answers with the
// rename of the .ann, applied with the article's in one step (and undone
// with it). A client that does not ask still says it renamed
// (workspace/didRenameFiles): the .ann left behind is then moved on disk,
// unless a file already has the new name.
import fs from 'node:fs';
import type { RenameFilesParams, WorkspaceEdit } from 'vscode-languageserver';
import { annUriFor, pathOf } from './store.js';

/** The renames the server wants to hear of: articles, and folders (they hold articles). */
export const RENAME_OPERATIONS = { filters: [{ scheme: 'file', pattern: { glob: '**/*.txt', matches: 'file' as const } }] };

const exists = (uri: string): boolean => {
  const f = pathOf(uri);
  return !!f && fs.existsSync(f);
};

/** The .ann renames that go with these article renames. */
export function annRenames(p: RenameFilesParams): { oldUri: string; newUri: string }[] {
  return p.files
    .filter((f) => /\.txt$/i.test(f.oldUri) && /\.txt$/i.test(f.newUri))
    .map((f) => ({ oldUri: annUriFor(f.oldUri), newUri: annUriFor(f.newUri) }))
    .filter((r) => exists(r.oldUri) && !exists(r.newUri));
}

export function willRename(p: RenameFilesParams): WorkspaceEdit | null {
  const renames = annRenames(p);
  return renames.length ? { documentChanges: renames.map((r) => ({ kind: 'rename' as const, oldUri: r.oldUri, newUri: r.newUri, options: { overwrite: false, ignoreIfExists: true } })) } : null;
}

/** After the rename: a .ann still at the old name (the client did not ask first) is moved. Returns the moved ones. */
export function didRename(p: RenameFilesParams, log: (m: string) => void): string[] {
  const moved: string[] = [];
  for (const r of annRenames(p)) {
    const from = pathOf(r.oldUri)!;
    const to = pathOf(r.newUri)!;
    try {
      if (fs.existsSync(to)) continue; // never over another file
      fs.renameSync(from, to);
      moved.push(r.newUri);
    } catch (e) {
      log(`could not move ${from} along with its article: ${String(e)}`);
    }
  }
  return moved;
}
