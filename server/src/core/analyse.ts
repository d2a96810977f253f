// The pipeline, top to bottom: parse → places → figures → attributions →
// claims. Places run before figures so that a neighbourhood named by a number
// word (حي الخمسين) is not read as a figure.

import type { Root } from 'nlcst';
import { unified } from 'unified';
import { VFile } from 'vfile';
import arabicParse from './parse/parser.js';
import { attributionsPlugin, claimsPlugin, context, contextPlugin, figuresPlugin, placesPlugin } from './plugins.js';
import { Gazetteer } from './places/gazetteer.js';
import type { Findings, Message, SourceRef } from './types.js';

export interface AnalyseOptions {
  gazetteer?: Gazetteer;
  /** Name of the outlet or byline: the source of figures outside any quote. */
  article?: string;
}

export interface Analysis extends Findings {
  text: string;
  tree: Root;
}

/** The article's voice as a source, under the name given (no byline lookup). */
export function articleSource(name: string | undefined): SourceRef {
  const text = name ?? '';
  return { text, type: 'article', chain: text ? [text] : [], attribution: -1 };
}

/** Builds the processor for a gazetteer; analyse() keeps one per gazetteer. */
export function createProcessor(gazetteer: Gazetteer) {
  return unified()
    .use(arabicParse)
    .use(contextPlugin)
    .use(placesPlugin, { gazetteer })
    .use(figuresPlugin)
    .use(attributionsPlugin)
    .use(claimsPlugin, { gazetteer })
    .freeze();
}

const processors = new WeakMap<Gazetteer, ReturnType<typeof createProcessor>>();

/** Analyses one document. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const gazetteer = options.gazetteer ?? Gazetteer.load();
  let processor = processors.get(gazetteer);
  if (!processor) processors.set(gazetteer, (processor = createProcessor(gazetteer)));
  const file = new VFile({ value: text, data: { articleName: options.article } });
  const tree = processor.parse(file) as Root;
  processor.runSync(tree, file);
  const ctx = context(file);
  const messages: Message[] = [...ctx.messages];
  for (const m of file.messages) {
    messages.push({
      start: m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : (m.place?.offset ?? 0),
      end: m.place && 'end' in m.place ? (m.place.end.offset ?? 0) : (m.place?.offset ?? 0),
      ruleId: m.ruleId ?? 'isnad',
      reason: m.reason,
      severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
      url: m.url,
    });
  }
  return { text, tree, figures: ctx.figures, places: ctx.places, attributions: ctx.attributions, claims: ctx.claims, messages };
}
