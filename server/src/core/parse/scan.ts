// The token scanner: one pass over UTF-16 code units with cheap character
// classes; regular expressions only where a token may be a URL or an e-mail
// address (an ASCII letter or digit starts it). About 4× faster than one big
// alternation, and equal to it (test/unit/scan.test.ts keeps that as an oracle).
// The scanner makes the tokens themselves (no intermediate object per token).

import type { Token, TokenType } from '../types.js';
import { token } from './words.js';

export interface RawToken {
  start: number;
  end: number;
  type: TokenType;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PUNCT = /^\p{P}$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /\s/;
const URL_AT = /(?:https?:\/\/|www\.)[^\s«»"“”<>\u060C]+/y;
const EMAIL_AT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
const TRAILING_URL_PUNCT = /[.,:;!?)\]}'’]+$/;

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Unicode classes of single UTF-16 units, worked out with the regular
 * expressions on first sight and kept: punctuation (، « …) and the letter
 * after a blank would otherwise cost a regex test at nearly every word. (A
 * lone surrogate is tested as itself, as text[i] would be.)
 */
const UNIT_CLASS = new Uint8Array(0x10000);
const KNOWN = 1;
const LETTER = 2;
const IS_PUNCT = 4;
const IS_SPACE = 8;

function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER_OR_MARK.test(ch) ? LETTER : 0) | (PUNCT.test(ch) ? IS_PUNCT : 0) | (SPACE.test(ch) ? IS_SPACE : 0);
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** Letters and combining marks (tatweel is a letter), for any script. */
function isLetter(text: string, i: number, c: number): boolean {
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x0640) return true; // Arabic letters, tatweel
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return true; // Arabic diacritics
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xaa) return false;
  if (c >= 0xd800 && c <= 0xdbff) return width(text, i) === 2 && LETTER_OR_MARK.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false; // a lone low surrogate is no letter
  return (unitClass(c) & LETTER) !== 0;
}

/**
 * The rest of a word: letters, marks, joiners and direction marks (as
 * isLetter and isJoiner read them, surrogate pairs whole), matched natively
 * in one call rather than by a test of every character.
 */
const WORD_REST = /[\p{L}\p{M}\u200C\u200D\u200E\u200F\u061C]{0,1000}/uy;

function wordEnd(text: string, i: number): number {
  // at most 1 000 characters a call: an unbounded star keeps a backtracking
  // entry per character and overflows on a "word" of millions of letters
  for (;;) {
    WORD_REST.lastIndex = i;
    WORD_REST.test(text);
    const end = WORD_REST.lastIndex;
    if (end - i < 1000) return end;
    i = end;
  }
}

function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x85) return false;
  return (unitClass(c) & IS_SPACE) !== 0;
}

/** Width in code units of the code point at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function tryAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * The tokens of a text, in order, covering it without gaps. The loop handles
 * the two commonest starts itself (an Arabic letter, a blank) and leaves the
 * rest to other(): a small loop compiles quickly, and most tokens never
 * leave it.
 */
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) {
      i = wordEnd(text, i + 1);
      out.push(token(text, start, i, 'word'));
    } else if (c === 32) {
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      out.push(token(text, start, i, 'space'));
    } else i = other(text, i, c, out);
  }
  return out;
}

/** The token that starts at i with any other character (code c): pushed onto out; returns where it ends. */
function other(text: string, i: number, c: number, out: Token[]): number {
  const n = text.length;
  const start = i;
  let type: TokenType;
  if (isAsciiAlnum(c)) {
    let end = (c === 104 || c === 119) ? tryAt(URL_AT, text, i) : -1; // h…, w…
    if (end > 0) {
      const trail = TRAILING_URL_PUNCT.exec(text.slice(i, end));
      if (trail && trail[0].length < end - i) end -= trail[0].length;
      out.push(token(text, start, end, 'url'));
      return end;
    }
    end = tryAt(EMAIL_AT, text, i);
    if (end > 0) {
      out.push(token(text, start, end, 'email'));
      return end;
    }
  } else if (c === 46 || c === 37 || c === 43 || c === 45 || c === 95) {
    // . % + - _ may start an e-mail address's local part
    const end = tryAt(EMAIL_AT, text, i);
    if (end > 0) {
      out.push(token(text, start, end, 'email'));
      return end;
    }
  }
  if (c === 35 /* # */ || c === 64 /* @ */) {
    let j = i + 1;
    if (c === 35) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLetter(text, j, d) || isDigit(d) || d === 95 || d === 0x200c || d === 0x200d || NUMBER.test(text.slice(j, j + width(text, j)))) j += width(text, j);
        else break;
      }
    } else {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAsciiAlnum(d) || d === 95) j++;
        else break;
      }
    }
    if (j > i + 1) {
      out.push(token(text, start, j, c === 35 ? 'hashtag' : 'mention'));
      return j;
    }
  }
  if (isDigit(c)) {
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isDigit(d)) i++;
      else if ((d === 46 || d === 44 || d === 0x066b || d === 0x066c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    type = 'number';
  } else if (isLetter(text, i, c)) {
    i = wordEnd(text, i + width(text, i));
    type = 'word';
  } else if (isSpace(c)) {
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    type = 'space';
  } else {
    const w = width(text, i);
    const punct = w === 1 && !(c >= 0xd800 && c <= 0xdfff) ? (unitClass(c) & IS_PUNCT) !== 0 : PUNCT.test(text.slice(i, i + w));
    type = punct ? 'punct' : 'symbol';
    i += w;
  }
  out.push(token(text, start, i, type));
  return i;
}

/** Start, end and type of each token (the scanner's grammar, as test/unit/scan.test.ts checks it). */
export function scan(text: string): RawToken[] {
  return scanTokens(text).map((t) => ({ start: t.start, end: t.end, type: t.type }));
}
