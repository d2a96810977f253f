// The temporary files of atomic writes: named after the file, the writing
// process and a counter, so that one killed mid-write (SIGKILL between the
// write and the rename) can be told apart and removed by the next server.
import { promises as fsp } from 'node:fs';
import path from 'node:path';

let count = 0;

/** A fresh temporary name beside `target`: `.NAME.PID.N.tmp`. */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++count}.tmp`);
}

const TEMP = /^\.(.+)\.(\d+)\.\d+\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files in `dir` left by a writer that no longer runs
 * (only names of the form above, for files with one of `extensions`).
 * Returns the names removed.
 */
export async function removeStaleTemps(dir: string, extensions: string[] = ['.ann']): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || !extensions.some((x) => m[1]!.toLowerCase().endsWith(x)) || alive(Number(m[2]))) continue;
    try {
      const file = path.join(dir, name);
      if (!(await fsp.lstat(file)).isFile()) continue;
      await fsp.rm(file);
      out.push(name);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return out;
}
