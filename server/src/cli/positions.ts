// Where a span starts, as an editor names it: 1-based line and column, the
// column counted in UTF-16 code units as VS Code counts it (an emoji is two).
// Offsets inside the core are UTF-16 already, so this is a line lookup.
import { Lines } from '../core/text/offsets.js';

export interface LineColumn {
  line: number;
  column: number;
}

export class Positions {
  private readonly lines: Lines;

  constructor(text: string) {
    this.lines = new Lines(text);
  }

  /** The 1-based line and UTF-16 column of a UTF-16 offset. */
  at(offset: number): LineColumn {
    const p = this.lines.positionAt(offset);
    return { line: p.line + 1, column: offset - this.lines.starts[p.line]! + 1 };
  }
}

/** "path:line:col", the form editors and terminals turn into a link. */
export const where = (path: string, p: LineColumn): string => `${path}:${p.line}:${p.column}`;
