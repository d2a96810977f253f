// The detectors, in the pipeline's order, and the unified plugin that runs
// each. Each reads and extends the document's context (file.data.isnad).
// analyse() runs DETECTORS, or the list its options give.

import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { detectAttributions, detectByline, linkSources } from './attributions/detect.js';
import { extractClaims } from './claims/detect.js';
import { detectFigures } from './figures/detect.js';
import { emptyContext, type DocContext } from './parse/context.js';
import type { IsnadTreeData } from './parse/parser.js';
import { detectPlaces } from './places/detect.js';
import type { Gazetteer } from './places/gazetteer.js';
import type { FindingKind } from './kinds.js';
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

/** What every detector is given besides the context. */
export interface DetectorOptions {
  gazetteer: Gazetteer;
  /** The article's name (its file name), for its voice when it has no byline. */
  article?: string;
}

/**
 * A detector: reads the context (the tokens and what the detectors before it
 * found) and fills its collections. `kinds`: the rows of the kinds it shows
 * that the shipped table (core/kinds.ts) lacks.
 */
export interface Detector {
  name: string;
  kinds?: readonly FindingKind[];
  run(ctx: DocContext, options: DetectorOptions): void;
}

/** The article's own voice: its byline when it has one, else the name it was given. */
export function articleVoice(ctx: DocContext, name: string | undefined): SourceRef {
  const text = detectByline(ctx) ?? name ?? '';
  return { text, type: 'article', chain: text ? [text] : [], attribution: -1 };
}

/**
 * The shipped detectors, in the pipeline's order: places before figures, so
 * that a neighbourhood named by a number word (حي الخمسين) is a place.
 */
export const DETECTORS: readonly Detector[] = [
  {
    name: 'places',
    run: (ctx, o) => {
      ctx.places = detectPlaces(ctx, o.gazetteer);
    },
  },
  {
    name: 'figures',
    run: (ctx) => {
      ctx.figures = detectFigures(ctx);
    },
  },
  {
    name: 'attributions',
    run: (ctx, o) => {
      ctx.attributions = detectAttributions(ctx);
      linkSources(ctx, articleVoice(ctx, o.article));
    },
  },
  {
    name: 'claims',
    run: (ctx, o) => {
      ctx.claims = extractClaims(ctx, o.gazetteer);
    },
  },
];

/**
 * A detector as a unified plugin of its own: it runs on the document's
 * context. One plugin function per detector, since unified keeps a plugin
 * used twice once, with the last options.
 */
export function detectorPlugin(detector: Detector, gazetteer: Gazetteer): () => Transformer {
  return () => (_tree, file) => detector.run(context(file), { gazetteer, article: file.data.articleName });
}
