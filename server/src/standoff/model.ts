// The document model of a brat standoff (.ann) file. Every physical line of
// the file is one AnnLine that keeps its exact bytes (raw + eol), so writing
// the model back gives the file unchanged; the parsed fields are a reading of
// the raw text, never a replacement for it.
// Offsets in T lines are Unicode code points of the .txt (brat's convention);
// positions inside the .ann file itself are UTF-16 (what the editor uses).
import type { Said } from './messages.js';

export type Eol = '\n' | '\r\n' | '\r' | '';

/** [start, end) in code points of the .txt, end exclusive. */
export type Fragment = [start: number, end: number];

/** [start, end) in UTF-16 units of one .ann line. */
export type LineRange = [start: number, end: number];

export interface Arg {
  role: string;
  ref: string;
}

interface LineBase {
  /** 0-based line number in the .ann file. */
  line: number;
  /** The line as written, without its line ending. */
  raw: string;
  eol: Eol;
  /** Where the id, the tab-separated data field and the tail (text/note) sit in raw. */
  at?: { id: LineRange; data?: LineRange; tail?: LineRange };
}

export interface TextBoundLine extends LineBase {
  kind: 'textbound';
  id: string;
  type: string;
  fragments: Fragment[];
  /** The covered text as stored (fragments joined by one space). */
  text: string;
}

export interface AttributeLine extends LineBase {
  kind: 'attribute';
  id: string;
  type: string;
  target: string;
  /** null for a binary attribute (present = true). */
  value: string | null;
}

export interface RelationLine extends LineBase {
  kind: 'relation';
  id: string;
  type: string;
  args: Arg[];
}

export interface EventLine extends LineBase {
  kind: 'event';
  id: string;
  type: string;
  trigger: string;
  args: Arg[];
}

export interface NormalizationLine extends LineBase {
  kind: 'normalization';
  id: string;
  type: string;
  target: string;
  refDb: string;
  refId: string;
  text: string;
}

export interface NoteLine extends LineBase {
  kind: 'note';
  id: string;
  type: string;
  target: string;
  text: string;
}

export interface EquivLine extends LineBase {
  kind: 'equiv';
  type: string;
  refs: string[];
}

export interface BlankLine extends LineBase {
  kind: 'blank';
}

/** A `#` line that is not an AnnotatorNotes-style note: a free comment. */
export interface CommentLine extends LineBase {
  kind: 'comment';
}

/** A well-formed id with a prefix this tool does not know: kept, not read. */
export interface ForeignLine extends LineBase {
  kind: 'foreign';
  id: string;
}

export interface ConflictMarkerLine extends LineBase {
  kind: 'conflict-marker';
  /** <<<<<<< ours, ||||||| base (diff3), ======= separator, >>>>>>> theirs. */
  marker: 'ours' | 'base' | 'separator' | 'theirs';
}

export interface UnparsedLine extends LineBase {
  kind: 'unparsed';
  /** The id when one could be read. */
  id?: string;
  message: string;
  /** The message as data, to be said in the reader's language. */
  said?: Said;
}

export type AnnLine =
  | TextBoundLine
  | AttributeLine
  | RelationLine
  | EventLine
  | NormalizationLine
  | NoteLine
  | EquivLine
  | BlankLine
  | CommentLine
  | ForeignLine
  | ConflictMarkerLine
  | UnparsedLine;

/** An annotation line: one that defines an id. */
export type IdLine = TextBoundLine | AttributeLine | RelationLine | EventLine | NormalizationLine | NoteLine;

export type Severity = 'error' | 'warning' | 'info';

export interface AnnProblem {
  /** 0-based line of the .ann file. */
  line: number;
  /** UTF-16 range inside that line. */
  start: number;
  end: number;
  severity: Severity;
  /** Stable machine code, e.g. 'unparsed-line', 'text-mismatch'. */
  code: string;
  /** In English (the CLI's language). */
  message: string;
  /** The message as data, to be said in the reader's language (say in ./messages.ts). */
  said?: Said;
}

export interface AnnDocument {
  lines: AnnLine[];
  /** Problems found while reading (syntax, conflict markers). */
  problems: AnnProblem[];
  /** Line ending for new lines: the file's first one, '\n' for a new file. */
  eol: Exclude<Eol, ''>;
  /** True when git conflict markers are present. */
  conflicted: boolean;
}

/** A minimal change to a file's text: replace [start, end) (UTF-16) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export function isIdLine(l: AnnLine): l is IdLine {
  return 'id' in l && l.kind !== 'foreign' && l.kind !== 'unparsed';
}

/** The ids a line refers to (targets, arguments), not its own id. */
export function refsOf(l: AnnLine): string[] {
  switch (l.kind) {
    case 'attribute':
    case 'normalization':
    case 'note':
      return [l.target];
    case 'relation':
      return l.args.map((a) => a.ref);
    case 'event':
      return [l.trigger, ...l.args.map((a) => a.ref)];
    case 'equiv':
      return l.refs;
    default:
      return [];
  }
}
