// What a span is, as markdown: a figure's value and meaning and its source,
// a place, an attribution's source and the figures it states.
import type { Analysis } from '../core/analyse.js';
import type { Attribution, Figure, Place } from '../core/types.js';
import { t } from './l10n.js';

export interface HoverExtras {
  /** More lines for a figure (corroborations, conflicts), by figure index. */
  figure?: (index: number) => string[];
  /** More lines for a place (entry details, mentions in the folder). */
  place?: (place: Place) => string[];
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

const KIND: Record<Figure['kind'], () => string> = {
  count: () => t('count'),
  measure: () => t('measure'),
  age: () => t('age'),
  date: () => t('date or time'),
  ordinal: () => t('ordinal'),
  identifier: () => t('identifier'),
};

function sourceLine(f: Figure): string | null {
  if (!f.source) return null;
  const chain = f.source.chain.length ? f.source.chain.join(' ← ') : f.source.text;
  if (!chain) return null;
  return f.source.attribution < 0 ? t('Source: {0} (the article)', chain) : t('Source: {0}', chain);
}

function figureHover(f: Figure, index: number, extras: HoverExtras): string {
  const lines = [`**${t('Figure')}** \`${f.text}\` → **${formatValue(f)}**`, '', `- ${t('Kind')}: ${KIND[f.kind]()}${f.detail ? ` (${f.detail})` : ''}`];
  if (f.qualifier) lines.push(`- ${t('Qualifier')}: ${f.qualifier}${f.qualifierText ? ` (${f.qualifierText})` : ''}`);
  if (f.unit) lines.push(`- ${t('Unit')}: ${f.unit}`);
  if (f.counted) lines.push(`- ${t('Counts')}: ${f.counted.text} (${f.counted.lemma})`);
  const src = sourceLine(f);
  if (src) lines.push(`- ${src}`);
  for (const l of extras.figure?.(index) ?? []) lines.push(l);
  return lines.join('\n');
}

function placeHover(p: Place, extras: HoverExtras): string {
  const lines = [`**${t('Place')}** ${p.name}${p.nameEn ? ` — ${p.nameEn}` : ''}`, '', `- ${t('Type')}: ${p.type}`];
  if (p.id) lines.push(`- ${t('Gazetteer id')}: ${p.id}`);
  if (p.via !== 'gazetteer') lines.push(`- ${t('Found by')}: ${p.via}`);
  for (const l of extras.place?.(p) ?? []) lines.push(l);
  return lines.join('\n');
}

function attributionHover(a: Attribution, index: number, analysis: Analysis): string {
  const lines = [`**${t('Source')}** ${a.source.text} — ${a.source.type}`, ''];
  if (a.source.chain.length > 1) lines.push(`- ${t('Chain')}: ${a.source.chain.join(' ← ')}`);
  lines.push(`- ${t('Cue')}: ${a.cue.text}`);
  const stated = analysis.figures.filter((f) => f.source?.attribution === index && f.kind !== 'identifier');
  if (stated.length) lines.push(`- ${t('Figures stated')}: ${stated.map((f) => `${f.text} (${formatValue(f)})`).join('، ')}`);
  return lines.join('\n');
}

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

/** The hover at a UTF-16 offset, or null. Figures win over places, places over attributions. */
export function hoverAt(analysis: Analysis, offset: number, extras: HoverExtras = {}): HoverResult | null {
  const inside = (s: { start: number; end: number }): boolean => offset >= s.start && offset < s.end;
  const fi = analysis.figures.findIndex((f) => f.kind !== 'identifier' && inside(f));
  if (fi >= 0) {
    const f = analysis.figures[fi]!;
    return { markdown: figureHover(f, fi, extras), start: f.start, end: f.end };
  }
  const p = analysis.places.find(inside);
  if (p) return { markdown: placeHover(p, extras), start: p.start, end: p.end };
  const ai = analysis.attributions.findIndex((a) => inside(a.cue) || inside(a.source));
  if (ai >= 0) {
    const a = analysis.attributions[ai]!;
    const span = inside(a.cue) ? a.cue : a.source;
    return { markdown: attributionHover(a, ai, analysis), start: span.start, end: span.end };
  }
  return null;
}
