// The event a claim belongs to, told by its place. A claim's place is one
// named in its own clause: the first after the figure up to a new clause or
// source (مقتل 7 … في بلدة أ), else the nearest before it back to the start of
// its clause (… على محطة في ناحية أ في مدينة ب قد ارتفع الى 30). A place
// located by another (أ في ب، أ جنوب ب) is the event, not its
// locator. No place named: '' — the story's own incident.

import { normalize } from '../text/normalize.js';
import type { Place, Sentence } from '../types.js';
import { ANAPHORIC_PLACES, DESTINATIONS, CHARGES, CLAUSE_BREAKS, EVENT_NOUNS, ANOTHER_INCIDENT, INCIDENTS, isTransparent, LOCATORS, longestAt, OTHER_INCIDENT, ROAD_NOUNS, TOLL_HEADS } from './lexicon.js';
import { CLAUSE_WINDOW, clauseCeiling, clauseFloor, isClauseBreak, isClauseStart, walked, type FigureAt, type Scan } from './scan.js';
import { tokenAt } from '../parse/context.js';
import { ORGANISATIONS } from '../places/organisation.js';
import organisations from '../data/places/organisations.json' with { type: 'json' };
import { forms } from './lexicon.js';
import { stemOf } from './noun-stem.js';
import { readings } from '../lexicon/proclitics.js';
import { nameLike } from '../places/unknown.js';
import { FACILITY, LOCATIVE, NAME_PREFIXES, trigger } from '../places/lexicon.js';
import { earlierTime } from './earlier-time.js';
import { sideClauseAt } from './side-clause.js';
import { isNumberWord } from '../places/common-word.js';

/** A place's key: its gazetteer id, else its normalised name without the article (the ال of a name written both ways is dropped). */
export function placeKey(p: Place): string {
  if (p.id) return p.id;
  return normalize(p.name || p.text).replace(/^ال(?=..)/, '').replace(/\s+/g, ' ');
}

const CLOSING_QUOTE = /^[»”]$/;

export function placeAt(scan: Scan, i: number): Place | null {
  const k = scan.placeOf[i]!;
  return k >= 0 ? scan.ctx.places[k]! : null;
}

/** First token of the place that covers token i. */
export function placeStart(scan: Scan, i: number): number {
  const k = scan.placeOf[i]!;
  while (i > 0 && scan.placeOf[i - 1] === k) i--;
  return i;
}

/** Walks back over locator words from the place starting at token i to a place it locates. */
export function located(scan: Scan, i: number, floor: number): Place {
  let place = placeAt(scan, i)!;
  let start = placeStart(scan, i);
  for (;;) {
    let j = start - 1;
    let words = 0;
    while (j >= floor && words <= 2) {
      if (isTransparent(scan.ctx, j)) {
        j--;
        continue;
      }
      if (scan.placeOf[j]! >= 0 && scan.placeOf[j] !== scan.placeOf[start]) break;
      if (scan.ctx.tokens[j]!.type !== 'word' || !longestAt(scan.ctx, j, LOCATORS)) return place;
      words++;
      j--;
    }
    // a place inside a name (كأس أفريقيا في أ) is located nowhere: أ is the place
    if (j < floor || scan.placeOf[j]! < 0 || words === 0 || inName(scan, j)) return place;
    // نهر أ في ولاية ب: a river the gazetteer lacks runs through many places; the area that locates it is the
    // event's (a known one, شط العرب, is placed by the gazetteer)
    if (placeAt(scan, j)!.type === 'river' && !placeAt(scan, j)!.id) return place;
    place = placeAt(scan, j)!;
    start = placeStart(scan, j);
  }
}

/** Group nouns that head an armed organisation's name besides the bodies of places/readings (جبهة أ، ألوية أ). */
const ARMED_BODIES = new Set(['جبهة', 'جيش', 'لواء', 'ألوية', 'كتائب', 'كتيبة', 'فيلق', 'تجمع', 'تنظيم', 'أحرار'].map((w) => normalize(w)));

const isBody = (norm: string) => forms(norm).some((f) => ORGANISATIONS.has(f) || ARMED_BODIES.has(f));

/** Nouns of a competition's name (كأس، دوري): a region after one names the competition (data/places/organisations.json). */
const COMPETITIONS = new Set(organisations.competitions.map((w) => normalize(w)));
const isCompetition = (norm: string) => forms(norm).some((f) => COMPETITIONS.has(f));

/** The word tokens before token i, nearest first, at most n, quotes stepped over. */
function wordsBack(scan: Scan, i: number, n: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && out.length < n; j--) {
    const t = scan.ctx.tokens[j]!;
    if (t.type === 'space' || isTransparent(scan.ctx, j)) continue;
    if (t.type !== 'word') break;
    out.push(j);
  }
  return out;
}

/**
 * The words that, before a place, make it part of an organisation's name in
 * this document: the word after a body noun (هيئة تحرير أ، حركة أحرار أ: تحرير،
 * أحرار). A place right after a body noun, or after one of these words, is
 * inside a name (قادة تحرير أ), never an event's place. Cached per scan.
 */
const NAME_WORDS = new WeakMap<Scan, Set<string>>();
function nameWords(scan: Scan): Set<string> {
  let out = NAME_WORDS.get(scan);
  if (out) return out;
  out = new Set();
  const seen = new Set<number>();
  for (const p of scan.ctx.places) {
    const i = tokenAt(scan.ctx, p.start);
    if (seen.has(i)) continue;
    seen.add(i);
    const [w1, w0] = wordsBack(scan, i, 2);
    if (w1 !== undefined && w0 !== undefined && isBody(scan.ctx.tokens[w0]!.norm) && !longestAt(scan.ctx, w1, LOCATORS)) out.add(scan.ctx.tokens[w1]!.norm);
  }
  NAME_WORDS.set(scan, out);
  return out;
}

/** Is the place at token i inside an organisation's name (هيئة أ، هيئة تحرير أ، تحرير أ where the page says هيئة تحرير أ)? */
export function inName(scan: Scan, i: number): boolean {
  // a preposition written on the place (سوق بأ، مصنع لأ) ends any name before it
  const start = placeStart(scan, i);
  const own = scan.ctx.tokens[start]!;
  if (scan.ctx.places[scan.placeOf[i]!]!.start > own.start && /^[بل]/.test(own.norm)) return false;
  const [w1] = wordsBack(scan, start, 1);
  if (w1 === undefined) return false;
  const norm = scan.ctx.tokens[w1]!.norm;
  const place = scan.ctx.places[scan.placeOf[i]!]!;
  if (nameWords(scan).has(norm) || (isBody(norm) && !place.id?.startsWith('iso3166:'))) return true;
  // a region in a competition's name (كأس أفريقيا، دوري أبطال آسيا): the competition, not where it was played
  if (place.type !== 'region') return false;
  const [, w0] = wordsBack(scan, start, 2);
  return isCompetition(norm) || (w0 !== undefined && isCompetition(scan.ctx.tokens[w0]!.norm));
}

/** Is the place at token i the second party of «مع» (على الحدود مع أ، بالتنسيق مع أ): a place beside the event's, never where it happened? */
export function afterWith(scan: Scan, i: number): boolean {
  const [before] = wordsBack(scan, placeStart(scan, i), 1);
  return before !== undefined && scan.ctx.tokens[before]!.norm === 'مع';
}

/** Is the place at token i where people were taken or heading (نقلوا إلى مستشفى أ، باتجاه أ): never the event's? */
export function destination(scan: Scan, i: number): boolean {
  const start = placeStart(scan, i);
  const back = wordsBack(scan, start, 2);
  // the phrase must reach the word right before the place (إلى مستشفى أ, not إلى مستشفى في أ)
  for (const j of back) if ((longestAt(scan.ctx, j, DESTINATIONS, start)?.end ?? -1) > back[0]!) return true;
  return false;
}

const INTO = normalize('إلى');

/**
 * The place the figure's clause says they went to (دخول 90 شاحنة إلى أ عبر
 * معبر ب، عبور 120 شاحنة من ب إلى أ: أ): the first place right after «إلى»
 * (over its article and clitics) after the figure, or null.
 */
export function placeInto(scan: Scan, f: FigureAt): Place | null {
  const { ctx } = scan;
  const ceiling = clauseCeiling(f);
  for (let i = f.last + 1; i < ceiling; i++) {
    const t = ctx.tokens[i]!;
    if (t.type !== 'word') continue;
    if (longestAt(ctx, i, CLAUSE_BREAKS) || isClauseStart(scan, i)) return null;
    if (t.norm !== INTO || scan.placeOf[i]! >= 0) continue;
    let j = i + 1;
    while (j < ceiling && isTransparent(ctx, j)) j++;
    return j < ceiling && scan.placeOf[j]! >= 0 && !inName(scan, j) ? placeAt(scan, j) : null;
  }
  return null;
}

/** Is the place at token i written right after the counted noun, with nothing on it (جنديا تركيا، not جنديا بتركيا)? */
function isAdjectiveOf(scan: Scan, i: number, noun: number): boolean {
  const p = scan.ctx.places[scan.placeOf[i]!]!;
  if (!p.id?.startsWith('iso3166:') || p.start !== scan.ctx.tokens[i]!.start) return false;
  const [before] = wordsBack(scan, i, 1);
  return before === noun;
}

/** The figure's place in its clause, or null. `noun`: the token of its counted group, never its place (12 سورياً). */
export function eventPlace(scan: Scan, f: FigureAt, noun = -1): Place | null {
  const { ctx } = scan;
  const [floor, ceiling] = [clauseFloor(f), clauseCeiling(f)];
  const counted = noun >= 0 ? noun : f.figure.counted ? tokenAt(ctx, f.figure.counted.start) : -1;
  for (let i = f.last + 1; i < ceiling; i++) {
    walked.tokens++;
    if (i === noun) continue;
    const t = ctx.tokens[i]!;
    if (t.type === 'punct' && CLOSING_QUOTE.test(t.text)) break;
    if (scan.cueStarts.has(i)) break;
    if (t.type === 'word' && (longestAt(ctx, i, CLAUSE_BREAKS) || isClauseStart(scan, i) || sideClauseAt(scan, i))) break;
    if (scan.placeOf[i]! >= 0 && !inName(scan, i) && !afterWith(scan, i) && !destination(scan, i)) {
      // 12 جنديا تركيا: a country's name right after the counted noun, with no preposition, is its adjective
      if (counted >= 0 && isAdjectiveOf(scan, i, counted)) {
        while (i + 1 < ceiling && scan.placeOf[i + 1] === scan.placeOf[i]) i++;
        continue;
      }
      return placeAt(scan, i);
    }
  }
  for (let i = f.first - 1; i >= floor; i--) {
    walked.tokens++;
    const t = ctx.tokens[i]!;
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) return t.text === ':' && floor === f.sentence.first && scan.figureOf[i]! < 0 ? topicPlace(scan, i, floor) : null;
    if (scan.placeOf[i]! >= 0 && !inName(scan, i) && !afterWith(scan, placeStart(scan, i)) && !destination(scan, i)) {
      // طريق أ ب: the road's first place, as «الطريق بين أ وب» gives it
      const first = roadPartner(scan, placeStart(scan, i));
      if (first >= 0) return placeAt(scan, first);
      const here = located(scan, i, floor);
      // ولايات أ وب وج سجلت 17 وفاة: the list's first place, as when the list follows the figure
      return here === placeAt(scan, i) ? (listHead(scan, here, floor, f.sentence.last) ?? here) : here;
    }
    if (t.type === 'word' && isClauseStart(scan, i)) break;
  }
  return null;
}

const DASH = /^[-–—]$/;

/** Does a road's noun (طريق، الطريق الدولي) end right before token i? */
function roadBefore(scan: Scan, i: number): boolean {
  for (let j = i - 1, words = 0; j >= 0 && words < 4; j--) {
    const t = scan.ctx.tokens[j]!;
    if (isTransparent(scan.ctx, j)) continue;
    if (t.type !== 'word') return false;
    const hit = longestAt(scan.ctx, j, ROAD_NOUNS, i);
    if (hit) {
      let k = hit.end;
      while (k < i && isTransparent(scan.ctx, k)) k++;
      if (k === i) return true;
    }
    words++;
  }
  return false;
}

/** The first token of the place right before the place starting at token i, both after a road's noun (طريق أ ب، طريق أ - ب), or -1. */
function roadPartner(scan: Scan, i: number): number {
  let j = i - 1;
  while (j >= 0 && (isTransparent(scan.ctx, j) || (scan.ctx.tokens[j]!.type === 'punct' && DASH.test(scan.ctx.tokens[j]!.text)))) j--;
  if (j < 0 || scan.placeOf[j]! < 0 || scan.placeOf[j] === scan.placeOf[i]) return -1;
  const first = placeStart(scan, j);
  return roadBefore(scan, first) ? first : -1;
}

/** How many words a headline's topic before its colon may have (حادث مروري قرب أ: 9 قتلى). */
const TOPIC_WORDS = 8;

/**
 * The place of a headline's topic: «أ: 9 قتلى», «فيضانات أ: 60 قتيلا». A
 * colon that follows the sentence's first few words (no other break before
 * it) says what the rest is about, so the place named there is the clause's.
 * A place inside an organisation's name is none; so is a topic with a figure
 * (a time, 11 : 20, is no topic).
 */
function topicPlace(scan: Scan, colon: number, floor: number): Place | null {
  let words = 0;
  let found = -1;
  for (let i = colon - 1; i >= floor; i--) {
    const t = scan.ctx.tokens[i]!;
    if (isTransparent(scan.ctx, i)) continue;
    if (isClauseBreak(scan, i) || scan.figureOf[i]! >= 0 || scan.cueStarts.has(i)) return null;
    if (t.type === 'word' && ++words > TOPIC_WORDS) return null;
    if (found < 0 && scan.placeOf[i]! >= 0 && !inName(scan, i)) found = i;
  }
  return found >= 0 ? located(scan, found, floor) : null;
}

/** How many places back a list's head is looked for (ولايات أ وب وج ود). */
const LIST_PLACES = 6;

/** The first place of the coordinated list that ends with `place` (أ وب وج: أ), or null when it stands alone. */
function listHead(scan: Scan, place: Place, floor: number, last: number): Place | null {
  const key = placeKey(place);
  let head: Place | null = null;
  let seen = 0;
  for (let j = placeStart(scan, tokenAt(scan.ctx, place.start)) - 1; j >= floor && seen < LIST_PLACES; j--) {
    if (scan.placeOf[j]! < 0 || inName(scan, j)) continue;
    const q = placeAt(scan, j)!;
    j = placeStart(scan, j);
    seen++;
    if (coordinatedPlaces(scan, q, last)?.includes(key)) head = q;
    else break;
  }
  return head;
}

/** Words that join two coordinated places (من أ والزبداني، من أ ومن ب، أ أو ب). */
const COORDINATORS = new Set(['و', 'ومن', 'أو'].map((w) => normalize(w)));
/** Words that may stand between a coordinator and the next place: a preposition, a place's type (من مدينة أ وبلدة ب). */
const BEFORE_PLACE = new Set(['من', 'مدينة', 'بلدة', 'بلدتي', 'مدينتي', 'قرية', 'قريتي', 'محافظة', 'محافظتي', 'ناحية', 'قضاء', 'منطقة', 'مخيم'].map((w) => normalize(w)));

/**
 * The places coordinated with the event's place (إخراج 3000 شخص من أ وب وج):
 * their keys, the event's first, the others sorted; null when it stands
 * alone. A place that locates the one before it (أ غرب ب) is no coordinate.
 * Two figures of different sets of places count different people.
 */
export function coordinatedPlaces(scan: Scan, place: Place, limit: number): string[] | null {
  const { ctx } = scan;
  let i = tokenAt(ctx, place.start);
  const keys = [placeKey(place)];
  let k = scan.placeOf[i]!;
  let joined = false;
  let between = 0;
  // طريق أ ب: a road joins the places written next to each other
  const road = roadBefore(scan, placeStart(scan, i));
  for (; i < limit; i++) {
    const t = ctx.tokens[i]!;
    const p = scan.placeOf[i]!;
    if (p === k) continue;
    if (road && t.type === 'punct' && DASH.test(t.text)) continue;
    if (p >= 0) {
      // و written on the place's own word (والزبداني)
      const q = ctx.places[p]!;
      if (!joined && !(q.start > t.start && t.norm.startsWith('و')) && !(road && between === 0)) break;
      const key = placeKey(q);
      if (!keys.includes(key)) keys.push(key);
      k = p;
      joined = false;
      between = 0;
      continue;
    }
    if (t.type === 'space' || isTransparent(ctx, i)) continue;
    if (t.type !== 'word' || between >= 2) break;
    if (COORDINATORS.has(t.norm)) joined = true;
    else if (!BEFORE_PLACE.has(t.norm.replace(/^و/, ''))) break;
    else if (t.norm.startsWith('و') && t.norm !== 'و') joined = true;
    between++;
  }
  return keys.length > 1 ? [keys[0]!, ...keys.slice(1).sort()] : null;
}

/**
 * The kind of incident the figure's clause names (explosion, airstrike,
 * shelling, clashes: data/claims/incidents.json): the nearest incident noun,
 * after the figure up to a new clause or source, or before it back to the
 * start of its clause. A generic noun (هجوم، عملية) nearest gives no kind;
 * so does a clause with none.
 */
export function incidentKind(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  const [floor, ceiling] = [clauseFloor(f), clauseCeiling(f)];
  let after: { kind: string; words: number } | null = null;
  for (let i = f.last + 1, words = 0; i < ceiling; i++) {
    walked.tokens++;
    const t = ctx.tokens[i]!;
    if (t.type === 'punct' && CLOSING_QUOTE.test(t.text)) break;
    if (scan.cueStarts.has(i)) break;
    if (t.type !== 'word') continue;
    if (longestAt(ctx, i, CLAUSE_BREAKS) || isClauseStart(scan, i)) break;
    const hit = longestAt(ctx, i, INCIDENTS);
    if (hit) {
      after = { kind: hit.value, words };
      break;
    }
    words++;
  }
  let before: { kind: string; words: number } | null = null;
  for (let i = f.first - 1, words = 0; i >= floor && (!after || words < after.words); i--) {
    walked.tokens++;
    const t = ctx.tokens[i]!;
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (t.type !== 'word') continue;
    const hit = longestAt(ctx, i, INCIDENTS);
    // the first word of a phrase (قصف جوي) is met last walking back: take the longest that starts here
    if (hit) {
      before = { kind: hit.value, words };
      break;
    }
    if (isClauseStart(scan, i)) break;
    words++;
  }
  const near = before && (!after || before.words < after.words) ? before : after;
  return near?.kind || (near ? null : chargeAfter(scan, f, ceiling));
}

/** The charge its clause states after the figure (بتهمة تهريب المخدرات → charge:تهريب), or null. */
function chargeAfter(scan: Scan, f: FigureAt, ceiling: number): string | null {
  const { ctx } = scan;
  for (let i = f.last + 1; i < ceiling; i++) {
    const t = ctx.tokens[i]!;
    if (t.type !== 'word') continue;
    if (longestAt(ctx, i, CLAUSE_BREAKS) || isClauseStart(scan, i)) return null;
    const cue = longestAt(ctx, i, CHARGES, ceiling);
    if (!cue) continue;
    let j = cue.end;
    while (j < ceiling && ctx.tokens[j]!.type !== 'word') j++;
    return j < ceiling && scan.figureOf[j]! < 0 ? `charge:${stemOf(ctx.tokens[j]!.norm)}` : null;
  }
  return null;
}

/**
 * The two places a distance lies between: the nearest before the figure in
 * its sentence and the first after its unit (مدينة أ (100 كم شمال ب)).
 * Null unless both are named and differ.
 */
export function distancePair(scan: Scan, f: FigureAt): string | null {
  const s = f.sentence;
  let a: Place | null = null;
  for (let i = f.first - 1; i >= clauseFloor(f) && !a; i--) a = placeAt(scan, i);
  let b: Place | null = null;
  for (let i = f.last + 1, words = 0; i < s.last && words < 7 && !b; i++) {
    const t = scan.ctx.tokens[i]!;
    if (t.type === 'punct' && /^[)\].،,؛;]$/.test(t.text)) break;
    b = placeAt(scan, i);
    if (t.type === 'word') words++;
  }
  if (!a || !b) return null;
  const [ka, kb] = [placeKey(a), placeKey(b)];
  return ka === kb ? null : [ka, kb].sort().join('|');
}

/**
 * The whole a fraction is of: a place right after it (نصف مدينة أ), or
 * a noun naming the last place again (نصف المدينة). Null otherwise.
 */
export function fractionWhole(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  for (let i = f.last + 1, words = 0; i < f.sentence.last && words < 3; i++) {
    const t = ctx.tokens[i]!;
    if (isTransparent(ctx, i)) continue;
    if (t.type !== 'word') return null;
    const p = placeAt(scan, i);
    if (p) return placeKey(p);
    if (longestAt(ctx, i, ANAPHORIC_PLACES)) {
      // the nearest place named before, in this sentence or the two before it
      const floor = Math.max(ctx.sentences[Math.max(0, t.sentence - 2)]!.first, f.first - CLAUSE_WINDOW);
      for (let j = f.first - 1; j >= floor; j--) {
        const q = placeAt(scan, j);
        if (q) return placeKey(q);
      }
      return null;
    }
    words++;
  }
  return null;
}

/**
 * The place a reading's clause names again by a noun (في أحياء المدينة، في
 * مدارس المحافظة), where it names none by name: the nearest place named
 * before that noun, in its sentence or the two before it (a source's «أمانة
 * محافظة أ» included: the city it names again is that one). Null otherwise.
 */
export function placeNamedAgain(scan: Scan, f: FigureAt): Place | null {
  const { ctx } = scan;
  const [floor, ceiling] = [clauseFloor(f), clauseCeiling(f)];
  let noun = -1;
  for (let i = f.first - 1; i >= floor && noun < 0; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i)) break;
    if (ctx.tokens[i]!.type === 'word' && longestAt(ctx, i, ANAPHORIC_PLACES)) noun = i;
    else if (ctx.tokens[i]!.type === 'word' && isClauseStart(scan, i)) break;
  }
  for (let i = f.last + 1; i < ceiling && noun < 0; i++) {
    const t = ctx.tokens[i]!;
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i) || scan.cueStarts.has(i) || (t.type === 'word' && (longestAt(ctx, i, CLAUSE_BREAKS) || isClauseStart(scan, i)))) break;
    if (t.type === 'word' && longestAt(ctx, i, ANAPHORIC_PLACES)) noun = i;
  }
  if (noun < 0) return null;
  const first = Math.max(ctx.sentences[Math.max(0, ctx.tokens[noun]!.sentence - 2)]!.first, noun - CLAUSE_WINDOW);
  for (let j = noun - 1; j >= first; j--) {
    const q = placeAt(scan, j);
    if (q) return q;
  }
  return null;
}

/** The age's owner: up to three words before the bracket (name (40 عاما)). */
export function ageOwner(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  let i = f.first - 1;
  while (i >= f.sentence.first && ctx.tokens[i]!.type === 'space') i--;
  if (i < f.sentence.first || ctx.tokens[i]!.text !== '(') return null;
  const words: string[] = [];
  for (i--; i >= f.sentence.first && words.length < 3; i--) {
    const t = ctx.tokens[i]!;
    if (t.type === 'space') continue;
    if (t.type !== 'word') break;
    words.unshift(t.norm);
  }
  return words.length ? words.join(' ') : null;
}

/**
 * A sentence that tells of another incident (في حادث منفصل), or a figure whose
 * own clause names an earlier time (الأسبوع الماضي: claims/earlier-time.ts),
 * gets an event of its own, keyed by its words, so that only the same
 * sentence in another article (a shared wire text) is compared with it.
 */
export function otherIncident(scan: Scan, at: FigureAt, cache: Map<Sentence, string | null>, cumulative = true): string | null {
  const s = at.sentence;
  const known = cache.get(s);
  const key = known !== undefined ? known : incidentKey(scan, s);
  if (known === undefined) cache.set(s, key);
  // an earlier time in its own clause (قتل 5 في هجوم الأسبوع الماضي): claims/earlier-time.ts
  return key ?? (earlierTime(scan, at, cumulative) ? sentenceKey(scan, s) : null);
}

function incidentKey(scan: Scan, s: Sentence): string | null {
  let found = false;
  for (let i = s.first; i < s.last && !found; i++) if (scan.ctx.tokens[i]!.type === 'word' && (longestAt(scan.ctx, i, OTHER_INCIDENT) || calledAnother(scan, i, s.last))) found = true;
  if (!found) return null;
  return sentenceKey(scan, s);
}

/** Is an incident noun at i, with the noun of its kind after it, called another (حادث تصادم آخر، حادث سير آخر)? */
function calledAnother(scan: Scan, i: number, limit: number): boolean {
  const next = (j: number) => {
    while (j < limit && isTransparent(scan.ctx, j)) j++;
    return j;
  };
  const m = longestAt(scan.ctx, i, INCIDENTS, limit);
  if (!m) return false;
  let j = next(m.end);
  const kind = longestAt(scan.ctx, j, INCIDENTS, limit);
  if (kind) j = next(kind.end);
  return j < limit && longestAt(scan.ctx, j, ANOTHER_INCIDENT, limit) !== null;
}

/** A key made of the sentence's words: the same sentence in another article (a shared wire text) has the same. */
export function sentenceKey(scan: Scan, s: Sentence): string {
  const words = normalize(scan.ctx.text.slice(s.start, s.end)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words.charCodeAt(i), 0x01000193);
  return `~${(h >>> 0).toString(16)}`;
}

/** How many locator words may stand between a name this article does not read as a place and the place that locates it (في أ بمحافظة ب، في أ شمالي ب). */
const ALIAS_LOCATORS = 2;

/** The keys a word may be read as an unknown place's (placeKey's form: no article), proclitics off, name-like ones only. */
function aliasKeys(norm: string): string[] {
  const out: string[] = [];
  for (const r of readings(norm)) {
    const key = r.key.replace(/^ال(?=..)/, '');
    if (key.length >= 3 && nameLike(r.key) && !out.includes(key)) out.push(key);
  }
  return out;
}

/** Prepositions a place's name follows (في أ، غارة على أ). */
const ALIAS_PREPOSITIONS = new Set(['في', 'علي']);

/** Is token j a preposition a place's name follows? */
const isFi = (scan: Scan, j: number) => scan.ctx.tokens[j]?.type === 'word' && ALIAS_PREPOSITIONS.has(scan.ctx.tokens[j]!.norm);

/**
 * A word the clause places the claim at that this article does not read as
 * a place, while a known place locates it: «في أ شمالي ب»، «غارة على أ
 * بمحافظة ب» (أ, after في or على, before locator words and ب). Its readings as an unknown
 * place's key, or null. The story reads it as the claim's place where
 * another of its articles names أ as a place (story/aliases.ts).
 */
export function aliasBefore(scan: Scan, place: Place): string[] | null {
  const { ctx } = scan;
  let j = placeStart(scan, tokenAt(ctx, place.start)) - 1;
  // a proclitic on the place (بالظاهرة) is a locator of its own
  let words = place.start > ctx.tokens[j + 1]!.start ? 1 : 0;
  for (; j >= 0; j--) {
    if (isTransparent(ctx, j)) continue;
    const t = ctx.tokens[j]!;
    if (t.type !== 'word' || scan.placeOf[j]! >= 0 || scan.figureOf[j]! >= 0) return null;
    if (words < ALIAS_LOCATORS && longestAt(ctx, j, LOCATORS)) {
      words++;
      continue;
    }
    break;
  }
  if (j < 0 || words === 0) return null;
  return aliasAt(scan, j);
}

/**
 * A word after في in the clause after the figure, where the clause names no
 * place (… 650 منزلا في أ، فيما …): its readings as an unknown place's key,
 * or null.
 */
export function aliasAfter(scan: Scan, f: FigureAt): string[] | null {
  const { ctx } = scan;
  const ceiling = clauseCeiling(f);
  for (let i = f.last + 1; i < ceiling; i++) {
    const t = ctx.tokens[i]!;
    if (t.type === 'punct' && CLOSING_QUOTE.test(t.text)) return null;
    if (scan.cueStarts.has(i)) return null;
    if (t.type !== 'word') continue;
    if (longestAt(ctx, i, CLAUSE_BREAKS) || isClauseStart(scan, i)) return null;
    if (!isFi(scan, i)) continue;
    let j = i + 1;
    while (j < ceiling && isTransparent(ctx, j)) j++;
    return j < ceiling ? aliasAt(scan, j) : null;
  }
  return null;
}

/**
 * A word after في or على in the clause before the figure, where the clause
 * names no place (انفجار في أ يودي بحياة 8): its readings as an unknown
 * place's key, or null. The nearest such word back from the figure.
 */
export function aliasBeforeFigure(scan: Scan, f: FigureAt): string[] | null {
  const { ctx } = scan;
  const floor = clauseFloor(f);
  for (let i = f.first - 1; i > floor; i--) {
    const t = ctx.tokens[i]!;
    if (t.type === 'punct' && CLOSING_QUOTE.test(t.text)) return null;
    if (t.type !== 'word' || !isFi(scan, i - 1 - (isTransparent(ctx, i - 1) ? 1 : 0))) continue;
    const keys = aliasAt(scan, i);
    if (keys) return keys;
  }
  return null;
}

/** The word token before token j, over spaces and quotes, or -1. */
function wordBefore(scan: Scan, j: number): number {
  let k = j - 1;
  while (k >= 0 && isTransparent(scan.ctx, k)) k--;
  return k >= 0 && scan.ctx.tokens[k]!.type === 'word' ? k : -1;
}

/**
 * The readings of the word at token j as a place's key, when it stands right
 * after في or على and is no place, figure or word of a list; with a name
 * prefix before it (في تل أ، على كفر أ), the two words' key.
 */
function aliasAt(scan: Scan, j: number): string[] | null {
  const { ctx } = scan;
  const t = ctx.tokens[j]!;
  if (t.type !== 'word' || scan.placeOf[j]! >= 0 || scan.figureOf[j]! >= 0) return null;
  const k = wordBefore(scan, j);
  if (k >= 0 && NAME_PREFIXES.has(ctx.tokens[k]!.norm) && scan.placeOf[k]! < 0 && isFi(scan, wordBefore(scan, k))) {
    const key = `${ctx.tokens[k]!.norm} ${t.norm}`;
    // سوق شعبي، سجن مركزي: a facility's noun and its indefinite nisba adjective, no name
    if (FACILITY.has(ctx.tokens[k]!.norm) && !t.norm.startsWith('ال') && t.norm.endsWith('ي')) return null;
    return nameLike(t.norm) || t.norm.startsWith('ال') ? [key] : null;
  }
  if (!isFi(scan, k) && !nearPlaceWords(scan, k)) return null;
  // في انفجار شمالي أ، في غارة بمحافظة أ: an incident's noun, an event's, a derived verbal noun (انفعال، افتعال، استفعال، تفعيل، تفاعل) is no name
  if (longestAt(ctx, j, INCIDENTS) || longestAt(ctx, j, EVENT_NOUNS) || longestAt(ctx, j, TOLL_HEADS) || VERBAL_NOUN.test(t.norm.replace(/^ال/, ''))) return null;
  // في المئة، في الألف: a number word is no name
  if (isNumberWord(t.norm)) return null;
  // في جزيرة أ، على منطقة أ: a trigger noun the detector read no name after (an indefinite one after a generic trigger): the word after it
  if (readings(t.norm).some((r) => trigger(r.key) !== undefined)) {
    let n = j + 1;
    while (n < ctx.tokens.length && isTransparent(ctx, n)) n++;
    const next = ctx.tokens[n];
    if (!next || next.type !== 'word' || scan.placeOf[n]! >= 0 || scan.figureOf[n]! >= 0 || longestAt(ctx, n, INCIDENTS) || isNumberWord(next.norm)) return null;
    // a nisba adjective agrees with its noun (منطقة سكنية، جزيرة نائية، حي سكني): no name; after a feminine trigger a word in ي is a name (جزيرة موراني)
    const feminine = /[ةه]$/.test(t.norm);
    if (next.norm.endsWith('يه') || (!feminine && next.norm.endsWith('ي'))) return null;
    const keys = aliasKeys(next.norm);
    return keys.length ? keys : null;
  }
  // في سوق، على مخيم: a facility's noun is the spot, no name (its name, if any, follows it: nearPlaceWords)
  if (readings(t.norm).some((r) => FACILITY.has(r.key.replace(/^ال(?=..)/, '')) && !NAME_PREFIXES.has(r.key))) return null;
  const keys = aliasKeys(t.norm);
  return keys.length ? keys : null;
}

const NEAR = new Set(['قرب', 'عند', 'داخل', 'حول', 'محيط']);

/** Is token k a preposition of place (قرب أ، عند أ), or a facility's noun after one (قرب محطة أ، في مطار أ)? */
function nearPlaceWords(scan: Scan, k: number): boolean {
  const isLocative = (j: number) => j >= 0 && (isFi(scan, j) || readings(scan.ctx.tokens[j]!.norm).some((r) => LOCATIVE.has(r.key)));
  if (k < 0 || scan.placeOf[k]! >= 0) return false;
  // قرب أ، عند أ: a preposition of nearness (not من أ، إلى أ: a word of origin or direction, من الغابات)
  if (readings(scan.ctx.tokens[k]!.norm).some((r) => NEAR.has(r.key))) return true;
  return readings(scan.ctx.tokens[k]!.norm).some((r) => FACILITY.has(r.key)) && isLocative(wordBefore(scan, k));
}

const VERBAL_NOUN = /^(ا[^ل]ت|است|ان|ت.[اي].|ت.ا)/;
