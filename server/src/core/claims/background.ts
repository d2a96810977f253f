// The parts of a page that tell of other things than the story's incident:
// a photo caption (صورة أرشيفية : … حريق سابق …), a list of related
// headlines (أخبار ذات صلة …), a sentence about an incident it calls
// another or an earlier one (حريق سابق، حادث مماثل). Their figures remain
// figures, but detect.ts files them under their own sentence's key, so
// they are compared only with the same sentence elsewhere, never with the
// story's tolls. Words: data/claims/background.json.

import data from '../data/claims/background.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import type { Paragraph } from '../types.js';
import { DEVICES, EVENT_NOUNS, INCIDENTS, isTransparent, longestAt, type Phrase } from './lexicon.js';
import { clauseCeiling, clauseFloor, isClauseBreak, isClauseStart, type FigureAt, type Scan } from './scan.js';

const phrases = (list: string[]): Phrase<true>[] =>
  list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: true as const })).sort((a, b) => b.words.length - a.words.length);
const CAPTIONS = phrases(data.captions);
const CAPTION_PHRASES = phrases(data.captionPhrases);
const RELATED = phrases(data.related);
const OTHER = new Set(data.otherAdjectives.map((w) => normalize(w)));
/** How many tokens after a caption word its colon (dash, bar) may stand. */
const CAPTION_MARK_WITHIN = 4;
/** A list item of related headlines is a short line; a longer one is the text again. */
const LIST_LINE_CHARS = 200;
const CAPTION_MARKS = new Set([':', '-', '–', '|', '/']);
const STOPS = /[.!؟?]$/;

/** Character ranges [start, end) of a document that are background, in order. */
export type Ranges = [number, number][];

function firstWord(scan: Scan, p: Paragraph): number {
  const { tokens, sentences } = scan.ctx;
  const s = sentences[p.first];
  if (!s) return -1;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.type === 'word') return i;
    if (t.type !== 'space' && t.text !== '(' && t.text !== '[' && !isTransparent(scan.ctx, i)) return -1;
  }
  return -1;
}

/** Is the paragraph (a line) a photo caption? */
function isCaption(scan: Scan, p: Paragraph): boolean {
  const i = firstWord(scan, p);
  if (i < 0) return false;
  if (longestAt(scan.ctx, i, CAPTION_PHRASES)) return true;
  const m = longestAt(scan.ctx, i, CAPTIONS);
  if (!m) return false;
  const { tokens } = scan.ctx;
  for (let j = m.end, n = 0; j < tokens.length && n < CAPTION_MARK_WITHIN && tokens[j]!.start < p.end; j++) {
    const t = tokens[j]!;
    if (t.type === 'space') continue;
    if (t.type === 'punct' || t.type === 'symbol') return CAPTION_MARKS.has(t.text);
    n++;
  }
  return false;
}

/** The text of a paragraph, trimmed. */
const lineText = (scan: Scan, p: Paragraph) => scan.ctx.text.slice(p.start, p.end).trim();

/** The background ranges of a document: captions and related headlines. */
export function backgroundRanges(scan: Scan): Ranges {
  const { ctx } = scan;
  const out: Ranges = [];
  const paragraphs = ctx.paragraphs;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (isCaption(scan, p)) {
      out.push([p.start, p.end]);
      continue;
    }
    for (let si = p.first; si < p.last; si++) {
      const s = ctx.sentences[si]!;
      for (let i = s.first; i < s.last; i++) {
        const t = ctx.tokens[i]!;
        if (t.type !== 'word') continue;
        const heading = longestAt(ctx, i, RELATED);
        if (heading) {
          out.push([t.start, s.end]);
          // the heading ends its line: the headlines are the short lines after it with no full stop
          const rest = ctx.text.slice(ctx.tokens[heading.end - 1]!.end, p.end).replace(/[\s:：\-–]+/g, '');
          if (si === p.last - 1 && rest === '') {
            for (let q = pi + 1; q < paragraphs.length; q++) {
              const line = lineText(scan, paragraphs[q]!);
              if (line.length > LIST_LINE_CHARS || STOPS.test(line)) break;
              out.push([paragraphs[q]!.start, paragraphs[q]!.end]);
              pi = q;
            }
          }
          break;
        }
      }
    }
  }
  return out;
}

/** Does a background range hold the offset? Ranges are few: a scan. */
export function inBackground(ranges: Ranges, offset: number): boolean {
  for (const [a, b] of ranges) if (offset >= a && offset < b) return true;
  return false;
}

/** How many words from the figure its clause is read for the incident it tells of. */
const NOUN_WINDOW = 8;

/** Is the incident noun ending at token `end` followed by «سابق، مماثل، آخر»? */
function calledOther(scan: Scan, end: number, limit: number): boolean {
  let j = end;
  while (j < limit && scan.ctx.tokens[j]!.type === 'space') j++;
  const t = scan.ctx.tokens[j];
  return !!t && j < limit && t.type === 'word' && OTHER.has(t.norm.replace(/^ال/, ''));
}

/**
 * Does the incident nearest the figure in its clause (before it, else after
 * it) go by a word that makes it another one (حريق سابق أودى بحياة 20 عاملاً،
 * قتل 4 مدنيين في هجمات مماثلة)? Only that clause: «5 قتلوا في هجمات النظام،
 * فيما قتل 4 في هجمات مماثلة» keeps the 5.
 */
export function anotherIncidentNear(scan: Scan, f: FigureAt): boolean {
  const { ctx } = scan;
  // a device names its explosion (لغم ثان يقتل 3، عبوة ناسفة ثانية): the word after it as after an incident noun
  const noun = (i: number) => longestAt(ctx, i, INCIDENTS) ?? longestAt(ctx, i, EVENT_NOUNS) ?? longestAt(ctx, i, DEVICES);
  const limit = Math.min(f.sentence.last, ctx.tokens.length);
  for (let i = f.first - 1, words = 0; i >= clauseFloor(f) && words < NOUN_WINDOW; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (ctx.tokens[i]!.type !== 'word') continue;
    const m = noun(i);
    if (m) return calledOther(scan, m.end, limit);
    if (isClauseStart(scan, i)) break;
    words++;
  }
  for (let i = f.last + 1, words = 0; i < clauseCeiling(f) && words < NOUN_WINDOW; i++) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (ctx.tokens[i]!.type !== 'word') continue;
    const m = noun(i);
    if (m) return calledOther(scan, m.end, limit);
    words++;
  }
  return false;
}
