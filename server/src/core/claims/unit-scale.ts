// Units of one dimension compared in one base unit (data/claims/unit-scales.json):
// «4 أطنان» and «2500 كيلوغرام» of one seizure disagree, «طنان» and «2000 كغ»
// agree, 40 هكتارا and 120 ألف دونم are both areas. A claim keyed by its unit
// (unit:t) is filed under the base (unit:kg) with its values scaled; its
// messages show the figure as written, unit and all. The dunam is the
// country's (2500 m² in Iraq, 1000 m² elsewhere).

import { normalize } from '../text/normalize.js';
import data from '../data/claims/unit-scales.json' with { type: 'json' };
import units from '../data/figures/units.json' with { type: 'json' };
import type { Claim } from '../types.js';
import type { FigureAt, Scan } from './scan.js';

interface Dimension {
  base: string;
  units: Record<string, number>;
  byCountry?: Record<string, Record<string, number>>;
}

const D = data as unknown as { dimensions: Record<string, Dimension>; measures: string[]; tails: string[] };
const OF_UNIT = new Map<string, Dimension>();
for (const d of Object.values(D.dimensions)) for (const u of Object.keys(d.units)) OF_UNIT.set(u, d);
const MEASURES = new Set(D.measures);
const TAILS = new Set(D.tails.map((w) => normalize(w)));
/** The first words of every unit's written forms (طن، أطنان، كيلوغرام), normalised: the unit after a figure. */
const UNIT_WORDS = new Set(
  Object.values((units as unknown as { units: Record<string, { singular: string[]; forms: string[] }> }).units).flatMap((u) => [...u.singular, ...u.forms].map((f) => normalize(f).split(/\s+/)[0]!)),
);

/** A unit's word as written after a figure, its tanween alif or a proclitic بـ aside (طنا، كيلومترا). */
function isUnitWord(norm: string): boolean {
  return UNIT_WORDS.has(norm) || (norm.endsWith('ا') && UNIT_WORDS.has(norm.slice(0, -1)));
}

/** The base unit and how many of it one `unit` is, in the claim's country; null for a unit of no dimension. */
export function scaleOf(unit: string, country?: string): { base: string; factor: number } | null {
  const d = OF_UNIT.get(unit);
  if (!d) return null;
  const code = country?.startsWith('iso3166:') ? country.slice(8) : undefined;
  const factor = (code ? d.byCountry?.[unit]?.[code] : undefined) ?? d.units[unit]!;
  return { base: d.base, factor };
}

/** A product without the float noise of binary fractions (2.5 × 1000 is 2500, 0.085 stays 0.085). */
function scaled(v: number, factor: number): number {
  return Number.isFinite(v) ? Number((v * factor).toPrecision(12)) : v;
}

/** The figure with its unit as written (4 أطنان، 40 كيلومترا مربعا): the words after the figure that are its unit. */
function writtenWithUnit(scan: Scan, f: FigureAt): string {
  const { ctx } = scan;
  let end = f.figure.end;
  let words = 0;
  for (let i = f.last + 1; i < ctx.tokens.length && i <= f.sentence.last && words < 3; i++) {
    const t = ctx.tokens[i]!;
    if (t.type === 'space') continue;
    if (t.type !== 'word') break;
    // the unit's first word (none after a dual: طنين is figure and unit), then only the words that belong to it (مربع، مكعب)
    if (words === 0 ? f.figure.detail === 'dual' || !isUnitWord(t.norm) : !TAILS.has(t.norm) && !(t.norm.endsWith('ا') && TAILS.has(t.norm.slice(0, -1)))) break;
    end = t.end;
    words++;
  }
  return ctx.text.slice(f.figure.start, end);
}

/**
 * Files a claim in its dimension's base unit, when it is keyed by its figure's
 * unit (group or measure unit:<code>: its key becomes the base's, and its
 * messages show the unit as written) or is a measure of length that names no
 * unit in its key (a distance, a depth). Its values stay as written; `scale`
 * is how many base units one of them is (story/compare.ts compares in the
 * base). Changes the claim in place.
 */
export function toBaseUnit(scan: Scan, f: FigureAt, claim: Claim): void {
  const unit = f.figure.unit;
  if (!unit) return;
  const key = `unit:${unit}`;
  const keyed = claim.group === key || claim.measure === key;
  if (!keyed && !MEASURES.has(claim.measure)) return;
  const s = scaleOf(unit, claim.country);
  if (!s) return;
  if (s.factor !== 1) claim.scale = s.factor;
  if (!keyed) return;
  const base = `unit:${s.base}`;
  if (claim.group === key) claim.group = base;
  if (claim.measure === key) claim.measure = base;
  claim.written = writtenWithUnit(scan, f);
}

/** A claim's values in its base unit (4 أطنان → 4000 kg): what is compared. */
export function inBaseUnit(c: { min: number; max: number; scale?: number }): { min: number; max: number } {
  return c.scale === undefined ? c : { min: scaled(c.min, c.scale), max: scaled(c.max, c.scale) };
}
