// Every article the server knows — open in the editor or only on disk — grouped
// into stories. A story is the folder that holds the articles: opening one
// story's folder gives one story; opening a folder of stories gives one per
// subfolder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Findings, Place } from '../core/types.js';
import { Lines } from '../core/text/offsets.js';

export interface IndexedDoc {
  uri: string;
  path: string;
  story: string;
  text: string;
  lines: Lines;
  findings: Findings;
  /** The editor's version while open; -1 for what was read from disk. */
  version: number;
}

export function storyOf(uri: string): string {
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return '';
  }
}

/** The key under which mentions of a place are counted: its id, else its normalised name. */
export function placeKey(p: Pick<Place, 'id' | 'name'>): string {
  return p.id ?? `name:${p.name}`;
}

export class Stories {
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly members = new Map<string, Set<string>>();

  get(uri: string): IndexedDoc | undefined {
    return this.docs.get(uri);
  }

  all(): IterableIterator<IndexedDoc> {
    return this.docs.values();
  }

  get size(): number {
    return this.docs.size;
  }

  set(uri: string, text: string, all: Findings, version: number): IndexedDoc {
    const story = storyOf(uri);
    // only the findings: an analysis also carries its syntax tree, far too heavy to keep for a whole archive
    const findings: Findings = { figures: all.figures, places: all.places, attributions: all.attributions, claims: all.claims, messages: all.messages };
    const doc: IndexedDoc = { uri, path: fileURLToPath(uri), story, text, lines: new Lines(text), findings, version };
    this.docs.set(uri, doc);
    let m = this.members.get(story);
    if (!m) this.members.set(story, (m = new Set()));
    m.add(uri);
    return doc;
  }

  delete(uri: string): IndexedDoc | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    this.docs.delete(uri);
    const m = this.members.get(doc.story);
    m?.delete(uri);
    if (m && m.size === 0) this.members.delete(doc.story);
    return doc;
  }

  /** The articles of a story, in a stable order. */
  storyDocs(story: string): IndexedDoc[] {
    return [...(this.members.get(story) ?? [])].sort().map((u) => this.docs.get(u)!);
  }

  /** Every mention of the place in the story's articles, whatever the spelling. */
  mentions(story: string, key: string): { doc: IndexedDoc; place: Place }[] {
    const out: { doc: IndexedDoc; place: Place }[] = [];
    for (const doc of this.storyDocs(story)) for (const p of doc.findings.places) if (placeKey(p) === key) out.push({ doc, place: p });
    return out;
  }
}
