// Shared helpers of the figures tests: run the figures detector alone on a
// text (no places), or the whole pipeline on a corpus article.
import { detectFigures } from '../../server/src/core/figures/detect.js';
import { emptyContext } from '../../server/src/core/parse/context.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import type { Figure } from '../../server/src/core/types.js';

export function figuresOf(text: string): Figure[] {
  const ctx = emptyContext(text, tokenize(text));
  return detectFigures(ctx);
}

/** Figures a user sees as quantities (count and measure). */
export function quantities(figs: Figure[]): Figure[] {
  return figs.filter((f) => f.kind === 'count' || f.kind === 'measure');
}

export function describe(f: Figure): string {
  return `${f.kind} [${f.text}] v=${f.value} [${f.min},${f.max}] q=${f.qualifier} u=${f.unit} c=${f.counted?.lemma ?? ''}`;
}
