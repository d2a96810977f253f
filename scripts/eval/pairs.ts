// Adapter from the core's conflict API to pairs; the contradiction engine's
// owner keeps it working. The eval (scripts/eval.ts) and the acceptance test
// read found contradictions only through storyPairs(), so when conflicts
// become pairs in the core, this file is the one to change.
//
// A Conflict (server/src/core/story) is one pair of agreeing groups: one
// value with the sources that agree with it against another; the figure
// pairs it asserts are every side of one camp against every side of the
// other. Only pairs the editor shows as warnings count: a pair below the
// default confidence threshold (story/confidence.ts) is a hint.
import { analyse, type Analysis } from '../../server/src/core/analyse.js';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';

export interface Article {
  /** The file name inside the story folder (its id in the story). */
  file: string;
  text: string;
  analysis: Analysis;
}

/** One figure as a found pair names it (UTF-16 offsets into the article). */
export interface PairSide {
  file: string;
  start: number;
  end: number;
  text: string;
  source: string;
}

export interface FoundPair {
  a: PairSide;
  b: PairSide;
  /** 'update': shown as information (a revised count), not as an error. */
  kind: 'contradiction' | 'update';
  measure: string;
  group: string;
}

export function analyseArticle(file: string, text: string): Article {
  return { file, text, analysis: analyse(text) };
}

const key = (s: PairSide) => `${s.file}:${s.start}`;

/** The story's index: one update per article, as the CLI (server/src/cli/story.ts) and the server build a story. */
export function storyIndex(articles: Article[]): StoryIndex {
  const index = new StoryIndex();
  for (const a of articles) index.update(a.file, a.analysis.claims, a.analysis.figures, { path: a.file, outlet: a.file.replace(/\.txt$/, '') }, a.text, a.analysis.places);
  return index;
}

/** The story's pairs of disagreeing figures, each once (either order). */
export function storyPairs(articles: Article[], index: StoryIndex = storyIndex(articles)): FoundPair[] {
  const seen = new Map<string, FoundPair>();
  for (const c of index.conflicts()) {
    if (c.confidence < MIN_CONFIDENCE) continue;
    const side = (s: (typeof c.sides)[number]): PairSide => ({ file: s.docId, start: s.start, end: s.end, text: s.text, source: s.source.text });
    const camp0 = c.sides.filter((s) => s.camp === 0).map(side);
    const camp1 = c.sides.filter((s) => s.camp === 1).map(side);
    for (const a of camp0)
      for (const b of camp1) {
        if (key(a) === key(b)) continue;
        const k = [key(a), key(b)].sort().join('|');
        const prev = seen.get(k);
        // the same two figures in two conflicts: a contradiction outranks an update
        if (!prev || (prev.kind === 'update' && c.kind === 'contradiction')) seen.set(k, { a, b, kind: c.kind, measure: c.measure, group: c.group });
      }
  }
  return [...seen.values()];
}
