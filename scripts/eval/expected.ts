// Reads the acceptance lists (test/stories/<ID>/EXPECTED.md, the fenced
// ```json block) and finds every figure they name in the shared articles:
// a reference is a file, the figure as written and a snippet of context
// around it that occurs once in the file (white space may differ), or
// { file, any: true } for every figure of an article.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const LISTS = path.join(ROOT, 'test/stories');
/** Held-out invented stories: our own articles, each folder beside its list (test/stories/invented/<name>). */
export const INVENTED = path.join(LISTS, 'invented');

export interface FigureRef {
  file: string;
  figure?: string;
  context?: string;
  /** Every figure of the file (an off-topic article, a timeline). */
  any?: boolean;
  /** When the context occurs more than once (a repeated headline): which one, 1-based; 0 = every occurrence. */
  nth?: number;
  source?: string;
}

export interface ExpectedConflict {
  id: string;
  what: string;
  /** Not required for recall: a strong system finds it; found, it is not wrong. */
  stretch?: boolean;
  /** A later count of the same source family: found as an update or as a contradiction, both fine. */
  update?: boolean;
  a: FigureRef[];
  b: FigureRef[];
}

export interface Agreement {
  id: string;
  what: string;
  figures: FigureRef[];
}

export interface Trap {
  id: string;
  why: string;
  /** A pair with a side on one of these is a trap hit… */
  figures: FigureRef[];
  /** …unless `with` is given: then only a pair joining `figures` to `with`. */
  with?: FigureRef[];
  /** A revised count (a preliminary toll, the next day's): shown as an update it is right; only a contradiction pair hits it. */
  update?: boolean;
}

export interface GoldAttribution {
  file: string;
  cue: string;
  /** The speaker, as written (for a relayed statement, نقلت X عن Y, it is Y). */
  source: string;
  /** The outlet or agency that relays the speaker (X above), for the reader. */
  relay?: string;
  /** A snippet holding the cue, once in the file (or give nth). */
  context: string;
  nth?: number;
  /** The subject is not written (وأضاف): the source is the last speaker. */
  elided?: boolean;
}

export interface ExpectedStory {
  story: string;
  /** Folder under ../shared/corpus, or `invented/<name>`: a folder under test/stories (our own articles). */
  corpus: string;
  onTopic: string[];
  offTopic: { file: string; why: string }[];
  contradictions: ExpectedConflict[];
  agreements: Agreement[];
  traps: Trap[];
  attributions: GoldAttribution[];
}

/** A span of an article, UTF-16 offsets as in the core. */
export interface Span {
  file: string;
  start: number;
  end: number;
}

/** The JSON block of one list. */
export function parseList(markdown: string, where: string): ExpectedStory {
  const m = /```json\n([\s\S]*?)\n```/.exec(markdown);
  if (!m) throw new Error(`${where}: no \`\`\`json block`);
  const list = JSON.parse(m[1]!) as ExpectedStory;
  // A writer may list off-topic articles by file name alone.
  list.offTopic = (list.offTopic as (string | { file: string; why: string })[]).map((o) => (typeof o === 'string' ? { file: o, why: '' } : o));
  return list;
}

/** Every list under test/stories, sorted by story id. */
export function loadLists(dir = LISTS): ExpectedStory[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'EXPECTED.md')))
    .sort()
    .map((d) => parseList(fs.readFileSync(path.join(dir, d, 'EXPECTED.md'), 'utf8'), d));
}

/** The invented stories' lists (their articles are in the repository, so they need no ../shared). */
export function loadInvented(): ExpectedStory[] {
  return loadLists(INVENTED);
}

export const isInvented = (s: ExpectedStory) => s.corpus.startsWith('invented/');

export function storyDir(s: ExpectedStory): string {
  return isInvented(s) ? path.join(LISTS, s.corpus) : path.join(SHARED, 'corpus', s.corpus);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The snippet as a pattern: any run of white space matches any other. */
const pattern = (s: string) => new RegExp(s.trim().split(/\s+/).map(escape).join('\\s+'), 'gu');

/** Where a snippet occurs in a text: [start, end) of each occurrence. */
export function occurrences(text: string, snippet: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(pattern(snippet))) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/**
 * The spans a reference names: the figure inside its context. Throws when the
 * context is missing or ambiguous (a list that cannot be resolved is a broken
 * list, not a pass). `any` resolves to the whole file.
 */
export function resolveRef(ref: FigureRef, text: string): Span[] {
  if (ref.any) return [{ file: ref.file, start: 0, end: text.length }];
  const figure = ref.figure ?? '';
  const context = ref.context ?? figure;
  const found = occurrences(text, context);
  if (found.length === 0) throw new Error(`${ref.file}: context «${context}» not found`);
  let chosen = found;
  if (ref.nth === undefined) {
    if (found.length > 1) throw new Error(`${ref.file}: context «${context}» occurs ${found.length} times (give nth)`);
  } else if (ref.nth > 0) {
    if (!found[ref.nth - 1]) throw new Error(`${ref.file}: context «${context}» has no occurrence ${ref.nth}`);
    chosen = [found[ref.nth - 1]!];
  }
  return chosen.map(([s, e]) => {
    const inner = occurrences(text.slice(s, e), figure)[0];
    if (!inner) throw new Error(`${ref.file}: figure «${figure}» not inside «${context}»`);
    return { file: ref.file, start: s + inner[0], end: s + inner[1] };
  });
}

/** Reads the articles of a story once. */
export class Articles {
  private texts = new Map<string, string>();
  constructor(readonly dir: string) {}
  files(): string[] {
    return fs.readdirSync(this.dir).filter((f) => f.endsWith('.txt')).sort();
  }
  text(file: string): string {
    let t = this.texts.get(file);
    if (t === undefined) this.texts.set(file, (t = fs.readFileSync(path.join(this.dir, file), 'utf8')));
    return t;
  }
  resolve(refs: FigureRef[]): Span[] {
    return refs.flatMap((r) => resolveRef(r, this.text(r.file)));
  }
}
