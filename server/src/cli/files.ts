// Expands the command line's paths (files or folders) to the articles to read.
import fs from 'node:fs';
import path from 'node:path';

export class UsageError extends Error {}

/** Every .txt under the given paths, sorted, each once. Throws UsageError for a missing path. */
export function collectArticles(paths: string[]): string[] {
  const out = new Set<string>();
  const walk = (p: string, explicit: boolean): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      if (explicit) throw new UsageError(`cannot read ${p}: no such file or folder`);
      return; // a broken link inside a folder is skipped
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(path.join(p, name), false);
      }
    } else if (explicit || p.endsWith('.txt')) out.add(path.resolve(p));
  };
  for (const p of paths) walk(p, true);
  return [...out].sort();
}
