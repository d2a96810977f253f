// Attributions (GUIDELINES §3). Placeholder until the attributions detector lands.
import type { DocContext } from '../parse/context.js';
import type { Attribution, SourceRef } from '../types.js';

export function detectAttributions(_ctx: DocContext): Attribution[] {
  return [];
}

/** Gives every figure its source: the attribution whose content holds it, else the article. */
export function linkSources(ctx: DocContext, article: SourceRef): void {
  for (const f of ctx.figures) f.source = article;
}
