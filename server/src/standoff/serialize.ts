// Writes the model back, and formats new lines in brat's field syntax.

import type { AnnDocument, AnnLine, Arg, Fragment } from './model.js';
import { refToken } from './ids.js';

/** The file text: every line's exact bytes, in order. */
export function serializeAnn(doc: AnnDocument): string {
  let out = '';
  for (const l of doc.lines) out += l.raw + l.eol;
  return out;
}

export function formatFragments(fragments: Fragment[]): string {
  return fragments.map(([s, e]) => `${s} ${e}`).join(';');
}

function formatArgs(args: Arg[]): string {
  return args.map((a) => `${a.role}:${a.ref}`).join(' ');
}

type Formattable = Exclude<AnnLine, { kind: 'blank' | 'comment' | 'foreign' | 'conflict-marker' | 'unparsed' }>;
type Fields<L> = L extends unknown ? Omit<L, 'line' | 'raw' | 'eol' | 'at'> : never;

/** The raw text of a line for these fields (no line ending). */
export function formatLine(l: Fields<Formattable>): string {
  switch (l.kind) {
    case 'textbound':
      return `${l.id}\t${l.type} ${formatFragments(l.fragments)}\t${l.text}`;
    case 'attribute':
      return `${l.id}\t${l.type} ${l.target}${l.value === null ? '' : ' ' + l.value}`;
    case 'relation':
      return `${l.id}\t${l.type} ${formatArgs(l.args)}`;
    case 'event':
      return `${l.id}\t${l.type}:${l.trigger}${l.args.length ? ' ' + formatArgs(l.args) : ''}`;
    case 'normalization':
      // DB:ID is one token however the name was spelled (a learnt name has spaces)
      return `${l.id}\t${l.type} ${l.target} ${refToken(l.refDb, 'db')}:${refToken(l.refId)}\t${l.text}`;
    case 'note':
      return `${l.id}\t${l.type} ${l.target}\t${l.text}`;
    case 'equiv':
      return `*\t${l.type} ${l.refs.join(' ')}`;
  }
}

export type LineFields = Fields<Formattable>;
