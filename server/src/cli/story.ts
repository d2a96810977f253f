// The conflicts of each story (the articles of one folder), exactly as the
// server computes them: one StoryIndex per folder.
import type { Analysis } from '../core/analyse.js';
import { describe, describeOffTopic, whatText } from '../core/story/describe.js';
import { stripIsolates } from '../core/text/bidi.js';
import { MIN_CONFIDENCE } from '../core/story/confidence.js';
import { StoryIndex } from '../core/story/story-index.js';
import { groupByStory, outletOf } from '../core/story/story-of.js';
import type { Conflict } from '../core/story/types.js';
import { placeNames } from '../core/story/table.js';
import { CodePoints } from '../core/text/offsets.js';
import { Positions } from './positions.js';

export interface Article {
  /** As printed: relative to the folder given (see collectShown). */
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
  const stories = [...groupByStory(articles, (a) => a.absolute)].map(([dir, list]) => {
    const index = new StoryIndex();
    for (const a of list) index.update(a.absolute, a.analysis.claims, a.analysis.figures, { path: a.absolute, outlet: outletOf(a.absolute) }, a.analysis.text, a.analysis.places);
    return { dir, articles: list, index };
  });
  built.set(articles, stories);
  return stories;
}

/** The articles taken for another event's (core/story/off-topic.ts), as the server hints them: their figures are not compared. */
export function offTopicArticles(articles: Article[]): { path: string; similarity: number; otherDate: boolean; why: string }[] {
  return buildStories(articles).flatMap((story) =>
    story.articles.flatMap((a) => {
      const off = story.index.offTopic(a.absolute);
      return off ? [{ path: a.path, similarity: off.similarity, otherDate: off.otherDate, why: stripIsolates(describeOffTopic(off)) }] : [];
    }),
  );
}

/** "Kirkuk – Baghdad" for an event key "geonames:1|geonames:2": the place names the story's articles use, as the story table shows them. */
function eventName(event: string, names: Map<string, string>): string {
  return event ? event.split('|').map((k) => names.get(k) ?? k).join(' – ') : '';
}

/**
 * The conflicts of every story as the server computes them, each once: the
 * index may report the same sides twice (as two conflicts of one group), and
 * a report lists them once. Sides carry code-point offsets and line:column.
 */
export function storyConflicts(articles: Article[]) {
  const byId = new Map(articles.map((a) => [a.absolute, a]));
  const points = new Map<string, { cp: CodePoints; pos: Positions }>();
  const at = (id: string) => {
    let c = points.get(id);
    if (!c) {
      const text = byId.get(id)!.analysis.text;
      points.set(id, (c = { cp: new CodePoints(text), pos: new Positions(text) }));
    }
    return c;
  };
  const seen = new Set<string>();
  return buildStories(articles).flatMap((story) => {
    const names = placeNames(story.articles.flatMap((a) => a.analysis.places));
    const conflicts: Conflict[] = story.index.conflicts();
    return conflicts.flatMap((c) => {
      const key = `${c.kind}|${c.measure}|${c.group}|${c.event}|${c.sides.map((s) => `${s.docId}:${s.start}`).sort().join(',')}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{
        kind: c.kind,
        relation: c.relation,
        measure: c.measure,
        group: c.group,
        event: c.event,
        eventText: eventName(c.event, names),
        what: whatText(c.measure, c.group),
        confidence: c.confidence,
        evidence: c.evidence,
        /** Below the default threshold: the editor shows it as a hint, and it does not set the exit status. */
        hint: c.confidence < MIN_CONFIDENCE,
        sides: c.sides.map((s) => ({
          path: byId.get(s.docId)!.path,
          start: at(s.docId).cp.toCodePoint(s.start),
          end: at(s.docId).cp.toCodePoint(s.end),
          ...at(s.docId).pos.at(s.start),
          text: s.text,
          min: num(s.min),
          max: num(s.max),
          source: s.source.type === 'article' ? s.source.text || (s.outlet ?? '') : s.source.text,
          chain: s.source.chain,
          message: describe(c, s),
        })),
      }];
    });
  });
}

export type ConflictJson = ReturnType<typeof storyConflicts>[number];
