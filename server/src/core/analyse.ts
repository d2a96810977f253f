// The pipeline, top to bottom: parse, then the detectors in turn (plugins.ts
// DETECTORS: places → figures → attributions → claims, or the list the
// options give). Places run before figures so that a neighbourhood named by a
// number word (حي الخمسين) is not read as a figure.

import type { Root } from 'nlcst';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { findingsIn } from './parse/context.js';
import arabicParse from './parse/parser.js';
import { withKinds, type FindingKind } from './kinds.js';
import { context, contextPlugin, DETECTORS, detectorPlugin, type Detector } from './plugins.js';
import { Gazetteer } from './places/gazetteer.js';
import type { Findings, Message, SourceRef } from './types.js';

export interface AnalyseOptions {
  gazetteer?: Gazetteer;
  /** Name of the outlet or byline: the source of figures outside any quote. */
  article?: string;
  /** The detectors to run, in order; DETECTORS by default. A list is best kept and passed again (one processor per list). */
  detectors?: readonly Detector[];
}

export interface Analysis extends Findings {
  text: string;
  tree: Root;
  /** The kinds its findings may show: the shipped table (core/kinds.ts) with its detectors' own rows. */
  kinds: readonly FindingKind[];
}

/** The article's voice as a source, under the name given (no byline lookup). */
export function articleSource(name: string | undefined): SourceRef {
  const text = name ?? '';
  return { text, type: 'article', chain: text ? [text] : [], attribution: -1 };
}

/** Builds the processor for a gazetteer and a list of detectors; analyse() keeps one per pair. */
export function createProcessor(gazetteer: Gazetteer, detectors: readonly Detector[] = DETECTORS) {
  let p = unified().use(arabicParse).use(contextPlugin);
  for (const detector of detectors) p = p.use(detectorPlugin(detector, gazetteer));
  return p.freeze();
}

type Processor = ReturnType<typeof createProcessor>;
const processors = new WeakMap<readonly Detector[], WeakMap<Gazetteer, Processor>>();
const kindsOf = new WeakMap<readonly Detector[], readonly FindingKind[]>();

/** Analyses one document. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const gazetteer = options.gazetteer ?? Gazetteer.load();
  const detectors = options.detectors ?? DETECTORS;
  let byGazetteer = processors.get(detectors);
  if (!byGazetteer) {
    processors.set(detectors, (byGazetteer = new WeakMap()));
    kindsOf.set(detectors, withKinds(detectors.flatMap((d) => d.kinds ?? [])));
  }
  let processor = byGazetteer.get(gazetteer);
  if (!processor) byGazetteer.set(gazetteer, (processor = createProcessor(gazetteer, detectors)));
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
  return { text, tree, ...findingsIn(ctx), messages, kinds: kindsOf.get(detectors)! };
}
