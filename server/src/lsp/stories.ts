// Every article the server knows — open in the editor or only on disk — grouped
// into stories by the core's rule (core/story/story-of.ts: the folder that
// holds the articles).
import { fileURLToPath } from 'node:url';
import { storyOf as folderOf } from '../core/story/story-of.js';
import type { Figure, Findings, Place } from '../core/types.js';
import { Lines } from '../core/text/offsets.js';
import { findingsIn } from '../core/parse/context.js';

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

/** The story of an article's URI; '' when it is not a file on disk. */
export function storyOf(uri: string): string {
  try {
    return folderOf(fileURLToPath(uri));
  } catch {
    return '';
  }
}

/** The key under which mentions of a place are counted: its id, else its normalised name. */
export function placeKey(p: Pick<Place, 'id' | 'name'>): string {
  return p.id ?? `name:${p.name}`;
}

/** An open article's findings without the analysis' syntax tree, far too heavy to keep for an archive. */
function whole(all: Findings): Findings {
  return findingsIn(all);
}

/**
 * What an article read from disk keeps: the collections marked `closed` in
 * core/kinds.ts, its places (references, mention counts). Its claims live in
 * the story index only (conflicts, the story table); its figures and
 * attributions are only shown once it is opened, and a review that needs a
 * figure analyses it again (an archive of 10 000 articles: 205 → 177 MB live).
 */
function slim(all: Findings): Findings {
  return findingsIn(all, (c) => c.closed);
}

export class Stories {
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly members = new Map<string, Set<string>>();

  /** @param reanalyse analyses an article read from disk again, for what it does not keep */
  constructor(private readonly reanalyse: (doc: IndexedDoc) => Findings | null = () => null) {}

  /** The figure at exactly that span of an article (open, or analysed again when read from disk). */
  figureAt(uri: string, start: number, end: number): Figure | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const figures = doc.version === -1 ? (this.reanalyse(doc)?.figures ?? []) : doc.findings.figures;
    return figures.find((f) => f.start === start && f.end === end);
  }

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
    const findings = version === -1 ? slim(all) : whole(all);
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
