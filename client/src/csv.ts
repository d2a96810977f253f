// The story table as CSV for the desk that writes the correction: UTF-8 with
// a byte order mark (so Excel reads Arabic), CRLF line ends and quoting as in
// RFC 4180. Pure: no vscode import, so unit tests run it directly.
import type { StoryTableResult, StoryTableStatus } from '../../server/src/lsp/protocol.js';

export const CSV_COLUMNS = ['what', 'event', 'status', 'value', 'min', 'max', 'source', 'source type', 'chain', 'article', 'line', 'column'] as const;

export interface CsvLabels {
  /** One heading per column of CSV_COLUMNS, in that order. */
  columns: readonly string[];
  status: Record<StoryTableStatus, string>;
}

export const ENGLISH_LABELS: CsvLabels = {
  columns: CSV_COLUMNS,
  status: { conflict: 'conflict', update: 'update', differ: 'values differ', agree: 'agree', single: 'one source' },
};

/**
 * One field: quoted when it holds a comma, a quote or a line break; text that
 * a spreadsheet would run as a formula (= + - @ at the start) gets a leading
 * apostrophe. Numbers are written as numbers; null (no upper bound) as ∞.
 */
export function csvField(v: string | number | null | undefined): string {
  if (v === null) return '∞';
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '∞';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole table: a header line, then one line per value of every group. */
export function storyCsv(table: StoryTableResult, labels: CsvLabels = ENGLISH_LABELS): string {
  const lines = [labels.columns.map(csvField).join(',')];
  for (const row of table.rows) {
    for (const c of row.claims) {
      lines.push(
        [
          row.what,
          row.eventText,
          labels.status[row.status],
          c.text,
          c.min,
          c.max,
          c.sourceText,
          c.source.type,
          c.source.chain.join(' ← '),
          c.article,
          c.range.start.line + 1,
          c.range.start.character + 1,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
