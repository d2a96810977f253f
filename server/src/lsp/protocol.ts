// Custom messages between the Isnad client and server. Types and names only,
// so both sides import this file without pulling in the other's libraries.

export type SpanKind = 'figure' | 'place' | 'cue' | 'source' | 'content' | 'conflict';

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
}

export interface FindingsParams {
  uri: string;
  version: number;
  spans: DecoratedSpan[];
  counts: { figures: number; places: number; attributions: number; conflicts: number; annotated: number; unreviewed: number };
  /** Set when the document was not analysed (too large, binary). */
  skipped?: string;
}

/** Server → client after each analysis of an open document. */
export const FindingsNotification = 'isnad/findings';

export interface StatusParams {
  state: 'starting' | 'indexing' | 'ready';
  documents: number;
}
/** Server → client when its state changes. */
export const StatusNotification = 'isnad/status';
