// Two words for one count (issue 13, open classes): the verb that names a
// measure may name another one by what it is said of. Seizing people is
// arresting them (ضبط 14 متهما = القبض على 14 متهما); a demolition the clause
// blames on a flood or a strike is destruction (تهدم 140 منزلا جراء السيول =
// السيول تدمر 140 منزلا), while «الاحتلال يهدم 20 منزلا» stays a demolition.
// Finding drugs or weapons is seizing them (عثرت على 4 ملايين حبة كبتاغون).
// What shifts to what is data (measures.json ofPeople, ofMaterial, byForce, forces).

import { ancestors } from './group.js';
import { FORCES, GROUP_PARENT, INMATE_NOUNS, isTransparent, longestAt, MATERIALS, measureInfo, NOT_PEOPLE } from './lexicon.js';
import { stemOf } from './noun-stem.js';
import { clauseCeiling, clauseFloor, isClauseBreak, type FigureAt, type Scan } from './scan.js';
import { namesPeople, nounGroupKey } from './synonyms.js';

/** Does the group count people: everyone, a listed group of people (suspects, militants …), a nationality, or a noun that names people (synonyms.ts namesPeople)? */
export function countsPeople(group: string, written?: string): boolean {
  if (NOT_PEOPLE.has(group)) return false;
  return group === '*' || GROUP_PARENT.has(group) || ancestors(group).includes('*') || namesPeople(group, written);
}

/** Does the figure's clause name a force that ruins buildings (السيول، القصف), before or after it? */
function forceInClause(scan: Scan, f: FigureAt): boolean {
  for (let i = f.first - 1, floor = clauseFloor(f); i >= floor; i--) {
    if (isClauseBreak(scan, i)) break;
    if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, FORCES, f.first)) return true;
  }
  for (let i = f.last + 1, ceiling = clauseCeiling(f); i <= ceiling && i < scan.ctx.tokens.length; i++) {
    if (isClauseBreak(scan, i)) break;
    if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, FORCES)) return true;
  }
  // الفيضانات أودت بحياة 11 …، وهدمت 2700 منزل: a verb joined by و right before the figure has the sentence's subject
  let v = f.first - 1;
  while (v >= f.sentence.first && isTransparent(scan.ctx, v)) v--;
  if (v < f.sentence.first || scan.ctx.tokens[v]!.type !== 'word' || !scan.ctx.tokens[v]!.norm.startsWith('و')) return false;
  for (let i = v - 1; i >= f.sentence.first; i--) if (scan.ctx.tokens[i]!.type === 'word' && longestAt(scan.ctx, i, FORCES, v)) return true;
  return false;
}

/** Does a material of the list (كبتاغون، أسلحة) follow the figure within three words, with or without «من»? */
function materialNear(scan: Scan, f: FigureAt): boolean {
  const toks = scan.ctx.tokens;
  for (let i = f.last + 1, words = 0; i <= f.sentence.last && i < toks.length && words < 3; i++) {
    if (isTransparent(scan.ctx, i)) continue;
    if (toks[i]!.type !== 'word' || scan.figureOf[i]! >= 0) return false;
    if (longestAt(scan.ctx, i, MATERIALS) || (toks[i]!.norm.length > 4 && longestAt(scan.ctx, i, MATERIALS_BARE))) return true;
    words++;
  }
  return false;
}

// the materials without their article too (حبة كبتاغون، قطعة سلاح: the noun's genitive is indefinite)
const MATERIALS_BARE = MATERIALS.map((p) => ({ words: p.words.map((w) => w.replace(/^ال/, '')), value: p.value }));

// the groups the inmates' nouns are keyed by (noun:سجين …, or a listed group)
let INMATES: Set<string> | null = null;

/** Does the group count inmates (سجناء، نزلاء، محتجزين)? */
function countsInmates(group: string): boolean {
  INMATES ??= new Set(INMATE_NOUNS.map((w) => nounGroupKey([stemOf(w)])));
  return INMATES.has(group);
}

/**
 * The measure the figure's measure word names, said of this group in this clause: itself, or the measure it
 * shifts to. `written`: the counted noun as written (normalised), when the group is the figure's own noun.
 */
export function shiftedMeasure(scan: Scan, f: FigureAt, measure: string, group: string, written?: string): string {
  const info = measureInfo(measure);
  if (info.ofPeople && countsPeople(group, written)) return info.ofPeople;
  if (info.ofMaterial && materialNear(scan, f)) return info.ofMaterial;
  if (info.byForce && forceInClause(scan, f)) return info.byForce;
  if (info.ofInmates && countsInmates(group)) return info.ofInmates;
  return measure;
}
