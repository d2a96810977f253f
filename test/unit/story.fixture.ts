// Invented stories for story-index tests: a few sentences, one per article,
// analysed by the real detectors.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Claim } from '../../server/src/core/types.js';

/** The claim of the figure written `at` in the sentence, or undefined. */
export function claimOf(text: string, at: string): Claim | undefined {
  const a = analyse(text);
  const fi = a.figures.findIndex((f) => f.text === at);
  assert.ok(fi >= 0, `no figure «${at}» in «${text}»: ${a.figures.map((f) => f.text).join(', ')}`);
  return a.claims.find((c) => c.figure === fi);
}

/** A story index of articles given as id → text (the path of each is `id.txt`). */
export function storyOf(docs: Record<string, string>): StoryIndex {
  const index = new StoryIndex();
  for (const [id, text] of Object.entries(docs)) {
    const a = analyse(text);
    index.update(id, a.claims, a.figures, { path: `${id}.txt` }, text, a.places);
  }
  return index;
}

/** Each conflict as its sides, "doc:figure", sorted: easy to assert on. */
export function conflictSides(index: StoryIndex): string[] {
  return index.conflicts().map((c) => c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' '));
}

/** The contradictions a story shows as warnings (confidence at the threshold or above), each as its sides "doc:figure" sorted. */
export function contradictionWarnings(docs: Record<string, string>): string[] {
  return storyOf(docs)
    .conflicts()
    .filter((c) => c.kind === 'contradiction' && c.confidence >= MIN_CONFIDENCE)
    .map((c) => c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' '))
    .sort();
}
