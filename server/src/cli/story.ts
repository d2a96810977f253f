// The conflicts of each story (the articles of one folder), exactly as the
// server computes them: one StoryIndex per folder.
import path from 'node:path';
import type { Analysis } from '../core/analyse.js';
import { describe, whatText } from '../core/story/describe.js';
import { MIN_CONFIDENCE } from '../core/story/confidence.js';
import { StoryIndex } from '../core/story/story-index.js';
import type { Conflict } from '../core/story/types.js';
import { CodePoints } from '../core/text/offsets.js';

export interface Article {
  /** As printed: relative to the working directory. */
  path: string;
  absolute: string;
  analysis: Analysis;
}

const num = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** One story: the articles of one folder and their index. */
export interface Story {
  dir: string;
  articles: Article[];
  index: StoryIndex;
}

const built = new WeakMap<Article[], Story[]>();

/** The articles grouped by folder (sorted), one story index each; built once per list of articles. */
export function buildStories(articles: Article[]): Story[] {
  const known = built.get(articles);
  if (known) return known;
  const byStory = new Map<string, Article[]>();
  for (const a of articles) {
    const dir = path.dirname(a.absolute);
    let list = byStory.get(dir);
    if (!list) byStory.set(dir, (list = []));
    list.push(a);
  }
  const stories = [...byStory.keys()].sort().map((dir) => {
    const list = byStory.get(dir)!;
    const index = new StoryIndex();
    for (const a of list) index.update(a.absolute, a.analysis.claims, a.analysis.figures, { path: a.absolute, outlet: path.basename(a.absolute, '.txt') });
    return { dir, articles: list, index };
  });
  built.set(articles, stories);
  return stories;
}

export function storyConflicts(articles: Article[]) {
  const byId = new Map(articles.map((a) => [a.absolute, a]));
  const points = new Map<string, CodePoints>();
  const cp = (id: string): CodePoints => {
    let c = points.get(id);
    if (!c) points.set(id, (c = new CodePoints(byId.get(id)!.analysis.text)));
    return c;
  };
  const conflicts: Conflict[] = buildStories(articles).flatMap((s) => s.index.conflicts());
  return conflicts.map((c) => ({
    kind: c.kind,
    relation: c.relation,
    measure: c.measure,
    group: c.group,
    event: c.event,
    what: whatText(c.measure, c.group),
    confidence: c.confidence,
    evidence: c.evidence,
    /** Below the default threshold: the editor shows it as a hint, and it does not set the exit status. */
    hint: c.confidence < MIN_CONFIDENCE,
    sides: c.sides.map((s) => ({
      path: byId.get(s.docId)!.path,
      start: cp(s.docId).toCodePoint(s.start),
      end: cp(s.docId).toCodePoint(s.end),
      text: s.text,
      min: num(s.min),
      max: num(s.max),
      source: s.source.type === 'article' ? s.source.text || (s.outlet ?? '') : s.source.text,
      chain: s.source.chain,
      message: describe(c, s),
    })),
  }));
}

export type ConflictJson = ReturnType<typeof storyConflicts>[number];
