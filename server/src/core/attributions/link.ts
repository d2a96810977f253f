// Gives every figure its source (GUIDELINES §3): the innermost attribution
// whose content holds it, else the article's own voice. One sort and one
// sweep with a stack of open contents: O((F + A) log(F + A)).

import type { Attribution, Figure, SourceRef } from '../types.js';

interface Interval {
  start: number;
  end: number;
  owner: number;
}

/**
 * For each query span, the owner of the innermost interval that contains it
 * (skipping intervals owned by `exclude[q]`), or -1.
 */
export function innermost(intervals: Interval[], queries: { start: number; end: number }[], exclude?: number[]): number[] {
  // nothing to find: also keeps empty arrays (another array map) out of the optimised code below
  if (!queries.length || !intervals.length) return new Array<number>(queries.length).fill(-1);
  // slice and a pushed index array, not spread and map(): their results' array maps (packed or holey)
  // vary with whether the caller was optimised, and each new one deoptimised this function
  const ivs = intervals.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const order: number[] = [];
  for (let k = 0; k < queries.length; k++) order.push(k);
  order.sort((a, b) => queries[a]!.start - queries[b]!.start);
  const out = new Array<number>(queries.length).fill(-1);
  const stack: Interval[] = [];
  let p = 0;
  for (const q of order) {
    const { start, end } = queries[q]!;
    while (p < ivs.length && ivs[p]!.start <= start) {
      while (stack.length && stack[stack.length - 1]!.end <= ivs[p]!.start) stack.pop();
      stack.push(ivs[p]!);
      p++;
    }
    while (stack.length && stack[stack.length - 1]!.end <= start) stack.pop();
    for (let k = stack.length - 1; k >= 0; k--) {
      const iv = stack[k]!;
      if (iv.start <= start && end <= iv.end && (exclude === undefined || iv.owner !== exclude[q])) {
        out[q] = iv.owner;
        break;
      }
    }
  }
  return out;
}

// The arrays innermost() takes are built by push, so they always have the same array map (see there).
export function contentIntervals(attributions: Attribution[]): Interval[] {
  const out: Interval[] = [];
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k]!;
    out.push({ start: a.content.start, end: a.content.end, owner: k });
  }
  return out;
}

export function spans(items: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const x of items) out.push({ start: x.start, end: x.end });
  return out;
}

export function sourceRef(a: Attribution, index: number): SourceRef {
  return { text: a.source.text, type: a.source.type, chain: a.source.chain, attribution: index };
}

/** Sets figure.source for every figure. */
export function linkFigures(figures: Figure[], attributions: Attribution[], article: SourceRef): void {
  // plain spans, not the figures themselves: figures come in many object shapes, which made innermost
  // polymorphic and deoptimise; nestChains passes spans of this one shape
  const owners = innermost(contentIntervals(attributions), spans(figures));
  figures.forEach((f, k) => {
    const o = owners[k]!;
    f.source = o >= 0 ? sourceRef(attributions[o]!, o) : article;
  });
}
