// Figures (GUIDELINES §1): one left-to-right pass over the words. At each
// word: skip names and months, read an optional qualifier, the number
// (readCore), then what follows it (range, percent, unit, counted noun,
// trailing qualifier) or what makes it a date; otherwise an ordinal or a
// clock time. Every look is a few words wide, so the pass is linear.

import type { DocContext } from '../parse/context.js';
import type { Figure, FigureKind, Qualifier } from '../types.js';
import { offsetAfterCut } from '../lexicon/proclitics.js';
import { readCardinal } from './cardinals.js';
import { percentSign, readCore, type Core } from './core.js';
import { countedAt, countedBefore, readCounted, type CountedRead } from './counted.js';
import { monthAt, readDate } from './dates.js';
import { codeStart, isIdentifier, seriesNumber } from './identifiers.js';
import { describesOneOf, describesOneOfGroup } from './one-of.js';
import { andAHalf, scaleAndAHalf } from './halves.js';
import { widen } from './interval.js';
import { definiteWord, dualBefore, listMarker, nounBefore, numberingBefore, unitBeforeAt } from './around.js';
import { AGE_AFTER, DAY_PARTS, HOUR_FRACTIONS, RANGE_OPEN, STATED_BOUNDS } from './lexicon.js';
import { clockValue } from './dates.js';
import { isYear, rangeAfter } from './ranges.js';
import { mayStart } from './starts.js';
import { nameWords } from './names.js';
import { notFigure, readOrdinal } from './ordinals.js';
import { qualifierAfter, qualifierBefore, revisedVerb } from './qualify.js';
import { isAge, readUnit } from './units.js';
import { wordView } from './facts.js';
import { attached, sameSentence, type WordView } from './view.js';

interface Step {
  figure: Figure | null;
  next: number;
}

export function detectFigures(ctx: DocContext): Figure[] {
  const v = wordView(ctx);
  const names = nameWords(v, ctx.places);
  const out: Figure[] = [];
  let k = 0;
  while (k < v.n) {
    // most tokens start nothing: a name, punctuation, a word no figure starts with
    const tok = v.toks[k]!;
    if (names[k] || (tok.type === 'word' ? !v.facts[k]!.start : tok.type !== 'number')) {
      k++;
      continue;
    }
    const step = readAt(v, k, names);
    if (!step) k++;
    else {
      // a figure that reaches back over words (عام ونصف، ميغ-29) never overlaps the one before
      if (step.figure && (out.length === 0 || step.figure.start >= out[out.length - 1]!.end)) out.push(step.figure);
      k = Math.max(k + 1, step.next);
    }
  }
  return out;
}

function slice(v: WordView, start: number, end: number): string {
  return v.text.slice(start, end);
}

function make(v: WordView, start: number, end: number, f: Omit<Figure, 'start' | 'end' | 'text'>): Figure {
  return { start, end, text: slice(v, start, end), ...f };
}

/** What starts at word k: a figure or words to skip, or null when nothing does (most words: no object made). */
function readAt(v: WordView, k: number, names: Uint8Array): Step | null {
  const tok = v.toks[k]!;
  // only a word or a number starts a figure (punctuation matches no lexicon)
  if ((tok.type !== 'word' && tok.type !== 'number') || names[k]) return null;
  if (tok.type === 'word') {
    if (!mayStart(v, k)) return null;
    const idiom = notFigure(v, k);
    if (idiom >= 0) return { figure: null, next: idiom + 1 };
    const month = monthAt(v, k);
    if (month) return { figure: null, next: month.skip + 1 };
  }

  // qualifier, then an optional range opener (بين، من), then the number
  const qual = tok.type === 'word' ? qualifierBefore(v, k) : null;
  let at = qual ? qual.last + 1 : k;
  if (qual && !sameSentence(v, k, at)) return null;
  const opener = v.toks[at]?.type === 'word' ? RANGE_OPEN.match(v, at, { clitics: true }) : null;
  if (opener) at = opener.last + 1;
  if (!sameSentence(v, k, at)) return null;
  // a word that can start no figure holds no number either (after من، بين، نحو: the common case)
  const core = names[at] || (v.toks[at]?.type === 'word' && !mayStart(v, at)) ? null : readCore(v, at);
  if (!core) return qual || opener ? null : ordinalAt(v, k);
  const between = opener?.value === true;
  if (opener && !rangeAfter(v, core, between)) return null;
  return figureOf(v, k, core, qual ? { q: qual.value, first: qual.first, last: qual.last, cut: qual.cut } : null, opener ? { first: opener.first, cut: opener.cut, between } : null);
}

interface QualRead {
  q: Qualifier;
  first: number;
  last: number;
  cut: number;
}

interface Opener {
  first: number;
  cut: number;
  between: boolean;
}

function figureOf(v: WordView, k: number, core: Core, qual: QualRead | null, opener: Opener | null): Step {
  // identifiers: phone numbers, codes
  if (core.type === 'digits' && core.digits && isIdentifier(v, core.first, core.digits)) {
    const t = v.toks[core.first]!;
    const code = codeStart(v, core.first);
    return { figure: make(v, code >= 0 ? v.toks[code]!.start : t.start, t.end, { kind: 'identifier', value: null, min: 0, max: 0, qualifier: null, unit: null, counted: null }), next: core.first + 1 };
  }

  // a numbered item: المادة 103، ص 3، a list item (1 - يعاقب …)
  if (core.type === 'digits' && !qual && !opener && core.value !== null && core.integer && core.last === core.first) {
    const series = !!core.digits && seriesNumber(v, core.first, core.digits);
    if (series || numberingBefore(v, core.first) || listMarker(v, core.first))
      return { figure: make(v, core.start, core.end, { kind: 'ordinal', value: core.value, min: core.value, max: core.value, qualifier: null, unit: null, counted: null, detail: series ? 'series' : 'number' }), next: core.first + 1 };
  }

  const qualifiers: Qualifier[] = [];
  let qualifierText: string | undefined;
  let start = core.start;
  if (opener) start = offsetAfterCut(v.toks[opener.first]!, opener.cut);
  if (qual) {
    qualifiers.push(qual.q);
    start = offsetAfterCut(v.toks[qual.first]!, qual.cut);
    qualifierText = slice(v, start, v.toks[qual.last]!.end);
  }

  let last = core.last;
  let end = core.end;
  let min = core.min;
  let max = core.max;
  let value = core.value;
  let detail: string | undefined;
  let counted: CountedRead | null = null;
  let unit: string | null = null;

  // مليون ونصف، ثلاثة آلاف ونصف: half of the scale word (figures/halves.ts)
  const scaleHalf = (core.type === 'words' || core.type === 'digits') && value !== null ? scaleAndAHalf(v, core.last) : null;
  if (scaleHalf) {
    value = value! + scaleHalf.add;
    min += scaleHalf.add;
    max += scaleHalf.add;
    last = scaleHalf.last;
    end = v.toks[last]!.end;
  }
  if (core.type === 'vague') detail = 'vague';
  if (core.type === 'fraction') detail = 'fraction';
  // عام ونصف: one unit and a half, the span from the unit
  const halfAt = core.type === 'fraction' && core.value === 0.5 && !qual && !opener ? andAHalf(v, core.first, core.first) : -1;
  if (halfAt >= 0) {
    const unitBefore = unitBeforeAt(v, core.first);
    if (unitBefore) {
      const u = v.toks[core.first - 1]!;
      const last = halfAt;
      return { figure: make(v, u.start, core.end, { kind: 'measure', value: 1.5, min: 1.5, max: 1.5, qualifier: null, unit: unitBefore, counted: null }), next: last + 1 };
    }
  }
  if (core.type === 'dual') {
    detail = 'dual';
    // قتيلين اثنين: the number word carries the figure
    const after = readCardinal(v, core.last + 1);
    if (after?.lone === 2 && sameSentence(v, core.first, core.last + 1)) return { figure: null, next: core.first + 1 };
    if (core.dual!.unit) unit = core.dual!.unit;
    if (core.dual!.lemma) {
      const t = v.toks[core.first]!;
      counted = { noun: { start: core.start, end: t.end, text: slice(v, core.start, t.end), lemma: core.dual!.lemma }, last: core.first };
    }
  }

  // lone one/two follow their noun: مدنيين اثنين، يوم واحد
  if (core.lone === 1 && describesOneOf(v, core.first)) return { figure: null, next: core.last + 1 };
  if (core.lone) {
    // a definite one agrees with a definite noun (القتيلين الاثنين); after
    // anything else الاثنين is Monday (يوم الاثنين)
    const definite = core.article === true;
    const before = countedBefore(v, core.first) ?? dualBefore(v, core.first);
    // الاثنين agrees as «the two» only with a noun in ـين/ـان (القتيلين الاثنين); after a singular it is Monday (الهجوم الاثنين الماضي)
    if (definite && core.lone === 2 && !(before && /(ين|ان)$/.test(v.keys[before.last]!))) return { figure: null, next: core.first + 1 };
    const unitBefore = before || definite ? null : unitBeforeAt(v, core.first);
    if (before && (!definite || definiteWord(v, before.last))) counted = before;
    else if (unitBefore) unit = unitBefore;
    else if ((core.lone === 1 || definite) && !nounBefore(v, core.first, definite)) return { figure: null, next: core.first + 1 };
  }
  // أحد + a noun: one counted (أحد الانتحاريين), or a thing named (أحد المخازن), which is no figure
  if (core.oneOf) {
    if (describesOneOfGroup(v, core.first)) return { figure: null, next: core.last + 1 };
    counted = countedAt(v, core.last + 1);
    if (!counted) return { figure: null, next: core.last + 1 };
  }

  // range
  const second = rangeAfter(v, core, opener?.between ?? false);
  if (second) {
    if (second.scale && !core.scale) min = core.min * second.scale;
    max = second.max;
    value = null;
    last = second.last;
    end = second.end;
    qualifiers.push('range');
  } else if (opener) {
    return { figure: null, next: k + 1 };
  }

  // ارتفع … إلى N (or إلى نحو N): a revised total
  const firstWord = qual ? qual.first : opener ? opener.first : core.first;
  const verb = revisedVerb(v, firstWord);
  if (verb >= 0) {
    qualifiers.push('revised');
    if (qualifierText === undefined) qualifierText = slice(v, v.toks[verb]!.start, v.toks[firstWord - 1]!.end);
  }

  // percent sign, unit, counted noun
  const pct = percentSign(v, { ...core, last });
  if (pct >= 0) {
    unit = '%';
    last = pct;
    end = v.toks[pct]!.end;
  }
  if (!unit && core.type !== 'dual' && !core.lone) {
    const u = readUnit(v, last + 1, core.type === 'vague');
    if (u && sameSentence(v, k, u.last)) {
      unit = u.unit;
      last = u.last;
    }
  }
  // ثلاث سنوات ونصف، عامين ونصف: the half of the unit
  const half = unit && value !== null && core.type !== 'fraction' ? andAHalf(v, (core.type === 'dual' ? core.last : last) + 1, k) : -1;
  if (half >= 0) {
    value = value! + 0.5;
    min += 0.5;
    max += 0.5;
    last = half;
  }
  // في الأربعين من عمره: an age without a unit word
  let ageWords = false;
  if (!unit && !counted && value !== null && sameSentence(v, k, last + 1) && AGE_AFTER.match(v, last + 1, {}) !== null) {
    unit = 'years';
    ageWords = true;
  }
  if (!unit && !counted && core.type !== 'dual') {
    counted = readCounted(v, last, value ?? min);
    if (!counted && core.type === 'vague') counted = countedBefore(v, core.first);
    // a definite number after its definite noun: الأشهر الستة، القتلى الثلاثة
    if (!counted && core.article && core.type === 'words' && nounBefore(v, core.first, true)) {
      counted = countedBefore(v, core.first);
      if (!counted) unit = unitBeforeAt(v, core.first);
    }
  }
  // a definite number word alone is mostly a name or an idiom (بير السبع، من الصفر)
  if (core.type === 'words' && core.article && core.first === core.last && !core.lone && !unit && !counted && qualifiers.length === 0 && !nounBefore(v, core.first, true) && !(sameSentence(v, k, core.last + 1) && definiteWord(v, core.last + 1)))
    return { figure: null, next: core.last + 1 };
  let consumed = Math.max(last, counted?.last ?? -1);

  // a trailing qualifier: خمسة انتحاريين أنفسهم على الأقل
  if (!qualifiers.some((q) => q !== 'range' && q !== 'revised')) {
    const after = qualifierAfter(v, consumed);
    if (after) {
      qualifiers.unshift(after.value);
      qualifierText = slice(v, offsetAfterCut(v.toks[after.first]!, after.cut), v.toks[after.last]!.end);
      consumed = after.last;
    }
  }

  // a range of years (2014-2016, بين 2014 و2016)
  if (second && !unit && !counted && qualifiers.length === 1 && qualifiers[0] === 'range' && isYear(core) && isYear(second)) {
    return {
      figure: make(v, start, end, { kind: 'date', value: null, min, max, qualifier: 'range', unit: null, counted: null, detail: 'year' }),
      next: consumed + 1,
    };
  }

  // a date or a clock time
  let kind: FigureKind = 'count';
  if (qualifiers.length === 0 && !unit && !counted && (core.type === 'digits' || core.type === 'words')) {
    const date = readDate(v, core);
    if (date) {
      const dEnd = v.toks[date.last]!.end;
      return {
        figure: make(v, core.start, dEnd, { kind: 'date', value: date.value, min: date.value, max: date.value, qualifier: null, unit: null, counted: null, detail: date.detail }),
        next: date.skip + 1,
      };
    }
  }

  // the 24th: digits after a glued article (الذكرى الـ70), when nothing is counted
  const prev = v.toks[core.first - 1];
  if (core.type === 'digits' && !second && !unit && !counted && qualifiers.length === 0 && prev && attached(v, core.first) && prev.type === 'word' && prev.norm === 'ال' && value !== null) {
    return { figure: make(v, core.start, core.end, { kind: 'ordinal', value, min: value, max: value, qualifier: null, unit: null, counted: null }), next: core.last + 1 };
  }

  if (unit === 'years' && value !== null && (ageWords || isAge(v, core.first, last))) kind = 'age';
  else if (unit) kind = 'measure';
  else if (core.type === 'fraction') {
    kind = 'measure';
    unit = 'fraction';
  }
  if (core.type === 'vague' && !qualifiers.includes('vague')) qualifiers.push('vague');

  const isCount = kind === 'count' && core.integer;
  let iv = { min, max };
  // لم تتجاوز 12.4%: a past bound on decimals states the value reached (qualifiers.json statedBounds)
  const stated = qual !== null && !second && value !== null && !Number.isInteger(value) && STATED_BOUNDS.match(v, qual.first, { clitics: true })?.last === qual.last;
  if (!stated) for (const q of qualifiers) if (q !== 'range' && q !== 'vague' && q !== 'revised') iv = widen(q, iv, isCount);
  const figure = make(v, start, end, {
    kind,
    value: value,
    min: iv.min,
    max: iv.max,
    qualifier: qualifiers[qualifiers.length > 1 && qualifiers.includes('range') ? qualifiers.indexOf('range') : 0] ?? null,
    unit,
    counted: counted?.noun ?? null,
  });
  if (qualifierText !== undefined) figure.qualifierText = qualifierText;
  if (qualifiers.length > 1) figure.qualifiers = qualifiers;
  if (detail) figure.detail = detail;
  if (core.scale && !detail) figure.detail = 'scaled';
  return { figure, next: consumed + 1 };
}

/** An ordinal or a clock time at k. */
function ordinalAt(v: WordView, k: number): Step | null {
  const o = readOrdinal(v, k);
  if (!o) return null;
  let start = offsetAfterCut(v.toks[k]!, o.cut);
  const end = v.toks[o.last]!.end;
  const f: Omit<Figure, 'start' | 'end' | 'text'> = { kind: o.time || o.day ? 'date' : o.age ? 'age' : 'ordinal', value: o.value, min: o.value, max: o.value, qualifier: null, unit: o.age ? 'years' : null, counted: null };
  if (o.day) f.detail = 'day';
  if (o.time) {
    f.detail = 'time';
    if (o.approx !== undefined) {
      start = offsetAfterCut(v.toks[o.approx]!, o.approxCut ?? 0);
      f.qualifier = 'approx';
      f.qualifierText = slice(v, start, v.toks[o.approx]!.end);
    }
  }
  // السابعة والنصف: the minutes are part of the time
  const minutes = o.time && sameSentence(v, k, o.last + 1) ? HOUR_FRACTIONS.match(v, o.last + 1, {}) : null;
  if (minutes) f.value = f.min = f.max = clockValue(o.value + (minutes.value < 0 ? -1 : 0), (minutes.value + 60) % 60);
  // الثالثة والنصف فجراً: the rest of the time is read with it
  const part = o.time ? DAY_PARTS.match(v, o.last + 1, { clitics: true }) : null;
  return { figure: make(v, start, end, f), next: (part && sameSentence(v, k, part.last) ? part.last : o.last) + 1 };
}
