// Finding and reading the articles of the workspace folders on disk.
import { promises as fsp, type Dirent } from 'node:fs';
import path from 'node:path';
import { decodeEscaped, encodeEscaped } from './escaped-utf8.js';
import { isArticle } from '../core/story/story-of.js';
import { tempNameFor } from './temp-files.js';
import { decodeText } from '../core/text/decode-text.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

/** Every .txt below the folder (not following links out of it), sorted. Unreadable folders are skipped. */
export async function listArticles(root: string, log: (m: string) => void, limit = 200_000): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length && out.length < limit) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (e) {
      log(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) stack.push(p);
      else if (e.isFile() && isArticle(e.name)) out.push(p);
      // symbolic links are not followed: a broken or looping link cannot hurt
    }
  }
  return out.sort();
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads an article; a missing, unreadable or too large file gives a reason instead. */
export async function readArticle(file: string, maxSize: number): Promise<ReadResult> {
  try {
    const st = await fsp.stat(file);
    // a FIFO or a device named NAME.txt would block the reader forever
    if (!st.isFile()) return { ok: false, reason: 'not-a-regular-file' };
    // a UTF-8 file has at least as many bytes as characters… and at most 4× as many
    if (st.size > maxSize * 4) return { ok: false, reason: 'too-large' };
    // UTF-16 with a byte order mark is decoded (not called binary); a BOM is not part of the text
    const text = decodeText(await fsp.readFile(file));
    // the limit is in characters, as for an open file: a closed article over it is not indexed either
    if (text.length > maxSize) return { ok: false, reason: 'too-large' };
    return { ok: true, text };
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/**
 * Writes a file by way of a temporary file and a rename, so a reader never
 * sees half of it. The file keeps its permissions (a team's group-writable
 * .ann stays so); the temporary file is removed if anything fails.
 */
export async function writeAtomically(file: string, text: string | Uint8Array, stillOk: () => Promise<boolean> = async () => true): Promise<boolean> {
  // a symbolic link is written through: the file it points to is replaced, the link stays
  const target = await fsp.realpath(file).catch(() => file);
  // one name per write: two writes of the same file must not share it (a killed writer's is removed at the next start)
  const tmp = tempNameFor(target);
  try {
    await fsp.writeFile(tmp, text);
    const mode = await fsp.stat(target).then((s) => s.mode & 0o7777, () => undefined);
    if (mode !== undefined) await fsp.chmod(tmp, mode);
    // the last look before the rename: what another program wrote while the new file was made wins
    if (!(await stillOk())) {
      await fsp.rm(tmp, { force: true });
      return false;
    }
    await fsp.rename(tmp, target);
    return true;
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Replaces `file` by `after` only if it still holds `before`, the text
 * `after` was made from, and has not been written for `quietMs` (else waits
 * that long once and looks again). Another program writing the file in steps
 * is never overwritten half-way: renaming over it would also send the rest of
 * its writes to a file nobody sees. False when the file changed or is gone.
 */
export async function replaceIfUnchanged(file: string, before: string, after: string, quietMs = 300): Promise<boolean> {
  let seen: { mtimeMs: number; size: number; ino: number } | undefined;
  for (let attempt = 0; ; attempt++) {
    let now: string;
    try {
      seen = await fsp.stat(file);
      now = decodeEscaped(await fsp.readFile(file));
    } catch {
      return false;
    }
    if (now !== before) return false;
    const age = Date.now() - seen.mtimeMs;
    if (age >= quietMs || attempt > 0) break;
    await new Promise((r) => setTimeout(r, quietMs - age));
  }
  const unchanged = async (): Promise<boolean> => {
    try {
      const st = await fsp.stat(file);
      if (st.mtimeMs !== seen!.mtimeMs || st.size !== seen!.size || st.ino !== seen!.ino) return false;
      return decodeEscaped(await fsp.readFile(file)) === before;
    } catch {
      return false;
    }
  };
  // bytes a note held that are not UTF-8 are written back as they were (escaped-utf8.ts)
  return writeAtomically(file, encodeEscaped(after), unchanged);
}
