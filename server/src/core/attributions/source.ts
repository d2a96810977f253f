// The source phrase after a cue (GUIDELINES §3): a head noun from the
// lexicon (مصدر، وزارة، قائد …), a known outlet or armed group, or a personal
// name, with what qualifies it: adjectives, a construct (قائد شرطة المدينة), a
// prepositional phrase (ضابط في شرطة المدينة), a rank and name (، العميد فلان
// الفلاني). It never includes a proclitic or surrounding punctuation.

import type { DocContext } from '../parse/context.js';
import type { SourceType } from '../types.js';
import {
  HEADS, ISSUERS, MARKERS, NAMES, RELATIVES, RELAYS, RELAY_PHRASES, SOURCE_PREPOSITIONS, STOPS, STOP_PHRASES, VEHICLES, VERBS,
  type Gender, type HeadEntry,
} from './lexicon.js';
import { isPersonName } from '../lexicon/people.js';
import { normalize } from '../text/normalize.js';
import triggers from '../data/place-triggers.json' with { type: 'json' };
import { after, afterClitic, before, isPunct, isWord, matchTable, matchWords } from './words.js';

export interface SourcePhrase {
  first: number;
  last: number;
  start: number;
  end: number;
  type: SourceType;
  gender: Gender;
  /** Normalised head noun without ال ('' for a name). */
  head: string;
  /** Found in the lexicon (head noun or known name), not guessed as a personal name. */
  named: boolean;
  /** A bare definite head (المصدر، الوكالة) that may refer back to an earlier source. */
  anaphor: boolean;
  /** The name for the chain when it differs from the span: the article a لل took (للمصادر → المصادر). */
  name?: string;
}

/** How a source phrase may be read: strictly (no content marker follows) or up to the marker. */
export interface SourceLimits {
  /** Token index the phrase may not reach. */
  limit: number;
  /** Without a marker, only words that can qualify a noun are taken. */
  strict: boolean;
  /** The first word carries a proclitic لـ (لوكالة، للمصادر): read it without. */
  lam?: boolean;
  partner: Int32Array;
}

const MAX_WORDS = 12;
const TRIGGERS = new Set(Object.keys({ ...triggers.singular, ...triggers.plural }).map(normalize));
const placeStarts = new WeakMap<DocContext, Set<number>>();
const figureEnds = new WeakMap<DocContext, Map<number, number>>();

/** Is token i (part of) a place the places detector found? */
function placeWord(ctx: DocContext, i: number): boolean {
  let set = placeStarts.get(ctx);
  if (!set) {
    set = new Set<number>();
    for (const p of ctx.places) set.add(p.start);
    placeStarts.set(ctx, set);
  }
  const t = ctx.tokens[i]!;
  return set.has(t.start) || set.has(afterClitic(t.text, t.start, 1)) || set.has(afterClitic(t.text, t.start, 2));
}
const NISBA = /(ي|يه|يا|يين|يون|يتين|يان)$/;
// imperfect plural (يتعاملون، تقولان) or perfect plural (قالوا) verbs
const PLURAL_VERB = /^([يت].{2,}(ون|ان)|[^ا].{2,}وا)$/;
// a preposition with a pronoun (عنها، منه، عليهم) is never a name
export const PREP_PRONOUN = /^(عن|من|في|علي|الي|ل|ب|مع|لدي|عند|ك)(ه|ها|هم|هما|هن|نا|ي|ك|كم)$/;

/** A word read without its proclitic لـ: the form to look up, and the letters the clitic takes. */
export interface LamSplit {
  form: string;
  skip: number;
  /** ل + ال written لل (للمصادر): the article is in the word but not in the span. */
  article: boolean;
}

/**
 * The word without its proclitic لـ, or undefined when it has none. ل + ال
 * is written لل (للمصادر = ل + المصادر): the span starts after لل and the form
 * gets its article back. A noun that starts with ل (للجنة = ل + لجنة or
 * اللجنة, للواء) loses one letter only: the lexicon tells which reading it is.
 */
export function lamSplit(norm: string): LamSplit | undefined {
  if (norm.length < 3 || norm[0] !== 'ل') return undefined;
  if (norm[1] !== 'ل') return { form: norm.slice(1), skip: 1, article: false };
  const own = 'ال' + norm.slice(1);
  if (HEADS.has(own) || NAMES.has(own)) return { form: own, skip: 1, article: false };
  return { form: 'ال' + norm.slice(2), skip: 2, article: true };
}

/** The word's form without its proclitic لـ, or undefined when it has none. */
export function withoutLam(norm: string): string | undefined {
  return lamSplit(norm)?.form;
}

// first words of the stop and relay phrases: a word that is none of them starts no phrase
const PHRASE_FIRST = new Set([...STOP_PHRASES, ...RELAY_PHRASES].map((p) => p[0]!));
const ISSUER_FIRST = new Set(ISSUERS.map((p) => p[0]!));

// a word is no stop, a stop, or the first word of a stop or relay phrase (the words after it decide)
const StopKind = { None: 0, Word: 1, Phrase: 2 } as const;
type StopKind = (typeof StopKind)[keyof typeof StopKind];
// asked of most words of every source phrase: answered once per distinct word
const STOP_KIND = new Map<string, StopKind>();

function stopKind(n: string): StopKind {
  let k = STOP_KIND.get(n);
  if (k === undefined) {
    k = STOPS.has(n) || MARKERS.has(n) || RELAYS.has(n) || VERBS.has(n) ? StopKind.Word : PHRASE_FIRST.has(n) ? StopKind.Phrase : StopKind.None;
    if (STOP_KIND.size >= 100_000) STOP_KIND.clear();
    STOP_KIND.set(n, k);
  }
  return k;
}

export function isStop(ctx: DocContext, i: number): boolean {
  const n = ctx.tokens[i]!.norm;
  // علي (the name) and على (the preposition) normalise alike; the spelling tells them apart
  if (n === 'علي' && !ctx.tokens[i]!.text.includes('ى')) return false;
  const kind = stopKind(n);
  if (kind !== StopKind.Phrase) return kind === StopKind.Word;
  for (const p of STOP_PHRASES) if (matchWords(ctx, i, p) >= 0) return true;
  for (const p of RELAY_PHRASES) if (matchWords(ctx, i, p) >= 0) return true;
  return false;
}

/** A short quotation used as a name (تنظيم «س»، وكالة "ص"): its closing token, or -1. */
export function nameQuote(ctx: DocContext, i: number, partner: Int32Array): number {
  const p = partner[i]!;
  // at most five words, white space between them not counted (" المرصد السوري لحقوق الإنسان ")
  if (p <= i || p - i > 12) return -1;
  let words = 0;
  for (let k = i + 1; k < p; k++) {
    const type = ctx.tokens[k]!.type;
    if (type === 'word') words++;
    else if (type !== 'space') return -1;
  }
  return words <= 5 ? p : -1;
}

export function headAt(ctx: DocContext, i: number, firstNorm?: string): { last: number; value: HeadEntry } | null {
  return matchTable(ctx, i, HEADS, firstNorm);
}

export function nameAt(ctx: DocContext, i: number, firstNorm?: string): { last: number; value: SourceType } | null {
  return matchTable(ctx, i, NAMES, firstNorm);
}

/** If a figure starts at token i and a head noun follows it, that head's token; else -1. */
function countedHead(ctx: DocContext, i: number, limit: number): number {
  let ends = figureEnds.get(ctx);
  if (!ends) {
    ends = new Map<number, number>();
    for (const f of ctx.figures) ends.set(f.start, f.end);
    figureEnds.set(ctx, ends);
  }
  const end = ends.get(ctx.tokens[i]!.start);
  if (end === undefined) return -1;
  let k = i;
  while (k < limit && ctx.tokens[k]!.end < end) k++;
  const h = after(ctx, k);
  return h >= 0 && h < limit && headAt(ctx, h) ? h : -1;
}

/** Is token i a relay: لـ«وكالة»، لوكالة …? */
export function isLamRelay(ctx: DocContext, i: number, partner: Int32Array): boolean {
  const t = ctx.tokens[i]!;
  if (t.norm === 'ل') {
    const j = after(ctx, i);
    return j >= 0 && (nameQuote(ctx, j, partner) > 0 || !!nameAt(ctx, j) || headAt(ctx, j)?.value.type === 'agency');
  }
  const bare = withoutLam(t.norm);
  if (!bare) return false;
  return !!nameAt(ctx, i, bare) || headAt(ctx, i, bare)?.value.type === 'agency';
}

/** Parses the source phrase at token i, or null when none starts there. */
/** Letters of an abbreviation's part (أ ف ب، و م ع): one or two. */
const shortWord = (ctx: DocContext, i: number) => isWord(ctx, i) && ctx.tokens[i]!.norm.length <= 2;

/**
 * The dot right after a short title (د. فلان، أ.د. فلان), which the
 * tokenizer keeps inside the sentence (data/abbreviations.json): the token
 * after it, where the name goes on, or -1.
 */
function titleDot(ctx: DocContext, w: number): number {
  const t = ctx.tokens;
  const d = w + 1;
  if (!shortWord(ctx, w) || t[d]?.type !== 'punct' || t[d]!.text !== '.' || t[d]!.start !== t[w]!.end) return -1;
  const h = headAt(ctx, w);
  return h && h.value.title ? after(ctx, d) : -1;
}

/**
 * The last token of a dotted abbreviation whose first part is token w and
 * whose first dot is token d (أ.ف.ب), or -1. The parts touch their dots, so a
 * sentence's full stop after a short word is never taken.
 */
function dottedEnd(ctx: DocContext, w: number, d: number): number {
  const t = ctx.tokens;
  let end = -1;
  let k = d;
  while (shortWord(ctx, w) && t[k]?.type === 'punct' && t[k]!.text === '.' && t[k]!.start === t[w]!.end && shortWord(ctx, k + 1) && t[k + 1]!.start === t[k]!.end) {
    end = k + 1;
    w = k + 1;
    k = w + 1;
  }
  // a closing dot of the abbreviation (أ.ف.ب.) stays out of the name
  return end;
}

/** The closing bracket of a short bracketed name at token i (at most six words, no verb), or -1. */
function bracketEnd(ctx: DocContext, i: number): number {
  let words = 0;
  for (let k = after(ctx, i); k >= 0; k = after(ctx, k)) {
    const t = ctx.tokens[k]!;
    if (t.type === 'punct') return t.text === ')' && words > 0 ? k : -1;
    if (t.type !== 'word' || VERBS.has(t.norm) || MARKERS.has(t.norm) || ++words > 6) return -1;
  }
  return -1;
}

export function parseSource(ctx: DocContext, i: number, o: SourceLimits): SourcePhrase | null {
  if (i < 0 || i >= o.limit) return null;
  const tokens = ctx.tokens;
  // a quoted name: «س»
  if (isPunct(ctx, i)) {
    const close = nameQuote(ctx, i, o.partner);
    if (close < 0 || close >= o.limit) return null;
    const inner = after(ctx, i);
    if (inner < 0 || inner >= close) return null;
    const name = nameAt(ctx, inner);
    const head = name ? null : headAt(ctx, inner);
    const headType = head && head.value.type !== 'inherit' ? (head.value.type as SourceType) : undefined;
    const lastWord = close - 1 - (tokens[close - 1]!.type === 'space' ? 1 : 0);
    return {
      first: inner, last: close, start: tokens[inner]!.start, end: tokens[lastWord]!.end,
      type: name?.value ?? headType ?? 'person', gender: headType ? head!.value.gender : '', head: '', named: !!name || !!headType, anaphor: false,
    };
  }
  // a counted source: ثلاثة مسؤولين، 3 مسؤولين
  const counted = !o.lam ? countedHead(ctx, i, o.limit) : -1;
  if (counted >= 0) {
    const s = parseSource(ctx, counted, o);
    return s && s.named ? { ...s, first: i, start: tokens[i]!.start, anaphor: false } : null;
  }
  if (!isWord(ctx, i)) return null;
  const lam = o.lam ? lamSplit(tokens[i]!.norm) : undefined;
  if (o.lam && !lam) return null;
  const firstNorm = lam?.form;
  const norm = firstNorm ?? tokens[i]!.norm;
  if (!o.lam && (isStop(ctx, i) || SOURCE_PREPOSITIONS.has(norm))) return null;
  // د. فلان، أ.د. فلان: a title abbreviated with a dot opens a person's name
  if (norm.length < 2 && !o.lam) {
    const ab = dottedEnd(ctx, i, i + 1);
    const w = ab > 0 ? ab : i;
    const nx = titleDot(ctx, w);
    if (nx < 0 || nx >= o.limit || !isWord(ctx, nx)) return null;
    const rest = parseSource(ctx, nx, o);
    if (!rest) return null;
    return { ...rest, first: i, start: tokens[i]!.start, type: rest.named ? rest.type : 'person', named: true, anaphor: false };
  }
  if (norm.length < 2) return null;
  const start = lam ? afterClitic(tokens[i]!.text, tokens[i]!.start, lam.skip) : tokens[i]!.start;
  let type: SourceType = 'person';
  let gender: Gender = '';
  let head = '';
  let named = false;
  let definite = false;
  let last = i;
  let inherit = false;
  // after a proper name only another name or a prepositional phrase may follow (strict reading)
  let closed = false;

  // the head: inherit words (أحد، عناصر) take the type of the next noun
  let k = i;
  let kNorm: string | undefined = firstNorm;
  for (let guard = 0; guard < 3 && k >= 0 && k < o.limit; guard++) {
    const h = headAt(ctx, k, kNorm);
    if (h && h.value.type === 'inherit') {
      inherit = true;
      if (!gender) gender = h.value.gender;
      last = h.last;
      k = after(ctx, h.last);
      kNorm = undefined;
      continue;
    }
    break;
  }
  // بيان للجيش: the noun after an inherit word may carry لـ
  if (inherit && k >= 0 && k < o.limit && kNorm === undefined && !headAt(ctx, k) && !nameAt(ctx, k)) kNorm = withoutLam(tokens[k]!.norm);
  const hk = k >= 0 && k < o.limit ? headAt(ctx, k, kNorm) : null;
  const nk = k >= 0 && k < o.limit ? nameAt(ctx, k, kNorm) : null;
  if (hk && hk.value.type !== 'inherit') head = (kNorm ?? tokens[k]!.norm).replace(/^ال/, '');
  if (hk && hk.value.type !== 'inherit' && (!nk || hk.last >= nk.last)) {
    type = hk.value.type as SourceType;
    if (!gender) gender = hk.value.gender;
    definite = (kNorm ?? tokens[k]!.norm).startsWith('ال');
    named = true;
    last = hk.last;
  } else if (nk) {
    type = nk.value;
    named = true;
    closed = true;
    last = nk.last;
    if (hk) gender = hk.value.gender;
  } else if (inherit) {
    type = 'anonymous'; // بعض، أحدهم: a lexicon word, though nobody is named
    named = true;
  } else if (/^[\p{L}\p{M}]+$/u.test(tokens[i]!.text.replace(/\u0640/g, '')) && !PREP_PRONOUN.test(norm)) {
    // an unknown word: a personal name (وقال فلان الفلاني)
    type = 'person';
  } else return null;

  // qualifiers
  let inConstruct = true;
  let words = 1;
  let inPP = false;
  let ppWords = 0;
  let prevTable = named;
  let j = after(ctx, last);
  while (j >= 0 && j < o.limit && words < MAX_WORDS) {
    const t = tokens[j]!;
    if (t.type === 'punct') {
      // مدير المستشفى د. فلان: the name goes on after a title's dot
      const td = titleDot(ctx, last);
      if (td >= 0 && td < o.limit && isWord(ctx, td)) {
        j = td;
        continue;
      }
      // an abbreviation written with dots: وكالة أ.ف.ب، و.م.ع
      const ab = dottedEnd(ctx, last, j);
      if (ab > 0 && ab < o.limit) {
        last = ab;
        named = true;
        closed = true;
        j = after(ctx, ab);
        continue;
      }
      // a bracketed name after its head noun or باسم: وكالة (أ ف ب)، المتحدث باسم (الأمم المتحدة)
      const br = t.text === '(' && (prevTable || (inPP && ppWords === 0)) ? bracketEnd(ctx, j) : -1;
      if (br > 0 && br < o.limit) {
        last = br;
        named = true;
        closed = true;
        inPP = false;
        j = after(ctx, br);
        continue;
      }
      const q = nameQuote(ctx, j, o.partner);
      if (q > 0 && q < o.limit && prevTable) {
        // a quoted name after its head noun: وكالة «س»
        last = q;
        named = true;
        closed = true;
        j = after(ctx, q);
        continue;
      }
      if ((t.text === '،' || t.text === ',') && !o.strict) {
        // apposition: a rank and a name, or a role (، العميد فلان …، الطالبة في …)
        const n = after(ctx, j);
        const h = n >= 0 && n < o.limit ? headAt(ctx, n) : null;
        if (h && h.value.type !== 'inherit' && (h.value.title || type === 'person')) {
          last = h.last;
          j = after(ctx, h.last);
          inPP = false;
          prevTable = true;
          words++;
          continue;
        }
      }
      break;
    }
    if (t.type !== 'word') break;
    const issuer = ISSUER_FIRST.has(t.norm) ? ISSUERS.find((w) => matchWords(ctx, j, w) >= 0) : undefined;
    if (issuer) {
      // بيان صادر عن وزارة …: the issuer is part of the source, and types it
      const nx = after(ctx, matchWords(ctx, j, issuer));
      if (nx < 0 || nx >= o.limit) break;
      const ih = headAt(ctx, nx) ?? null;
      const inm = nameAt(ctx, nx);
      if (inherit && !head) type = ih && ih.value.type !== 'inherit' ? (ih.value.type as SourceType) : inm ? inm.value : type;
      inPP = true;
      ppWords = 0;
      j = nx;
      continue;
    }
    if (isStop(ctx, j) || isLamRelay(ctx, j, o.partner) || t.norm === 'ل') break;
    const n = t.norm;
    // a preposition with a pronoun (نقلت الوكالة عنه، قال له) ends the source
    if (PREP_PRONOUN.test(n)) break;
    if (SOURCE_PREPOSITIONS.has(n)) {
      const nx = after(ctx, j);
      const br = nx >= 0 && isPunct(ctx, nx, '(') && !VEHICLES.has(tokens[after(ctx, nx)]?.norm ?? '') ? bracketEnd(ctx, nx) : -1;
      if (br > 0 && br < o.limit) {
        // المتحدث باسم (الأمم المتحدة)
        last = br;
        closed = true;
        j = after(ctx, br);
        continue;
      }
      // المتحدث باسم «الجيش الوطني»، مدير مكتب "المرصد": a quoted name after the preposition
      const q = nx >= 0 && isPunct(ctx, nx) && !VEHICLES.has(tokens[after(ctx, nx)]?.norm ?? '') ? nameQuote(ctx, nx, o.partner) : -1;
      if (q > 0 && q < o.limit) {
        last = q;
        closed = true;
        j = after(ctx, q);
        continue;
      }
      if (nx < 0 || nx >= o.limit || !isWord(ctx, nx) || VEHICLES.has(tokens[nx]!.norm) || isStop(ctx, nx)) break;
      inPP = true;
      ppWords = 0;
      j = nx;
      continue;
    }
    const h = headAt(ctx, j);
    const nm = nameAt(ctx, j);
    // an outlet after a source that is none is whom it told: a relay, not part of the source
    if (type !== 'agency' && !inPP && ((h && h.value.type === 'agency') || nm?.value === 'agency')) break;
    const isDef = n.startsWith('ال') || n.startsWith('لل');
    if (o.strict) {
      const inPlace = inPP && (ppWords === 0 || placeWord(ctx, j) || TRIGGERS.has(tokens[before(ctx, j)]!.norm));
      // a construct right after an indefinite head: وكالات أنباء، ضابط شرطة
      // (a chain of them up to a definite word: هيئة سوق رأس المال)
      const construct = !inPP && !closed && !definite && inConstruct && !NISBA.test(tokens[last]!.norm);
      const ok = inPlace || construct || ((isDef || NISBA.test(n) || !!h || !!nm) && !(closed && !nm && !inPP));
      if (!ok || (definite && !isDef && !h && !nm && !inPP)) break;
    } else if (!h && !nm && !isPersonName(n) && ((inPP && ppWords > 0 && /^[يت]/.test(n) && n.length >= 4) || PLURAL_VERB.test(n))) {
      // a verb ends the source: after its prepositional phrase (… في وزارة
      // الداخلية يوجد) or with a plural ending (قضاة يتعاملون مع …)
      break;
    }
    const end = h ? h.last : nm ? nm.last : j;
    if (!named && nm) {
      type = nm.value;
      named = true;
    }
    if (nm) closed = true;
    if (inPP) ppWords++;
    else definite = definite && isDef;
    inConstruct = inConstruct && !isDef && !NISBA.test(n) && words < 4;
    prevTable = !!h || !!nm;
    last = end;
    words++;
    j = after(ctx, end);
  }
  // a country or city speaking is its government (أعلنت العاصمة)
  if (type === 'person' && !named && placeWord(ctx, i)) type = 'official';
  const end = tokens[last]!.end;
  // للمصادر الأمنية: the span is «مصادر الأمنية», the name «المصادر الأمنية»
  const name = lam?.article ? 'ال' + ctx.text.slice(start, end) : undefined;
  return { first: i, last, start, end, type, gender, head, named, anaphor: definite && words <= 2 && !inPP, ...(name ? { name } : {}) };
}

/** How far back a subject before its verb may start (الرئيس الفرنسي فلان الفلاني قال). */
const MAX_PREVERBAL = 8;
/** Words a fronted subject may follow: the clause opens there (كان X قد قال، أما X فقال، إن X قال). */
const OPENERS = new Set(['كان', 'وكان', 'فكان', 'كانت', 'وكانت', 'فكانت', 'اما', 'واما', 'ان', 'فان', 'بان', 'لكن', 'ولكن', 'بينما', 'وبينما'].map(normalize));
/** After these a personal name alone may be the fronted subject (غير أن فلان قال): the clause is theirs. */
const NAME_OPENERS = new Set(['ان', 'فان', 'بان'].map(normalize));

/** A source written before its verb (فإن مصدراً أمنياً أكد …): the phrase ending right before token i. */
export function preverbalSource(ctx: DocContext, i: number, partner: Int32Array, conj = false): SourcePhrase | null {
  // كان المسؤول قد قال: the particle قد sits between subject and verb
  const q = before(ctx, i);
  if (q >= 0 && isWord(ctx, q) && ctx.tokens[q]!.norm === 'قد') i = q;
  // walk back over adjectives (and a relative pronoun: المسؤول الذي قال) to a head noun, at most four words
  let k = i;
  const rel = before(ctx, i);
  if (!conj && rel >= 0 && RELATIVES.has(ctx.tokens[rel]!.norm)) {
    const s = preverbalSource(ctx, rel, partner);
    return s;
  }
  if (!conj)
    for (let step = 0; step < 4; step++) {
      let p = k - 1;
      while (p >= 0 && ctx.tokens[p]!.type === 'space') p--;
      if (p < 0 || ctx.tokens[p]!.sentence !== ctx.tokens[i]!.sentence || !isWord(ctx, p)) break;
      const h = headAt(ctx, p);
      if (h && h.value.type !== 'inherit' && h.last < i) {
        const s = parseSource(ctx, p, { limit: i, strict: true, partner });
        if (s && after(ctx, s.last) === i) return longerSubject(ctx, p, i, partner) ?? s;
        break;
      }
      if (!NISBA.test(ctx.tokens[p]!.norm) && !ctx.tokens[p]!.norm.startsWith('ال')) break;
      k = p;
    }
  return frontedSubject(ctx, i, partner, conj, false) ?? interjected(ctx, i, partner, conj);
}

/** How far before the head nearest the verb a fronted subject may start (المتحدث باسم الجيش قد أعلن). */
const MAX_LONGER = 4;

/**
 * وكان المتحدث باسم الجيش قد أعلن: the head nearest the verb (الجيش) may
 * end a longer subject whose head stands a few words before it, across a
 * preposition the source reads (باسم، في). The earliest such head whose
 * phrase runs right up to the verb, or null.
 */
function longerSubject(ctx: DocContext, p: number, i: number, partner: Int32Array): SourcePhrase | null {
  let best: SourcePhrase | null = null;
  let sawPrep = false;
  for (let k = before(ctx, p), n = 0; k >= 0 && n < MAX_LONGER && isWord(ctx, k) && ctx.tokens[k]!.sentence === ctx.tokens[i]!.sentence; k = before(ctx, k), n++) {
    if (SOURCE_PREPOSITIONS.has(ctx.tokens[k]!.norm)) {
      sawPrep = true;
      continue;
    }
    const h = sawPrep ? headAt(ctx, k) : null;
    if (!h || h.value.type === 'inherit') continue;
    const s = parseSource(ctx, k, { limit: i, strict: true, partner });
    if (s && after(ctx, s.last) === i) best = s;
  }
  return best;
}

/** How many words a clause between a fronted subject and its verb may have (التي قدمت مشروع القرار). */
const MAX_INTERJECTED = 8;

/**
 * A fronted subject and its verb with a clause between them: a relative
 * clause (التحالف الذي تقوده الولايات المتحدة قال), bracketed by commas or
 * not, or an apposition (فلان الفلاني، رئيس الأركان، قال). The subject then
 * ends where that clause starts; after an apposition with a head noun a
 * personal name may open the sentence.
 */
function interjected(ctx: DocContext, i: number, partner: Int32Array, conj: boolean): SourcePhrase | null {
  const b = before(ctx, i);
  if (b < 0) return null;
  const sentence = ctx.tokens[i]!.sentence;
  const commaBefore = isPunct(ctx, b, '،,');
  // the comma that closes the clause does not make the verb open a new one; its own و/ف does
  if (commaBefore && conj) conj = (VERBS.get(ctx.tokens[i]!.norm)?.proclitic ?? 0) > 0 && /^[وف]/.test(ctx.tokens[i]!.norm);
  let words = 0;
  for (let k = commaBefore ? before(ctx, b) : b; k >= 0 && ctx.tokens[k]!.sentence === sentence; k = before(ctx, k)) {
    const t = ctx.tokens[k]!;
    if (t.type === 'word') {
      // another reporting verb in between: a clause of its own, not an interjection
      if (++words > MAX_INTERJECTED || VERBS.has(t.norm)) return null;
      if (RELATIVES.has(t.norm)) {
        // the relative pronoun opens the clause; a comma before it belongs to the bracket
        const c = before(ctx, k);
        const end = c >= 0 && commaBefore && isPunct(ctx, c, '،,') ? c : k;
        if (commaBefore && end === k) return null;
        return frontedSubject(ctx, end, partner, conj, false);
      }
      continue;
    }
    if (!commaBefore || !isPunct(ctx, k, '،,')) return null;
    // an apposition between commas: it must start with a head noun (a rank, a role)
    const first = after(ctx, k);
    const h = first >= 0 ? headAt(ctx, first) : null;
    if (!h || h.value.type === 'inherit') return null;
    return frontedSubject(ctx, k, partner, conj, true);
  }
  return null;
}

/**
 * A subject fronted at the opening of its clause, names and all: الرئيس
 * الفرنسي فلان الفلاني قال، كان الوزير قد قال، أما المحافظ فقال. The phrase
 * must start at the sentence start, after a comma or after an opener, and
 * run exactly up to the verb. After a verb with ف only أما may open it.
 */
function frontedSubject(ctx: DocContext, i: number, partner: Int32Array, conj: boolean, apposed: boolean): SourcePhrase | null {
  // after a verb with و/ف (most verbs in news) only أما opens a subject: look for it before any phrase work
  if (conj) {
    let k = i;
    let seen = false;
    for (let step = 0; step <= MAX_PREVERBAL && !seen; step++) {
      k = before(ctx, k);
      if (k < 0) break;
      const n = ctx.tokens[k]!.norm;
      seen = n === 'اما' || n === 'واما';
    }
    if (!seen) return null;
  }
  let p = i;
  for (let step = 0; step < MAX_PREVERBAL; step++) {
    let b = before(ctx, p);
    if (b < 0) return null;
    if (!isWord(ctx, b)) {
      // a quoted name in the subject (لكن «المرصد» أشار، وكانت صحيفة «س» البريطانية قد نقلت): step over it whole
      const po = partner[b]!;
      if (po < 0 || po >= b || nameQuote(ctx, po, partner) !== b) return null;
      b = po;
    }
    const o = before(ctx, b);
    const opener = o >= 0 && isWord(ctx, o) && OPENERS.has(ctx.tokens[o]!.norm) ? ctx.tokens[o]!.norm : null;
    const opens = o < 0 || (!conj && isPunct(ctx, o, '،,؛;')) || opener !== null;
    if (opens && (!conj || (opener !== null && opener.endsWith('اما')))) {
      const h = isWord(ctx, b) ? headAt(ctx, b) : null;
      if (h && h.value.type !== 'inherit') {
        const s = parseSource(ctx, b, { limit: i, strict: false, partner });
        if (s && s.named && after(ctx, s.last) === i) return s;
      } else if ((opener !== null || apposed) && step < 3) {
        // غير أن فلان الفلاني قال، وكانت الولايات المتحدة قالت: a personal name (after أن/إن) or a place
        // speaking (its government), of at most three words
        const s = parseSource(ctx, b, { limit: i, strict: false, partner });
        if (s && after(ctx, s.last) === i && (s.named || (s.type === 'person' && (apposed || NAME_OPENERS.has(opener!))) || (s.type === 'official' && placeWord(ctx, b)))) return s;
      }
    }
    if (isWord(ctx, b) && (VERBS.has(ctx.tokens[b]!.norm) || isStop(ctx, b))) return null;
    p = b;
  }
  return null;
}
