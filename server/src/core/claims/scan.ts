// Where things are, by token: which figure or place a token belongs to, and
// each figure's token range and sentence. Built once per document so the
// claim readers walk plain arrays.

import { tokenAt, type DocContext } from '../parse/context.js';
import type { Figure, Sentence } from '../types.js';
import { CLAUSE_STARTS, longestAt } from './lexicon.js';

export interface FigureAt {
  index: number;
  figure: Figure;
  /** First and last token of the figure's span. */
  first: number;
  last: number;
  sentence: Sentence;
}

export interface Scan {
  ctx: DocContext;
  /** Figure index of each token, -1 outside figures. */
  figureOf: Int32Array;
  /** Place index of each token, -1 outside places. */
  placeOf: Int32Array;
  /** Tokens where an attribution's cue starts: a new speaker, so a new clause. */
  cueStarts: Set<number>;
  figures: FigureAt[];
  /** Does a clause start at the token: 0 not yet known, 1 yes, 2 no (filled on demand). */
  clauseStart: Uint8Array;
}

function mark(ctx: DocContext, into: Int32Array, start: number, end: number, value: number): [number, number] {
  const first = tokenAt(ctx, start);
  const last = tokenAt(ctx, Math.max(start, end - 1));
  for (let i = first; i <= last; i++) into[i] = value;
  return [first, last];
}

export function makeScan(ctx: DocContext): Scan {
  const n = ctx.tokens.length;
  const figureOf = new Int32Array(n).fill(-1);
  const placeOf = new Int32Array(n).fill(-1);
  const figures: FigureAt[] = [];
  ctx.places.forEach((p, i) => mark(ctx, placeOf, p.start, p.end, i));
  ctx.figures.forEach((f, i) => {
    if (n === 0) return;
    const [first, last] = mark(ctx, figureOf, f.start, f.end, i);
    const s = ctx.sentences[Math.max(0, ctx.tokens[first]!.sentence)];
    if (s) figures.push({ index: i, figure: f, first, last, sentence: s });
  });
  const cueStarts = new Set<number>();
  for (const a of ctx.attributions) if (n) cueStarts.add(tokenAt(ctx, a.cue.start));
  return { ctx, figureOf, placeOf, cueStarts, figures, clauseStart: new Uint8Array(n) };
}

export function isWord(scan: Scan, i: number): boolean {
  return scan.ctx.tokens[i]?.type === 'word';
}

const QUOTES = new Set(['"', '«', '»', '“', '”', "'", '‘', '’', '&']);

/** Punctuation that closes a clause (comma, full stop, brackets); quotes do not. */
export function isClauseBreak(scan: Scan, i: number): boolean {
  const t = scan.ctx.tokens[i]!;
  return t.type === 'punct' && !QUOTES.has(t.text);
}

/**
 * How far, in tokens, a walk from a figure looks for what its clause names
 * (its place, its incident): about 80 words. A clause longer than that is a
 * list or a table, not a sentence, and walking all of it from each of its
 * figures made one unpunctuated paragraph quadratic.
 */
export const CLAUSE_WINDOW = 160;

/** Tokens the clause walks have stepped over so far: their work, counted so a test can tell linear from quadratic on any machine. */
export const walked = { tokens: 0 };

/** The first token a walk back from the figure may reach: its sentence's start, at most CLAUSE_WINDOW tokens back. */
export function clauseFloor(f: FigureAt): number {
  return Math.max(f.sentence.first, f.first - CLAUSE_WINDOW);
}

/** The token a walk forward from the figure stops before: its sentence's last, at most CLAUSE_WINDOW tokens on. */
export function clauseCeiling(f: FigureAt): number {
  return Math.min(f.sentence.last, f.last + 1 + CLAUSE_WINDOW);
}

/** Does a clause start at word i (the complementiser of reported speech …)? Cached per token: several readers ask. */
export function isClauseStart(scan: Scan, i: number): boolean {
  let c = scan.clauseStart[i]!;
  if (c === 0) scan.clauseStart[i] = c = longestAt(scan.ctx, i, CLAUSE_STARTS) ? 1 : 2;
  return c === 1;
}
