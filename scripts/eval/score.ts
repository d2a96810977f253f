// Scores one story's found pairs against its acceptance list. Matching: a
// found pair matches a listed contradiction when one of its figures is a
// figure of the list's side a and the other one of side b, in either order
// (a figure is the same when it is in the listed file and its span overlaps
// the listed figure's). Agreements and off-topic articles act as traps too:
// a pair inside one agreement, or touching an off-topic article, is a trap hit.
import type { Articles, ExpectedStory, FigureRef, Span } from './expected.js';
import type { FoundPair, PairSide } from './pairs.js';

export interface TrapHit {
  trap: string;
  why: string;
  pair: FoundPair;
}

export interface StoryScore {
  story: string;
  /** Contradiction pairs found (updates not counted). */
  found: number;
  /** Pairs found as updates (information, not errors). */
  updates: number;
  /** Listed contradictions required for recall (stretch ones excluded). */
  expected: number;
  /** Required contradictions found. */
  matched: number;
  /** Stretch contradictions found. */
  stretchMatched: number;
  stretch: number;
  /** Found contradiction pairs that match a listed contradiction (stretch included). */
  correct: number;
  /** Found contradiction pairs matching nothing listed. */
  wrong: FoundPair[];
  /** Required contradictions not found, by id. */
  missing: string[];
  /** Pairs (updates included) that hit a trap; one entry per pair and trap. */
  traps: TrapHit[];
}

const overlaps = (s: PairSide, span: Span) => s.file === span.file && s.start < span.end && span.start < s.end;
const inAny = (s: PairSide, spans: Span[]) => spans.some((x) => overlaps(s, x));

interface ResolvedTrap {
  id: string;
  why: string;
  figures: Span[];
  with?: Span[];
  update?: boolean;
}

export function resolveTraps(list: ExpectedStory, articles: Articles): ResolvedTrap[] {
  const traps: ResolvedTrap[] = list.traps.map((t) => ({ id: t.id, why: t.why, figures: articles.resolve(t.figures), with: t.with && articles.resolve(t.with), update: t.update }));
  for (const g of list.agreements) {
    const spans = articles.resolve(g.figures);
    traps.push({ id: g.id, why: `agreement: ${g.what}`, figures: spans, with: spans });
  }
  for (const o of list.offTopic) {
    const ref: FigureRef = { file: o.file, any: true };
    traps.push({ id: `off-topic ${o.file}`, why: o.why, figures: articles.resolve([ref]) });
  }
  return traps;
}

function hits(p: FoundPair, t: ResolvedTrap): boolean {
  if (t.update && p.kind === 'update') return false;
  if (!t.with) return inAny(p.a, t.figures) || inAny(p.b, t.figures);
  return (inAny(p.a, t.figures) && inAny(p.b, t.with)) || (inAny(p.b, t.figures) && inAny(p.a, t.with));
}

export function scoreStory(list: ExpectedStory, articles: Articles, pairs: FoundPair[]): StoryScore {
  const listed = list.contradictions.map((c) => ({ c, a: articles.resolve(c.a), b: articles.resolve(c.b) }));
  const matches = (p: FoundPair, x: (typeof listed)[number]) => (inAny(p.a, x.a) && inAny(p.b, x.b)) || (inAny(p.a, x.b) && inAny(p.b, x.a));
  const contradictions = pairs.filter((p) => p.kind === 'contradiction');
  const score: StoryScore = {
    story: list.story,
    found: contradictions.length,
    updates: pairs.length - contradictions.length,
    expected: listed.filter((x) => !x.c.stretch).length,
    stretch: listed.filter((x) => x.c.stretch).length,
    matched: 0,
    stretchMatched: 0,
    correct: 0,
    wrong: [],
    missing: [],
    traps: [],
  };
  for (const x of listed) {
    // a listed later count may be shown as an update; any other must be a contradiction
    const found = pairs.some((p) => (p.kind === 'contradiction' || x.c.update) && matches(p, x));
    if (x.c.stretch) score.stretchMatched += found ? 1 : 0;
    else if (found) score.matched++;
    else score.missing.push(x.c.id);
  }
  for (const p of contradictions) {
    if (listed.some((x) => matches(p, x))) score.correct++;
    else score.wrong.push(p);
  }
  for (const t of resolveTraps(list, articles)) for (const p of pairs) if (hits(p, t)) score.traps.push({ trap: t.id, why: t.why, pair: p });
  return score;
}

/** Distinct traps hit. */
export function trapsHit(s: StoryScore): string[] {
  return [...new Set(s.traps.map((t) => t.trap))];
}

export function describePair(p: FoundPair): string {
  const side = (s: PairSide) => `${s.text} (${s.file}${s.source ? `, ${s.source}` : ''})`;
  return `${p.kind === 'update' ? 'update' : 'contradiction'} ${p.measure}/${p.group}: ${side(p.a)} ↔ ${side(p.b)}`;
}
