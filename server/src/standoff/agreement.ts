// Agreement between two annotators' files of one article, per span type:
// precision, recall and F1 of B against A (exact span match, and overlap
// match as a second, more lenient figure), Cohen's kappa on tokens, and the
// list of disagreements to review. A is the reference: precision = matched / B,
// recall = matched / A; F1 is symmetric.

import { tokenize } from '../core/parse/tokenize.js';
import type { Fragment, TextBoundLine } from './model.js';
import { parseAnn } from './parse.js';
import { SourceText } from './text-spans.js';

export interface Scores {
  a: number;
  b: number;
  matched: number;
  /** null when undefined (nothing to divide by). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface TypeAgreement {
  type: string;
  exact: Scores;
  overlap: Scores;
  /** Cohen's kappa on tokens (inside a span of this type or not); null when undefined. */
  kappa: number | null;
}

export interface SpanRef {
  id: string;
  line: number;
  type: string;
  fragments: Fragment[];
  text: string;
}

export interface Disagreement {
  /** only-a / only-b: one annotator has no overlapping span; boundary: same type, other extent; type: same extent, other type. */
  kind: 'only-a' | 'only-b' | 'boundary' | 'type';
  a?: SpanRef;
  b?: SpanRef;
}

export interface Agreement {
  types: TypeAgreement[];
  /** All types together. */
  exact: Scores;
  overlap: Scores;
  /** Cohen's kappa on tokens, each labelled with the set of types covering it. */
  kappa: number | null;
  disagreements: Disagreement[];
}

function scores(a: number, b: number, matched: number): Scores {
  return {
    a,
    b,
    matched,
    precision: b ? matched / b : null,
    recall: a ? matched / a : null,
    f1: a + b ? (2 * matched) / (a + b) : null,
  };
}

const ref = (l: TextBoundLine): SpanRef => ({ id: l.id, line: l.line, type: l.type, fragments: l.fragments, text: l.text });
const same = (x: Fragment[], y: Fragment[]) => x.length === y.length && x.every((f, i) => f[0] === y[i]![0] && f[1] === y[i]![1]);
const overlaps = (x: Fragment[], y: Fragment[]) => x.some(([s, e]) => y.some(([t, u]) => s < u && t < e));

/** Cohen's kappa of two label sequences of equal length. */
export function cohensKappa(x: string[], y: string[]): number | null {
  const n = x.length;
  if (n === 0) return null;
  const cx = new Map<string, number>();
  const cy = new Map<string, number>();
  let agree = 0;
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) agree++;
    cx.set(x[i]!, (cx.get(x[i]!) ?? 0) + 1);
    cy.set(y[i]!, (cy.get(y[i]!) ?? 0) + 1);
  }
  let pe = 0;
  for (const [label, k] of cx) pe += (k / n) * ((cy.get(label) ?? 0) / n);
  const po = agree / n;
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/** Matches spans one to one: each of A takes the first free span of B that fits. */
function match(as: SpanRef[], bs: SpanRef[], fits: (a: SpanRef, b: SpanRef) => boolean): Map<SpanRef, SpanRef> {
  const taken = new Set<SpanRef>();
  const out = new Map<SpanRef, SpanRef>();
  for (const a of as) {
    const b = bs.find((c) => !taken.has(c) && fits(a, c));
    if (b) {
      taken.add(b);
      out.set(a, b);
    }
  }
  return out;
}

export function agreement(annA: string, annB: string, txt: string, types?: string[]): Agreement {
  const spansOf = (ann: string) => parseAnn(ann).lines.filter((l): l is TextBoundLine => l.kind === 'textbound').map(ref);
  const A = spansOf(annA);
  const B = spansOf(annB);
  const typeList = types ?? [...new Set([...A, ...B].map((s) => s.type))];
  const src = new SourceText(txt);
  const tokens = tokenize(txt).tokens.filter((t) => t.type !== 'space');
  const covers = (s: SpanRef, t: { start: number; end: number }) =>
    s.fragments.some((f) => {
      const [fs, fe] = src.toUtf16(f);
      return fs < t.end && t.start < fe;
    });
  const labels = (spans: SpanRef[]) =>
    tokens.map((t) => {
      const inside = typeList.filter((ty) => spans.some((s) => s.type === ty && covers(s, t)));
      return inside.length ? inside.join('+') : 'O';
    });

  const perType: TypeAgreement[] = [];
  let ea = 0, eb = 0, em = 0, om = 0;
  const exactAll = new Map<SpanRef, SpanRef>();
  for (const type of typeList) {
    const a = A.filter((s) => s.type === type);
    const b = B.filter((s) => s.type === type);
    const exact = match(a, b, (x, y) => same(x.fragments, y.fragments));
    const lenient = match(a, b, (x, y) => overlaps(x.fragments, y.fragments));
    for (const [x, y] of exact) exactAll.set(x, y);
    const inA = tokens.map((t) => (a.some((s) => covers(s, t)) ? type : 'O'));
    const inB = tokens.map((t) => (b.some((s) => covers(s, t)) ? type : 'O'));
    perType.push({ type, exact: scores(a.length, b.length, exact.size), overlap: scores(a.length, b.length, lenient.size), kappa: cohensKappa(inA, inB) });
    ea += a.length;
    eb += b.length;
    em += exact.size;
    om += lenient.size;
  }

  // what to review: every span of A or B without an exact partner
  const inTypes = (s: SpanRef) => typeList.includes(s.type);
  const matchedB = new Set(exactAll.values());
  const usedB = new Set<SpanRef>();
  const disagreements: Disagreement[] = [];
  for (const a of A.filter(inTypes)) {
    if (exactAll.has(a)) continue;
    const free = B.filter((b) => inTypes(b) && !matchedB.has(b) && !usedB.has(b));
    const other = free.find((b) => same(a.fragments, b.fragments) && b.type !== a.type);
    const wider = free.find((b) => b.type === a.type && overlaps(a.fragments, b.fragments));
    const b = other ?? wider;
    if (b) usedB.add(b);
    disagreements.push(b ? { kind: other ? 'type' : 'boundary', a, b } : { kind: 'only-a', a });
  }
  for (const b of B.filter(inTypes)) if (!matchedB.has(b) && !usedB.has(b)) disagreements.push({ kind: 'only-b', b });

  return {
    types: perType,
    exact: scores(ea, eb, em),
    overlap: scores(ea, eb, om),
    kappa: cohensKappa(labels(A), labels(B)),
    disagreements,
  };
}
