// Reads a brat standoff file into the lossless model (model.ts). A line that
// cannot be read is kept verbatim as 'unparsed' and reported; nothing is lost.
// Field syntax follows brat's own reader: ID<TAB>DATA[<TAB>TAIL].

import type { AnnDocument, AnnLine, AnnProblem, Arg, Eol, Fragment, LineRange } from './model.js';
import { splitLines } from './split-lines.js';
import { conflictMarker } from './conflict-markers.js';
import { said, saying } from './messages.js';

// brat ids: a letter prefix (or # with optional letters) and a number.
const ID = /^([A-Za-z]+|#[A-Za-z]*)(\d+)$/;
const NAME = '[^\\s:]+';
const ID_REF = '[A-Za-z#]*\\d+';

const TEXTBOUND = new RegExp(`^(${NAME}) (\\d+ \\d+(?:;\\d+ \\d+)*) *$`);
// brat reads everything after the target as the value, spaces included
const ATTRIBUTE = new RegExp(`^(${NAME}) (${ID_REF})(?: (.+))?$`);
const RELATION = new RegExp(`^(${NAME}) (${NAME}):(${ID_REF}) (${NAME}):(${ID_REF})$`);
const EVENT = new RegExp(`^(${NAME}):(${ID_REF})((?: ${NAME}:${ID_REF})*)$`);
const NORMALIZATION = new RegExp(`^(${NAME}) (${ID_REF}) (${NAME}):(\\S+)$`);
const NOTE = new RegExp(`^(${NAME}) (${ID_REF})$`);
const EQUIV = new RegExp(`^(${NAME})((?: ${ID_REF})+)$`);

/** What brat expects after each id prefix, for messages. */
const SYNTAX: Record<string, string> = {
  T: 'T1<TAB>Type START END[;START END]<TAB>text',
  A: 'A1<TAB>Name T1 [value]',
  M: 'M1<TAB>Name T1 [value]',
  R: 'R1<TAB>Type Arg1:T1 Arg2:T2',
  E: 'E1<TAB>Type:T1 Role:T2 …',
  N: 'N1<TAB>Reference T1 DB:ID<TAB>text',
  '#': '#1<TAB>AnnotatorNotes T1<TAB>note',
  '*': '*<TAB>Equiv T1 T2 …',
};

function args(s: string): Arg[] {
  return s
    .trim()
    .split(' ')
    .filter((x) => x !== '')
    .map((a) => {
      const i = a.lastIndexOf(':');
      return { role: a.slice(0, i), ref: a.slice(i + 1) };
    });
}

/** Parses one line (without its line ending). `base` is where `body` starts in raw (a BOM). */
export function parseLine(raw: string, line: number, eol: Eol, base = 0): AnnLine {
  const body = raw.slice(base);
  const common = { line, raw, eol };
  if (body.trim() === '') return { ...common, kind: 'blank' };
  const marker = conflictMarker(body);
  if (marker) return { ...common, kind: 'conflict-marker', marker };

  const tab1 = body.indexOf('\t');
  if (tab1 < 0) {
    if (body.startsWith('#')) return { ...common, kind: 'comment' };
    return { ...common, kind: 'unparsed', ...saying(said('noTab')) };
  }
  const id = body.slice(0, tab1);
  const tab2 = body.indexOf('\t', tab1 + 1);
  const data = tab2 < 0 ? body.slice(tab1 + 1) : body.slice(tab1 + 1, tab2);
  const tail = tab2 < 0 ? null : body.slice(tab2 + 1);
  const at = {
    id: [base, base + tab1] as LineRange,
    data: [base + tab1 + 1, base + (tab2 < 0 ? body.length : tab2)] as LineRange,
    ...(tab2 < 0 ? {} : { tail: [base + tab2 + 1, raw.length] as LineRange }),
  };

  if (id === '*') {
    const m = EQUIV.exec(data);
    if (m) return { ...common, at, kind: 'equiv', type: m[1]!, refs: m[2]!.trim().split(' ') };
    return { ...common, at, kind: 'unparsed', ...saying(said('badEquiv', { syntax: SYNTAX['*']! })) };
  }
  const idm = ID.exec(id);
  if (!idm) {
    if (body.startsWith('#')) return { ...common, kind: 'comment' };
    return { ...common, at, kind: 'unparsed', ...saying(said('badId', { id })) };
  }
  const prefix = idm[1]!.startsWith('#') ? '#' : idm[1]!;
  const bad = (): AnnLine => ({ ...common, at, kind: 'unparsed', id, ...saying(said('cannotRead', { id, syntax: SYNTAX[prefix] ?? '' })) });

  switch (prefix) {
    case 'T': {
      const m = TEXTBOUND.exec(data);
      if (!m) return bad();
      const fragments = m[2]!.split(';').map((p) => p.split(' ').map(Number) as Fragment);
      return { ...common, at, kind: 'textbound', id, type: m[1]!, fragments, text: tail ?? '' };
    }
    case 'A':
    case 'M': {
      const m = ATTRIBUTE.exec(data);
      if (!m) return bad();
      return { ...common, at, kind: 'attribute', id, type: m[1]!, target: m[2]!, value: m[3] ?? null };
    }
    case 'R': {
      const m = RELATION.exec(data);
      if (!m) return bad();
      return { ...common, at, kind: 'relation', id, type: m[1]!, args: [{ role: m[2]!, ref: m[3]! }, { role: m[4]!, ref: m[5]! }] };
    }
    case 'E': {
      const m = EVENT.exec(data.trimEnd());
      if (!m) return bad();
      return { ...common, at, kind: 'event', id, type: m[1]!, trigger: m[2]!, args: args(m[3]!) };
    }
    case 'N': {
      const m = NORMALIZATION.exec(data);
      if (!m) return bad();
      return { ...common, at, kind: 'normalization', id, type: m[1]!, target: m[2]!, refDb: m[3]!, refId: m[4]!, text: tail ?? '' };
    }
    case '#': {
      const m = NOTE.exec(data);
      if (!m) return bad();
      return { ...common, at, kind: 'note', id, type: m[1]!, target: m[2]!, text: tail ?? '' };
    }
    default:
      return { ...common, at, kind: 'foreign', id };
  }
}

function problemsOf(l: AnnLine): AnnProblem[] {
  const whole = { line: l.line, start: 0, end: l.raw.length };
  switch (l.kind) {
    case 'unparsed':
      return [{ ...whole, severity: 'error', code: 'unparsed-line', ...saying(said('keptAsWritten', { line: l.line + 1, why: l.said ?? l.message })) }];
    case 'conflict-marker':
      return [{ ...whole, severity: 'error', code: 'conflict-marker', ...saying(said('conflictMarker', { line: l.line + 1 })) }];
    case 'foreign':
      return [{ ...whole, severity: 'info', code: 'foreign-line', ...saying(said('foreign', { line: l.line + 1, id: l.id })) }];
    default:
      return [];
  }
}

/**
 * The last files read: while an article is typed in, the same .ann text is
 * read by the follower, the view and the checks of one analysis; parsing it
 * once matters with hundreds of annotations. Documents are never modified
 * by their readers, so one can be shared.
 */
const recent = new Map<string, AnnDocument>();
const RECENT = 8;

/** Reads a .ann file. serializeAnn(parseAnn(x)) === x for every string x. */
export function parseAnn(text: string): AnnDocument {
  const hit = recent.get(text);
  if (hit) return hit;
  const doc = parseFresh(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, doc);
  return doc;
}

/** Records `doc` as the reading of `text` (made by a writer that knows it, e.g. the edit follower). */
export function rememberParsed(text: string, doc: AnnDocument): void {
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, doc);
}

/** parseAnn without the memory of recent files (tests compare the two). */
export function parseFresh(text: string): AnnDocument {
  const raws = splitLines(text);
  const lines = raws.map((r, i) => parseLine(r.raw, i, r.eol, i === 0 && r.raw.startsWith('\uFEFF') ? 1 : 0));
  const firstEol = raws.find((r) => r.eol !== '')?.eol;
  return {
    lines,
    problems: lines.flatMap(problemsOf),
    eol: (firstEol || '\n') as AnnDocument['eol'],
    conflicted: lines.some((l) => l.kind === 'conflict-marker'),
  };
}
