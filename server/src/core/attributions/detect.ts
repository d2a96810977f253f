// Attributions (GUIDELINES §3): who says what. Cues are found in one pass;
// each cue then reads its source, its relays and its content from the tokens
// around it (verb.ts, preposition.ts), and an elided subject resolves to the
// last named source (resolve.ts). linkSources gives every figure the source
// of the content that holds it.

import type { DocContext } from '../parse/context.js';
import type { Attribution, SourceRef } from '../types.js';
import { detectByline } from './byline.js';
import { findCues } from './cues.js';
import { nextEnds, type Doc } from './doc.js';
import { contentIntervals, innermost, linkFigures } from './link.js';
import { prepAttribution } from './preposition.js';
import { pairQuotes } from './quotes.js';
import { SourceTracker } from './resolve.js';
import { verbAttribution } from './verb.js';

export { detectByline } from './byline.js';

/** A cue inside another attribution's content speaks through that source: extend its chain. */
function nestChains(found: Attribution[]): void {
  const queries: { start: number; end: number }[] = []; // by push, as innermost() wants
  const self: number[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    queries.push({ start: Math.min(a.cue.start, a.source.start), end: Math.max(a.cue.end, a.source.end) });
    self.push(k);
  }
  const outer = innermost(contentIntervals(found), queries, self);
  outer.forEach((o, k) => {
    if (o < 0) return;
    const inner = found[k]!.source;
    const outerSrc = found[o]!.source;
    const keep = outerSrc.chain.map((x) => !inner.chain.includes(x));
    if (keep.some(Boolean) && outerSrc.text !== inner.text) {
      inner.chain = [...inner.chain, ...outerSrc.chain.filter((_, k) => keep[k])];
      inner.links = [...inner.links, ...outerSrc.links.filter((_, k) => keep[k])];
    }
  });
}

export function detectAttributions(ctx: DocContext): Attribution[] {
  const cues = findCues(ctx);
  if (!cues.length) return [];
  const d: Doc = { ctx, cues, partner: pairQuotes(ctx), tracker: new SourceTracker(), nextEnd: nextEnds(cues) };
  const out: Attribution[] = [];
  let consumed = -1;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (cue.first <= consumed) continue;
    const f = cue.kind === 'verb' ? verbAttribution(d, c) : prepAttribution(d, c);
    if (!f) continue;
    out.push(f.attribution);
    consumed = Math.max(consumed, f.consumed);
    if (f.speaker) d.tracker.add(f.speaker);
  }
  nestChains(out);
  return out;
}

/** Gives every figure its source: the attribution whose content holds it, else the article (its byline when none is given). */
export function linkSources(ctx: DocContext, article: SourceRef): void {
  let voice = article;
  if (!article.text) {
    const by = detectByline(ctx);
    if (by) voice = { text: by, type: 'article', chain: [by], attribution: -1 };
  }
  linkFigures(ctx.figures, ctx.attributions, voice);
}
