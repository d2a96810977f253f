// New raw text for a T line whose offsets (and text) move: the id and what
// precedes the data field stay as written; offsets and text are replaced.

import type { Fragment, TextBoundLine } from './model.js';
import { formatFragments } from './serialize.js';

export function withFragments(l: TextBoundLine, fragments: Fragment[], text: string): string {
  return rewritten(l, fragments, text).raw;
}

/** The rewritten line as parseLine would read it back (so the new file need not be parsed again). */
export function rewritten(l: TextBoundLine, fragments: Fragment[], text: string): TextBoundLine {
  const head = l.at ? l.raw.slice(0, l.at.data?.[0] ?? l.at.id[1] + 1) : `${l.id}\t`;
  const data = `${l.type} ${formatFragments(fragments)}`;
  const raw = `${head}${data}\t${text}`;
  const dataEnd = head.length + data.length;
  const id = l.at?.id ?? ([0, l.id.length] as [number, number]);
  return { ...l, raw, fragments, text, at: { id, data: [head.length, dataEnd], tail: [dataEnd + 1, raw.length] } };
}
