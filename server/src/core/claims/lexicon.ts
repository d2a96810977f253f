// Word lists of the claims reader (data/claims/*.json) and the one matcher
// they share. Entries are written as in text; a space separates the words of a
// phrase and a trailing * matches any ending. Matching is on normalised
// tokens, with the proclitics و ف ب ل (and لل → ال) stripped.

import { FinalLetters } from '../lexicon/final-letters.js';
import { WordMemo, wordNumber } from '../lexicon/word-numbers.js';
import { strippedForms } from '../lexicon/proclitics.js';
import { inflect, participleStem, verbalNouns, type VerbModel } from '../lexicon/verbs.js';
import { normalize } from '../text/normalize.js';
import type { DocContext } from '../parse/context.js';
import measuresData from '../data/claims/measures.json' with { type: 'json' };
import groupsData from '../data/claims/groups.json' with { type: 'json' };
import contextData from '../data/claims/context.json' with { type: 'json' };
import monthsData from '../data/figures/months.json' with { type: 'json' };
import incidentsData from '../data/claims/incidents.json' with { type: 'json' };
import areaWideData from '../data/story/area-wide.json' with { type: 'json' };
import subjectData from '../data/claims/subject-verb.json' with { type: 'json' };
import { demonymForms } from './demonyms.js';

export interface Phrase<T = string> {
  words: string[];
  value: T;
}

export interface MeasureInfo {
  compare: boolean;
  corroborate: boolean;
  cumulative: boolean;
  /** Measures this one bounds from above (killed-or-wounded ⊇ killed). */
  within: string[];
  /** It counts people (killed, wounded …): a bare number (مقتل 12 في …) counts everyone. */
  people?: boolean;
  /** Its noun after a number (18 مفقودا) counts everyone. */
  tollNoun?: boolean;
  /** Said before the figure, it is what happened even to those a noun of another measure names (تحرير 45 رهينة). */
  fate?: boolean;
  /** Read of a quantity in a unit only, never of a count (اجتاحت أسراب الجراد 12 ألف هكتار; اجتاحت السيول 30 قرية is none). */
  unitOnly?: boolean;
  /** The dimensions of a unit it may take (تلتهم 2000 دونم: area). */
  quantities?: string[];
  /** A unit measure compared only at one place (a city's temperature). */
  placed?: boolean;
  /** One figure of the whole event wherever it is told (a quake's magnitude): its clause's places give it no area. */
  unplaced?: boolean;
  /** A sum or a share, compared only when its clause names what it measures (claims/unit-claim.ts thingClaim). */
  things?: boolean;
  /** A place inside a country named in its clause makes it that place's figure (a province's turnout), not the story's. */
  local?: boolean;
  /** The measure it is when what it counts is people (ضبط 14 متهما: seizing people is arresting them). */
  ofPeople?: string;
  /** The measure it is when what it counts is a material of the list (عثرت على 4 ملايين حبة كبتاغون: seized). */
  ofMaterial?: string;
  /** The measure it is when its clause names a force of nature or an attack (measures.json forces) as the cause (تهدم 140 منزلا جراء السيول: destroyed, not demolished). */
  byForce?: string;
  /** The measure it is when what it counts are inmates (measures.json inmates: فرار 27 سجينا is an escape, not a displacement). */
  ofInmates?: string;
  /** Everyone it counts is on one side (arrested, displaced): a counted noun of no list (120 شابا) is a part of its whole count (*), never another side. */
  oneSide?: boolean;
  /** Counts what entered a place (trucks let into a territory): its place is where they went (إلى أ), not the crossing they came by (claims/event.ts placeInto). */
  into?: boolean;
  /** A level read at a moment (a reservoir's fill, a rate, a temperature): articles dated days apart read it on different days (story/compare.ts). */
  varies?: boolean;
  /** A share that runs through the day (turnout): a reading of part of it is an interim one (claims/interim-reading.ts). */
  interim?: boolean;
}

function phrases<T>(list: readonly string[], value: T): Phrase<T>[] {
  return list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value }));
}

// Longest phrases first, so قتيلا وجريحا wins over قتيلا.
function byLength<T>(list: Phrase<T>[]): Phrase<T>[] {
  return list.sort((a, b) => b.words.length - a.words.length);
}

/**
 * A verb of a measure by root and form (lexicon/verbs.ts), with the words that must follow it (أودى بحياة).
 * `present`: an intransitive verb whose present plural after its count tells what they did, as headlines
 * write it (عشرات الآلاف يتظاهرون، 3 آلاف ينزحون); never for a verb that takes an object (يقتلون).
 */
type MeasureVerb = VerbModel & { then?: string; present?: boolean };
/** A participle that names what is counted (مصاب، نازح، مفقود): root, form and voice. */
type MeasureParticiple = VerbModel & { voice: 'active' | 'passive' };
type MeasureEntry = {
  after?: string[];
  before?: string[];
  verbs?: MeasureVerb[];
  participles?: MeasureParticiple[];
  within?: string[];
  compare: boolean;
  corroborate: boolean;
  cumulative: boolean;
  people?: boolean;
  tollNoun?: boolean;
  fate?: boolean;
  quantities?: string[];
  ofPeople?: string;
  ofMaterial?: string;
  byForce?: string;
  ofInmates?: string;
  oneSide?: boolean;
  /** Counts what entered a place (trucks let into a territory): its place is where they went (إلى أ), not the crossing they came by (claims/event.ts placeInto). */
  into?: boolean;
  unitOnly?: boolean;
};
/** A measure told by a word just before the figure (بقوة 6 درجات، على عمق 10 كم), with the unit it needs if any. */
type CuedEntry = { before: string[]; doers?: string[]; window?: number; unit?: string; compare: boolean; corroborate: boolean; cumulative: boolean; unplaced?: boolean; local?: boolean; interim?: boolean };

// the endings of a participle counted after a number: bare (25 مصاب), accusative, plural, dual, feminine
const PARTICIPLE_ENDINGS = ['', 'ا', 'ين', 'ون', 'ان', 'ة', 'ات'];

/** The verb forms of a measure: every person and tense before the figure, the plural ones after it (9 أشخاص قتلوا). */
function verbForms(v: MeasureVerb): { before: string[]; after: string[] } {
  const tail = v.then ? ' ' + v.then : '';
  const before: string[] = [];
  const after: string[] = [];
  for (const f of inflect(v)) {
    if (f.person !== 'third' || f.kind === 'participle') continue;
    before.push(f.form + tail);
    // the plural perfect after its subject: masculine (قتلوا) and feminine (قتلن، لقين حتفهن)
    if (f.kind === 'perfect' && (f.form.endsWith('وا') || (f.gender === 'f' && f.form.endsWith('ن') && !f.form.endsWith('نا')))) after.push(f.form + tail);
    if (v.present && f.kind === 'imperfect' && f.form.startsWith('ي') && f.form.endsWith('ون')) after.push(f.form + tail);
  }
  return { before, after };
}

function participleForms(p: MeasureParticiple): string[] {
  const stem = participleStem(p, p.voice);
  return stem ? PARTICIPLE_ENDINGS.map((e) => stem + e) : [];
}
type UnitEntry = { units: string[]; compare: boolean; corroborate: boolean; cumulative: boolean; placed?: boolean; things?: boolean; varies?: boolean };

const M = measuresData as unknown as {
  measures: Record<string, MeasureEntry | string>;
  cued: Record<string, CuedEntry | string>;
  units: Record<string, UnitEntry | string>;
  quantities: Record<string, string[] | string>;
  materials: Record<string, string[] | string>;
  forces: string[];
  inmates?: string[];
  bodies?: { nouns: string[]; recovery: string[]; increments?: string[] };
  other: Record<string, MeasureEntry | string>;
};

export const MEASURE_INFO = new Map<string, MeasureInfo>();
const after: Phrase[] = [];
const before: Phrase[] = [];
// أودى الانفجار في المدينة بحياة 10: a verb and the words that must follow it, split by its subject
const tails: Phrase[] = [];
const subjectVerbs: Phrase[] = [];
const heads = new Map<string, Phrase[]>();
const verbsBefore: Phrase[] = [];
const headStates: Phrase[] = [];
// the phrases the lists write out: a verbal noun made from a verb's root and form never overrides one (احتجاز is listed for hostages)
const listed = new Set<string>();
for (const e of Object.values(M.measures)) if (typeof e !== 'string') for (const w of [...(e.before ?? []), ...(e.after ?? [])]) listed.add(normalize(w));
for (const [name, e] of Object.entries(M.measures)) {
  if (typeof e === 'string') continue;
  MEASURE_INFO.set(name, { compare: e.compare, corroborate: e.corroborate, cumulative: e.cumulative, within: e.within ?? [], people: e.people ?? false, tollNoun: e.tollNoun ?? false, fate: e.fate ?? false, quantities: e.quantities ?? [], ...(e.ofPeople ? { ofPeople: e.ofPeople } : {}), ...(e.ofMaterial ? { ofMaterial: e.ofMaterial } : {}), ...(e.byForce ? { byForce: e.byForce } : {}), ...(e.ofInmates ? { ofInmates: e.ofInmates } : {}), ...(e.oneSide ? { oneSide: true } : {}), ...(e.into ? { into: true } : {}), ...(e.unitOnly ? { unitOnly: true } : {}) });
  after.push(...phrases(e.after ?? [], name));
  before.push(...phrases(e.before ?? [], name));
  for (const v of e.verbs ?? []) {
    const f = verbForms(v);
    before.push(...phrases(f.before, name));
    verbsBefore.push(...phrases(f.before, name));
    // إنقاذ 14 عاملا، تشريد 120 ألفا، انتشال 22: the act named by its verbal noun, before the figure as the verb is
    const tail = v.then ? ' ' + v.then : '';
    for (const n of verbalNouns(v)) if (!listed.has(normalize(n + tail))) {
      listed.add(normalize(n + tail));
      before.push(...phrases([n + tail], name));
    }
    after.push(...phrases(f.after, name));
    subjectVerbs.push(...phrases(f.after, name));
    if (v.then) {
      const { then, ...alone } = v;
      tails.push(...phrases([then], `${name}|${then}`));
      const key = `${name}|${then}`;
      heads.set(key, [...(heads.get(key) ?? []), ...phrases(verbForms(alone).before, key)]);
    }
  }
  for (const p of e.participles ?? []) {
    after.push(...phrases(participleForms(p), name));
    headStates.push(...phrases(participleForms(p).map((w) => 'ال' + w), name));
  }
  // المنازل المدمرة، المدارس المغلقة: the passive participle of a verb of things says their state after a head (عدد، حصيلة)
  if (!e.people) for (const v of e.verbs ?? []) if (!v.then) {
    const stem = participleStem(v, 'passive');
    if (stem) headStates.push(...phrases(PARTICIPLE_ENDINGS.map((x) => 'ال' + stem + x), name));
  }
}

export interface CuedMeasure {
  measure: string;
  window: number;
  unit?: string;
}
const cued: Phrase<CuedMeasure>[] = [];
const doers: Phrase<CuedMeasure>[] = [];
for (const [name, e] of Object.entries(M.cued ?? {})) {
  if (typeof e === 'string') continue;
  MEASURE_INFO.set(name, { compare: e.compare, corroborate: e.corroborate, cumulative: e.cumulative, within: [], unplaced: e.unplaced ?? false, local: e.local ?? false, interim: e.interim ?? false });
  cued.push(...phrases(e.before, { measure: name, window: e.window ?? 2, ...(e.unit ? { unit: e.unit } : {}) }));
  doers.push(...phrases(e.doers ?? [], { measure: name, window: 0, ...(e.unit ? { unit: e.unit } : {}) }));
}
/** Verbs of taking part after a share and who took part (35 بالمئة من المعلمين شاركوا): that share's measure (turnout). */
export const CUED_DOERS = byLength(doers);
/** Words just before a figure that say what it measures whatever its unit (بقوة → magnitude, عمق → depth). */
export const CUED_MEASURES = byLength(cued);
/** The widest window of a cued measure: how far back the second look goes. */
export const CUED_WINDOW_MAX = Math.max(2, ...cued.map((c) => c.value.window));
export const MEASURE_AFTER = byLength(after);
export const MEASURE_BEFORE = byLength(before);
/** The measures' verbs alone, every person and tense as they stand before their object (دمر، التهمت، أنقذت): generated from root and form. */
export const MEASURE_VERBS = byLength(verbsBefore);
/** A measure's participles with the article, as a head's noun is qualified (عدد المنازل المدمرة، حصيلة المصابين): generated. */
export const HEAD_STATES = byLength(headStates);
// each one-word phrase of the before-list by its letters: a word with an object pronoun on it is looked up without it (الذين أنقذتهم، تم إجلاؤهم)
const BEFORE_WORD = new Map<string, string>();
for (const p of MEASURE_BEFORE) if (p.words.length === 1 && !p.words[0]!.endsWith('*') && !BEFORE_WORD.has(p.words[0]!)) BEFORE_WORD.set(p.words[0]!, p.value);
/** The measure of a one-word verb or noun of the before-list written as `norm` (normalised), or undefined. */
export function beforeWord(norm: string): string | undefined {
  return BEFORE_WORD.get(norm);
}
/** The words a measure verb needs after it (بحياة), valued measure|words, and by that value the verb's forms alone (one verb may need several: لقي حتفه، لقي مصرعه). */
export const SPLIT_TAILS = byLength(tails);
export const SPLIT_HEADS = new Map([...heads].map(([k, v]) => [k, byLength(v)]));
/** The plural perfect measure verbs said after their subject (9 أشخاص قتلوا، لقوا حتفهم، أصيبوا، سبع نساء قتلن): generated, and the list's words ending in وا. */
export const SUBJECT_VERBS = byLength([...subjectVerbs, ...MEASURE_AFTER.filter((p) => p.words[0]!.endsWith('وا'))]);

export const UNIT_MEASURES: Phrase[] = [];
for (const [name, e] of Object.entries(M.units)) {
  if (typeof e === 'string') continue;
  MEASURE_INFO.set(name, { compare: e.compare, corroborate: e.corroborate, cumulative: e.cumulative, within: [], placed: e.placed ?? false, things: e.things ?? false, ...(e.varies ? { varies: true } : {}) });
  UNIT_MEASURES.push(...phrases(e.units, name));
}
/** The dimension of each unit code a measure may take (t → mass, dunam → area). */
export const QUANTITY_OF_UNIT = new Map<string, string>();
for (const [dimension, units] of Object.entries(M.quantities ?? {})) if (typeof units !== 'string') for (const u of units) QUANTITY_OF_UNIT.set(u, dimension);
/** What a quantity is of (من المخدرات → drugs), by kind. */
export const MATERIALS = byLength(Object.entries(M.materials ?? {}).flatMap(([kind, words]) => (typeof words === 'string' ? [] : phrases(words, kind))));
for (const [name, e] of Object.entries(M.other)) {
  if (typeof e === 'string') continue;
  MEASURE_INFO.set(name, { compare: e.compare, corroborate: e.corroborate, cumulative: e.cumulative, within: [] });
}

/** Forces of nature and attacks that ruin what a verb of demolition counts (measures.json forces: السيول، القصف). */
export const FORCES = byLength(phrases(M.forces ?? [], 'force'));

/** The nouns of inmates as written, normalised (measures.json inmates): measure-shift.ts keys them as counted nouns. */
export const INMATE_NOUNS = (M.inmates ?? []).map((w) => normalize(w));

/** Nouns of bodies (جثة، جثث) and the words of their recovery (انتشال): bodies recovered are the dead (claims/bodies.ts). */
export const BODY_NOUNS = byLength(phrases(M.bodies?.nouns ?? [], 'body'));
export const BODY_RECOVERY = byLength(phrases(M.bodies?.recovery ?? [], 'recovery'));
/** Words after a body noun that make the bodies some more of a toll told elsewhere (3 جثث جديدة): no toll. */
export const BODY_INCREMENTS = byLength(phrases(M.bodies?.increments ?? [], 'increment'));

/** What a measure allows; unknown measures are neither compared nor shown. */
export function measureInfo(measure: string): MeasureInfo {
  return MEASURE_INFO.get(measure) ?? (measure.startsWith('unit:') ? (VARYING_UNITS.has(measure.slice(5)) ? VARYING_UNIT_INFO : UNIT_INFO) : measure.startsWith('tally:') ? (MEASURE_INFO.get('tally') ?? NO_INFO) : NO_INFO);
}

const NO_INFO: MeasureInfo = { compare: false, corroborate: false, cumulative: false, within: [] };
/** A figure of a unit no list names, with what it measures (claims/unit-claim.ts): a reading, compared with the same unit and thing only. */
const UNIT_INFO: MeasureInfo = { compare: true, corroborate: true, cumulative: false, within: [] };
/** Units whose readings are a level at a moment (نسبة ملء السدود 31 %): measures.json variesUnits. */
const VARYING_UNITS = new Set((measuresData as unknown as { variesUnits?: string[] }).variesUnits ?? []);
const VARYING_UNIT_INFO: MeasureInfo = { ...UNIT_INFO, varies: true };

type GroupEntry = { within: string | null; words: string[] };
const G = groupsData as unknown as { groups: Record<string, GroupEntry>; generic: string[]; others: string[]; ofThem: string[]; nisba: string[]; notNisba?: string[]; notPeople?: string[] };

/** Parent of each group ('*' the toll; null outside any toll). */
export const GROUP_PARENT = new Map<string, string | null>();
const groupPhrases: Phrase[] = [];
for (const [name, e] of Object.entries(G.groups)) {
  GROUP_PARENT.set(name, e.within);
  groupPhrases.push(...phrases(e.words, name));
}
// nationalities and peoples: plurals are groups like any other, singulars only after a number
const demonyms = demonymForms();
for (const [group, parent] of demonyms.parents) GROUP_PARENT.set(group, parent);
for (const [form, group] of demonyms.plurals) groupPhrases.push(...phrases([form], group));
export const GROUPS = byLength(groupPhrases);
export const DEMONYM_SINGULARS = byLength(demonyms.singulars.flatMap(([form, group]) => phrases([form], group)));
export const GENERIC = byLength(phrases(G.generic, 'generic'));
export const OTHERS = phrases(G.others, 'others');
export const OF_THEM = phrases(G.ofThem, 'of-them');
export const NISBA = G.nisba.map((s) => normalize(s));
/** Words that end like a nisba plural but are none (ملايين): no nationality. */
/** Listed groups that count things, households or animals, not people (groups.json notPeople). */
export const NOT_PEOPLE = new Set(G.notPeople ?? []);
export const NOT_NISBA = new Set((G.notNisba ?? []).map((s) => normalize(s)));

const C = contextData as unknown as Record<string, string[]>;
const list = (k: string, v: string) => byLength(phrases(C[k] ?? [], v));
export const PART_OF = list('partOf', 'part');
export const UPDATE_CUES = list('updateCues', 'update');
/** Transitive verbs that raise a toll (رفعت الإدارة حصيلة الضحايا إلى 112): claims/raised-toll.ts. */
export const RAISE_VERBS = list('raiseVerbs', 'raise');
/** A fall to a figure (تراجع عدد المفقودين إلى 15) and the verbs that lower it (خفضت الوكالة العدد إلى 15): claims/lowered-count.ts. */
export const LOWER_CUES = list('lowerCues', 'lower');
export const LOWER_VERBS = list('lowerVerbs', 'lower');
/** Between a part's figure and its whole's (208 من أصل 252): claims/whole-of.ts. */
export const WHOLE_OF = list('wholeOf', 'whole');
export const PARENTHETICALS = list('parentheticals', 'aside');
export const CLAUSE_STARTS = list('clauseStarts', 'start');
export const CLAUSE_BREAKS = list('clauseBreaks', 'break');
export const LOCATORS = list('locators', 'locator');
/** Where people were taken or were heading, right before a place (إلى مستشفى أ، باتجاه أ): no event place. */
export const DESTINATIONS = list('destinations', 'destination');
/** Words before a count of people on board (وعلى متنه 95 شخصا). */
export const ABOARD = list('aboard', 'aboard');
export const ANAPHORIC_PLACES = list('anaphoricPlaces', 'place');
/** Words of time that are no object of the verb before them (قتلوا مساء السبت). */
export const TIME_WORDS = list('timeWords', 'time');
export const FRACTIONS = list('fractions', 'fraction');
export const TOLL_HEADS = list('tollHeads', 'head');
export const PARTICLES = list('particles', 'particle');
// نفى، ينفي، تنفي، نفوا: a denial verb by its lemma, every person and tense
const speculativeVerbs = (contextData as unknown as { speculativeVerbs?: VerbModel[] }).speculativeVerbs ?? [];
export const SPECULATIVE = byLength([...phrases(C.speculative ?? [], 'speculative'), ...speculativeVerbs.flatMap((v) => phrases(verbForms(v).before, 'speculative'))]);
export const AUTHORITIES = list('authorities', 'authority');
export const CHARGES = list('charges', 'charge');
export const OTHER_INCIDENT = list('otherIncident', 'other');
export const ANOTHER_INCIDENT = list('anotherIncident', 'another');
// فبراير الماضي، شباط الماضي: a month its teller calls past is an earlier time, every month's every name
const pastMonths = Object.values(monthsData.months).flat().flatMap((m) => (C.pastMonthWords ?? []).map((w) => `${m} ${w}`));
export const OTHER_TIMES = byLength([...phrases(C.otherTimes ?? [], 'time'), ...phrases(pastMonths, 'time')]);
export const PERIODS_TO_NOW = list('periodsToNow', 'period');
/** Relative pronouns that open a clause about the noun before its comma (، الذي أودى): claims/earlier-time.ts. */
export const RELATIVES = list('relatives', 'relative');
export const TIME_WINDOWS = list('timeWindows', 'window');
export const ROAD_NOUNS = list('roadNouns', 'road');
export const PERIOD_START = list('periodStart', 'period');
export const PERIOD_NOUNS = list('periodNouns', 'start');
export const TOTALS = list('totals', 'total');
export const NOUN_STOPS = list('nounStops', 'stop');
export const EVENT_NOUNS = list('eventNouns', 'event');
export const YEAR_WORDS = list('yearWords', 'year');
/** Words after a temperature that make it negative (49 درجة تحت الصفر): the figure keeps its written sign, so no claim. */
export const BELOW_ZERO = list('belowZero', 'below');
/** Words that make a temperature one of several readings of a day (ليلا، العظمى، الصغرى): not the city's one figure, no claim. */
export const READING_MOMENTS = list('readingMoments', 'moment');
export const DIRECTIONS = list('directions', 'direction');
/** Nouns of one incident at one spot, and of incidents in number or spreading (claims/point-incident.ts). */
export const POINT_INCIDENTS = list('pointIncidents', 'point');
export const MANY_INCIDENTS = list('manyIncidents', 'many');
export const MEASURE_HEADS = list('measureHeads', 'head');

const S = subjectData as unknown as Record<string, string[]>;
/** Words between a counted noun and its verb (claims/subject-verb.ts): bounds, auxiliaries, relative pronouns, the prepositions of a modifier. */
export const SUBJECT_BOUNDS = byLength(phrases(S.bounds ?? [], 'bound'));
export const SUBJECT_AUXILIARIES = byLength(phrases(S.auxiliaries ?? [], 'auxiliary'));
export const SUBJECT_RELATIVES = byLength(phrases(S.relatives ?? [], 'relative'));
/** Relatives after a toll's head (عدد من لقوا حتفهم): the subject's and من، ممن. */
export const HEAD_RELATIVES = byLength(phrases([...(S.relatives ?? []), ...(S.headRelatives ?? [])], 'relative'));
export const SUBJECT_PREPOSITIONS = byLength(phrases(S.prepositions ?? [], 'preposition'));
export const WIDE_AREA = byLength(phrases(S.wideArea ?? [], 'wide'));
export const VICTIMS = byLength(phrases(S.victims ?? [], 'victims'));
export const DEADLY = byLength(phrases(S.deadly ?? [], 'deadly'));
const linkVerbs = (subjectData as unknown as { tollLinkVerbs?: VerbModel[] }).tollLinkVerbs ?? [];
/** What links a toll's head to its figure (بلغ، وصل، ارتفع، تجاوز in every person and tense; إلى). */
export const TOLL_LINKS = byLength([...phrases(S.tollLinks ?? [], 'link'), ...linkVerbs.flatMap((v) => phrases(verbForms(v).before, 'link'))]);

const I = incidentsData as unknown as { kinds: Record<string, string[]>; generic: string[] };
/** Incident nouns by kind (explosion, airstrike …); generic ones (هجوم، عملية) have the kind ''. */
export const INCIDENTS = byLength([...Object.entries(I.kinds).flatMap(([kind, words]) => phrases(words, kind)), ...phrases(I.generic, '')]);
const DV = (incidentsData as unknown as { devices?: Record<string, string[]> }).devices ?? {};
/** Hazards that strike a whole area (floods, storms, a quake): claims/hazard.ts. */
export const HAZARDS = byLength(phrases((areaWideData as { hazards?: string[] }).hazards ?? [], 'hazard'));
/** The devices of an explosion by kind (car, planted, suicide): claims/device.ts. */
export const DEVICES = byLength(Object.entries(DV).flatMap(([kind, words]) => phrases(words, kind)));

// ---------------------------------------------------------------- matching

/** The forms of a token with its proclitics stripped, the token itself first: the shared lexicon engine's (memoised there). */
export const forms: (norm: string) => string[] = strippedForms;

export function wordMatches(norm: string, w: string): boolean {
  const star = w.endsWith('*');
  return formMatches(norm, star ? w.slice(0, -1) : w, star);
}

// Quotes and stray symbols a phrase may run across (single UTF-16 units).
const TRANSPARENT = new Set(['"', '«', '»', '“', '”', "'", '‘', '’', '&']);

/** Tokens a phrase may run across: quotes and stray symbols (في&مدينة، «التنظيم»), a slash between a month's two names. */
export function isTransparent(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.type === 'space' || ((t.type === 'punct' || t.type === 'symbol') && (TRANSPARENT.has(t.text) || (t.text === '/' && monthSlash(ctx, i))));
}

// every word of a month's names (كانون الثاني، أيار), normalised
const MONTH_WORDS = new Set(Object.values(monthsData.months).flat().flatMap((m) => normalize(m).split(/\s+/)));

/**
 * Is the slash at i one between a month's two names (في مايو/أيار، كانون الثاني/يناير)? News writes the
 * month so: it is one name, no break in the clause (التضخم السنوي انخفض في مايو/أيار إلى 35.4 بالمئة).
 */
function monthSlash(ctx: DocContext, i: number): boolean {
  const word = (j: number) => ctx.tokens[j]?.type === 'word' && MONTH_WORDS.has(ctx.tokens[j]!.norm);
  let a = i - 1;
  while (a >= 0 && ctx.tokens[a]!.type === 'space') a--;
  let b = i + 1;
  while (b < ctx.tokens.length && ctx.tokens[b]!.type === 'space') b++;
  return word(a) && word(b);
}

/**
 * Matches a phrase at token i (a word token); returns the index after its
 * last token, or -1. Quotes and spaces between its words are skipped.
 */
export function matchAt(ctx: DocContext, i: number, p: Phrase<unknown>, limit = ctx.tokens.length): number {
  return matchCompiled(ctx, i, compile(p), limit);
}

/** A phrase with each word split once into its stem and whether it ends in * (matching runs on every word). */
interface Compiled {
  phrase: Phrase<unknown>;
  stems: string[];
  stars: boolean[];
}

function compile(p: Phrase<unknown>): Compiled {
  return { phrase: p, stems: p.words.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w)), stars: p.words.map((w) => w.endsWith('*')) };
}

function formMatches(norm: string, stem: string, star: boolean): boolean {
  const fs = forms(norm);
  for (let k = 0; k < fs.length; k++) if (star ? fs[k]!.startsWith(stem) : fs[k] === stem) return true;
  return false;
}

function matchCompiled(ctx: DocContext, i: number, c: Compiled, limit: number): number {
  const toks = ctx.tokens;
  let j = i;
  for (let k = 0; k < c.stems.length; k++) {
    if (k > 0) while (j < limit && isTransparent(ctx, j)) j++;
    const t = toks[j];
    if (!t || j >= limit || t.type !== 'word' || !formMatches(t.norm, c.stems[k]!, c.stars[k]!)) return -1;
    j++;
  }
  return j;
}

/**
 * A list's phrases by their first word, and those whose first word is a
 * prefix (…*) with the first letters those prefixes start with: a word whose
 * forms start with none of them skips the prefix phrases at once.
 */
interface ByFirst {
  exact: Map<string, Compiled[]>;
  prefix: Compiled[];
  prefixInitials: Set<string>;
  /** Can a phrase of the list start at a word with this norm? Memoised per word number (lexicon/word-numbers.ts): most words start none. */
  startsAt: WordMemo;
  /** The last letters of the exact first words: a word ending otherwise starts none of them (lexicon/final-letters.ts). */
  finals: FinalLetters;
  /** anyIn's answers for the token array asked last, by span. */
  spansOf: readonly unknown[] | null;
  spans: Map<number, boolean>;
}
// A list's index rides on the list itself (a symbol, so no reader sees it): readers ask several
// lists in turn at every word (claims/disease-case.ts asks four), and a map look-up per ask cost
// more than the ask.
const INDEX = Symbol('phrase index');
type Indexed = Phrase<unknown>[] & { [INDEX]?: ByFirst };

function byFirst(list: Phrase<unknown>[]): ByFirst {
  return (list as Indexed)[INDEX] ?? indexOf(list);
}

function indexOf(list: Phrase<unknown>[]): ByFirst {
  let ix = (list as Indexed)[INDEX];
  if (!ix) {
    ix = { exact: new Map(), prefix: [], prefixInitials: new Set(), startsAt: new WordMemo(), finals: new FinalLetters(), spansOf: null, spans: new Map() };
    for (const p of list) {
      const c = compile(p);
      const w = p.words[0] ?? '';
      if (w.endsWith('*')) {
        ix.prefix.push(c);
        ix.prefixInitials.add(c.stems[0]!.slice(0, 1));
      } else {
        ix.finals.add(w);
        const l = ix.exact.get(w);
        if (l) l.push(c);
        else ix.exact.set(w, [c]);
      }
    }
    Object.defineProperty(list, INDEX, { value: ix });
  }
  return ix;
}

/** Can a prefix phrase start at a word with these forms? An empty stem starts anywhere. */
function mayStartPrefix(ix: ByFirst, fs: string[]): boolean {
  if (ix.prefix.length === 0) return false;
  if (ix.prefixInitials.has('')) return true;
  for (let k = 0; k < fs.length; k++) if (ix.prefixInitials.has(fs[k]!.slice(0, 1))) return true;
  return false;
}

function mayStartIn(ix: ByFirst, ctx: DocContext, i: number): boolean {
  const n = wordNumber(ctx.tokens, i);
  const known = ix.startsAt.get(n);
  if (known !== 0) return known === 2;
  const fs = forms(ctx.tokens[i]!.norm);
  const yes = fs.some((f) => ix.exact.has(f)) || mayStartPrefix(ix, fs);
  ix.startsAt.set(n, yes);
  return yes;
}

/** Phrase look-ups made so far: the claim readers' work, counted so a test can tell linear from quadratic on any machine. */
export const lookups = { count: 0 };

/**
 * The longest phrase of the list at token i, with its end; null if none.
 * Among phrases of one length the first tried wins: exact first words in the
 * order of the token's forms, then the prefix phrases, each in list order.
 */
export function longestAt<T>(ctx: DocContext, i: number, list: Phrase<T>[], limit?: number): { value: T; end: number } | null {
  lookups.count++;
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word') return null;
  const ix = byFirst(list as Phrase<unknown>[]);
  // no prefix phrase, and the word ends no exact first word: nothing starts here, without a look-up
  if (ix.prefix.length === 0 && !ix.finals.mayEnd(t.norm)) return null;
  if (!mayStartIn(ix, ctx, i)) return null;
  const lim = limit ?? ctx.tokens.length;
  const fs = forms(t.norm);
  let best: Compiled | null = null;
  let bestEnd = -1;
  for (let f = 0; f < fs.length; f++) {
    const cands = ix.exact.get(fs[f]!);
    if (!cands) continue;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      if (best && best.stems.length >= c.stems.length) continue;
      const end = matchCompiled(ctx, i, c, lim);
      if (end >= 0) {
        best = c;
        bestEnd = end;
      }
    }
  }
  if (mayStartPrefix(ix, fs)) {
    for (let k = 0; k < ix.prefix.length; k++) {
      const c = ix.prefix[k]!;
      if (best && best.stems.length >= c.stems.length) continue;
      const end = matchCompiled(ctx, i, c, lim);
      if (end >= 0) {
        best = c;
        bestEnd = end;
      }
    }
  }
  return best ? { value: best.phrase.value as T, end: bestEnd } : null;
}

/**
 * Does a phrase of the list start at some token of first..last (a sentence)?
 * Answered once per document and span: a reader that needs a word of its
 * lists somewhere in the sentence asks this first, and skips at once the
 * many sentences that have none, instead of asking the lists at every word
 * of every figure's window.
 */
export function anyIn(ctx: DocContext, first: number, last: number, list: Phrase<unknown>[]): boolean {
  const ix = byFirst(list);
  if (ix.spansOf !== ctx.tokens) {
    ix.spansOf = ctx.tokens;
    ix.spans = new Map();
  }
  const key = first * 4_194_304 + last;
  let yes = ix.spans.get(key);
  if (yes === undefined) {
    yes = false;
    const toks = ctx.tokens;
    for (let i = first; i <= last && i < toks.length; i++) {
      // longestAt's own first tests, without its call for the many words that start nothing
      const t = toks[i]!;
      if (t.type !== 'word' || (ix.prefix.length === 0 && !ix.finals.mayEnd(t.norm)) || !mayStartIn(ix, ctx, i)) continue;
      if (longestAt(ctx, i, list)) {
        yes = true;
        break;
      }
    }
    ix.spans.set(key, yes);
  }
  return yes;
}

/**
 * Is the word (a token's norm, proclitics allowed) a word of the lists, as a
 * phrase's first word: exactly, or by a stem of at least three letters for
 * a stem phrase (قتل*)? Asked of split parts and their joined form (claims/rejoin.ts).
 */
export function isListWord(norm: string, lists: Phrase<unknown>[][]): boolean {
  const fs = forms(norm);
  for (const list of lists) {
    const ix = byFirst(list);
    for (const f of fs) {
      if (ix.exact.has(f)) return true;
      for (const c of ix.prefix) if (c.stems[0]!.length >= 3 && f.startsWith(c.stems[0]!)) return true;
    }
  }
  return false;
}
