// Go to references on a place: every mention in the story's articles,
// whatever the spelling variant.
import type { Location } from 'vscode-languageserver';
import type { IndexedDoc, Stories } from './stories.js';
import { placeKey } from './stories.js';

export function placeReferences(stories: Stories, doc: IndexedDoc, offset: number): Location[] | null {
  const place = doc.findings.places.find((p) => offset >= p.start && offset < p.end);
  if (!place) return null;
  return stories.mentions(doc.story, placeKey(place)).map(({ doc: d, place: p }) => ({
    uri: d.uri,
    range: { start: d.lines.positionAt(p.start), end: d.lines.positionAt(p.end) },
  }));
}

/** How many articles of the story mention the place. */
export function articlesMentioning(stories: Stories, doc: IndexedDoc, key: string): number {
  return new Set(stories.mentions(doc.story, key).map((m) => m.doc.uri)).size;
}
