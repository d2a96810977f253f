// CoNLL-style BIO export for training taggers: one token per line (the
// tokenizer's tokens, spaces left out), a blank line between sentences, BIO
// columns per span type. Spans of one type that share a token (a content
// quoted inside a content) cannot be told apart in one column, so a type
// gets one column per nesting level: the outermost span in the first, a
// span inside it in the next. A token is inside a span when they overlap: a
// proclitic glued to a name (وحلب) makes the whole token a Place, the
// tagger's unit. Every column is valid strict IOB2 (an I- only after a B- or
// I- of its type).

import { tokenize } from '../core/parse/tokenize.js';
import { parseAnn } from './parse.js';
import { SourceText } from './text-spans.js';

export const DEFAULT_BIO_TYPES = ['Figure', 'Place', 'Cue', 'Source', 'Content'];

export interface ConllOptions {
  /** Span types, in this order; each has one column per nesting level (at least one). */
  types?: string[];
  /** Add start and end code point offsets of each token as columns 2 and 3. */
  offsets?: boolean;
  /**
   * The first lines: 'docstart' (default) the CoNLL-2003 document line
   * `-DOCSTART-` (tags O) and a blank line, which CoNLL readers skip and
   * conlleval scores as no phrase; 'columns' a CoNLL-U Plus comment
   * `# global.columns = …` naming the columns; 'none'.
   */
  header?: 'docstart' | 'columns' | 'none';
}

// A token made only of these is a separator, not a line: every Unicode
// space and line break (U+0085, U+2028, U+2029, \r, a BOM), controls.
const SEPARATOR = /^[\s\u0000-\u001f\u007f\u0085]*$/u;
// Inside a token they would split its line for a reader (conlleval splits on whitespace).
const INNER_SEPARATOR = /[\s\u0000-\u001f\u007f\u0085]/gu;

/** BIO tags per token for one type (its outermost spans): 'B-Place', 'I-Place' or 'O'. */
export function bioTags(annText: string, txt: string, type: string): string[] {
  return conllRows(annText, txt, [type]).rows.flatMap((s) => s.map((r) => r.tags[0]!));
}

interface Row {
  token: string;
  start: number;
  end: number;
  tags: string[];
}

export interface ConllColumn {
  type: string;
  /** 1 for the outermost spans, 2 for spans inside them … */
  level: number;
}

/** Tokens (indexes into the tokenizer's list) a span covers: those it overlaps. */
function tokenRange(frags: [number, number][], tokens: { start: number; end: number; type: string }[], starts: number[]): number[] {
  const out: number[] = [];
  for (const [a, b] of frags) {
    // first token ending after a (binary search over starts, tokens are in order)
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && starts[i]! < b; i++) if (tokens[i]!.type !== 'space') out.push(i);
  }
  return out;
}

function conllRows(annText: string, txt: string, types: string[]): { rows: Row[][]; columns: ConllColumn[] } {
  const src = new SourceText(txt);
  const doc = parseAnn(annText);
  const { tokens, sentences } = tokenize(txt);
  const starts = tokens.map((t) => t.start);
  const keep = tokens.map((t) => t.type !== 'space' && t.sentence >= 0 && !SEPARATOR.test(t.text));
  // per type: its spans as token lists, outermost first, each given the first level where it shares no token
  const columns: ConllColumn[] = [];
  const tagAt: Map<number, string>[] = []; // per column: token index → tag
  for (const type of types) {
    const spans = doc.lines
      .flatMap((l) => (l.kind === 'textbound' && l.type === type ? [tokenRange(l.fragments.map((f) => src.toUtf16(f)), tokens, starts).filter((i) => keep[i])] : []))
      .filter((toks) => toks.length > 0)
      .sort((x, y) => x[0]! - y[0]! || y[y.length - 1]! - x[x.length - 1]!);
    const levels: { lastEnd: number; tags: Map<number, string> }[] = [];
    for (const toks of spans) {
      const first = toks[0]!;
      let level = levels.findIndex((l) => l.lastEnd < first);
      if (level < 0) level = levels.push({ lastEnd: -1, tags: new Map() }) - 1;
      const l = levels[level]!;
      // a gap between fragments (tokens left out) or a new sentence starts with B-: strict IOB2 per column
      toks.forEach((t, k) => l.tags.set(t, (k > 0 && toks[k - 1] === prevKept(t) && tokens[t]!.sentence === tokens[toks[k - 1]!]!.sentence ? 'I-' : 'B-') + type));
      l.lastEnd = toks[toks.length - 1]!;
    }
    if (!levels.length) levels.push({ lastEnd: -1, tags: new Map() });
    levels.forEach((l, k) => {
      columns.push({ type, level: k + 1 });
      tagAt.push(l.tags);
    });
  }
  function prevKept(i: number): number {
    for (let j = i - 1; j >= 0; j--) if (keep[j]) return j;
    return -1;
  }
  const rows: Row[][] = [];
  for (const s of sentences) {
    const sent: Row[] = [];
    for (let i = s.first; i < s.last; i++) {
      if (!keep[i]) continue;
      const t = tokens[i]!;
      sent.push({ token: t.text.replace(INNER_SEPARATOR, '_'), start: src.cp.toCodePoint(t.start), end: src.cp.toCodePoint(t.end), tags: tagAt.map((m) => m.get(i) ?? 'O') });
    }
    if (sent.length) rows.push(sent);
  }
  return { rows, columns };
}

/** The column names: `Content` for the first level, `Content/2` for spans nested in it. */
export function conllColumns(annText: string, txt: string, options: ConllOptions = {}): string[] {
  return conllRows(annText, txt, options.types ?? DEFAULT_BIO_TYPES).columns.map((c) => (c.level === 1 ? c.type : `${c.type}/${c.level}`));
}

export function toConll(annText: string, txt: string, options: ConllOptions = {}): string {
  const types = options.types ?? DEFAULT_BIO_TYPES;
  const { rows, columns } = conllRows(annText, txt, types);
  const names = columns.map((c) => (c.level === 1 ? c.type : `${c.type}/${c.level}`));
  const header =
    options.header === 'none'
      ? ''
      : options.header === 'columns'
        ? `# global.columns = FORM${options.offsets ? ' ISNAD:START ISNAD:END' : ''} ${names.map((n) => `ISNAD:${n.toUpperCase()}`).join(' ')}\n`
        : ['-DOCSTART-', ...(options.offsets ? ['-X-', '-X-'] : []), ...names.map(() => 'O')].join('\t') + '\n\n';
  return header + rows.map((sent) => sent.map((r) => [r.token, ...(options.offsets ? [r.start, r.end] : []), ...r.tags].join('\t') + '\n').join('')).join('\n');
}
