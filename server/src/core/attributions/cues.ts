// Finds the cues of attribution (GUIDELINES §3): reporting verbs in any
// inflection and reporting prepositions (حسب، وفقاً لـ، نقلاً عن، حسبما أفاد).
// One left-to-right pass; every lookup is a hash probe.

import type { DocContext } from '../parse/context.js';
import { CLAUSE_LINKS, COMPOUNDS, NEGATIONS, PREPOSITIONS, STOPS, VERBS, WRITER_PHRASES, type Gender, type VerbForm } from './lexicon.js';
import { agreesAny, written } from '../lexicon/written.js';
import { isPersonName } from '../lexicon/people.js';
import { after, afterClitic, before, isPunct, isWord, matchWords, stripConj } from './words.js';

export interface Cue {
  kind: 'verb' | 'prep';
  /** Token indices of the cue, first and last (inclusive). */
  first: number;
  last: number;
  /** The cue's span, without a leading proclitic. */
  start: number;
  end: number;
  lemma: string;
  gender: Gender;
  /** Adverbial participle (مشيراً إلى أن): the subject is always elided. */
  participle: boolean;
  object: boolean;
  /** Prepositions: do the words after name the source or the original speaker? */
  role?: 'source' | 'speaker';
  /** A لـ joined to the word after the cue (وفقا للمصادر): the source starts after it. */
  lamJoined?: boolean;
  /** Did the token carry a و/ف proclitic, or follow a comma or a clause link (بينما)? A new clause. */
  conj: boolean;
  /** A passive verb (قيل): its source is unknown. */
  passive?: boolean;
  /** Normalised preposition before the original speaker (نقلت … عن مصدر). */
  via?: string;
  /** Normalised preposition before what is said when there is no أن (أشار إلى …). */
  objectPrep?: string;
  /** First or second person (أؤكد، قلنا): no source can follow; the speaker is the one quoted. */
  firstPerson?: boolean;
  /** A preposition whose content must open with أن/إن or a colon (ورد في التقرير أن …). */
  marker?: boolean;
}

function verbCue(ctx: DocContext, i: number): Cue | null {
  const t = ctx.tokens[i]!;
  const v = VERBS.get(t.norm);
  if (!v) return null;
  // a hamza or ة the text writes must be the verb's (نوة, a storm, is not نوّه)
  if (!agreesAny(written(t.text), v.written)) return null;
  const p = before(ctx, i);
  if (p >= 0 && NEGATIONS.has(ctx.tokens[p]!.norm)) return null; // لم يعلن: nothing is reported
  if (v.adjective && v.proclitic === 0 && p >= 0 && isWord(ctx, p)) {
    // قيادة تابع للتنظيم: after a noun and before its proclitic the form is an adjective
    const n = after(ctx, i);
    if (n >= 0 && isWord(ctx, n) && ctx.tokens[n]!.norm.startsWith(v.adjective) && ctx.tokens[n]!.norm.length > v.adjective.length + 1) return null;
  }
  for (const w of WRITER_PHRASES) if (matchWords(ctx, i, w) >= 0) return null; // يذكر أن: the writer speaks
  const start = afterClitic(t.text, t.start, v.proclitic);
  // one charCodeAt, not norm[0] twice: an indexed read is specialised to one kind of string and deoptimised by the others
  const c0 = t.norm.charCodeAt(0);
  const conj = (v.proclitic > 0 && (c0 === 0x648 /* و */ || c0 === 0x641 /* ف */)) || opensClause(ctx, i);
  return makeCue('verb', i, i, start, t.end, v.lemma, v.gender, v.participle, v.object, undefined, undefined, conj, v.passive, v.speaker, v.objectPrep, v.first);
}

// Every cue is built here, with all fields in one order (absent ones undefined): one object shape,
// so the code reading cues stays monomorphic and is not deoptimised by a new field combination.
function makeCue(
  kind: Cue['kind'], first: number, last: number, start: number, end: number, lemma: string, gender: Gender,
  participle: boolean, object: boolean, role: Cue['role'], lamJoined: boolean | undefined, conj: boolean,
  passive: boolean | undefined, via: string | undefined, objectPrep: string | undefined, firstPerson: boolean | undefined,
  marker?: boolean,
): Cue {
  return { kind, first, last, start, end, lemma, gender, participle, object, role, lamJoined, conj, passive, via, objectPrep, firstPerson, marker };
}

/** Is the verb at i preceded by a comma or a clause link (بينما، في حين)? */
function opensClause(ctx: DocContext, i: number): boolean {
  const p = before(ctx, i);
  if (p < 0) return false;
  if (isPunct(ctx, p, '،,؛;')) return true;
  for (const words of CLAUSE_LINKS) {
    let k = p;
    for (let w = words.length - 1; w > 0 && k >= 0; w--) k = before(ctx, k);
    if (k >= 0 && matchWords(ctx, k, words) === p) return true;
  }
  return false;
}

// first words of every preposition and compound: most words are rejected by one probe
const FIRST = new Set([...PREPOSITIONS.map((p) => p.words[0]!), ...COMPOUNDS.map((c) => c[0]!)]);

/** The verb of a compound, which may carry the pronoun that stands for ما (وفقاً لما ذكرته، حسبما أوردها). */
function compoundVerb(norm: string): VerbForm | undefined {
  const v = VERBS.get(norm);
  if (v) return v;
  const bare = norm.replace(/(ه|ها)$/, '');
  return bare !== norm && bare.length >= 3 ? VERBS.get(bare) : undefined;
}

function prepCue(ctx: DocContext, i: number): Cue | null {
  const t = ctx.tokens[i]!;
  const stripped = stripConj(t.norm);
  if (!FIRST.has(t.norm) && !FIRST.has(stripped)) return null;
  for (const norm of stripped === t.norm ? [t.norm] : [t.norm, stripped]) {
    const clitic = norm === t.norm ? 0 : 1;
    const start = afterClitic(t.text, t.start, clitic);
    // compound: حسبما أفاد، كما قال، وفق ما أكدت — preposition and verb are one cue
    for (const words of COMPOUNDS) {
      const last = matchWords(ctx, i, words, norm);
      if (last < 0) continue;
      const v = after(ctx, last);
      const verb = v >= 0 && isWord(ctx, v) ? compoundVerb(ctx.tokens[v]!.norm) : undefined;
      if (!verb || verb.participle || verb.first) continue;
      return makeCue('prep', i, v, start, ctx.tokens[v]!.end, `${words.join(' ')} ${verb.lemma}`, verb.gender, false, false, 'source', undefined, clitic > 0, undefined, verb.speaker, undefined, undefined);
    }
    for (const p of PREPOSITIONS) {
      let last = matchWords(ctx, i, p.words, norm);
      if (last < 0) continue;
      let lamJoined = false;
      if (p.lam) {
        const n = after(ctx, last);
        if (n >= 0 && isWord(ctx, n) && ctx.tokens[n]!.norm === 'ل') last = n;
        else if (n >= 0 && isWord(ctx, n) && ctx.tokens[n]!.norm.startsWith('ل') && ctx.tokens[n]!.norm.length > 2) lamJoined = true;
        else continue;
      }
      return makeCue('prep', i, last, start, ctx.tokens[last]!.end, normLemma(p.words), '', false, false, p.object, lamJoined, clitic > 0, undefined, undefined, undefined, undefined, p.marker);
    }
  }
  return null;
}

function normLemma(words: string[]): string {
  return words.join(' ');
}

// Could the word start a cue at all (a preposition's or compound's first word, or a verb form)?
// Asked of every word, so answered once per distinct word (bounded).
const MAY_CUE = new Map<string, boolean>();

function mayCue(norm: string): boolean {
  let yes = MAY_CUE.get(norm);
  if (yes === undefined) {
    yes = FIRST.has(norm) || FIRST.has(stripConj(norm)) || VERBS.has(norm);
    if (MAY_CUE.size >= 100_000) MAY_CUE.clear();
    MAY_CUE.set(norm, yes);
  }
  return yes;
}

// A word the web split with a space (أك دت for أكدت, صر ح for صرح): the two
// parts are rejoined when the joined form is a reporting verb and neither part
// is a word the lexicons know (a cue, a preposition, a particle, a name) —
// then nothing else could be meant. Parts are short: a split inside a word.
const PART_MAX = 3;

function isKnownWord(norm: string): boolean {
  return VERBS.has(norm) || FIRST.has(norm) || NEGATIONS.has(norm) || STOPS.has(norm) || isPersonName(norm);
}

function splitVerbCue(ctx: DocContext, i: number): Cue | null {
  const t = ctx.tokens[i]!;
  const j = i + 2;
  const space = ctx.tokens[i + 1];
  const u = ctx.tokens[j];
  // structure first, then one probe of the joined form; the known-word checks only for a verb
  if (!space || space.type !== 'space' || space.text !== ' ' || !u || u.type !== 'word' || u.norm.length > PART_MAX || u.sentence !== t.sentence) return null;
  const v = VERBS.get(t.norm + u.norm);
  if (!v || v.first || isKnownWord(t.norm) || isKnownWord(u.norm) || !agreesAny(written(t.text + u.text), v.written)) return null;
  const p = before(ctx, i);
  if (p >= 0 && NEGATIONS.has(ctx.tokens[p]!.norm)) return null;
  const c0 = t.norm.charCodeAt(0);
  const conj = (v.proclitic > 0 && (c0 === 0x648 || c0 === 0x641)) || opensClause(ctx, i);
  return makeCue('verb', i, j, afterClitic(t.text, t.start, v.proclitic), u.end, v.lemma, v.gender, v.participle, v.object, undefined, undefined, conj, v.passive, v.speaker, v.objectPrep, v.first);
}

/** Every cue of the document in text order; cues never overlap. */
export function findCues(ctx: DocContext): Cue[] {
  const out: Cue[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'word' || tokens[i]!.sentence < 0) continue;
    const c = mayCue(tokens[i]!.norm) ? (prepCue(ctx, i) ?? verbCue(ctx, i)) : tokens[i]!.norm.length <= PART_MAX + 1 ? splitVerbCue(ctx, i) : null;
    if (!c) continue;
    out.push(c);
    i = c.last;
  }
  return out;
}
