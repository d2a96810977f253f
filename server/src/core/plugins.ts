// The detectors as unified plugins. Each reads and extends the document's
// context (file.data.isnad); the order is the pipeline's order.

import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { detectAttributions, detectByline, linkSources } from './attributions/detect.js';
import { extractClaims } from './claims/extract.js';
import { detectFigures } from './figures/detect.js';
import { emptyContext, type DocContext } from './parse/context.js';
import type { IsnadTreeData } from './parse/parser.js';
import { detectPlaces } from './places/detect.js';
import type { Gazetteer } from './places/gazetteer.js';
import type { SourceRef } from './types.js';

declare module 'vfile' {
  interface DataMap {
    isnad: DocContext;
    /** The article's name (its file name) when it has no byline. */
    articleName: string;
  }
}

type Transformer = (tree: Root, file: VFile) => void;

export function context(file: VFile): DocContext {
  const ctx = file.data.isnad;
  if (!ctx) throw new Error('isnad: the context plugin must run first');
  return ctx;
}

/** Makes the detectors' shared context from the parsed tree. */
export function contextPlugin(): Transformer {
  return (tree, file) => {
    const data = (tree.data as { isnad?: IsnadTreeData } | undefined)?.isnad;
    if (!data) throw new Error('isnad: the tree was not made by the Arabic parser');
    file.data.isnad = emptyContext(String(file.value), data.tokenized);
  };
}

export function placesPlugin(options: { gazetteer: Gazetteer }): Transformer {
  return (_tree, file) => {
    const ctx = context(file);
    ctx.places = detectPlaces(ctx, options.gazetteer);
  };
}

export function figuresPlugin(): Transformer {
  return (_tree, file) => {
    const ctx = context(file);
    ctx.figures = detectFigures(ctx);
  };
}

/** The article's own voice: its byline when it has one, else the name it was given. */
export function articleVoice(ctx: DocContext, name: string | undefined): SourceRef {
  const text = detectByline(ctx) ?? name ?? '';
  return { text, type: 'article', chain: text ? [text] : [], attribution: -1 };
}

export function attributionsPlugin(): Transformer {
  return (_tree, file) => {
    const ctx = context(file);
    ctx.attributions = detectAttributions(ctx);
    linkSources(ctx, articleVoice(ctx, file.data.articleName));
  };
}

export function claimsPlugin(options: { gazetteer?: Gazetteer } = {}): Transformer {
  return (_tree, file) => {
    const ctx = context(file);
    ctx.claims = extractClaims(ctx, options.gazetteer);
  };
}
