// Who a figure counts: its counted noun or the «من X» after it (سبعة من
// عناصر الشرطة، 9 مسلحين), a coordination of groups (10 من قوات الأمن
// والعاملين), a nationality nisba (ثلاثة أتراك / سوريين), or an anaphor resolved
// later (ثلاثة آخرون، 30 منهم). Also how groups nest: a part of a toll and
// the toll.

import { measureInfo, DEMONYM_SINGULARS, forms, GENERIC, GROUP_PARENT, GROUPS, isTransparent, longestAt, MEASURE_AFTER, MEASURE_BEFORE, NISBA, NOT_NISBA, OF_THEM, OTHERS, PART_OF, TOLL_HEADS } from './lexicon.js';
import { wordsBefore } from './measure.js';
import { CLAUSE_WINDOW, isWord, type FigureAt, type Scan } from './scan.js';
import { tokenAt } from '../parse/context.js';
import { isNoun } from './bare.js';
import { stemOf } from './noun-stem.js';
import { namesPeople, nounGroupKey } from './synonyms.js';

export interface GroupHit {
  group: string;
  /** The groups of a coordination (قوات الأمن والعاملين); the claim then counts all of them. */
  members?: string[];
  /** How it was found: the counted noun, «من X», or an anaphor still to resolve. */
  via: 'noun' | 'of' | 'others' | 'of-them';
  /** The token that named it, when it is the figure's noun: never the event's place (12 سورياً). */
  token?: number;
  /** The person noun «منهم» stands for (زوارا إيرانيين … سبعة منهم): its nationality is the claim's. */
  antecedent?: number;
}

/** Words after the figure that may still belong to its noun phrase. */
const AFTER_WORDS = 5;

function nisbaAt(norm: string): string | null {
  const all = forms(norm);
  if (all.some((f) => NOT_NISBA.has(f) || NOT_NISBA.has(f.replace(/^ال/, '')))) return null;
  for (const f of all) {
    for (const suffix of NISBA) {
      if (f.endsWith(suffix) && f.length - suffix.length >= 3) {
        const stem = f.slice(0, -suffix.length).replace(/^ال/, '');
        if (stem.length >= 3) return `nationality:${stem}`;
      }
    }
  }
  return null;
}

/**
 * A group named at token i, with the coordination that may follow (… والعاملين).
 * `counted`: the word is the noun right after a number, where a singular
 * demonym counts (12 سورياً، 100 عراقي).
 */
function groupAt(scan: Scan, i: number, limit: number, coordinate = true, counted = false): { group: string; members?: string[]; end: number } | null {
  const { ctx } = scan;
  const m = longestAt(ctx, i, GROUPS, limit) ?? (counted ? longestAt(ctx, i, DEMONYM_SINGULARS, limit) : null);
  let group = m?.value ?? null;
  let end = m?.end ?? i + 1;
  if (!group) group = nisbaAt(ctx.tokens[i]!.norm);
  if (!group) return null;
  const members = [group];
  // و + another group: a coordination that counts both
  for (; coordinate; ) {
    let j = end;
    while (j < limit && isTransparent(ctx, j)) j++;
    const t = ctx.tokens[j];
    // a word that is itself a figure (… وطفلين) is the next count, not part of this group
    if (!t || j >= limit || t.type !== 'word' || !t.norm.startsWith('و') || scan.figureOf[j]! >= 0) break;
    const next = longestAt(ctx, j, GROUPS, limit);
    const g = next?.value ?? nisbaAt(t.norm);
    if (!g || members.includes(g)) break;
    members.push(g);
    end = next?.end ?? j + 1;
  }
  if (members.length === 1) return { group, end };
  // a list of the toll's groups is the toll; a list with attackers is not
  const inToll = members.every((g) => ancestors(g).includes('*'));
  return { group: inToll ? '*' : members.join('+'), members, end };
}

/** و or ب written on a measure word (وقتيلا، بجروح): a conjunction or a preposition, no counted noun; و may be the word's own letter (وفاة). */
let AFTER_FIRST: Set<string> | null = null;
function proclitic(norm: string): boolean {
  AFTER_FIRST ??= new Set(MEASURE_AFTER.map((p) => p.words[0]!));
  return norm.startsWith('ب') || (norm.startsWith('و') && !AFTER_FIRST.has(norm));
}

/** The group of a figure from its own words, its counted noun and the words after it. */
export function groupAfter(scan: Scan, f: FigureAt): GroupHit | null {
  const { ctx } = scan;
  const toks = ctx.tokens;
  const limit = f.sentence.last;
  // the counted noun first (it may stand before the number: مدنيين اثنين)
  const counted = f.figure.counted;
  if (counted && toks.length) {
    const i = tokenAt(ctx, counted.start);
    const g = groupAt(scan, i, limit, !(f.first === f.last && i === f.first), true);
    // (a noun before its number, وفاة شخص واحد, is all the figure has: everyone too)
    if (g && (g.group !== '*' || g.members || i < f.first)) return { group: g.group, members: g.members, via: 'noun', token: i };
  }
  for (let i = f.first; i <= f.last; i++) {
    if (!isWord(scan, i)) continue;
    // a noun that is itself the figure (امرأتين) counts only itself: و after it starts the next item
    const g = groupAt(scan, i, limit, f.first !== f.last);
    if (g && (g.group !== '*' || g.members || f.first === f.last)) return { group: g.group, members: g.members, via: 'noun' };
  }
  let words = 0;
  let sawOf = false;
  // a toll noun (قتيلا) counts everyone, unless «من X» after it names a group
  let toll: GroupHit | null = null;
  let ofAfterToll = false;
  for (let i = f.last + 1; i < limit && words < AFTER_WORDS; i++) {
    if (isTransparent(ctx, i)) continue;
    const t = toks[i]!;
    if (t.type !== 'word' || scan.figureOf[i]! >= 0) return toll;
    if (!toll && longestAt(ctx, i, OF_THEM)) return { group: '', via: 'of-them' };
    if (!toll && longestAt(ctx, i, OTHERS)) return { group: '', via: 'others' };
    // و + a group right after a noun-figure is the next item of a list (امرأتين وطفلاً)
    // (a number in digits is no noun: و is then the word's own letter, 600 وافد)
    if (words === 0 && !toll && t.norm.startsWith('و') && f.first === f.last && f.figure.counted === null && toks[f.first]!.type === 'word') return null;
    const g = groupAt(scan, i, limit, true, words === 0 && !toll);
    if (g && toll && g.group === '*') return toll;
    if (g && (g.group !== '*' || g.members || toll)) return { group: g.group, members: g.members, via: sawOf || words > 0 ? 'of' : 'noun', token: i };
    if (g) {
      toll = { group: '*', via: 'noun' };
      i = g.end - 1;
      words++;
      continue;
    }
    if (longestAt(ctx, i, PART_OF)) return toll;
    // a coordinated verb or noun of another measure ends the phrase (سبعة وإصابة 11)
    // (a measure noun of the phrase itself, حالة وفاة، is none)
    if (words > 0 && longestAt(ctx, i, MEASURE_BEFORE) && (proclitic(t.norm) || !longestAt(ctx, i, MEASURE_AFTER, limit))) return toll;
    const generic = longestAt(ctx, i, GENERIC, limit);
    // (a generic word that opens a measure's phrase, حالة اختناق, is that phrase)
    const measure = longestAt(ctx, i, MEASURE_AFTER, limit);
    if (generic && !(measure && measure.end > generic.end)) {
      sawOf ||= t.norm === 'من';
      // «بين/في صفوف» after a toll name its group; «من» may be where they came from (نازح من البلدة)
      ofAfterToll ||= toll !== null && t.norm !== 'من';
      i = generic.end - 1;
      words++;
      continue;
    }
    if (measure) {
      // a noun of a measure that counts people (18 مفقودا، 8000 نازح، 25 مصاب) is a toll noun; بجروح is no noun
      // (وفاة keeps its و: a letter of the word, not the conjunction)
      if (!toll && measureInfo(measure.value).tollNoun && !proclitic(ctx.tokens[i]!.norm)) toll = { group: '*', via: 'noun' };
      i = measure.end - 1;
      words++;
      continue;
    }
    // 30 جريحا بين المتظاهرين، 7 قتلى في صفوف المحتجين: a definite noun of no list after the toll's «بين/في صفوف» is its group
    if (toll && ofAfterToll && t.norm.startsWith('ال') && !longestAt(ctx, i, OF_THEM) && isNoun(scan, i)) return { group: nounGroupKey([stemOf(t.norm)]), via: 'of', token: i };
    return toll; // an unknown counted noun: nobody we know
  }
  return toll;
}

/**
 * The group of a toll named before the figure in its clause: a toll noun
 * (ارتفع عدد القتلى إلى 30) or the group after عدد / حصيلة (حصيلة قتلى
 * الشرطة، عدد القتلى من المدنيين). Only when nothing after the figure says it.
 */
export function tollGroupBefore(scan: Scan, f: FigureAt, window = 6): GroupHit | null {
  const seen: number[] = [];
  for (const i of wordsBefore(scan, f, window)) seen.unshift(i);
  const head = seen.findIndex((i) => longestAt(scan.ctx, i, TOLL_HEADS));
  if (head < 0) return null;
  let found: GroupHit | null = null;
  for (let k = head + 1; k < seen.length; k++) {
    const g = groupAt(scan, seen[k]!, f.first);
    if (!g) continue;
    // the most specific group of the phrase: قتلى الشرطة → police, not the toll
    if (!found || found.group === '*') found = { group: g.group, members: g.members, via: 'of' };
  }
  return found;
}

/** The nearest group named before the figure, in its sentence or the one before (… منهم), and the person noun it was read from. */
export function groupNamedBefore(scan: Scan, f: FigureAt): { group: string; antecedent?: number } | null {
  const { ctx } = scan;
  const prev = ctx.sentences[ctx.tokens[f.first]!.sentence - 1];
  const floor = Math.max(prev ? prev.first : f.sentence.first, f.first - 2 * CLAUSE_WINDOW);
  for (let i = f.first - 1; i >= floor; i--) {
    if (!isWord(scan, i) || scan.figureOf[i]! >= 0) continue;
    // prefer the longest phrase ending here: عناصر «التنظيم»
    for (let j = Math.max(floor, i - 4); j <= i; j++) {
      if (!isWord(scan, j)) continue;
      const g = groupAt(scan, j, f.first);
      // زوارا إيرانيين … سبعة منهم: a nationality after a person noun is that noun's, as «19 زائرا إيرانيا» counts it
      if (!g || g.end <= i) continue;
      const noun = g.group.startsWith('nationality:') ? personNounBefore(scan, j) : null;
      return noun ? { group: noun.group, antecedent: noun.token } : { group: g.group };
    }
  }
  return null;
}

/** The group of the person noun right before token j (زوارا before إيرانيين: noun:زائر) and its token, or null. */
function personNounBefore(scan: Scan, j: number): { group: string; token: number } | null {
  let k = j - 1;
  while (k >= 0 && isTransparent(scan.ctx, k)) k--;
  if (k < 0 || !isWord(scan, k) || scan.figureOf[k]! >= 0 || scan.placeOf[k]! >= 0) return null;
  const norm = scan.ctx.tokens[k]!.norm;
  const group = nounGroupKey([stemOf(norm)]);
  return namesPeople(group, norm) ? { group, token: k } : null;
}

/** The chain of groups a group belongs to, itself first ('police' → 'security-forces' → '*'). */
export function ancestors(group: string): string[] {
  const out: string[] = [];
  let g: string | null | undefined = group;
  // a nationality not listed (keyed by its stem) is in the toll; a counted noun of no list (noun:…) is in
  // none: it may be the attackers (22 من الجيش), so it bounds no toll and is compared with itself only
  const parentOf = (x: string) => (GROUP_PARENT.has(x) ? GROUP_PARENT.get(x) : x.startsWith('nationality:') ? '*' : undefined);
  while (g && !out.includes(g)) {
    out.push(g);
    g = parentOf(g);
  }
  return out;
}

/** True when every member of `part` is `whole` or inside it (police ⊂ security forces ⊂ everyone). */
export function isWithin(part: string, whole: string, wholeMembers?: string[]): boolean {
  if (part === whole) return true;
  const anc = ancestors(part);
  if (anc.includes(whole)) return true;
  return (wholeMembers ?? []).some((m) => anc.includes(m));
}
