// The attribution lexicons (data/attributions/*.json), normalised once at
// load into lookup tables. Verbs are inflected here from their stems so that
// a linguist lists a lemma once and every person, tense and clitic matches.

import { normalize } from '../text/normalize.js';
import type { SourceType } from '../types.js';
import verbsData from '../data/attributions/reporting-verbs.json' with { type: 'json' };
import prepsData from '../data/attributions/reporting-prepositions.json' with { type: 'json' };
import headsData from '../data/attributions/source-heads.json' with { type: 'json' };
import namesData from '../data/attributions/named-sources.json' with { type: 'json' };
import boundsData from '../data/attributions/source-boundaries.json' with { type: 'json' };

export type Gender = 'm' | 'f' | '';

export interface VerbForm {
  lemma: string;
  /** Normalised characters of proclitics (و ف س ل) before the verb. */
  proclitic: number;
  gender: Gender;
  /** An adverbial participle (مشيراً، موضحة): its subject is always elided. */
  participle: boolean;
  /** May take what is said as a direct object (أكد استمرار …). */
  object: boolean;
  /** What is said follows this preposition when there is no أن (أشار إلى سقوط …): normalised. */
  objectPrep?: string;
  /** A passive verb (قيل، يقال): nobody is named, the speaker is unknown. */
  passive?: boolean;
  /** Normalised preposition before the original speaker (نقل … عن مصدر). */
  speaker?: string;
  /** First or second person (قلنا، نرى، أرى): the writer speaks, never a cited source of a compound (كما رأينا). */
  first?: boolean;
}

interface VerbEntry {
  lemma: string;
  perfect?: string[];
  imperfect?: string[];
  passive?: string[];
  participle?: string[];
  forms?: string[];
  object?: boolean | string;
  speaker?: string;
}

const PERFECT_SUFFIX: [string, Gender][] = [['', 'm'], ['ت', 'f'], ['وا', ''], ['ا', 'm'], ['تا', 'f'], ['ن', 'f'], ['نا', ''], ['تم', ''], ['تما', '']];
const FIRST_SUFFIX = new Set(['نا', 'تم', 'تما']);
const IMPERFECT_PREFIX: [string, Gender][] = [['ي', 'm'], ['ت', 'f'], ['ن', ''], ['ا', '']];
const IMPERFECT_SUFFIX = ['', 'ون', 'ان', 'ين', 'ن'];
const PARTICIPLE_SUFFIX: [string, Gender][] = [['ا', 'm'], ['ه', 'f'], ['ين', ''], ['ون', ''], ['ان', ''], ['تين', 'f'], ['ات', 'f'], ['تا', 'f']];

function buildVerbs(): Map<string, VerbForm> {
  const map = new Map<string, VerbForm>();
  let speaker: string | undefined;
  let objectPrep: string | undefined;
  const add = (form: string, v0: Omit<VerbForm, 'proclitic'>, imperfect: boolean) => {
    const v = { ...v0, ...(speaker ? { speaker } : {}), ...(objectPrep ? { objectPrep } : {}) };
    const base = normalize(form);
    if (base.length < 2) return;
    const clitics = imperfect ? ['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل'] : ['', 'و', 'ف'];
    for (const c of clitics) {
      const key = c + base;
      // every form gets the same fields in the same order (absent ones undefined): one object shape, so the
      // cue finder's reads of them stay monomorphic instead of deoptimising on each new combination
      if (!map.has(key))
        map.set(key, {
          lemma: v.lemma, proclitic: c.length, gender: v.gender, participle: v.participle, object: v.object,
          objectPrep: v.objectPrep, passive: v.passive, speaker: v.speaker, first: v.first,
        });
    }
  };
  for (const e of (verbsData as { verbs: VerbEntry[] }).verbs) {
    const object = e.object === true || typeof e.object === 'string';
    objectPrep = typeof e.object === 'string' ? normalize(e.object) : undefined;
    const lemma = e.lemma;
    speaker = e.speaker ? normalize(e.speaker) : undefined;
    for (const s of e.perfect ?? [])
      for (const [suf, g] of PERFECT_SUFFIX) add(s + suf, { lemma, gender: g, participle: false, object, ...(FIRST_SUFFIX.has(suf) ? { first: true } : {}) }, false);
    for (const s of e.imperfect ?? [])
      for (const [pre, g] of IMPERFECT_PREFIX)
        for (const suf of IMPERFECT_SUFFIX) add(pre + s + suf, { lemma, gender: suf ? '' : g, participle: false, object, ...(pre === 'ا' || pre === 'ن' ? { first: true } : {}) }, true);
    for (const s of e.participle ?? [])
      for (const [suf, g] of PARTICIPLE_SUFFIX) add(s + suf, { lemma, gender: g, participle: true, object }, false);
    for (const f of e.forms ?? []) {
      const n = normalize(f);
      const participle = n.startsWith('م') || /ي[اه]$/.test(n);
      add(f, { lemma, gender: n.endsWith('ه') || n.endsWith('ت') ? 'f' : '', participle, object }, /^[يتنا]/.test(n));
    }
  }
  // passives last: a form that is also active (ذُكر / ذَكر) stays active
  speaker = undefined;
  objectPrep = undefined;
  for (const e of (verbsData as { verbs: VerbEntry[] }).verbs)
    for (const p of e.passive ?? []) add(p, { lemma: e.lemma, gender: '', participle: false, object: false, passive: true }, false);
  return map;
}

export const VERBS = buildVerbs();

export interface PrepEntry {
  words: string[];
  object: 'source' | 'speaker';
  lam: boolean;
  phrase: string;
}

export const PREPOSITIONS: PrepEntry[] = (prepsData.prepositions as { phrase: string; object: string; lam?: boolean }[]).map((p) => ({
  words: normalize(p.phrase).split(/\s+/),
  object: p.object === 'speaker' ? 'speaker' : 'source',
  lam: p.lam === true,
  phrase: p.phrase,
}));

export const COMPOUNDS: string[][] = prepsData.compound.map((c) => normalize(c).split(/\s+/));

export interface HeadEntry {
  type: SourceType | 'inherit';
  gender: Gender;
  title: boolean;
}

/** Multi-word phrases keyed by their first normalised word, longest first. */
export type PhraseTable<T> = Map<string, { words: string[]; value: T }[]>;

function addPhrase<T>(table: PhraseTable<T>, phrase: string, value: T): void {
  const words = normalize(phrase).split(/\s+/).filter(Boolean);
  if (!words.length) return;
  const list = table.get(words[0]!) ?? [];
  list.push({ words, value });
  list.sort((a, b) => b.words.length - a.words.length);
  table.set(words[0]!, list);
}

/** Without ال, the bare noun; with ال, both. */
function withArticle(w: string): string[] {
  const n = normalize(w);
  return n.startsWith('ال') ? [w] : [w, 'ال' + w];
}

function buildHeads(): PhraseTable<HeadEntry> {
  const t: PhraseTable<HeadEntry> = new Map();
  const fem = new Set(headsData.f.map(normalize));
  const titles = new Set(headsData.titles.map(normalize));
  for (const [type, words] of Object.entries(headsData.heads))
    for (const w of words)
      for (const v of withArticle(w)) {
        const n = normalize(w);
        addPhrase(t, v, { type: type as SourceType, gender: fem.has(n) || n.endsWith('ه') ? 'f' : 'm', title: titles.has(normalize(v)) });
      }
  for (const w of headsData.titles) for (const v of withArticle(w)) addPhrase(t, v, { type: 'official', gender: normalize(w).endsWith('ه') ? 'f' : 'm', title: true });
  for (const w of headsData.inherit) for (const v of withArticle(w)) addPhrase(t, v, { type: 'inherit', gender: normalize(w).startsWith('احدي') ? 'f' : '', title: false });
  return t;
}

export const HEADS = buildHeads();

function buildNames(): PhraseTable<SourceType> {
  const t: PhraseTable<SourceType> = new Map();
  for (const w of namesData.agency) addPhrase(t, w, 'agency');
  for (const w of namesData['armed-group']) addPhrase(t, w, 'armed-group');
  return t;
}

export const NAMES = buildNames();

const set = (a: string[]) => new Set(a.map(normalize));
export const MARKERS = set(boundsData.markers);
export const STOPS = set(boundsData.stops.filter((s) => !s.includes(' ')));
export const STOP_PHRASES: string[][] = boundsData.stops.filter((s) => s.includes(' ')).map((s) => normalize(s).split(/\s+/));
export const VEHICLES = set(boundsData.vehicles);
export const SOURCE_PREPOSITIONS = set(boundsData.prepositions);
export const RELAYS = set(boundsData.relays.filter((s) => !s.includes(' ')));
export const RELAY_PHRASES: string[][] = boundsData.relays.filter((s) => s.includes(' ')).map((s) => normalize(s).split(/\s+/));
export const RELAY_MODIFIERS = set(boundsData.relayModifiers);
export const BYLINE_ROLES = set(boundsData.bylineRoles);
export const NEGATIONS = set(boundsData.negations);
export const RELATIVES = set(boundsData.relatives);
export const ISSUERS: string[][] = boundsData.issuers.map((s) => normalize(s).split(/\s+/));
export const MARKER_BLOCKERS: string[][] = boundsData.markerBlockers.map((s) => normalize(s).split(/\s+/));
export const CONTENT_ENDS: string[][] = boundsData.contentEnds.map((s) => normalize(s).split(/\s+/));
export const CLAUSE_LINKS: string[][] = boundsData.clauseLinks.map((s) => normalize(s).split(/\s+/));
