// New raw text for a T line whose offsets (and text) move: the id and what
// precedes the data field stay as written; offsets and text are replaced.

import type { Fragment, TextBoundLine } from './model.js';
import { formatFragments } from './serialize.js';

export function withFragments(l: TextBoundLine, fragments: Fragment[], text: string): string {
  const head = l.at ? l.raw.slice(0, l.at.data?.[0] ?? l.at.id[1] + 1) : `${l.id}\t`;
  return `${head}${l.type} ${formatFragments(fragments)}\t${text}`;
}
