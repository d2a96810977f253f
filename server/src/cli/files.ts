// Expands the command line's paths (files or folders) to the articles to read.
import fs from 'node:fs';
import path from 'node:path';
import { isArticle } from '../core/story/story-of.js';

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
    } else if (explicit || isArticle(p)) out.add(path.resolve(p));
  };
  for (const p of paths) walk(p, true);
  return [...out].sort();
}

/** An article to read and the path to print for it. */
export interface Collected {
  file: string;
  /** Relative to the folder given (with several PATHs: that folder as typed, then the path below it); a file given by itself: as typed. */
  shown: string;
}

/** collectArticles(), each with the path the reports print. */
export function collectShown(paths: string[]): Collected[] {
  const shown = new Map<string, string>();
  const single = paths.length === 1;
  for (const p of paths) {
    const abs = path.resolve(p);
    let dir = false;
    try {
      dir = fs.statSync(abs).isDirectory();
    } catch {
      /* collectArticles reports it */
    }
    for (const f of collectArticles([p])) {
      if (shown.has(f)) continue;
      const below = path.relative(abs, f);
      shown.set(f, !dir ? p : single ? below : path.join(p, below));
    }
  }
  return [...shown].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, s]) => ({ file, shown: s }));
}
