// What is said (GUIDELINES §3): a quotation, or the clause after أن/إن up to
// the end of the sentence. Decision (docs/guidelines.md): a content that is
// one quotation excludes its marks; a quotation may run over several
// sentences; a clause ends where the next coordinated cue begins (، مشيراً إلى
// أن …، حسب …).

import type { DocContext } from '../parse/context.js';
import type { Cue } from './cues.js';
import { CONTENT_ENDS, MARKER_BLOCKERS, MARKERS } from './lexicon.js';
import { relayAt, type Relay } from './chain.js';
import { nameQuote } from './source.js';
import { isQuote } from './quotes.js';
import { after, before, isPunct, matchWords } from './words.js';

export interface Range {
  start: number;
  end: number;
}

export interface MarkerScan {
  kind: 'marker' | 'colon' | 'quote' | 'none';
  /** First token of the content (a quote opener for quotations); -1 for none. */
  content: number;
  /** The marker token: the source stops before it. */
  at: number;
  relays: Relay[];
}

const MAX_SCAN_WORDS = 25;
const OPENERS = new Set(['«', '“', '"']);
/** Tokens a clause content may span (about 200 words): no real sentence is longer. */
export const MAX_CLAUSE_TOKENS = 400;
const TRAILING = new Set(['.', '،', ',', ':', '؛', ';', '!', '?', '؟', '…', '-', '–', '—', '&']);

/** Index of the ')' closing the '(' at i within its sentence, or -1. */
export function closeParen(ctx: DocContext, i: number): number {
  const s = ctx.tokens[i]!.sentence;
  const end = ctx.sentences[s]!.last;
  for (let k = i + 1; k < end && k < i + 60; k++) if (ctx.tokens[k]!.text === ')') return k;
  return -1;
}

/**
 * Looks from token j for what opens the content of a verb cue: أن/إن, a colon
 * or a quotation, skipping parentheses, short quoted names and relays. Stops
 * at `stop` (the next cue) and at the sentence end.
 */
export function scanToMarker(ctx: DocContext, j: number, stop: number, partner: Int32Array): MarkerScan {
  const relays: Relay[] = [];
  const none: MarkerScan = { kind: 'none', content: -1, at: -1, relays };
  if (j < 0) return none;
  const s = ctx.tokens[j]!.sentence;
  const end = Math.min(ctx.sentences[s]!.last, stop < 0 ? Infinity : stop);
  let words = 0;
  for (let k = j; k < end && words < MAX_SCAN_WORDS; k++) {
    const t = ctx.tokens[k]!;
    if (t.type === 'space') continue;
    if (t.type === 'punct') {
      if (t.text === '(') {
        const c = closeParen(ctx, k);
        if (c > 0) k = c;
        continue;
      }
      if (t.text === ':') {
        let n = after(ctx, k);
        if (n >= 0 && MARKERS.has(ctx.tokens[n]!.norm)) n = after(ctx, n); // قال: إن …
        if (n < 0) return none;
        return { kind: partner[n]! > n ? 'quote' : 'colon', content: n, at: k, relays };
      }
      const p = partner[k]!;
      if (p > k) {
        const q = nameQuote(ctx, k, partner);
        const nx = after(ctx, p);
        const endsSentence = nx < 0 || isPunct(ctx, nx, '.!?؟…');
        if (q > 0 && words > 0 && !(endsSentence && wordsIn(ctx, k, p) >= 2)) {
          k = p; // a quoted name: وكالة «س»، اطلعت عليها "ص"
          continue;
        }
        if (q > 0 && !endsSentence && words === 0 && nx >= 0 && !isPunct(ctx, nx)) {
          k = p; // «التنظيم» عبر …: the source itself in quotes
          words++;
          continue;
        }
        return { kind: 'quote', content: k, at: k, relays };
      }
      // a quotation left open (it goes on in the next paragraph): the rest of the sentence
      if (p < 0 && OPENERS.has(t.text)) return { kind: 'marker', content: k, at: k, relays };
      continue;
    }
    if (t.type === 'word') {
      if (MARKERS.has(t.norm)) {
        // إلا أن، بعد أن: another construction; what follows was not said
        if (blocked(ctx, k)) return none;
        const n = after(ctx, k);
        return n < 0 ? none : { kind: 'marker', content: n, at: k, relays };
      }
      const r = relayAt(ctx, k, end, partner);
      if (r) {
        relays.push(r);
        k = r.last;
        words++;
        continue;
      }
    }
    words++;
  }
  return none;
}

// a blocker ends right before the marker, and a content end starts right after the comma:
// a word that ends (starts) none of them rules them all out
const BLOCKER_LAST = new Set(MARKER_BLOCKERS.map((w) => w[w.length - 1]!));
const CONTENT_END_FIRST = new Set(CONTENT_ENDS.map((w) => w[0]!));

function blocked(ctx: DocContext, marker: number): boolean {
  const p = before(ctx, marker);
  if (p < 0 || !BLOCKER_LAST.has(ctx.tokens[p]!.norm)) return false;
  for (const words of MARKER_BLOCKERS) {
    let k = marker;
    for (let w = 0; w < words.length && k >= 0; w++) k = before(ctx, k);
    if (k >= 0 && matchWords(ctx, k, words) === before(ctx, marker)) return true;
  }
  return false;
}

function reporterClause(ctx: DocContext, comma: number): boolean {
  const n = after(ctx, comma);
  return n >= 0 && CONTENT_END_FIRST.has(ctx.tokens[n]!.norm) && CONTENT_ENDS.some((w) => matchWords(ctx, n, w) >= 0);
}

function wordsIn(ctx: DocContext, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (ctx.tokens[k]!.type === 'word') n++;
  return n;
}

/** The inside of a quotation (without its marks), or null when empty. */
export function quoteContent(ctx: DocContext, open: number, partner: Int32Array): Range | null {
  const close = partner[open]!;
  if (close <= open) return null;
  let a = open + 1;
  let b = close - 1;
  while (a <= b && ctx.tokens[a]!.type === 'space') a++;
  while (b >= a && ctx.tokens[b]!.type === 'space') b--;
  if (a > b) return null;
  return { start: ctx.tokens[a]!.start, end: ctx.tokens[b]!.end };
}

/**
 * The clause from token `from` to the end of its sentence, or to the token
 * before `stop`. A quotation that opens inside and closes after the sentence
 * end carries the clause on to its closing mark. A noun phrase (the object
 * of أكد / أعلن without أن) also ends at a comma or a bracket.
 */
export function clauseContent(ctx: DocContext, from: number, stop: number, partner: Int32Array, nounPhrase = false): Range | null {
  const tokens = ctx.tokens;
  if (from < 0) return null;
  const s = tokens[from]!.sentence;
  // a clause is bounded, so a text with no full stops stays linear
  let last = Math.min(ctx.sentences[s]!.last - 1, from + MAX_CLAUSE_TOKENS);
  if (stop > from && stop <= last) last = stop - 1;
  let a = from;
  while (a <= last && (tokens[a]!.type === 'space' || (tokens[a]!.type === 'punct' && partner[a]! < a && tokens[a]!.text !== '('))) a++;
  if (a > last) return null;
  // a clause that is one quotation is its inside; if the reporter's words
  // follow the quotation in the clause, the clause keeps its marks
  if (partner[a]! > a) {
    // a quotation that runs past the sentence takes the clause to its own sentence end
    if (partner[a]! > last) last = Math.min(ctx.sentences[tokens[partner[a]!]!.sentence]!.last - 1, partner[a]! + MAX_CLAUSE_TOKENS);
    let k = partner[a]! + 1;
    while (k <= last && (tokens[k]!.type === 'space' || (tokens[k]!.type === 'punct' && TRAILING.has(tokens[k]!.text)))) k++;
    if (k > last) return quoteContent(ctx, a, partner);
  }
  let b = a;
  let quotedUntil = -1;
  for (let k = a; k <= last; k++) {
    const t = tokens[k]!;
    if (partner[k]! > k && k > quotedUntil) quotedUntil = partner[k]!;
    // «…»، لكن …: outside quotations, the reporter's own clause ends the content
    if (k > quotedUntil && k > a && (t.text === '،' || t.text === ',') && reporterClause(ctx, k)) break;
    if (nounPhrase && (t.text === '(' || t.text === '،' || t.text === ',') && k > a) break;
    if (partner[k]! > k && partner[k]! > last) {
      // the quotation runs past the sentence: so does the clause
      b = partner[k]!;
      break;
    }
    if (t.type !== 'space') b = k;
  }
  // trailing punctuation, spaces and marks that close nothing inside
  while (b > a) {
    const t = tokens[b]!;
    if (t.type === 'space' || (t.type === 'punct' && TRAILING.has(t.text))) {
      b--;
      continue;
    }
    if (t.type !== 'punct' || t.text === ')') break;
    const p = partner[b]!;
    if (p >= a && p < b) break; // closes a quotation opened inside
    if (isQuote(t.text)) b--;
    else break;
  }
  if (partner[a] === b) return quoteContent(ctx, a, partner); // only the quotation is left
  return { start: tokens[a]!.start, end: tokens[b]!.end };
}

/** Does a cue end the clause before it (a new coordinated clause, a participle, a preposition)? */
export function endsClause(c: Cue): boolean {
  return c.kind === 'prep' || c.participle || c.conj;
}
