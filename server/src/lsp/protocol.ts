// Custom messages between the Isnad client and server, as typed message
// objects: a handler or a sender with the wrong parameters does not compile.
// Only types and vscode-jsonrpc's message types (no node imports; core/kinds.ts is plain data), so both
// sides import this file without pulling in the other's libraries.
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { BuiltinKind, CounterKey } from '../core/kinds.js';

/** A kind of core/kinds.ts: one Isnad ships (named), or one a detector of its own added. */
export type SpanKind = BuiltinKind | (string & {});

export interface LspPosition {
  line: number;
  character: number;
}

export interface DecoratedSpan {
  start: LspPosition;
  end: LspPosition;
  kind: SpanKind;
  /** Finer kind for styling: the figure kind, the place type, or 'annotated'. */
  detail?: string;
  /** True once the span is annotated in the .ann file (rendered solid). */
  annotated?: boolean;
  /** Set when the detection rests on weak evidence (a guess after a trigger word, a likely person's name, a word that is rarely a number): why, in a few words. Drawn fainter; the hover says the same. */
  weak?: string;
}

export interface FindingsParams {
  uri: string;
  version: number;
  spans: DecoratedSpan[];
  /** The status bar's counts: one per kind with a counter (core/kinds.ts), then the conflicts, the annotated spans, the unreviewed suggestions. */
  counts: Record<CounterKey, number> & Record<string, number> & { conflicts: number; annotated: number; unreviewed: number };
  /** Set when the document was not analysed (too large, binary). */
  skipped?: string;
}

/** Server → client after each analysis of an open document. */
export const FindingsNotification = new NotificationType<FindingsParams>('isnad/findings');

export interface StoryTableParams {
  /** An article of the story, or the story's folder. */
  uri: string;
}

/** conflict: a value contradicts another; update: a revised count; differ: values differ, never compared; agree; single: one source. */
export type StoryTableStatus = 'conflict' | 'update' | 'differ' | 'agree' | 'single';

export interface StoryTableClaim {
  /** The figure as written. */
  text: string;
  /** The figure with its interval where the words do not say it: ستة (6). */
  value: string;
  min: number;
  /** null: no upper bound (ما لا يقل عن 25). */
  max: number | null;
  source: { text: string; type: string; chain: string[] };
  /** The source as a reader names it (the chain, or the outlet for the article's own voice). */
  sourceText: string;
  uri: string;
  path: string;
  /** The article's file name. */
  article: string;
  outlet?: string;
  /** The figure in the article (LSP positions). */
  range: { start: LspPosition; end: LspPosition };
  /** Set when the value is a side of a conflict. */
  conflict?: 'contradiction' | 'update';
  camp?: 0 | 1;
  /** A revised figure (ارتفع إلى). */
  update?: boolean;
  role?: 'total' | 'part';
  members?: string[];
}

export interface StoryTableRow {
  key: string;
  measure: string;
  group: string;
  event: string;
  eventText: string;
  /** What is counted, e.g. "police killed". */
  what: string;
  status: StoryTableStatus;
  claims: StoryTableClaim[];
  /** Conflict messages that involve another row (a part above its whole). */
  notes: string[];
  related: string[];
}

export interface StoryTableResult {
  /** The story's folder. */
  story: string;
  /** The folder's name. */
  name: string;
  articles: number;
  rows: StoryTableRow[];
}

/** Client → server: the story's figures grouped by what is counted (the story view, its CSV). */
export const StoryTableRequest = new RequestType<StoryTableParams, StoryTableResult, void>('isnad/storyTable');

export interface AnnotationsParams {
  /** The article (.txt). */
  uri: string;
}

export interface AnnotationItem {
  id: string;
  type: string;
  text: string;
  /** 0-based line of the .ann. */
  line: number;
  /** Where it is in the article (first to last fragment); null when its offsets are wrong. */
  range: { start: LspPosition; end: LspPosition } | null;
  attributes: Record<string, string | true>;
  notes: string[];
  references: string[];
}

export interface AnnotationsResult {
  uri: string;
  annUri: string;
  /** False when the article has no .ann yet. */
  exists: boolean;
  items: AnnotationItem[];
  relations: { id: string; type: string; arg1: string; arg2: string; line: number }[];
  /** Errors in the .ann (shown in Problems). */
  problems: number;
}

/** Client → server: the annotations of an article (the annotations view). */
export const AnnotationsRequest = new RequestType<AnnotationsParams, AnnotationsResult, void>('isnad/annotations');

/**
 * Server → client once the server has read every .ann after it started:
 * what it checked. After a crash the client's message says it.
 */
export interface AnnotationsCheckedParams {
  /** .ann files read (beside the indexed articles, and the open ones). */
  files: number;
  /** .ann documents the editor has open (the server reads and edits the editor's copy). */
  open: number;
  /** Lines of those files that could not be placed on their text: kept as written, marked, with a quick fix. */
  marked: number;
}
export const AnnotationsCheckedNotification = new NotificationType<AnnotationsCheckedParams>('isnad/annotationsChecked');
