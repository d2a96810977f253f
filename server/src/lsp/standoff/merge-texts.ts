// The article as each side of a git merge had it, so "keep both sides" can
// re-anchor each side's spans to the merged article: ours from HEAD, theirs
// from MERGE_HEAD, the merged text from disk. Undefined when there is no
// merge in progress, git is missing, or the article itself is conflicted.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { MergeTexts } from '../../standoff/index.js';
import { decodeText } from '../../core/text/decode-text.js';

function show(dir: string, rev: string, name: string): string | undefined {
  try {
    return decodeText(execFileSync('git', ['show', `${rev}:./${name}`], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, maxBuffer: 64 << 20 }));
  } catch {
    return undefined;
  }
}

export function mergeTexts(txtFile: string, merged: string | null): MergeTexts | undefined {
  if (merged === null || /^(<{7}|>{7})( |$)/m.test(merged)) return undefined;
  const dir = path.dirname(txtFile);
  const name = path.basename(txtFile);
  const ours = show(dir, 'HEAD', name);
  const theirs = show(dir, 'MERGE_HEAD', name);
  if (ours === undefined || theirs === undefined) return undefined;
  return { ours, theirs, merged };
}
