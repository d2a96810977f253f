// Attribution source scores on the annotated stories: for every article the
// list annotates, each gold attribution (cue + source) against the
// attributions the detector finds there. A found attribution matches a gold
// one when its cue overlaps the gold cue (found by its context) and its
// source names the same speaker: after folding, one source text contains the
// other (an elided subject's source is the speaker it resolves to).
import { normalize } from '../../server/src/core/text/normalize.js';
import { occurrences, type ExpectedStory, type GoldAttribution } from './expected.js';
import type { Article } from './pairs.js';

export interface AttributionScore {
  gold: number;
  found: number;
  /** gold attributions matched by cue and source */
  correct: number;
  /** gold attributions whose cue was found, whatever the source */
  cueFound: number;
  misses: string[];
  extras: string[];
}

/** Folded for comparison: no punctuation or quotes, one space. */
const fold = (s: string) =>
  normalize(s)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function sameSource(found: string, gold: string): boolean {
  const f = fold(found);
  const g = fold(gold);
  return f !== '' && g !== '' && (f.includes(g) || g.includes(f));
}

function goldCue(g: GoldAttribution, text: string): [number, number] {
  const ctx = occurrences(text, g.context);
  const at = g.nth ? ctx[g.nth - 1] : ctx.length === 1 ? ctx[0] : undefined;
  if (!at) throw new Error(`${g.file}: attribution context «${g.context}» occurs ${ctx.length} times`);
  const [s, e] = at;
  const inner = occurrences(text.slice(s, e), g.cue)[0];
  if (!inner) throw new Error(`${g.file}: cue «${g.cue}» not in «${g.context}»`);
  return [s + inner[0], s + inner[1]];
}

export function scoreAttributions(list: ExpectedStory, articles: Map<string, Article>): AttributionScore {
  const out: AttributionScore = { gold: 0, found: 0, correct: 0, cueFound: 0, misses: [], extras: [] };
  const files = [...new Set(list.attributions.map((g) => g.file))];
  for (const file of files) {
    const art = articles.get(file);
    if (!art) throw new Error(`${list.story}: no article ${file}`);
    const { text, analysis } = art;
    const found = analysis.attributions.map((a) => ({ cue: a.cue, source: text.slice(a.source.start, a.source.end), used: false }));
    out.found += found.length;
    for (const g of list.attributions.filter((x) => x.file === file)) {
      out.gold++;
      const [cs, ce] = goldCue(g, text);
      const atCue = found.filter((f) => f.cue.start < ce && cs < f.cue.end);
      if (atCue.length) out.cueFound++;
      const hit = atCue.find((f) => !f.used && sameSource(f.source, g.source));
      if (hit) {
        hit.used = true;
        out.correct++;
      } else out.misses.push(`${file}: ${g.cue} ← ${g.source}${atCue.length ? ` (found: ${atCue.map((f) => f.source).join(' / ')})` : ''}`);
    }
    for (const f of found) if (!f.used) out.extras.push(`${file}: ${text.slice(f.cue.start, f.cue.end)} ← ${f.source}`);
  }
  return out;
}

export const prf = (correct: number, found: number, gold: number) => {
  const p = found ? correct / found : 1;
  const r = gold ? correct / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
