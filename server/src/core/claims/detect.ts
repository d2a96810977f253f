// Claims (GUIDELINES §4): every count and measure figure read with what it
// measures, who it counts, the event it belongs to and its source. A figure
// whose measure or group cannot be told makes no claim: a claim we are unsure
// of would only make false warnings.

import type { DocContext } from '../parse/context.js';
import type { Claim, Place, Sentence, SourceRef } from '../types.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { afterWith, destination, placeInto, aliasAfter, aliasBefore, aliasBeforeFigure, ageOwner, coordinatedPlaces, distancePair, eventPlace, fractionWhole, incidentKind, otherIncident, placeKey, placeNamedAgain, sentenceKey } from './event.js';
import { rejoinSplitWords } from './rejoin.js';
import { articleYear, authorityCountry, countryOf, institutionCountry, mainCountry, regionOf, sameNamedProvince, sentenceYears, tellsOfPeriod, totalInClause } from './setting.js';
import { groupAfter, groupNamedBefore, tollGroupBefore, type GroupHit } from './group.js';
import { ABOARD, BELOW_ZERO, FRACTIONS, READING_MOMENTS, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, measureInfo, NOT_PEOPLE, PART_OF, SPECULATIVE } from './lexicon.js';
import { stemOf } from './noun-stem.js';
import { isMeasureOwnGroup, measureOfNoun, namesPeople, nounGroupKey } from './synonyms.js';
import { cuedMeasure, isUpdate, materialAfter, measureAfter, measureBefore, phraseBefore, quantityMeasure, unitMeasure, vagueCounted, wordsBefore } from './measure.js';
import { bareCount, nounGroup } from './bare.js';
import { clauseCeiling, clauseFloor, isClauseBreak, isClauseStart, makeScan, type FigureAt, type Scan } from './scan.js';
import { eventYearFigures, incidentYear } from './dated-incident.js';
import { devicesOf } from './device.js';
import { causedByIncident } from './incident-verb.js';
import { tokenAt } from '../parse/context.js';
import { namesHazard } from './hazard.js';
import { isIncrement, partByState } from './part-cue.js';
import { isEarlierCount, isPreliminarySource } from './earlier-count.js';
import { isWholeOf } from './whole-of.js';
import { secondSite } from './two-sites.js';
import { anotherIncidentNear, backgroundRanges, inBackground } from './background.js';
import { claimArea, isSubdivision } from './area.js';
import { quarterBefore } from './compass.js';
import { subjectVerb } from './subject-verb.js';
import { tollSubject } from './toll-subject.js';
import { saidByVictims, victimsAreDead } from './victims.js';
import { stateFollows, TALLY, tallyOf } from './tally.js';
import { headMeasure } from './head-measure.js';
import { isChange, nationalScope, thingClaim, unitClaim } from './unit-claim.js';
import { magnitudeByDegrees, magnitudeSite, shockBefore } from './magnitude.js';
import { nationalityOfNoun } from './nationality-of-noun.js';
import { distanceFrom } from './distance-from.js';
import { countsPeople, shiftedMeasure } from './measure-shift.js';
import { clauseVerbMeasure } from './clause-verb.js';
import { articleDisease, diseaseCase, UNNAMED_DISEASE } from './disease-case.js';
import { markOwnRevisions } from './own-revision.js';
import { toBaseUnit } from './unit-scale.js';
import { spreadOverCountry } from './wide-scope.js';
import { recoveredBodies } from './bodies.js';
import { isLowered } from './lowered-count.js';
import { headCount } from './head-count.js';
import { isInterimReading } from './interim-reading.js';
import { seatsClaim } from './seats.js';
import { HIGH_READINGS, LOW_READINGS } from './unit-readings.js';
import { countsEveryone } from './whole-group.js';
import { movementGroup } from './movement.js';
import { conditionAfter } from './condition-after.js';
import { DERAILED, derailed, WAGONS } from './derailment.js';
import { othersAfter } from './increment.js';
import { tallyInAnotherSense } from './tally-sense.js';

const ARTICLE: SourceRef = { text: '', type: 'article', chain: [], attribution: -1 };

interface Draft {
  at: FigureAt;
  measure: string | null;
  group: GroupHit | null;
  part: boolean;
  place: Place | null;
  event: string | null;
  update: boolean;
  /** Its count fell or was lowered to it (خفضت … إلى 15: claims/lowered-count.ts); update is set too. */
  lowered?: boolean;
  /** The kind of incident its clause names (explosion, airstrike …). */
  incident?: string | null;
  /** Its measure is a toll head's far before it (عدد قتلى الحريق … بلغ 14): the head's group, else everyone. */
  tollHead?: boolean;
  /** A unit figure read with the thing it measures (claims/unit-claim.ts): compared at its own place only. */
  thing?: boolean;
  /** The group its noun named before it was taken for everyone (claims/whole-group.ts). */
  scene?: string;
}

function isFraction(scan: Scan, f: FigureAt): boolean {
  if (f.figure.detail === 'fraction' || f.figure.unit === 'fraction') return true;
  // مليون ونصف، عام ونصف: a half inside a number of one or more is part of it, no share of a whole
  if (f.figure.min >= 1) return false;
  for (let i = f.first; i <= f.last; i++) if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, FRACTIONS)) return true;
  return false;
}

/** How many words stand between two figures (سبعة وإصابة 11: one). */
function wordsBetween(scan: Scan, a: FigureAt, b: FigureAt): number {
  let n = 0;
  for (let i = a.last + 1; i < b.first; i++) if (scan.ctx.tokens[i]!.type === 'word') n++;
  return n;
}

/** Does a clause break (a comma, a stop) stand between two figures? */
function breakBetween(scan: Scan, a: FigureAt, b: FigureAt): boolean {
  for (let i = a.last + 1; i < b.first; i++) if (isClauseBreak(scan, i)) return true;
  return false;
}

function followsAnd(scan: Scan, f: FigureAt): boolean {
  // و written on the figure's own word (وطفلين)
  const own = scan.ctx.tokens[f.first]!;
  if (own.start < f.figure.start && own.norm.startsWith('و')) return true;
  for (let i = f.first - 1; i >= f.sentence.first; i--) {
    const t = scan.ctx.tokens[i]!;
    if (t.type === 'space') continue;
    return t.type === 'word' && t.norm === 'و';
  }
  return false;
}

function read(scan: Scan, at: FigureAt): Draft | null {
  const fig = at.figure;
  // a date, an ordinal or an identifier is no claim: its draft's cues are not read
  if (fig.kind !== 'count' && fig.kind !== 'measure' && fig.kind !== 'age') return null;
  const lowered = isLowered(scan, at);
  const draft: Draft = { at, measure: null, group: null, part: phraseBefore(scan, at, PART_OF, 2) !== null || partByState(scan, at), place: null, event: null, update: lowered || isUpdate(scan, at), ...(lowered ? { lowered } : {}) };
  if (fig.kind === 'age') {
    const owner = ageOwner(scan, at);
    if (!owner) return null;
    return { ...draft, measure: 'age', group: { group: owner, via: 'noun' }, event: '' };
  }
  if ((fig.kind === 'count' || fig.kind === 'measure') && isFraction(scan, at)) {
    const whole = fractionWhole(scan, at);
    return whole ? { ...draft, measure: 'share', group: { group: whole, via: 'noun' }, event: '' } : null;
  }
  // بقوة 6.1 درجات، على عمق 10 كم: magnitude and depth, compared with each other only
  if (fig.kind === 'measure' || fig.kind === 'count') {
    const cued = cuedMeasure(scan, at);
    // زلزال … 5.3 درجات على مقياس ريختر: a magnitude by the degrees after it; an aftershock's is not the main shock's (claims/magnitude.ts)
    const quake = cued === null || cued === 'magnitude' ? magnitudeByDegrees(scan, at) : null;
    if (quake === 'aftershock' || (cued === 'magnitude' && shockBefore(scan, at) === 'aftershock')) return null;
    if (quake === 'temperature') return placedReading(scan, at, draft, 'temperature');
    const measure = cued ?? (quake ? 'magnitude' : null);
    if (measure && measureInfo(measure).local) {
      // نسبة المشاركة في ولاية أ: that province's turnout, never the country's
      const place = eventPlace(scan, at);
      if (place && place.type !== 'country') return { ...draft, measure, group: { group: '*', via: 'noun' }, place, event: placeKey(place), thing: true };
    }
    if (measure) return { ...draft, measure, group: { group: '*', via: 'noun' }, event: '' };
  }
  // تلتهم 2000 دونم، ضبط 3 أطنان: what the verb says, counted in its unit (compared with the same unit only)
  if (fig.unit && (fig.kind === 'measure' || fig.kind === 'count')) {
    const q = quantityMeasure(scan, at);
    if (q) {
      const place = eventPlace(scan, at);
      // what it is of keeps two seizures apart (3 أطنان من المخدرات، 5 أطنان من الأسلحة), as two kinds of incident
      // do; the incident's own kind is not its kind (حرائق تلتهم 2000 دونم and 700 دونم من الأحراج are one)
      const material = materialAfter(scan, at);
      return { ...draft, measure: q, group: { group: `unit:${fig.unit}`, via: 'noun' }, place, event: place ? placeKey(place) : '', incident: material ? `material:${material}` : null };
    }
  }
  if (fig.kind === 'measure' || (fig.kind === 'count' && fig.unit)) {
    const m = unitMeasure(scan, at);
    if (m === 'distance') {
      // between two places (أ … على بعد 3 كلم من ب), else the event's distance from one (وقع على بعد 45 كلم من أ)
      const pair = distancePair(scan, at) ?? distanceFrom(scan, at);
      return pair ? { ...draft, measure: m, group: { group: '*', via: 'noun' }, event: pair } : null;
    }
    // a city's temperature: one reading of one place (placedReading)
    if (m && measureInfo(m).placed) return placedReading(scan, at, draft, m);
    // a sum or a share (200 مليون دولار، 13 بالمئة): compared only when its clause names what it measures
    if (m && measureInfo(m).things) {
      const t = thingClaim(scan, at);
      if (t) return thingDraft(scan, at, draft, t);
    }
    if (m) return { ...draft, measure: m, group: { group: '*', via: 'noun' }, event: '' };
    if (fig.kind === 'measure') {
      // a unit no list names (درجة مئوية، هكتار): what its clause says it measures, where
      const u = unitClaim(scan, at);
      if (!u) return null;
      if (u.thing) return thingDraft(scan, at, draft, u);
      const place = eventPlace(scan, at);
      return { ...draft, measure: u.measure, group: { group: u.group, via: 'noun' }, place, event: place ? placeKey(place) : '', incident: incidentKind(scan, at) };
    }
  }
  if (fig.kind !== 'count') return null;
  // حركة أ تحصد 52 مقعدا: the seats of the party its clause names (claims/seats.ts)
  const seats = seatsClaim(scan, at);
  if (seats === 'none') return null;
  if (seats) {
    const place = eventPlace(scan, at);
    return { ...draft, measure: seats.measure, group: { group: seats.group, via: 'noun' }, place, event: place ? placeKey(place) : '' };
  }
  // a forecast, a charge or a denial is no count of what happened
  // (غارة … توقع 31 قتيلا: an incident's verb of what it caused, the homograph of a forecast: claims/incident-verb.ts)
  if ((phraseBefore(scan, at, SPECULATIVE, 8) && !causedByIncident(scan, at)) || governedBy(scan, at, SPECULATIVE)) return null;
  // 480 حالة إصابة بحمى الضنك: a disease's cases, never the wounded of an attack (claims/disease-case.ts)
  const cases = diseaseCase(scan, at);
  if (cases) {
    const place = eventPlace(scan, at);
    return { ...draft, measure: cases.measure, group: { group: cases.group, via: 'noun' }, place, event: place ? placeKey(place) : '' };
  }
  // 208 من أصل 252 عاملا: the whole the part is counted from, those there, not whom the part's verb befell (claims/whole-of.ts)
  if (isWholeOf(scan, at)) {
    draft.measure = 'count';
    draft.group = groupAfter(scan, at);
    draft.place = eventPlace(scan, at, draft.group?.token);
    draft.event = draft.place ? placeKey(draft.place) : '';
    return draft;
  }
  // خرجت 11 عربة من القطار عن القضبان: derailed wagons, no people leaving (claims/derailment.ts)
  if (derailed(scan, at)) {
    const place = eventPlace(scan, at);
    return { ...draft, measure: DERAILED, group: { group: WAGONS, via: 'noun' }, place, event: place ? placeKey(place) : '', incident: incidentKind(scan, at) };
  }
  // انتشلت 22 ناجيا و18 جثة، انتشال جثث ثمانية أشخاص: bodies recovered are the dead (claims/bodies.ts)
  if (recoveredBodies(scan, at)) {
    const g = groupAfter(scan, at);
    const group = g && !g.group.startsWith('noun:') ? g : { group: '*', via: 'noun' as const };
    const place = eventPlace(scan, at);
    return { ...draft, measure: 'killed', group, place, event: place ? placeKey(place) : '', incident: incidentKind(scan, at) };
  }
  // اجتاحت السيول 30 قرية: a measure of land only (unitOnly) says nothing of a count
  const countable = (m: string | null) => (m && measureInfo(m).unitOnly ? null : m);
  const near = countable(measureBefore(scan, at));
  const next = countable(measureAfter(scan, at));
  const toll = near === null && next === null ? tollSubject(scan, at) : null;
  if (toll) draft.tollHead = true;
  // a head further back in the clause (عدد الموقوفين … تجاوز 60) when no verb or noun is near
  const head = toll ?? (near === null && next === null ? headMeasure(scan, at) : null);
  const before = near ?? head;
  // ستة أشخاص على الأقل لقوا حتفهم: the verb after the count's noun phrase, when no word near the figure says it
  const subject = next === null && before === null ? subjectVerb(scan, at) : null;
  // نقل 700 شخص إلى المستشفيات بحالات اختناق: the condition named with ب after them (claims/condition-after.ts)
  const after = next ?? subject ?? (before === null ? conditionAfter(scan, at) : null);
  // read from afar, a forecast or a denial anywhere before it in its sentence is enough to doubt it
  // (يتوقع أن يرتفع عدد الذين لقوا حتفهم … إلى 50)
  if ((head || subject) && forecastBefore(scan, at)) return null;
  // مقتل 5 نازحين، فقدان 3 لاجئين: the fate before the figure is what happened, the participle after it
  // says who they are (a measure of another family; قتيلا after حصيلة الضحايا only narrows it). Only a fate
  // that befalls people (a toll's measure): إخراج ألف معتقل is the detainees' release, counted as detainees
  // (a release or a deportation, a 'fate' measure, is what happened to hostages or detainees as well: تحرير 45 رهينة)
  // عشرات القتلى ومئات الجرحى: a vague quantity's own noun is its measure, whatever word stands before it
  // 412 إصابة مشتبهة و9 وفيات: a figure joined by و with its own measure noun after it is the next item;
  // a fate word between it and the figure before is that figure's noun, not this one's fate
  const coordinated = next !== null && followsAnd(scan, at);
  const fate = !coordinated && after !== null && before !== null && vagueCounted(scan, at) === null && after !== before && !nested(after, before) && (measureInfo(before).tollNoun === true || measureInfo(before).fate === true);
  draft.measure = fate ? before : (after ?? before);
  draft.group = groupAfter(scan, at);
  if (fate && (!draft.group || draft.group.group === '*')) draft.group = participleGroup(scan, at, after) ?? draft.group;
  // «في كل أنحاء البلاد»: the whole country's count, not that of the next place named (منهم 87 ألفا في باريس)
  const national = nationalScope(scan, at);
  draft.place = national ? null : ((draft.measure && measureInfo(draft.measure).into ? placeInto(scan, at) : null) ?? eventPlace(scan, at, draft.group?.token));
  draft.event = national ? NATIONAL : draft.place ? placeKey(draft.place) : '';
  draft.incident = incidentKind(scan, at);
  return draft;
}

/**
 * A phrase of the list governing the figure's reported clause (الجيش ينفي أن 30 مدنيا قتلوا، نفى الجيش
 * التقارير التي تفيد بأن …): among the six words before the complementiser that opens it, back to a comma.
 */
function governedBy(scan: Scan, at: FigureAt, list: typeof SPECULATIVE): boolean {
  const words = wordsBefore(scan, at, 12);
  const start = words[words.length - 1];
  if (start === undefined || !isClauseStart(scan, start)) return false;
  for (let i = start - 1, n = 0; i >= at.sentence.first && n < 6; i--) {
    const t = scan.ctx.tokens[i]!;
    if (isTransparent(scan.ctx, i)) continue;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0) return false;
    if (longestAt(scan.ctx, i, list, start)) return true;
    n++;
  }
  return false;
}

/**
 * A reading of one place (a city's temperature): compared at that place only, one reading of a sentence
 * (no range, no highs and lows, no night's or day's reading), never a forecast, a change (ارتفعت 5 درجات)
 * nor a figure below zero written as a positive number.
 */
function placedReading(scan: Scan, at: FigureAt, draft: Draft, m: string): Draft | null {
  const place = eventPlace(scan, at);
  if (!place || !aloneInSentence(scan, at) || forecastBefore(scan, at) || isChange(scan, at) || phraseAfter(scan, at, BELOW_ZERO) || inSentence(scan, at, READING_MOMENTS)) return null;
  // the day's high is what a plain reading gives; the low is compared with lows only; both named: no one reading
  const high = inSentence(scan, at, HIGH_READINGS);
  const low = inSentence(scan, at, LOW_READINGS);
  if (high && low) return null;
  return { ...draft, measure: m, group: { group: low ? 'low' : '*', via: 'noun' }, place, event: placeKey(place) };
}

/** The whole country's figure (على المستوى الوطني): filed under the article's country once it is known. */
const NATIONAL = 'scope:national';

/**
 * A unit figure with the thing it measures (قيمة الخسائر، نسبة البطالة، كمية الأمطار):
 * at its clause's place, or the whole country's when the clause says so; never a
 * forecast, and a reading of one place (rain) only where a place is named.
 */
function thingDraft(scan: Scan, at: FigureAt, draft: Draft, t: { measure: string; group: string; placed: boolean }): Draft | null {
  if (forecastBefore(scan, at) || isChange(scan, at)) return null;
  const national = nationalScope(scan, at);
  // a reading of one place may name it again by a noun (في أحياء المدينة): that place
  const place = national ? null : (eventPlace(scan, at) ?? (t.placed ? placeNamedAgain(scan, at) : null));
  if (t.placed && !place) return null;
  const event = national ? NATIONAL : place ? placeKey(place) : '';
  // المساحة المحروقة: a measure's quantity, read as after its verb (what it is of is its kind, as there)
  if (!t.measure.startsWith('unit:')) {
    const material = materialAfter(scan, at);
    return { ...draft, measure: t.measure, group: { group: t.group, via: 'noun' }, place, event, incident: material ? `material:${material}` : null };
  }
  // ترفع سعر البنزين إلى 15، سعر البنزين يرتفع إلى 13: both tell the new price, the rise is the news, no revision of a count;
  // so does a level's (ارتفع معدل البطالة إلى 13.7 بالمئة: against last year's, not another outlet's lower reading)
  const update = draft.update && !t.group.startsWith('price:') && !measureInfo(t.measure).varies;
  return { ...draft, update, lowered: update && draft.lowered, measure: t.measure, group: { group: t.group, via: 'noun' }, place, event, incident: incidentKind(scan, at), thing: true };
}

/**
 * Is the figure the only reading of its sentence (dates aside)? Another measure in its unit or in degrees
 * makes two; counts (وفاة 3 أشخاص، في 4 أقاليم) do not (a range, بين 40 و45 درجة, is one figure).
 */
function aloneInSentence(scan: Scan, at: FigureAt): boolean {
  const reading = (o: FigureAt) => o.figure.kind === 'measure' && (o.figure.unit === at.figure.unit || !o.figure.unit || o.figure.unit === '°C');
  return !scan.figures.some((o) => o !== at && o.sentence === at.sentence && reading(o));
}

/** A forecast anywhere before the figure in its sentence (يتوقع أن تصل الحرارة إلى 50 درجة). */
function forecastBefore(scan: Scan, at: FigureAt): boolean {
  // within the clause window, as every walk from a figure: a text with no full stop costs in proportion to its size
  for (let i = clauseFloor(at); i < at.first; i++) if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, SPECULATIVE, at.first)) return true;
  return false;
}

/** A phrase of the list anywhere in the figure's sentence. */
function inSentence(scan: Scan, at: FigureAt, list: typeof READING_MOMENTS): boolean {
  for (let i = clauseFloor(at), end = Math.min(clauseCeiling(at), scan.ctx.tokens.length - 1); i <= end; i++) if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, list)) return true;
  return false;
}

/** A phrase of the list among the four words right after the figure (its unit may be two) (49 درجة مئوية تحت الصفر). */
function phraseAfter(scan: Scan, at: FigureAt, list: typeof BELOW_ZERO): boolean {
  for (let i = at.last + 1, words = 0, end = Math.min(at.sentence.last, scan.ctx.tokens.length - 1); i <= end && words < 4; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (scan.ctx.tokens[i]!.type !== 'word') return false;
    if (longestAt(scan.ctx, i, list)) return true;
    words++;
  }
  return false;
}

/** Does one measure bound the other (killed within killed-or-wounded)? */
function nested(a: string, b: string): boolean {
  return measureInfo(a).within.includes(b) || measureInfo(b).within.includes(a);
}

/** The group a measure's participle right after the figure names when it is not the measure (5 نازحين: noun:نازح). */
function participleGroup(scan: Scan, at: FigureAt, measure: string): GroupHit | null {
  let i = at.last + 1;
  while (i < at.sentence.last && isTransparent(scan.ctx, i)) i++;
  const t = scan.ctx.tokens[i];
  if (!t || t.type !== 'word' || scan.figureOf[i]! >= 0 || longestAt(scan.ctx, i, MEASURE_AFTER)?.value !== measure) return null;
  return { group: nounGroupKey([stemOf(t.norm)]), via: 'noun', token: i };
}

function ctxSentence(scan: Scan, d: Draft): number {
  return scan.ctx.tokens[d.at.first]!.sentence;
}

/** Fills a draft's measure and group from its neighbours in the sentence. */
function inherit(scan: Scan, drafts: (Draft | null)[], k: number): void {
  const d = drafts[k]!;
  const same = (j: number) => {
    const o = drafts[j];
    return o && o.at.sentence === d.at.sentence ? o : null;
  };
  const prev = same(k - 1);
  const next = same(k + 1);
  // بينهم أربعة، … و12 جهاديا: the measure of the figure before
  if (!d.measure && prev?.measure && (d.part || followsAnd(scan, d.at)) && prev.measure !== 'count') {
    d.measure = prev.measure;
    d.part ||= prev.part; // بين القتلى ثلاثة من الشرطة وطفلين: both are parts
  }
  // ارتفعت الحصيلة إلى 14 قتيلاً و38 جريحاً: both are revised
  if (prev?.update && followsAnd(scan, d.at)) {
    d.update = true;
    if (prev.lowered) d.lowered = true;
  }
  const g = d.group;
  if (g?.via === 'others') {
    // «آخرون» are more of the main count, not of a part named in between (… بينهم شرطيان، وأصيب 20 آخرون);
    // the main count may close the sentence before (… 30 قتيلاً، بينهم 10 أطفال. وأصيب 100 آخرون)
    const near = (j: number) => {
      const o = drafts[j];
      return o && (o.at.sentence === d.at.sentence || ctxSentence(scan, o) === ctxSentence(scan, d) - 1) ? o : null;
    };
    let j = k - 1;
    while (near(j)?.part) j--;
    const main = near(j);
    // نحو 2200 من أ و150 آخرين من ب: a toll split by place; each is a part of the whole
    if (main?.place && d.place && placeKey(main.place) !== placeKey(d.place)) main.part = d.part = true;
    d.group = main?.group?.group ? { ...main.group, via: 'others' } : null;
  } else if (g?.via === 'of-them') {
    const named = groupNamedBefore(scan, d.at);
    d.group = named ? { group: named.group, via: 'of-them', ...(named.antecedent !== undefined ? { antecedent: named.antecedent } : {}) } : null;
  } else if (!g) {
    // مقتل سبعة وإصابة 11 من عناصر الشرطة: «من X» after the next figure covers both
    // (not across a comma: وإصابة 94، مضيفة أن أربعين سيارة إسعاف …)
    if (next?.group && next.group.via !== 'of-them' && next.group.via !== 'others' && d.measure && wordsBetween(scan, d.at, next.at) <= 2 && !breakBetween(scan, d.at, next.at)) d.group = next.group;
    // قُتلت 15 امرأة وأصيبت 50 بجروح: the wounded are of the same group
    // (not a figure with a counted noun of its own: دمرت 300 منزل وأجبرت مئات الأسر على مغادرة أحيائها)
    // (a count of things before is no group of people: أربعة أقاليم وتسجيل ثلاث وفيات)
    // (a part before gives the group of the whole it is a part of: بينهم ثلاثة أطفال وإصابة خمسة are five of everyone, not five children)
    else if (prev?.group && prev.measure && d.measure && !d.at.figure.counted && wordsBetween(scan, prev.at, d.at) <= 4) {
      let j = k - 1;
      while (prev.part && same(j)?.part) j--;
      const main = prev.part ? same(j) : prev;
      if (main?.group && main.measure && !main.part && main.group.via !== 'of-them' && (main.measure !== TALLY || tallyOfPeople(scan, main.group))) d.group = main.group;
    }
  }
  if (!d.group && d.measure) d.group = tollGroupBefore(scan, d.at);
  // ارتفع عدد الذين قتلوا في الاشتباكات بالمدينة إلى 32: a toll's head far before the figure, its group or everyone
  // قدرت الشرطة عدد المشاركين بـ 8 آلاف: a head of the figure's own measure that «بـ» gives its number counts everyone
  // (the head naming no group, a person noun after the figure does: عدد التلميذات اللواتي خطفن بلغ 121 تلميذة;
  // a group of things in the head's phrase, من المدرسة, is where they were, never whom a people measure counts)
  if (!d.group && d.measure && (d.tollHead || tollSubject(scan, d.at) || estimatedHead(scan, d.at, d.measure))) {
    const named = tollGroupBefore(scan, d.at, 14);
    const ofPeople = named && !(measureInfo(d.measure).people && NOT_PEOPLE.has(named.group)) ? named : null;
    const headNoun = headMeasure(scan, d.at) === d.measure ? headNounGroup(scan, d.at) : null;
    d.group = ofPeople ?? headNoun ?? personNounAfter(scan, d.at) ?? { group: '*', via: 'noun' };
  }
  // (a one-sided count of people too: إجلاء نحو مليون من السكان في المناطق الساحلية)
  if (!d.group && d.measure && (measureInfo(d.measure).people || measureInfo(d.measure).oneSide)) {
    // headline syntax: مقتل 12 في انفجار counts everyone; 40 مهاجرا، 6 من موظفي المنظمة count their noun
    // a noun of no list is a weak reading: only where the clause names its place
    // (a noun that names people by its set or its pattern is read wherever: غرق 11 مهاجرا قبالة سواحل …)
    const noun = nounGroup(scan, d.at);
    const written = noun?.token !== undefined && noun.token >= 0 ? scan.ctx.tokens[noun.token]!.norm : undefined;
    d.group = (noun && (d.place || namesPeople(noun.group, written)) ? noun : null) ?? (bareCount(scan, d.at) ? { group: '*', via: 'noun' } : null);
  }
  // 60 ألف متظاهر في مسيرة: a noun whose set has a measure says it when nothing else does
  if (!d.measure && (!d.group || d.group.via === 'noun')) {
    const m = nounMeasureAfter(scan, d.at);
    if (m) {
      d.measure = m;
      d.group = { group: '*', via: 'noun' };
    }
  }
  // مسيرة شارك فيها 5 آلاف متظاهر: the measure's own people are everyone it counts
  if (d.measure && d.group && isMeasureOwnGroup(d.group.group, d.measure)) d.group = { ...d.group, group: '*' };
  // خمس طبقات، تقل 38 راكبا، 1200 أسرة نزحت: a count of its counted noun, whatever the noun (claims/tally.ts);
  // a measure of people keeps the toll's own reading of its group
  if ((!d.measure || (!d.group && !measureInfo(d.measure).people)) && (!d.group || d.group.via === 'noun')) {
    const t = tallyOf(scan, d.at, d.measure);
    // a plain count of a noun of no list set in a whole country (المجلس المؤلف من 15 دولة) tells of that country, not of an event there
    const national = t?.measure === TALLY && t.group.group.startsWith('noun:') && d.place !== null && placeKey(d.place).startsWith('iso3166:');
    if (t && t.group.group !== '*' && !national) {
      d.measure = t.measure;
      d.group = t.group;
    }
  }
  // عدد العاطلين ناهز 650 ألفا، عدد العاطلين بلغ 617 ألف شخص: a count of the noun its linked head names (claims/head-count.ts)
  if ((!d.measure || d.measure === 'count') && (!d.group || (d.group.group === '*' && d.group.via === 'noun'))) {
    const h = headCount(scan, d.at);
    if (h) {
      d.measure = TALLY;
      d.group = h;
    }
  }
  // وعلى متنه 95 شخصا: nothing says what befell them; they were on board
  if ((!d.measure || d.measure === 'count') && d.group && d.group.group !== '' && !d.at.figure.unit && phraseBefore(scan, d.at, ABOARD) !== null) d.measure = 'aboard';
  if (!d.measure && d.group && d.group.group !== '') d.measure = 'count';
  // عدد التلميذات المخطوفات بلغ 102: a head's noun is the group its participle's measure counts, when nothing else named one (claims/head-count.ts)
  if (!d.group && d.measure && headMeasure(scan, d.at) === d.measure) d.group = headNounGroup(scan, d.at);
  // دمر الزلزال الذي ضرب ولاية أ … نحو 1300 منزل: a plain count of a noun takes the verb that opens its clause (claims/clause-verb.ts)
  if ((d.measure === TALLY || d.measure === 'count') && d.group && d.group.group !== '' && d.group.group !== '*' && d.group.via === 'noun') {
    const written = d.group.token !== undefined && d.group.token >= 0 ? scan.ctx.tokens[d.group.token]!.norm : undefined;
    const m = clauseVerbMeasure(scan, d.at, d.group.group, written);
    if (m) d.measure = m;
  }
}

/** The counted noun right after the figure when it names people (121 تلميذة), or null. */
function personNounAfter(scan: Scan, at: FigureAt): GroupHit | null {
  const noun = nounGroup(scan, at);
  const written = noun?.token !== undefined && noun.token >= 0 ? scan.ctx.tokens[noun.token]!.norm : undefined;
  return noun && noun.via === 'noun' && namesPeople(noun.group, written) ? noun : null;
}

/**
 * Is draft k one item of a list of counts of one measure in its sentence (15
 * راكبا و3 من أفراد الطاقم، السائق و15 راكبا): a neighbour of its measure joined
 * to it by و, counting another group?
 */
function inList(scan: Scan, drafts: (Draft | null)[], k: number): boolean {
  const d = drafts[k]!;
  const joined = (a: Draft | null | undefined, b: Draft | null | undefined) =>
    !!a && !!b && a.at.sentence === b.at.sentence && a.measure === d.measure && b.measure === d.measure && followsAnd(scan, b.at) && a.group?.group !== b.group?.group;
  return joined(drafts[k - 1], d) || joined(d, drafts[k + 1]);
}

// relative pronouns: «عدد الذين أنقذتهم» names no noun, the verb says who
const RELATIVE_PRONOUNS = new Set(['الذين', 'اللذين', 'اللواتي', 'اللاتي', 'التي', 'الذي', 'اللتين', 'من', 'ما']);

/** The noun a head before the figure counts (عدد التلميذات المخطوفات بلغ 102: noun:تلميذ), or null for a relative pronoun or none. */
function headNounGroup(scan: Scan, at: FigureAt): GroupHit | null {
  const h = headCount(scan, at);
  if (!h || h.token === undefined || h.token < 0) return h;
  return RELATIVE_PRONOUNS.has(scan.ctx.tokens[h.token]!.norm) ? null : h;
}

/** Does a tally's group count people (38 راكبا: their wounded are of them), not things or places (4 أقاليم)? */
function tallyOfPeople(scan: Scan, g: GroupHit): boolean {
  const written = g.token !== undefined && g.token >= 0 ? scan.ctx.tokens[g.token]!.norm : undefined;
  return countsPeople(g.group, written);
}

/** «عدد المشاركين بـ 8 آلاف»: the figure right after «بـ», a head of its own people measure before it. */
function estimatedHead(scan: Scan, at: FigureAt, measure: string): boolean {
  if (!measureInfo(measure).people) return false;
  let i = at.first - 1;
  while (i >= at.sentence.first && isTransparent(scan.ctx, i)) i--;
  const t = scan.ctx.tokens[i];
  return t?.type === 'word' && t.norm === 'ب' && headMeasure(scan, at) === measure;
}

/**
 * The measure of the noun right after the figure, from its synonym set
 * (متظاهر → participants), when no word of another measure follows in the
 * clause (لقي 6 متظاهرين على الأقل مصرعهم: killed, told too far off to read).
 */
function nounMeasureAfter(scan: Scan, at: FigureAt): string | null {
  let i = at.last + 1;
  while (i < at.sentence.last && isTransparent(scan.ctx, i)) i++;
  const t = scan.ctx.tokens[i];
  if (!t || t.type !== 'word' || scan.figureOf[i]! >= 0 || scan.placeOf[i]! >= 0) return null;
  const m = measureOfNoun(stemOf(t.norm));
  // 14 محتجا نقلوا إلى المستشفى: protesters in another state are another group (claims/tally.ts)
  if (!m || stateFollows(scan, at)) return null;
  for (let j = i + 1, end = Math.min(at.sentence.last, scan.ctx.tokens.length - 1); j <= end; j++) {
    if (scan.ctx.tokens[j]!.type !== 'word') {
      if (isClauseBreak(scan, j)) break;
      continue;
    }
    if (scan.figureOf[j]! >= 0) break;
    if (longestAt(scan.ctx, j, MEASURE_AFTER) || longestAt(scan.ctx, j, MEASURE_BEFORE)) return null;
  }
  return m;
}

export function extractClaims(doc: DocContext, gazetteer?: Gazetteer): Claim[] {
  if (!doc.figures.length || !doc.tokens.length) return [];
  // words the web split inside a claim (قت ل) read as one
  const ctx = rejoinSplitWords(doc);
  const scan = makeScan(ctx);
  // no figure in a sentence: nothing to read (and an empty drafts array, another array map, would deoptimise the loop below)
  if (!scan.figures.length) return [];
  // by push, not map(): map's result has a packed or a holey array map depending on whether this
  // function is optimised, and the other one deoptimised it
  const drafts: (Draft | null)[] = [];
  for (const at of scan.figures) drafts.push(read(scan, at));
  for (let k = 0; k < drafts.length; k++) if (drafts[k] && drafts[k]!.event !== null && !['age', 'share'].includes(drafts[k]!.measure ?? '')) inherit(scan, drafts, k);
  // الإفراج عن 9 رهائن آخرين: more of a total told elsewhere, a part of it, unless a count of another measure comes before (claims/increment.ts)
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (!d?.measure || d.part || !measureInfo(d.measure).cumulative || !othersAfter(scan, d.at)) continue;
    let j = k - 1;
    while (drafts[j]?.part) j--;
    const main = drafts[j];
    const near = main && (main.at.sentence === d.at.sentence || ctxSentence(scan, main) === ctxSentence(scan, d) - 1);
    if (!near || main.measure === d.measure) d.part = true;
  }
  // 300 عامل من المنجم و450 من المصنع: two sites' counts; the first a part, the second its own site's (claims/two-sites.ts)
  for (let k = 1; k < drafts.length; k++) {
    const [p, d] = [drafts[k - 1], drafts[k]];
    if (!p || !d || p.at.sentence !== d.at.sentence || !d.measure || p.measure !== d.measure || !measureInfo(d.measure).compare) continue;
    if (!p.group || p.group.group !== d.group?.group || !followsAnd(scan, d.at) || p.place || d.place) continue;
    const site = secondSite(scan, p.at, d.at);
    if (!site) continue;
    p.part = true;
    d.event = `~site:${site}`;
  }
  // ارتفعت الحصيلة إلى 9 بعد انتشال أربع جثث جديدة: the new ones are a part of the revised toll beside them (claims/part-cue.ts)
  for (const d of drafts) {
    if (!d?.measure || d.part || d.update || !isIncrement(scan, d.at)) continue;
    if (drafts.some((o) => o && o !== d && o.at.sentence === d.at.sentence && o.update && o.measure === d.measure)) d.part = true;
  }
  // عدد ضحايا الحريق المميت: the dead, when the article names no wounded (claims/victims.ts)
  let dead: boolean | undefined;
  for (const d of drafts) if (d?.measure === 'killed-or-wounded' && saidByVictims(scan, d.at) && (dead ??= victimsAreDead(scan))) d.measure = 'killed';
  // أكد المختبر إصابة 36 حالة: a case count naming no disease counts the article's one disease, else nothing (claims/disease-case.ts)
  if (drafts.some((d) => d?.group?.group === UNNAMED_DISEASE)) {
    const disease = articleDisease(drafts.map((d) => d?.group?.group ?? ''));
    for (const d of drafts) if (d?.group?.group === UNNAMED_DISEASE) d.group = disease ? { ...d.group, group: disease } : null;
  }
  const claims: Claim[] = [];
  const incidents = new Map<Sentence, string | null>();
  const year = articleYear(ctx.figures, ctx);
  // the year an event named with its year (فيضانات 2019) is compared with: the article's, told by its other years
  const eventYears = eventYearFigures(scan);
  const ownYear = eventYears.size ? articleYear(ctx.figures.filter((_, i) => !eventYears.has(i)), ctx) : year;
  const periods = new Map<Sentence, boolean>();
  const sumPeriods = new Map<Sentence, boolean>();
  const years = sentenceYears(scan);
  // the article's own country: the one its places lie in most often (never merely
  // the place one claim names: a background paragraph about another town)
  // a place after «مع» (على الحدود مع أ) is beside the event, never the article's own country;
  // nor is one they were heading or taken to (متجها إلى أ: claims/event.ts)
  const own = ctx.places.filter((p) => !afterWith(scan, tokenAt(ctx, p.start)) && !destination(scan, tokenAt(ctx, p.start)));
  const home = mainCountry(gazetteer, own);
  // captions, related headlines, a sentence about another incident (claims/background.ts)
  const background = backgroundRanges(scan);
  // an article that names no place at all (a headline): the country its police or authorities belong to is its place
  const authority = own.length ? null : authorityCountry(scan, gazetteer);
  // that country, or the one a body of it names (البرلمان التونسي): the country its unplaced claims are set in
  const nation = own.length ? null : (authority ?? institutionCountry(scan, gazetteer));
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (!d || !d.measure || !d.group || !d.group.group || d.event === null) continue;
    // ضبط 14 متهما: seizing people is arresting them; تهدم 140 منزلا جراء السيول: destroyed (claims/measure-shift.ts)
    d.measure = shiftedMeasure(scan, d.at, d.measure, d.group.group, d.group.token !== undefined && d.group.token >= 0 ? scan.ctx.tokens[d.group.token]!.norm : undefined);
    // 70 مصليا، 85 مدعوا، توقيف 38 متهما: the people of the scene, or those the measure implies, are everyone it counts (claims/whole-group.ts)
    if (d.group.group !== '*' && countsEveryone(scan, d.at, d.measure, d.group, inList(scan, drafts, k))) {
      d.scene = d.group.group;
      d.group = { ...d.group, group: '*' };
    }
    // (a national turnout stays the story's: with its country named it is filed so too)
    if (authority && d.event === '' && !d.place && !measureInfo(d.measure).local) d.event = authority;
    // the whole country's figure (في كل أنحاء البلاد): no event area, never one town's (claims/area.ts)
    const national = d.event === NATIONAL;
    if (national) d.event = home ?? authority ?? NATIONAL;
    // a distance from a place in a caption, a related headline or about another incident is not the story's
    if (d.event.startsWith('from|') && (inBackground(background, d.at.figure.start) || anotherIncidentNear(scan, d.at))) continue;
    const province = d.place && d.event === d.place.id ? sameNamedProvince(gazetteer, d.place.id) : null;
    if (province) d.event = province;
    // another incident, even in the story's own city (انفجار آخر في المدينة نفسها), is never the story's;
    // nor is a sentence of an earlier year (a timeline, a background paragraph)
    if (!d.event.includes('|') && measureInfo(d.measure).compare) {
      const y = years.get(d.at.sentence);
      const aside = inBackground(background, d.at.figure.start) || anotherIncidentNear(scan, d.at);
      d.event = otherIncident(scan, d.at, incidents, !!measureInfo(d.measure).cumulative) ?? (aside || (year !== null && y !== undefined && y < year) ? sentenceKey(scan, d.at.sentence) : d.event);
    }
    // زلزال 2002 الذي بلغت قوته 7.4: that year's event, unless it is the article's own year
    const named = measureInfo(d.measure).compare ? incidentYear(scan, d.at) : null;
    if (named !== null && named !== ownYear) d.event = `${d.event}@${named}`;
    const fig = d.at.figure;
    const claim: Claim = {
      figure: d.at.index,
      measure: d.measure,
      group: d.group.group,
      event: d.event,
      min: fig.min,
      max: fig.max,
      source: fig.source ?? ARTICLE,
    };
    if (d.group.members) claim.members = d.group.members;
    if (d.scene) claim.scene = d.scene;
    if (d.part) claim.role = 'part';
    else if (d.group.group === '*' && measureInfo(d.measure).cumulative) claim.role = 'total';
    if (d.update) {
      claim.update = true;
      if (d.lowered) claim.lowered = true;
    }
    // حصيلة أولية بلغت 9: a count its article says was not final (a revised figure never is)
    // «… وفق حصيلة أولية أعلنتها السلطات»: the source it is told by is a preliminary toll
    else if (measureInfo(d.measure).cumulative && (isEarlierCount(scan, d.at) || isPreliminarySource(claim.source.text))) claim.earlier = true;
    // نسبة المشاركة 27 % حتى الساعة الثالثة، 90 ملم حتى الآن: a reading of part of the day, a higher final figure is its update
    else if ((measureInfo(d.measure).interim || d.measure.startsWith('unit:') || d.group.group.startsWith('unit:')) && isInterimReading(scan, d.at)) claim.earlier = true;
    // a season's or a year's total (منذ بداية الموسم) is not a day's reading
    // (a sum's total word, بإجمالي مصروفات، is the sum's own: it makes a period only in its own clause)
    if (d.thing && !measureInfo(d.measure).cumulative ? tellsOfPeriod(scan, d.at.sentence, sumPeriods, false) || totalInClause(scan, d.at) : tellsOfPeriod(scan, d.at.sentence, periods) && measureInfo(d.measure).cumulative) claim.period = 'since';
    if (d.place) {
      claim.place = d.place.text;
      const set = coordinatedPlaces(scan, d.place, d.at.sentence.last);
      if (set) claim.places = set;
      const region = regionOf(gazetteer, d.place.id);
      if (region) claim.region = region;
      // في أ شمالي ب: أ, which this article does not read as a place (the story may: story/aliases.ts)
      const alias = claim.event === placeKey(d.place) ? aliasBefore(scan, d.place) : null;
      if (alias) claim.alias = alias;
    } else if (claim.event === '' || claim.event === authority) {
      const alias = aliasAfter(scan, d.at) ?? aliasBeforeFigure(scan, d.at);
      if (alias) claim.alias = alias;
    }
    if (d.incident) claim.incident = d.incident;
    const devices = devicesOf(scan, d.at);
    if (devices) claim.devices = devices;
    if (namesHazard(scan, d.at)) claim.spread = true;
    // a quake's magnitude, a distance from a place: their clause's places are no area of the event
    // a rate or a sum of one place is that place's, not its country's or its province's (no event area)
    // a turnout that names no place inside its country is the national figure: a date line's city is no area of it
    const localNational = measureInfo(d.measure).local && !d.place;
    const full = measureInfo(d.measure).unplaced || d.thing || national || localNational || d.event.startsWith('from|') ? null : claimArea(scan, gazetteer, d.at, d.place, d.event, home);
    // مديرية أ في محافظة ب: a district inside ب, its own area; ب's figure counts all its districts, never stands for this one (claims/area.ts)
    const area = full && d.place && isSubdivision(d.place) ? [full[0]!] : full;
    if (area) claim.area = area;
    // جنوب شرق إيران: the side of the country its event lies on, for the province another outlet names there (story-index sceneOf)
    if (area?.length === 1 && d.place?.id === area[0] && area[0]!.startsWith('iso3166:')) {
      const quarter = quarterBefore(scan, d.place);
      if (quarter) claim.quarter = quarter;
    }
    // a magnitude told at a place: compared only at the same or a containing one (claims/magnitude.ts)
    const site = measureInfo(d.measure).unplaced ? magnitudeSite(scan, gazetteer, d.at, home) : null;
    if (site) claim.site = site;
    // no place in the clause: the article's own (never a place merely near the figure: a
    // name read as a town, the city a distance is measured from)
    // a place the gazetteer does not know lies in the country of the place that locates it (claims/area.ts)
    const located = d.place && !d.place.id ? full?.find((k) => k.startsWith('iso3166:')) : undefined;
    const country = d.place ? (countryOf(gazetteer, d.place.id) ?? located) : d.event === '' ? (home ?? nation) : d.event === authority ? authority : null;
    if (country) claim.country = country;
    // 22 من عناصر الشباب in Somalia: the movement, not the youth (claims/movement.ts)
    const movement = movementGroup(scan, d.at, d.group, country ?? null);
    if (movement) claim.group = movement;
    // في ولايات عدة، في عموم البلاد: an unplaced count of the whole country (the story's), never of one city its sentence names (claims/wide-scope.ts)
    if (!d.place && claim.event === '' && claim.area && spreadOverCountry(scan, d.at)) {
      if (country) claim.area = [country];
      else delete claim.area;
    }
    // 7 حجاج مصريين: the Egyptian pilgrims, other people than the Jordanian ones (claims/nationality-of-noun.ts)
    const nationality = nationalityOfNoun(scan, d.at, d.group);
    if (nationality) claim.nationality = nationality;
    // the year its own sentence names; else the article's, which is weaker: a page's date
    // line may be the day it was read, not written
    const told = named ?? years.get(d.at.sentence);
    if (told !== undefined) claim.year = told;
    else if (year !== null) claim.articleYear = year;
    // 4 أطنان against 2500 كيلوغرام: one dimension, compared in its base unit (its country's dunam)
    toBaseUnit(scan, d.at, claim);
    claims.push(claim);
  }
  // إصابة 17 … ارتفع عدد الجرحى إلى 23: the article's own earlier figure is superseded (claims/own-revision.ts)
  markOwnRevisions(claims, ctx.figures);
  // الإفراج عن 9 تلميذات … لا تزال 6 تلميذات في الأسر: a bare count in a sense no list names (claims/tally-sense.ts)
  tallyInAnotherSense(claims);
  return claims;
}
