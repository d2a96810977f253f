// Tokens, sentences and paragraphs of Arabic news text, in one linear pass
// (Intl.Segmenter is quadratic on long strings in Node 20). Tokens cover the
// text without gaps or overlaps, so the tree built from them serialises back
// to the input exactly.

import type { Paragraph, Sentence, Token } from '../types.js';
import { normalize } from '../text/normalize.js';
import abbreviations from '../data/abbreviations.json' with { type: 'json' };
import { scanTokens } from './scan.js';
import { spacedDecimalMark } from './spaced-decimal.js';

const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔', '…']);
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']', '}', '›']);
const ABBREVIATIONS = new Set((abbreviations as string[]).map((a) => normalize(a)));

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

/** Splits the text into tokens. */
export function tokenizeOnly(text: string): Token[] {
  return scanTokens(text);
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

function isBreak(t: Token): boolean {
  // most spaces are one blank: no test needed
  return t.type === 'space' && t.text !== ' ' && LINE_BREAK.test(t.text);
}

/** Does the punctuation token at i end a sentence? */
function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.type !== 'punct' || !SENTENCE_END.has(t.text)) return false;
  if (t.text === '.') {
    // 5 . 3 درجات: a decimal point a page spaced out, not a stop
    if (tokens[i - 1]?.type === 'space' && spacedDecimalMark(tokens, i)) return false;
    const prev = tokens[i - 1];
    // abbreviations (د. م. هـ.) do not end a sentence unless the line ends
    if (prev && prev.type === 'word' && (prev.norm.length === 1 || ABBREVIATIONS.has(prev.norm))) {
      const next = tokens[i + 1];
      if (next && !isBreak(next)) return false;
    }
  }
  return true;
}

/**
 * Tokens grouped into sentences and paragraphs (a line break ends a
 * paragraph), in one pass: a sentence runs to its end punctuation or to the
 * line break that ends its paragraph.
 */
export function tokenize(text: string): Tokenized {
  const tokens = scanTokens(text);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (isBreak(tokens[i]!)) {
      i++;
      continue;
    }
    // a paragraph: sentences up to the next line break (j stops there)
    const firstSentence = sentences.length;
    let j = i;
    while (j < n) {
      const t = tokens[j]!;
      // spaces between sentences belong to the paragraph
      if (t.type === 'space') {
        if (isBreak(t)) break;
        j++;
        continue;
      }
      const first = j;
      let k = j;
      while (k < n) {
        const u = tokens[k]!;
        if (u.type === 'punct') {
          if (endsSentence(tokens, k)) {
            k++;
            // further terminal punctuation and closing quotes stay with it
            while (k < n && tokens[k]!.type === 'punct' && (SENTENCE_END.has(tokens[k]!.text) || CLOSERS.has(tokens[k]!.text))) k++;
            break;
          }
        } else if (u.type === 'space' && isBreak(u)) break;
        k++;
      }
      // trailing spaces are not part of the sentence
      let last = k;
      while (last > first && tokens[last - 1]!.type === 'space') last--;
      const idx = sentences.length;
      for (let x = first; x < last; x++) tokens[x]!.sentence = idx;
      sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, paragraph: paragraphs.length });
      j = k;
    }
    paragraphs.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, first: firstSentence, last: sentences.length });
    i = j;
  }
  return { tokens, sentences, paragraphs };
}
