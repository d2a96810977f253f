// What a span is, as short markdown lines: first the span's own facts (one
// line each), then where they come from in one line, then what other articles
// say (corroborations, conflicts). Lines stay short so the hover does not
// cover the start of a right-to-left line. Every run embedded in the English
// (or Arabic) frame is isolated (core/text/bidi.ts): Arabic words, numbers,
// intervals and signs each keep their own direction.
import type { Analysis } from '../core/analyse.js';
import { evidenceOf, type WeakReason } from '../core/evidence/weak.js';
import { formatInterval } from '../core/claims/interval.js';
import { sourceText, STRINGS, type Strings } from '../core/story/describe.js';
import type { Conflict } from '../core/story/types.js';
import { isolate, isolateLtr } from '../core/text/bidi.js';
import { kindOf } from '../core/kinds.js';
import type { Attribution, Figure, Mark, Place } from '../core/types.js';
import { weakText } from './evidence.js';
import { english, type Translate } from './l10n.js';

/** A place's lines from outside the analysis (the gazetteer, the folder). */
export interface PlaceLines {
  /** Facts about the place itself: containment, coordinates, spellings. */
  facts: string[];
  /** Where the entry comes from, in one short line. */
  provenance: string | null;
  /** What the folder says (mentions in other articles). */
  after: string[];
}

export interface HoverExtras {
  /** The annotation of the span (markdown), shown after the detection's own facts, before what others say. */
  annotation?: string;
  /** Lines after a figure's own facts (corroborations, conflicts), by figure index. */
  figure?: (index: number) => string[];
  /** A place's gazetteer facts, provenance and mentions. */
  place?: (place: Place) => PlaceLines;
}

/** Western digits; thousands grouped for quantities, never for years, days or ordinals. */
export function formatNumber(n: number, group = true): string {
  if (n === Infinity) return '∞';
  return n.toLocaleString('en-US', { maximumFractionDigits: 3, useGrouping: group });
}

export function formatValue(f: Pick<Figure, 'value' | 'min' | 'max'> & { kind?: Figure['kind'] }): string {
  const group = f.kind !== 'date' && f.kind !== 'ordinal' && f.kind !== 'identifier';
  const fmt = (n: number): string => formatNumber(n, group);
  const interval = f.min === f.max ? '' : `[${fmt(f.min)}, ${fmt(f.max)}]`;
  if (f.value !== null && interval) return `${fmt(f.value)} ${interval}`;
  if (f.value !== null) return fmt(f.value);
  return interval;
}

/** An Arabic (or any) word run inside a message: isolated by its first strong character. */
export const word = (s: string): string => isolate(s);
/** A number, interval or sign: always left to right, so ≥ does not mirror and 36–44 does not turn round. */
export const num = (s: string): string => isolateLtr(s);

const KIND: Record<Figure['kind'], (t: Translate) => string> = {
  count: (t) => t('count'),
  measure: (t) => t('measure'),
  age: (t) => t('age'),
  date: (t) => t('date or time'),
  ordinal: (t) => t('ordinal'),
  identifier: (t) => t('identifier'),
};

/** Markdown lines of one block: a hard break between lines, so each fact stays on its own line. */
function block(lines: string[]): string {
  return lines.filter(Boolean).join('  \n');
}

/** Blocks in order, the annotation (already markdown) set apart by a rule before the other articles' lines. */
function hover(blocks: string[][], annotation?: string, after: string[] = []): string {
  const parts = blocks.map(block);
  const others = block(after);
  if (annotation) parts.push(`---\n\n${annotation}`, others && `---\n\n${others}`);
  else parts.push(others);
  return parts.filter((b) => b !== '').join('\n\n');
}

function weakLine(r: WeakReason | null | undefined, t: Translate): string {
  return r ? `⚠ ${t('Weak evidence')}: ${weakText(r, t)}` : '';
}

/** Speaker, then the relays, in words: «قائد الشرطة» via «فرانس برس» (an arrow between right-to-left names reads either way). */
export function chainText(chain: string[], t: Translate = english): string {
  return chain.map(word).join(` ${t('via')} `);
}

function sourceLine(f: Figure, t: Translate): string {
  if (!f.source) return '';
  const chain = f.source.chain.length ? chainText(f.source.chain, t) : f.source.text && word(f.source.text);
  if (!chain) return '';
  return f.source.attribution < 0 ? t('Source: {0} (the article)', chain) : t('Source: {0}', chain);
}

function figureHover(a: Analysis, f: Figure, index: number, extras: HoverExtras, t: Translate): string {
  const kind = `${KIND[f.kind](t)}${f.detail ? ` (${f.detail})` : ''}`;
  const value = formatValue(f);
  // the words only when they say more than the value (تسعة → 9, not 12 → 12)
  const written = f.text.trim() === value ? '' : `${word(`\`${f.text}\``)} → `;
  const facts = [`**${t('Figure')}** ${written}${num(`**${value}**`)} · ${kind}`, weakLine(evidenceOf(a).figures[index], t)];
  if (f.qualifier) facts.push(`${t('Qualifier')}: ${f.qualifier}${f.qualifierText ? ` (${word(f.qualifierText)})` : ''}`);
  if (f.unit) facts.push(`${t('Unit')}: ${num(f.unit)}`);
  // the counted noun, with its lemma only when it says more than the word itself
  if (f.counted) facts.push(`${t('Counts')}: ${word(f.counted.text)}${f.counted.lemma && f.counted.lemma !== f.counted.text ? ` (${word(f.counted.lemma)})` : ''}`);
  return hover([facts, [sourceLine(f, t)]], extras.annotation, extras.figure?.(index) ?? []);
}

function placeHover(a: Analysis, p: Place, extras: HoverExtras, t: Translate): string {
  const more = extras.place?.(p) ?? { facts: [], provenance: null, after: [] };
  const head = `**${t('Place')}** ${word(p.name)}${p.nameEn ? ` — ${p.nameEn}` : ''} · ${p.type}`;
  const weak = weakLine(evidenceOf(a).places[a.places.indexOf(p)], t);
  // the provenance: the gazetteer's credit, or how a place no gazetteer knows was found
  const provenance = more.provenance ?? (p.via === 'team' ? t('From: the team gazetteer') : '');
  return hover([[head, weak, ...more.facts], [provenance]], extras.annotation, more.after);
}

function attributionHover(a: Attribution, index: number, analysis: Analysis, extras: HoverExtras, t: Translate): string {
  const facts = [`**${t('Source')}** ${word(a.source.text)} · ${a.source.type}`];
  if (a.source.chain.length > 1) facts.push(`${t('Chain')}: ${chainText(a.source.chain, t)}`);
  facts.push(`${t('Cue')}: ${word(a.cue.text)}`);
  const stated = analysis.figures.filter((f) => f.source?.attribution === index && f.kind !== 'identifier');
  // a figure's words and its value only when they differ (ستة (6), not 12 (12)); a comma of the frame's script
  const stated1 = stated.map((f) => (f.text.trim() === formatValue(f) ? num(f.text.trim()) : `${word(f.text)} (${num(formatValue(f))})`));
  if (stated.length) facts.push(`${t('Figures stated')}: ${stated1.join(', ')}`);
  return hover([facts], extras.annotation);
}

/** A mark (a kind with no model of its own): its kind's heading (core/kinds.ts), its words and detail, then its facts. */
function markHover(a: Analysis, m: Mark, extras: HoverExtras, t: Translate): string {
  const label = kindOf(m.kind, a.kinds)?.label ?? m.kind;
  const facts = [`**${t(label)}** ${word(m.text)}${m.detail ? ` · ${m.detail}` : ''}`];
  for (const [name, value] of Object.entries(m.facts ?? {})) facts.push(`${t(name)}: ${word(value)}`);
  return hover([facts], extras.annotation);
}

/** A side's words and, when they do not say it, its interval on its own: «نحو 40» (36–44), so the interval never turns round. */
export function sideValue(s: { text: string; min: number; max: number }): string {
  const n = formatInterval(s);
  return s.text.trim() === n ? num(n) : `${word(s.text)} (${num(n)})`;
}

/** The other sides of a figure's conflicts, one short line each: "Contradicted: 12 — source (article)". */
export function conflictLines(conflicts: Conflict[], uri: string, figure: number, t: Translate = english, strings: Strings = STRINGS): string[] {
  const out: string[] = [];
  for (const c of conflicts) {
    const mine = c.sides.find((s) => s.docId === uri && s.figure === figure);
    if (!mine) continue;
    for (const o of c.sides) {
      if (o.camp === mine.camp) continue;
      const file = o.path.replace(/^.*[\\/]/, '');
      const source = sourceText(o.source, o.outlet, strings);
      // the article's own voice is named by the article: say it once
      const named = o.source.type !== 'article' && o.source.chain.length > 1 ? chainText(o.source.chain, t) : word(source);
      const who = source === file.replace(/\.txt$/i, '') ? word(file) : `${named} (${word(file)})`;
      const line = c.kind === 'update' ? t('Revised: {0} — {1}', sideValue(o), who) : t('Contradicted: {0} — {1}', sideValue(o), who);
      if (!out.includes(line)) out.push(line);
    }
  }
  return out;
}

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

/** The hover at a UTF-16 offset, or null, in the translator's language. Figures win over places, places over attributions, attributions over marks. */
export function hoverAt(analysis: Analysis, offset: number, extras: HoverExtras = {}, t: Translate = english): HoverResult | null {
  const inside = (s: { start: number; end: number }): boolean => offset >= s.start && offset < s.end;
  const fi = analysis.figures.findIndex((f) => f.kind !== 'identifier' && inside(f));
  if (fi >= 0) {
    const f = analysis.figures[fi]!;
    return { markdown: figureHover(analysis, f, fi, extras, t), start: f.start, end: f.end };
  }
  const p = analysis.places.find(inside);
  if (p) return { markdown: placeHover(analysis, p, extras, t), start: p.start, end: p.end };
  const ai = analysis.attributions.findIndex((a) => inside(a.cue) || inside(a.source));
  if (ai >= 0) {
    const a = analysis.attributions[ai]!;
    const span = inside(a.cue) ? a.cue : a.source;
    return { markdown: attributionHover(a, ai, analysis, extras, t), start: span.start, end: span.end };
  }
  const m = analysis.marks.find(inside);
  if (m) return { markdown: markHover(analysis, m, extras, t), start: m.start, end: m.end };
  return null;
}
