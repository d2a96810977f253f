// Short English messages for conflicts and corroborations. Every English
// string of the claims and story code is in STRINGS, so the lead can localise
// them in one place (keys are stable; {placeholders} are filled here). A
// caller in another language passes its own table (localiseStrings) to each
// function; the English one is the default, and nothing here is ever changed.

import { nationalityWords } from '../claims/demonyms.js';
import { formatInterval } from '../claims/interval.js';
import { isolate, isolateLtr } from '../text/bidi.js';
import type { SourceRef } from '../types.js';
import type { Conflict, ConflictSide, Corroboration } from './types.js';

export const STRINGS = {
  contradiction: 'Contradiction',
  update: 'Update',
  /** {kind}: {here} ({source}); {others}. */
  disagree: '{kind}: {value} {what} here ({source}), but {others}',
  /** a part above its total */
  /** the side that is the revised figure, and the side it revises */
  revises: '{kind}: {value} {what} here ({source}) revises {others}',
  revisedTo: '{kind}: {value} {what} here ({source}), since revised: {others}',
  partHigh: '{kind}: {value} {what} here ({source}), more than the total: {others}',
  partLow: '{kind}: {value} {what} here ({source}), less than a part of it: {others}',
  /** a town's count above its province's (story/place-part.ts): both places named */
  partInHigh: '{kind}: {value} {what} in {part} here ({source}), more than the total for {whole}, which contains it: {others}',
  partInLow: '{kind}: {value} {what} in {whole} here ({source}), less than the count for {part}, which lies in it: {others}',
  other: '{value} in {file} ({source})',
  otherSameDoc: '{value} in this article ({source})',
  /** a value of another group or measure (a part or a total) */
  otherWhat: '{value} {what} in {file} ({source})',
  otherWhatSameDoc: '{value} {what} in this article ({source})',
  join: '; ',
  andMore: ' and others',
  mayBeLater: ' — one may be a later count',
  corroborated: 'Also {value} in {file} ({source})',
  articleVoice: 'the article',
  /** an article the folder's others do not tell of (story/off-topic.ts): its figures are not compared */
  offTopic: 'Not compared with the story: this article seems to tell of another event (its places agree with none of the other articles\u2019, similarity {similarity})',
  offTopicProvince: 'Not compared with the story: this article seems to tell of another event (it is set in {own} and names no place in {home}, where the other articles are set, nor any figure of theirs)',
  offTopicTown: 'Not compared with the story: this article seems to tell of another event (it is set in {own} and names no place in {home}, where the other articles are set, nor any figure of theirs, and it is dated days apart from them)',
  offTopicKind: 'Not compared with the story: this article seems to tell of another event (its figures are of {kind}, the other articles\u2019 of {home}, and it is dated before all of them)',
  offTopicDate: 'Not compared with the story: this article seems to tell of another event (its date line is far from the other articles\u2019 and its places differ, similarity {similarity})',
  offTopicLog: 'Not compared with the story: this article seems to be a timeline or a log of many days (it names {dates} dates), not a report of one event',
  /** what is counted: the group, then the measure (Arabic puts them the other way) */
  what: '{group} {measure}',
  measures: {
    killed: 'killed',
    wounded: 'wounded',
    'killed-or-wounded': 'killed or wounded',
    arrested: 'arrested',
    abducted: 'abducted',
    displaced: 'displaced',
    evacuated: 'evacuated or leaving',
    'self-detonated': 'blew themselves up',
    distance: 'distance',
    duration: 'duration',
    amount: 'amount',
    percentage: 'percentage',
    share: 'share',
    age: 'age',
    count: 'counted',
    destroyed: 'destroyed',
    damaged: 'damaged',
    missing: 'missing',
    freed: 'freed',
    deported: 'deported',
    demolished: 'demolished',
    seized: 'seized',
    closed: 'closed or struck',
    participants: 'taking part',
    temperature: 'temperature',
    rescued: 'rescued',
    aboard: 'on board',
    derailed: 'derailed',
    /** a count of a counted noun of any kind (claims/tally.ts), and of one in a state */
    tally: 'in number',
    'tally:hospital': 'taken to hospital',
    'tally:critical': 'in a critical state',
    'tally:threatened': 'under threat',
    'tally:needing': 'in need',
    'tally:released': 'released',
  } as Record<string, string>,
  groups: {
    '*': 'people',
    police: 'police',
    soldiers: 'soldiers',
    'security-forces': 'security forces',
    militants: 'militants',
    'suicide-bombers': 'suicide bombers',
    civilians: 'civilians',
    workers: 'workers',
    journalists: 'journalists',
    women: 'women',
    children: 'children',
    families: 'families',
    villages: 'villages',
    shops: 'shops',
    homes: 'homes',
    buildings: 'buildings',
    vehicles: 'vehicles',
    wagons: 'wagons',
    patients: 'patients',
    expatriates: 'expatriates',
    livestock: 'livestock',
    schools: 'schools',
    'fire-engines': 'fire engines',
    ambulances: 'ambulances',
    /** a quantity counted in its unit (destroyed/unit:dunam): the unit's code */
    unit: 'quantity in {unit}',
    /** a nationality the data gives no English words for (a nisba not listed) */
    nationality: 'nationals of {name}',
    nationalityWomen: 'women nationals of {name}',
    /** the women of a nationality: Iraqi women */
    demonymWomen: '{demonym} women',
  } as Record<string, string>,
  /**
   * Which words of data/claims/demonyms.json name a nationality in a message:
   * 'en' (3 Iraqis, Iraqi women) or 'ar' (العراقيين، الأكراد، العراقيات). The
   * Arabic bundle maps it to 'ar'; any other language keeps the English words.
   */
  demonymLanguage: 'en',
};

/** A table of the messages' words: STRINGS, or a translation of it (localiseStrings). */
export type Strings = typeof STRINGS;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/** The figure as written, with its interval when the words do not say it (سبعة → سبعة (7)). */
export function valueText(s: { text: string; min: number; max: number }): string {
  const n = formatInterval(s);
  return saysValue(s.text, n) ? s.text.trim() : `${s.text} (${n})`;
}

/** Does the figure as written say its value already (7, or 4 أطنان with its unit)? */
function saysValue(text: string, n: string): boolean {
  const t = text.trim();
  return t === n || t.startsWith(`${n} `);
}

/**
 * The figure as a message embeds it: the words isolated by their own
 * direction, the interval left to right, so that «نحو 40» (36–44) reads the
 * same in an English and an Arabic message (FSI/PDI, LRI/PDI).
 */
function valueRun(s: { text: string; min: number; max: number }): string {
  const n = formatInterval(s);
  if (saysValue(s.text, n)) return s.text.trim() === n ? isolateLtr(n) : isolate(s.text.trim());
  return `${isolate(s.text)} (${isolateLtr(n)})`;
}

/** Every value filled into a template as a run of its own direction. */
function fillIsolated(template: string, values: Record<string, string>, raw: Set<string> = NONE): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = values[k] ?? '';
    return raw.has(k) ? v : isolate(v);
  });
}
const NONE = new Set<string>();
const VALUE_RAW = new Set(['value', 'others', 'kind']);

export function sourceText(source: SourceRef | undefined, outlet?: string, s: Strings = STRINGS): string {
  if (source && source.type !== 'article' && source.text) return source.chain.length > 1 ? source.chain.join(' ← ') : source.text;
  return outlet || source?.text || s.articleVoice;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** A nationality group as a message names it: Iranians, Iraqi women, nationals of X; العراقيين، الأكراد، العراقيات. */
export function nationalityText(group: string, s: Strings = STRINGS): string {
  const w = nationalityWords(group);
  if (s.demonymLanguage === 'ar') return w.ar;
  if (w.en) return w.women ? fill(s.groups.demonymWomen!, { demonym: w.en[0] }) : w.en[1];
  return fill(w.women ? s.groups.nationalityWomen! : s.groups.nationality!, { name: w.name });
}

/** "police killed", "distance", "Iranians killed". */
export function whatText(measure: string, group: string, s: Strings = STRINGS): string {
  const m = s.measures[measure] ?? measure;
  if (measure === 'distance' || measure === 'duration' || measure === 'amount' || measure === 'percentage' || measure === 'temperature' || group === '') return `(${m})`;
  const g = group.startsWith('nationality:') ? nationalityText(group, s) : group.startsWith('unit:') ? fill(s.groups.unit!, { unit: group.slice(5) }) : (s.groups[group] ?? group);
  return fill(s.what, { group: g, measure: m });
}

/** STRINGS with every English string translated: a new table, STRINGS itself is left as it is. */
export function localiseStrings(translate: (s: string) => string): Strings {
  const walk = (o: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' ? translate(v) : v && typeof v === 'object' ? walk(v as Record<string, unknown>) : v;
    return out;
  };
  return walk(STRINGS as unknown as Record<string, unknown>) as unknown as Strings;
}

/** The hint on an article taken for another event's: why its figures are not compared. */
export function describeOffTopic(off: { similarity: number; otherDate: boolean; setIn?: string; othersIn?: string; kind?: string; othersKind?: string; dates?: number }, s: Strings = STRINGS): string {
  if (off.dates) return fill(s.offTopicLog, { dates: String(off.dates) });
  if (off.kind && off.othersKind) return fill(s.offTopicKind, { kind: off.kind, home: off.othersKind });
  if (off.setIn && off.othersIn) return fill(off.otherDate ? s.offTopicTown : s.offTopicProvince, { own: isolate(off.setIn), home: isolate(off.othersIn) });
  return fill(off.otherDate ? s.offTopicDate : s.offTopic, { similarity: off.similarity.toFixed(2) });
}

/** Other values a message names at most; the rest are mentioned, not counted. */
const MAX_OTHERS = 4;

/**
 * A message and its related information draw only on the first VISIBLE_SIDES
 * sides of the other camp, so that a change further down an archive-sized
 * conflict alters no other article's diagnostics (the story index relies on it).
 */
export const VISIBLE_SIDES = 20;

const camps = new WeakMap<Conflict, [ConflictSide[], ConflictSide[]]>();

/** The sides of one camp, split once per conflict (a conflict of an archive has thousands of sides). */
function campOf(c: Conflict, camp: 0 | 1): ConflictSide[] {
  let split = camps.get(c);
  if (!split) {
    split = [[], []];
    for (const s of c.sides) split[s.camp].push(s);
    camps.set(c, split);
  }
  return split[camp];
}

/**
 * The message for one side of a conflict: its value and source, and the
 * values and sources of the other camp (file names for other documents).
 */
export function describe(conflict: Conflict, side: ConflictSide, s: Strings = STRINGS): string {
  const camp = campOf(conflict, side.camp === 0 ? 1 : 0);
  const others = camp.length > VISIBLE_SIDES ? camp.slice(0, VISIBLE_SIDES) : camp;
  const seen = new Set<string>();
  const otherTexts: string[] = [];
  let more = 0;
  for (const o of others) {
    if (otherTexts.length === MAX_OTHERS) {
      more = 1; // an archive-sized conflict: name a few, mention the rest
      break;
    }
    const sameDoc = o.docId === side.docId;
    const withWhat = o.measure !== side.measure || o.group !== side.group;
    const template = withWhat ? (sameDoc ? s.otherWhatSameDoc : s.otherWhat) : sameDoc ? s.otherSameDoc : s.other;
    const t = fillIsolated(template, { value: valueRun(o), what: whatText(o.measure, o.group, s), file: fileName(o.path), source: sourceText(o.source, o.outlet, s) }, VALUE_RAW);
    if (!seen.has(t)) otherTexts.push(t);
    seen.add(t);
  }
  const template =
    conflict.kind === 'update' && side.update
      ? s.revises
      : conflict.kind === 'update' && others.some((o) => o.update)
        ? s.revisedTo
        : conflict.relation === 'disagree'
          ? s.disagree
          : conflict.places
            ? side.camp === 1
              ? s.partInHigh
              : s.partInLow
            : side.camp === 1
              ? s.partHigh
              : s.partLow;
  let msg = fillIsolated(template, {
    kind: conflict.kind === 'update' ? s.update : s.contradiction,
    value: valueRun(side),
    what: whatText(side.measure, side.group, s),
    source: sourceText(side.source, side.outlet, s),
    others: otherTexts.map(isolate).join(s.join) + (more || camp.length > others.length ? s.andMore : ''),
    ...(conflict.places ? { part: conflict.places.part, whole: conflict.places.whole } : {}),
  }, VALUE_RAW);
  if (conflict.offerUpdate) msg += s.mayBeLater;
  return msg;
}

/** One line per agreeing figure, for a hover. */
export function describeCorroborations(list: Corroboration[], s: Strings = STRINGS): string[] {
  return list.map((c) => fillIsolated(s.corroborated, { value: valueRun(c), file: fileName(c.path), source: sourceText(c.source, c.outlet, s) }, VALUE_RAW));
}
