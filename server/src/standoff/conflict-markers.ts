// git merge-conflict markers: exactly seven marker characters at the start of
// a line, then a space and a label or nothing ("=======" stands alone).

import type { ConflictMarkerLine } from './model.js';

export function conflictMarker(line: string): ConflictMarkerLine['marker'] | null {
  if (/^<{7}(?: |$)/.test(line)) return 'ours';
  if (/^\|{7}(?: |$)/.test(line)) return 'base';
  if (/^={7}\s*$/.test(line)) return 'separator';
  if (/^>{7}(?: |$)/.test(line)) return 'theirs';
  return null;
}
