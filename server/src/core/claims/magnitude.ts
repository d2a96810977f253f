// A quake's magnitude read from the degrees after the figure (5.3 درجات على
// مقياس ريختر، هزة … قدرت قوتها بـ 4 . 8 درجات), not only from a cue word
// right before it (بقوة، measures.json "cued"); and whose magnitude it is:
// the nearest shock noun before the figure in its sentence. An aftershock's
// (هزة ارتدادية بقوة 4، 14 هزة ارتدادية أقواها 3.1 درجات) is not the main
// shock's, so it makes no claim (it would contradict the main shock's).

import { isTransparent, longestAt } from './lexicon.js';
import { AFTERSHOCKS, DEGREES, NOT_MAGNITUDE, SCALES, SHOCKS, SUPERLATIVES, TEMPERATURE_WORDS } from './unit-readings.js';
import type { FigureAt, Scan } from './scan.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { besidePlace, chainOf, claimArea } from './area.js';
import { eventPlace, placeKey } from './event.js';

/** How many words back the shock noun may stand (قدرت هيئة … قوة الهزة التي ضربت منطقة أ فجر اليوم بـ 4.8). */
const SHOCK_WORDS = 24;
/** How many words after the degrees the scale may be named (درجات على مقياس ريختر). */
const SCALE_WORDS = 3;

/** The token after the figure's last, spaces and quotes skipped; -1 at the sentence's end. */
function nextWord(scan: Scan, i: number, last: number): number {
  for (let j = i + 1; j <= last; j++) {
    if (isTransparent(scan.ctx, j)) continue;
    return scan.ctx.tokens[j]!.type === 'word' && scan.figureOf[j]! < 0 ? j : -1;
  }
  return -1;
}

/** Degrees right after the figure, and the scale among the few words after them? */
function degreesAfter(scan: Scan, f: FigureAt): { degrees: boolean; scale: boolean } {
  const last = Math.min(f.sentence.last, scan.ctx.tokens.length - 1);
  const d = nextWord(scan, f.last, last);
  const deg = d >= 0 ? longestAt(scan.ctx, d, DEGREES) : null;
  if (!deg) {
    // 5.3 على مقياس ريختر
    return { degrees: false, scale: d >= 0 && longestAt(scan.ctx, d, SCALES) !== null };
  }
  let scale = false;
  for (let i = deg.end, words = 0; i <= last && words < SCALE_WORDS; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (scan.ctx.tokens[i]!.type !== 'word') break;
    if (longestAt(scan.ctx, i, NOT_MAGNITUDE)) return { degrees: false, scale: false };
    if (longestAt(scan.ctx, i, SCALES)) {
      scale = true;
      break;
    }
    words++;
  }
  return { degrees: true, scale };
}

/**
 * The shock the figure's sentence names nearest before it: 'main', 'aftershock',
 * or null when it names none (or a temperature word comes first).
 */
export function shockBefore(scan: Scan, f: FigureAt): 'main' | 'aftershock' | 'temperature' | null {
  let superlative = false;
  let shock = false;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < SHOCK_WORDS; i--) {
    const t = scan.ctx.tokens[i]!;
    if (t.type !== 'word') continue;
    // walking back, an aftershock's adjective comes before its noun (هزة ارتدادية)
    if (longestAt(scan.ctx, i, AFTERSHOCKS)) return 'aftershock';
    // أقواها: the strongest of a plural named earlier; the main shock in between (بعد الهزة الرئيسية) is not it
    if (longestAt(scan.ctx, i, SUPERLATIVES)) superlative = true;
    if (superlative) {
      shock ||= longestAt(scan.ctx, i, SHOCKS) !== null;
      words++;
      continue;
    }
    if (longestAt(scan.ctx, i, SHOCKS)) return 'main';
    if (longestAt(scan.ctx, i, TEMPERATURE_WORDS)) return 'temperature';
    if (longestAt(scan.ctx, i, NOT_MAGNITUDE)) return null;
    words++;
  }
  return superlative && shock ? 'main' : null;
}

/**
 * Is the figure a quake's magnitude by what follows it: degrees with the scale
 * named, or degrees in a sentence that names a shock before the figure?
 * Returns 'aftershock' when the nearest shock is one (no claim), 'temperature'
 * for degrees after a temperature word (درجة الحرارة … 48 درجة), null when not a magnitude.
 */
export function magnitudeByDegrees(scan: Scan, f: FigureAt): 'main' | 'aftershock' | 'temperature' | null {
  if (f.figure.unit) return null;
  const { degrees, scale } = degreesAfter(scan, f);
  if (!degrees && !scale) return null;
  const shock = shockBefore(scan, f);
  // درجة الحرارة في أ 48 درجة: a temperature written without مئوية
  if (shock === 'temperature') return degrees && !scale ? 'temperature' : null;
  if (shock) return shock;
  return scale ? 'main' : null;
}

/**
 * Where a quake's magnitude (or depth) is told: the areas of the place its
 * clause names, its own first (ريف أ: the province of أ, a part of it). Two
 * magnitudes told at places neither of which contains the other (a province
 * and another province's countryside) are two quakes (story/compare.ts); a
 * clause with no place, or a place that is no area, says nothing: null.
 */
export function magnitudeSite(scan: Scan, gaz: Gazetteer | undefined, at: FigureAt, home: string | null): string[] | null {
  const place = eventPlace(scan, at);
  if (!place) return null;
  if (!place.id) return claimArea(scan, gaz, at, place, placeKey(place), home);
  const chain = chainOf(gaz, place.id);
  if (!chain) return null;
  return besidePlace(scan, place) && chain.length > 1 ? chain.slice(1) : chain;
}
