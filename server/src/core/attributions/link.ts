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
  const ivs = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end);
  const order = queries.map((_, k) => k).sort((a, b) => queries[a]!.start - queries[b]!.start);
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
      if (iv.start <= start && end <= iv.end && iv.owner !== exclude?.[q]) {
        out[q] = iv.owner;
        break;
      }
    }
  }
  return out;
}

export function sourceRef(a: Attribution, index: number): SourceRef {
  return { text: a.source.text, type: a.source.type, chain: a.source.chain, attribution: index };
}

/** Sets figure.source for every figure. */
export function linkFigures(figures: Figure[], attributions: Attribution[], article: SourceRef): void {
  const intervals = attributions.map((a, k) => ({ start: a.content.start, end: a.content.end, owner: k }));
  const owners = innermost(intervals, figures);
  figures.forEach((f, k) => {
    const o = owners[k]!;
    f.source = o >= 0 ? sourceRef(attributions[o]!, o) : article;
  });
}
