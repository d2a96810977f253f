// Which claims of one bucket (one event, one family of measures) cannot all
// be true. Claims with the same measure, group and interval form a class;
// classes are compared, not articles, so the work grows with the number of
// distinct values, not with the pairs of documents.
//
// - same measure and group, intervals apart: they disagree (7 vs 5 police).
// - a part above its whole: at least 20 security forces killed against 15
//   killed in all; killed above killed-or-wounded (30 قتيلا وجريحا bounds
//   killed from above). A part below its whole is no conflict.
// - two classes that tell of incidents of known, different kinds (5 killed in
//   an explosion, 12 in an airstrike) are two incidents: not compared. A claim
//   that names no kind is compared with all.

import { sameSourceFamily } from '../attributions/family.js';
import { ancestors, isWithin } from '../claims/group.js';
import { below, intervalKey, overlaps } from '../claims/interval.js';
import { inBaseUnit } from '../claims/unit-scale.js';
import { neverAmongScene } from '../claims/whole-group.js';
import { MEASURE_INFO, measureInfo } from '../claims/lexicon.js';
import { LATER_COUNT_DAYS, yearDaysApart } from './claim-day.js';
import { confidenceOf } from './confidence.js';
import { revisedNextDay, supersededBy } from './revision.js';
import { supersededDays, withoutStale } from './stale-sides.js';
import { countedInTwoSenses } from './tally-senses.js';
import type { Conflict, ConflictSide, Evidence, StoryClaim } from './types.js';

interface Class {
  key: string;
  /** Its claims are parts of a toll (بينهم 7): at least that many, never a whole another value exceeds. */
  part: boolean;
  measure: string;
  group: string;
  members?: string[];
  min: number;
  max: number;
  claims: StoryClaim[];
  /** The incident kinds of its claims; 'none' for a claim that names none. */
  incidents: Set<string>;
  /** The devices its claims' explosions name, one list per claim; null when a claim of it names none. */
  devices: string[][] | null;
  /** The countries of its claims' events; '' for a claim whose country is unknown. */
  countries: Set<string>;
  /** The set of places its claims name ('' when they name none): part of its key. */
  places: string;
  /** The nationalities its claims' counted nouns name; '' for a claim whose noun names none. */
  nationalities: Set<string>;
  /** The sites of its claims (a quake's magnitude: claims/magnitude.ts); null when a claim of it has none. */
  sites: string[][] | null;
  /** Every claim of it counts the people of a scene taken for everyone (claims/whole-group.ts). */
  scene: boolean;
  /** A town's count filed under a wider place of its area (story/place-part.ts): that place; '' for the others. */
  within: string;
}

/** The measure a bucket is filed under: killed and wounded go with killed-or-wounded. */
export function measureFamily(measure: string): string {
  for (const [name, info] of MEASURE_INFO) if (info.within.includes(measure)) return name;
  return measure;
}

/*
 * A filed claim does not change (an edit files new ones), so what comparing
 * derives from it is kept with it: its class key, and its side in each camp.
 * An archive-sized bucket is compared again on every edit of one of its
 * articles; unchanged claims then cost a look-up, and keep the same side
 * objects, so that the story index can tell what changed by identity.
 */
const classKeys = new WeakMap<StoryClaim, string>();
const sides = new WeakMap<StoryClaim, [ConflictSide?, ConflictSide?]>();

function classKey(c: StoryClaim): string {
  let key = classKeys.get(c);
  if (key === undefined) classKeys.set(c, (key = `${c.measure}|${c.group}|${(c.members ?? []).join('+')}|${intervalKey(inBaseUnit(c))}${c.role === 'part' ? '|part' : ''}|${placeSet(c)}${c.nationality ? `|${c.nationality}` : ''}${c.within ? `|in:${c.within}` : ''}`));
  return key;
}

/** The places a claim names: its coordinated set, its one event place, or '' for none. */
function placeSet(c: StoryClaim): string {
  return c.places ? c.places.join('+') : c.place ? c.event : '';
}

/** The classes of claims in place order, `keys` their class keys. */
function classes(claims: StoryClaim[], keys: string[]): Class[] {
  const out = new Map<string, Class>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const key = keys[i]!;
    let k = out.get(key);
    // 4 أطنان and 2500 كيلوغرام: compared in the base unit of their key (claims/unit-scale.ts)
    const v = inBaseUnit(c);
    if (!k) out.set(key, (k = { key, part: c.role === 'part', measure: c.measure, group: c.group, members: c.members, min: v.min, max: v.max, claims: [], incidents: new Set(), devices: [], countries: new Set(), places: placeSet(c), sites: [], nationalities: new Set(), scene: true, within: c.within ?? '' }));
    k.scene &&= c.scene !== undefined;
    k.nationalities.add(c.nationality ?? '');
    k.claims.push(c);
    if (k.sites) k.sites = c.site ? [...k.sites, c.site] : null;
    k.incidents.add(c.incident ?? 'none');
    if (k.devices) k.devices = c.devices ? [...k.devices, c.devices] : null;
    k.countries.add(c.country ?? '');

  }
  return [...out.values()];
}

/** Do two classes tell of different incidents: every claim of both names a kind, and no kind is shared? */
function otherIncidents(a: Class, b: Class): boolean {
  if (a.incidents.has('none') || b.incidents.has('none')) return false;
  for (const k of a.incidents) if (b.incidents.has(k)) return false;
  return true;
}

/** Do two classes tell of explosions of different devices (عبوة ناسفة, سيارة مفخخة): every claim of both names one, no claim of one shares one with a claim of the other? */
function otherDevices(a: Class, b: Class): boolean {
  if (!a.devices?.length || !b.devices?.length) return false;
  for (const x of a.devices) for (const y of b.devices) if (x.some((d) => y.includes(d))) return false;
  return true;
}

/** Are two classes set in different countries: every claim of both has one, and none is shared? */
function otherCountries(a: Class, b: Class): boolean {
  if (a.countries.has('') || b.countries.has('')) return false;
  for (const k of a.countries) if (b.countries.has(k)) return false;
  return true;
}

/**
 * Do two classes count the people of different sets of places (من أ وب
 * against من أ alone)? A class that names no place is the story's own and
 * compared with all; one coordinated set against another is a different count;
 * a set against a side of the country it lies in (a road's two towns and
 * «جنوب الأردن») is not.
 */
function otherPlaces(a: Class, b: Class): boolean {
  if (!a.places || !b.places || a.places === b.places) return false;
  if (!a.places.includes('+') && !b.places.includes('+')) return false;
  // طريق عمان - العقبة against جنوب الأردن: a side of a country (claims/compass.ts) that the set's own area
  // chains lie in is the same scene; a province against its villages is not (it counts other villages too)
  const [set, one] = a.places.includes('+') ? [a, b] : [b, a];
  if (one.places.includes('+') || !one.places.startsWith('iso3166:') || !one.claims.every((c) => c.quarter)) return true;
  return !set.claims.every((c) => (c.area?.indexOf(one.places) ?? -1) > 0);
}

/** Do two classes count people of different nationalities (7 حجاج مصريين، 35 حاجا أردنيا): every claim of both names one, none shared? */
function otherNationalities(a: Class, b: Class): boolean {
  if (a.nationalities.has('') || b.nationalities.has('')) return false;
  for (const k of a.nationalities) if (b.nationalities.has(k)) return false;
  return true;
}

/**
 * Are two classes told at unrelated sites: every claim of both has one, and no
 * site of one is inside a site of the other (a province and another province's
 * countryside: two quakes)? The same place or one containing the other is one.
 */
function otherSites(a: Class, b: Class): boolean {
  if (!a.sites?.length || !b.sites?.length) return false;
  for (const x of a.sites) for (const y of b.sites) if (y.includes(x[0]!) || x.includes(y[0]!)) return false;
  return true;
}

/** Is `part` counted inside `whole` (same or narrower measure, same or narrower group)? */
function isPartOf(part: Class, whole: Class): boolean {
  const measureIn = part.measure === whole.measure || measureInfo(whole.measure).within.includes(part.measure);
  if (!measureIn) return false;
  // بينهم 5 في العناية المركزة: a part that names no group is some of a toll, at least so many, never a whole
  // another part exceeds («بينهم 4 من قوات الأمن» names its group: it is all of them, and 6 police exceed it)
  if (whole.part && whole.group === '*') return false;
  if (part.measure === whole.measure && part.group === whole.group) return false;
  if (part.members && !(whole.group === '*' && part.group === '*')) return false;
  // 120 شابا against 54 arrested in all: a counted noun of no list is inside everyone a one-sided measure counts
  if (whole.group === '*' && part.group.startsWith('noun:') && !part.members && measureInfo(part.measure).oneSide) return true;
  // 40 شرطيا against 30 متظاهرا taken for everyone: the police are never among a scene's people (claims/whole-group.ts)
  if (whole.scene && neverAmongScene(ancestors(part.group))) return false;
  return isWithin(part.group, whole.group, whole.members) && (whole.group !== '*' || ancestors(part.group).includes('*'));
}

/**
 * Is `part`, a town's count filed under a wider place (story/place-part.ts),
 * above `whole`, a count of the same measure and group that every claim of
 * it sets at that very place (no other town's, no unplaced story figure)?
 */
function aboveItsWhole(part: Class, whole: Class): boolean {
  if (!part.within || whole.within || whole.part || part.measure !== whole.measure || part.group !== whole.group) return false;
  if (!whole.claims.every((c) => c.place && c.event === part.within)) return false;
  return below(whole, { min: part.min, max: part.min }) && !overlaps(part, whole);
}

/** The claim as a side of a conflict in one camp: the same object every time it is asked for. */
function side(c: StoryClaim, camp: 0 | 1): ConflictSide {
  let pair = sides.get(c);
  if (!pair) sides.set(c, (pair = []));
  return (pair[camp] ??= newSide(c, camp));
}

function newSide(c: StoryClaim, camp: 0 | 1): ConflictSide {
  return {
    docId: c.docId,
    figure: c.figure,
    start: c.start,
    end: c.end,
    text: c.text,
    min: c.min,
    max: c.max,
    source: c.source,
    measure: c.measure,
    group: c.group,
    path: c.path,
    outlet: c.outlet,
    camp,
    ...(c.update ? { update: true } : {}),
  };
}

/**
 * More distinct values than this for one measure and group at one event is not
 * one incident told differently but many incidents filed together (an archive
 * folder): comparing them would flood the reader, and would cost the square of
 * the number of values. Such a measure and group is not compared there.
 */
export const MAX_VALUES_PER_GROUP = 12;

/** Drops the classes of every measure+group that has too many distinct values. */
function comparable(cls: Class[]): Class[] {
  const count = new Map<string, number>();
  // the towns' counts filed under their province (story/place-part.ts) are counted apart: they never crowd out the province's own
  const key = (c: Class) => `${c.measure}|${c.group}${c.within ? '|in' : ''}`;
  for (const c of cls) count.set(key(c), (count.get(key(c)) ?? 0) + 1);
  return cls.filter((c) => count.get(key(c))! <= MAX_VALUES_PER_GROUP);
}

function byPlace(a: StoryClaim, b: StoryClaim): number {
  return a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start || a.figure - b.figure;
}

/** The span of days a camp's clauses name, or null when a claim of it names none. */
function daySpan(l: StoryClaim[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of l) {
    if (c.day === undefined) return null;
    lo = Math.min(lo, c.day);
    hi = Math.max(hi, c.day);
  }
  return l.length ? [lo, hi] : null;
}

/**
 * How the camps' days relate: 'later' when the higher value is told of a
 * day or two after the lower (a next-day count), 'apart' when their days lie
 * further apart than that (another day's toll), null when a clause names no
 * day or the days meet. A lower value told later is no later count.
 */
function dayRelation(hi: StoryClaim[], lo: StoryClaim[]): 'later' | 'apart' | null {
  const h = daySpan(hi);
  const l = daySpan(lo);
  if (!h || !l) return null;
  if (h[0] > l[1]) return h[0] - l[1] <= LATER_COUNT_DAYS ? 'later' : 'apart';
  if (l[0] > h[1]) return l[0] - h[1] <= LATER_COUNT_DAYS ? null : 'apart';
  return null;
}

/**
 * Are two camps readings of a level (measureInfo varies: a reservoir's fill, a
 * temperature) on different days: every claim of both has its article's date
 * line, and every date line of one lies further from every one of the other
 * than a next-day count? A date line names the day a level was read.
 */
function readOnOtherDays(hi: StoryClaim[], lo: StoryClaim[]): boolean {
  if (!hi.every((c) => measureInfo(c.measure).varies && c.datelineDay !== undefined) || !lo.every((c) => measureInfo(c.measure).varies && c.datelineDay !== undefined)) return false;
  return hi.every((h) => lo.every((l) => yearDaysApart(h.datelineDay!, l.datelineDay!) > LATER_COUNT_DAYS));
}

/** Does every claim of `later` come from the family of a claim of `earlier`: the same outlet, or one body however named (attributions/family.ts)? */
function sameFamily(later: StoryClaim[], earlier: StoryClaim[]): boolean {
  return later.every((c) => earlier.some((e) => (c.outlet && e.outlet && c.outlet === e.outlet) || sameSourceFamily(c.source.text, e.source.text)));
}

/** How near, in characters, two sources' figures of one article must stand to be told side by side. */
const SIDE_BY_SIDE = 300;

/**
 * Does one article set two sources' figures side by side («قال المرصد إن 33
 * قتلوا، فيما قالت التنسيقيات إن 50»): every claim of both camps attributed to
 * a named source (not the article's voice), the camps of different families,
 * and a figure of each within SIDE_BY_SIDE characters of the other's?
 */
function sourcesSideBySide(hi: StoryClaim[], lo: StoryClaim[]): boolean {
  const named = (l: StoryClaim[]) => l.every((c) => c.source.type !== 'article' && c.source.text.trim() !== '');
  if (!named(hi) || !named(lo) || sameFamily(hi, lo) || sameFamily(lo, hi)) return false;
  return hi.some((h) => lo.some((l) => h.docId === l.docId && Math.abs(h.start - l.start) <= SIDE_BY_SIDE));
}

/** A vague word's interval (عشرات، مئات): wider than twice its floor (an upper bound, لم تتجاوز 22 from 0, is none). */
const isVague = (c: StoryClaim) => Number.isFinite(c.max) && c.min > 0 && c.max >= 2 * c.min;

/** Does a camp hold a figure that is no vague word as well as one that is? */
const exactIn = (l: StoryClaim[]) => l.some(isVague) && l.some((c) => !isVague(c));

/** What a pair rests on (story/confidence.ts weighs it). Linear in its sides. */
function evidenceOf(hi: StoryClaim[], lo: StoryClaim[], relation: Conflict['relation']): Evidence[] {
  const out: Evidence[] = [];
  const hiDocs = new Set(hi.map((c) => c.docId));
  out.push(hiDocs.size > 1 || lo.some((c) => !hiDocs.has(c.docId)) ? 'articles' : 'one-article');
  const placed = (l: StoryClaim[]) => l.some((c) => !!c.place);
  if (placed(hi) && placed(lo)) out.push('place');
  else if (!hi.every((c) => c.event) || !lo.every((c) => c.event)) out.push('story-place');
  const kinds = new Set(hi.map((c) => c.incident).filter(Boolean));
  if (lo.some((c) => c.incident && kinds.has(c.incident))) out.push('incident');
  if (relation === 'part-exceeds-whole') out.push('part');
  if (hi.some((c) => c.within)) out.push('wider-area');
  // dozens, hundreds: an interval of a word, wider than twice its floor (an upper bound, لم تتجاوز 22 from 0, is no vague word)
  const vague = (l: StoryClaim[]) => l.every((c) => Number.isFinite(c.max) && c.min > 0 && c.max >= 2 * c.min);
  if (vague(hi) || vague(lo)) out.push('vague');
  const years = new Set(hi.map((c) => c.year));
  if (!years.has(undefined) && lo.every((c) => c.year !== undefined && !years.has(c.year))) out.push('other-year');
  else {
    // the year told by the sentence, else by the article's date line (weaker: a page may carry the day it was read)
    const told = (c: StoryClaim) => c.year ?? c.articleYear;
    const all = new Set(hi.map(told));
    if (!all.has(undefined) && lo.every((c) => told(c) !== undefined && !all.has(told(c)))) out.push('other-article-year');
  }
  if (out[0] === 'one-article' && sourcesSideBySide(hi, lo)) out.push('two-sources');
  const days = dayRelation(hi, lo);
  if (days === 'apart' || (days === null && readOnOtherDays(hi, lo))) out.push('other-day');
  else if (days === 'later' && relation === 'disagree') out.push('later-count');
  return out;
}

/**
 * Classes split into agreeing groups: sorted by their lower bound, a class
 * joins the group before it when it overlaps every class of that group (12,
 * نحو 12 and ما لا يقل عن 12 say the same), so that a group never holds two
 * values that disagree with each other.
 */
function agreeingGroups(list: Class[]): Class[][] {
  const sorted = [...list].sort((x, y) => x.min - y.min || x.max - y.max || (x.key < y.key ? -1 : 1));
  const out: Class[][] = [];
  for (const k of sorted) {
    const last = out[out.length - 1];
    if (last && last.every((o) => overlaps(o, k))) last.push(k);
    else out.push([k]);
  }
  return out;
}

/**
 * The conflicts among the claims of one bucket, one per pair: this value
 * (with every class that agrees with it) against that one (with its agreeing
 * group). A value at odds with three others is as many pairs as the others
 * form agreeing groups, never one warning that bundles them.
 */
export function compareBucket(bucket: string, claims: StoryClaim[]): Conflict[] {
  const sorted = comparedOf(claims);
  return compareSorted(bucket, sorted, sorted.map(classKey));
}

/**
 * The claims of a bucket that are compared, in the order of documents and
 * positions, not of filing: re-filing an article (opening it, saving it) must
 * not reorder the sides every message names.
 */
function comparedOf(claims: StoryClaim[]): StoryClaim[] {
  // a noun one article counts in two senses (an escape and a prison's inmates): its bare counts are not compared (tally-senses.ts)
  const twoSenses = countedInTwoSenses(claims);
  return claims.filter((c) => measureInfo(c.measure).compare && !twoSenses.has(c)).sort(byPlace);
}

/*
 * A document's claims in a bucket as the story index files them: one list
 * per document, which never changes once filed (an edit files a new one).
 * What comparing makes of a list (the claims compared, sorted, and their
 * class keys) is made once, so that an edit in an archive-sized bucket
 * costs the other documents' lists a look-up each, not a filter and a sort
 * of all their claims. Two senses are told within one article, so a list
 * decides them alone.
 */
const filed = new WeakMap<readonly StoryClaim[], { claims: StoryClaim[]; keys: string[] }>();

/** compareBucket of a bucket filed as one list per document, the lists in the order of their documents' ids. */
export function compareFiled(bucket: string, lists: StoryClaim[][]): Conflict[] {
  const claims: StoryClaim[] = [];
  const keys: string[] = [];
  for (const list of lists) {
    let f = filed.get(list);
    if (!f) {
      const sorted = comparedOf(list);
      // most lists are compared whole and filed in place order: kept once, not copied (an archive has tens of thousands)
      const same = sorted.length === list.length && sorted.every((c, i) => c === list[i]);
      filed.set(list, (f = { claims: same ? list : sorted, keys: sorted.map(classKey) }));
    }
    for (let i = 0; i < f.claims.length; i++) {
      claims.push(f.claims[i]!);
      keys.push(f.keys[i]!);
    }
  }
  return compareSorted(bucket, claims, keys);
}

function compareSorted(bucket: string, sorted: StoryClaim[], keys: string[]): Conflict[] {
  const cls = comparable(classes(sorted, keys));
  const event = bucket.slice(bucket.indexOf('|') + 1);
  // relation + the low group's keys → the high classes at odds with that whole group
  const found = new Map<string, { relation: Conflict['relation']; lows: Class[]; highs: Class[] }>();
  for (const a of cls) {
    const lows: Record<Conflict['relation'], Class[]> = { disagree: [], 'part-exceeds-whole': [] };
    for (const b of cls) {
      if (a === b || otherIncidents(a, b) || otherDevices(a, b) || otherCountries(a, b) || otherPlaces(a, b) || otherSites(a, b) || otherNationalities(a, b)) continue;
      if (a.within || b.within) {
        // a town's count filed under its province (story/place-part.ts): only above the province's own count of the same measure and group
        if (aboveItsWhole(a, b)) lows['part-exceeds-whole'].push(b);
        continue;
      }
      if (a.measure === b.measure && a.group === b.group) {
        // a part (49 قتيلا بينهم 7 قادة) says at least so many: a value above it does not deny it;
        // two parts named alike (بينها 19 وفاة، من بينها 27 حالة وفاة) count one share of one whole
        if (below(b, a) && !overlaps(a, b) && (!b.part || a.part)) lows.disagree.push(b);
      } else if (isPartOf(a, b) && !(b.part && b.group === '*') && below(b, { min: a.min, max: a.min })) {
        // a part that names no group (بعد انتشال ثلاث جثث جديدة، 9 ما زالوا في المستشفى) is a share of the toll, never a group's whole
        lows['part-exceeds-whole'].push(b);
      }
    }
    for (const relation of ['disagree', 'part-exceeds-whole'] as const) {
      for (const group of agreeingGroups(lows[relation])) {
        const id = `${relation}#${group.map((g) => g.key).join('&')}`;
        const f = found.get(id);
        if (f) f.highs.push(a);
        else found.set(id, { relation, lows: group, highs: [a] });
      }
    }
  }
  const conflicts: Conflict[] = [];
  // first the updates, whose revised figures a contradiction of a later day no longer stands against (story/stale-sides.ts)
  const updates: { lo: StoryClaim[]; hi: StoryClaim[] }[] = [];
  let superseded: Map<StoryClaim, number> | null = null;
  for (const pass of [0, 1] as const) {
    if (pass === 1) superseded = supersededDays(updates);
    for (const { relation, lows, highs } of found.values()) {
      for (const group of agreeingGroups(highs)) {
        const high = group.flatMap((k) => k.claims);
        const low = lows.flatMap((k) => k.claims);
        let hi = high;
        // a preliminary or interim figure (27 % حتى الساعة الثالثة) in a camp with final ones is superseded by
        // the higher camp, not denied by it: the others' disagreement is told without it
        const passed = relation === 'disagree' && !hi.some((c) => c.earlier) ? low.filter((c) => c.earlier) : [];
        let lo = passed.length && passed.length < low.length ? low.filter((c) => !c.earlier) : low;
        // a vague word (مئات) in a camp with figures is told by them: «hundreds» agrees with 650 and says no more against 1400
        if (exactIn(hi)) hi.splice(0, hi.length, ...hi.filter((c) => !isVague(c)));
        if (exactIn(lo) && lo === low) lo = lo.filter((c) => !isVague(c));
        const first = group[0]!;
        const cumulative = group.some((k) => measureInfo(k.measure).cumulative) || lows.some((k) => measureInfo(k.measure).cumulative);
        const evidence = evidenceOf(hi, lo, relation);
        // a higher toll of the next day from the same source family is that source's own revision
        // or a higher count after one its article calls preliminary, or revised in the next day's article (story/revision.ts)
        // an interim reading (27 % حتى الساعة الثالثة) of a share that is no count is superseded by the final one as well
        const revised = (cumulative && ((evidence.includes('later-count') && sameFamily(hi, lo)) || (relation === 'disagree' && (supersededBy(lo, hi) || revisedNextDay(hi, lo))))) || (relation === 'disagree' && supersededBy(lo, hi));
        // a revised figure (ارتفع إلى) above the other's is a revision; one still below another's,
        // or two sources each revising to its own figure, disagree unless one family says both
        const hiRevised = hi.some((c) => c.update && !c.lowered);
        const loRevised = lo.some((c) => c.update);
        // a count lowered to the lower value (خفضت … إلى 15) replaces a higher one: the higher camp is what it lowered (claims/lowered-count.ts)
        const loLowered = lo.length > 0 && lo.every((c) => c.lowered) && !hi.some((c) => c.update);
        const update = revised || (hiRevised && !loRevised) || loLowered || ((hi.some((c) => c.update) || loRevised) && sameFamily(hi, lo));
        if (pass === 0) {
          if (update) updates.push({ lo, hi });
          continue;
        }
        // a source's older figure against another's later one, when the story holds that source's newer figure: told by the newer
        if (!update) {
          const kept = withoutStale(lo, hi, superseded!);
          if (!kept) continue;
          // (what the pair rests on stays the camps': the older telling still agrees with its camp's value)
          [lo, hi] = kept;
        }
        conflicts.push({
          id: `${bucket}#${relation}#${group.map((k) => k.key).join('&')}#${lows.map((k) => k.key).join('&')}`,
          kind: update ? 'update' : 'contradiction',
          relation,
          measure: first.measure,
          group: first.group,
          event,
          offerUpdate: !update && cumulative,
          // a revision by its day is no flag of the claim: its side says so here only (a new object, compared by value)
          sides: [...lo.sort(byPlace).map((c) => side(c, 0)), ...hi.sort(byPlace).map((c) => (revised && !c.update ? { ...side(c, 1), update: true } : side(c, 1)))],
          evidence,
          confidence: confidenceOf(evidence),
          ...placesOf(hi, lo),
        });
      }
    }
  }
  return conflicts;
}

/** The part's place and the whole's as written, for a town's count above its province's (story/place-part.ts). */
function placesOf(hi: StoryClaim[], lo: StoryClaim[]): { places?: { part: string; whole: string } } {
  const part = hi.find((c) => c.within)?.place;
  const whole = lo.find((c) => c.place)?.place;
  return part && whole ? { places: { part, whole } } : {};
}

/** Claims of the bucket that agree with `c`: same measure, group and overlapping values, from another document or source. */
export function agreeing(c: StoryClaim, claims: StoryClaim[]): StoryClaim[] {
  if (!measureInfo(c.measure).corroborate) return [];
  return claims.filter((o) => {
    // a town's count filed under its province is no corroboration of the province's (story/place-part.ts)
    if (o === c || o.within || o.measure !== c.measure || o.group !== c.group) return false;
    if (o.nationality && c.nationality && o.nationality !== c.nationality) return false;
    if (o.docId === c.docId && o.source.text === c.source.text) return false;
    const ob = inBaseUnit(o);
    const cb = inBaseUnit(c);
    if (!overlaps(ob, cb)) return false;
    const open = [o, c].filter((x) => !Number.isFinite(x.max));
    // an open interval agrees only with a value at its bound (ما لا يقل عن 9 and 9)
    return open.length === 0 || (open.length === 1 && ob.min === cb.min);
  });
}
