// Reads every article of the workspace folders, analyses it and files it in
// the server's stories, with progress, and keeps them current as files are
// created, changed and deleted on disk. Open documents are the editor's
// business: the disk never overrides them. Each call answers with the URIs
// whose diagnostics changed; the server publishes them.
import { pathToFileURL } from 'node:url';
import type { Findings } from '../core/types.js';
import { listArticles, readArticle } from './files.js';

export interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
}

/** An article as read from disk and analysed. */
export interface ReadArticle {
  text: string;
  findings: Findings;
}

/** Where the indexer files what it reads: the server's stories and conflicts. */
export interface IndexerHost {
  /** Is the article open in the editor? Then the disk is not read for it. */
  isOpen(uri: string): boolean;
  /** The article's size limit (its settings). */
  maxFileSize(uri: string): Promise<number>;
  /** Files an article read from disk, or forgets it (null: deleted, refused or unreadable); returns the URIs whose diagnostics changed. */
  file(uri: string, article: ReadArticle | null): Set<string>;
  /** Many articles are filed until the returned function is called: comparisons may wait for it; it returns the URIs they changed. */
  bulk(): () => Set<string>;
}

/** What the indexer says while it works: log lines and a progress bar. */
export interface IndexerReports {
  log(message: string): void;
  progress(title: string): Promise<Progress>;
}

/** Analyses an article's text; null when it must be refused (binary …). */
export type Analyse = (uri: string, text: string) => Findings | null;

export class Indexer {
  /** Each indexFolders call is one generation: a newer one cancels the older. */
  private generation = 0;

  constructor(
    private readonly host: IndexerHost,
    private readonly analyse: Analyse,
    private readonly reports: IndexerReports,
  ) {}

  /** Indexes every article below the folders; a newer call cancels an older one (which then answers no changes). */
  async indexFolders(folders: string[]): Promise<{ articles: number; changed: Set<string> }> {
    const gen = ++this.generation;
    const files = (await Promise.all(folders.map((f) => listArticles(f, this.reports.log)))).flat();
    const touched = new Set<string>();
    if (gen !== this.generation || files.length === 0) return { articles: 0, changed: touched };
    const progress = await this.reports.progress('Isnad: indexing articles');
    const addAll = (s: Set<string>): void => s.forEach((u) => touched.add(u));
    const t0 = performance.now();
    let done = 0;
    const endBulk = this.host.bulk();
    try {
      for (const file of files) {
        if (gen !== this.generation) return { articles: done, changed: new Set() }; // superseded
        const uri = pathToFileURL(file).href;
        if (!this.host.isOpen(uri)) addAll(await this.load(uri, file));
        done++;
        if (done % 50 === 0) progress.report(Math.round((done / files.length) * 100), `${done}/${files.length}`);
        // after every article, let edits, hovers and opens go first
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      addAll(endBulk());
      progress.done();
    }
    this.reports.log(`indexed ${done} articles in ${(performance.now() - t0).toFixed(0)} ms`);
    return { articles: done, changed: touched };
  }

  /** Reads one article from disk into the stories; returns the URIs whose diagnostics changed. */
  private async load(uri: string, file: string): Promise<Set<string>> {
    const read = await readArticle(file, await this.host.maxFileSize(uri));
    if (!read.ok) {
      if (read.reason !== 'too-large') this.reports.log(`skipped ${file}: ${read.reason}`);
      return this.host.file(uri, null);
    }
    let findings: Findings | null;
    try {
      findings = this.analyse(uri, read.text);
    } catch (e) {
      this.reports.log(`analysis of ${file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      findings = null;
    }
    return this.host.file(uri, findings ? { text: read.text, findings } : null);
  }

  /** A file was created or changed on disk; returns the URIs whose diagnostics changed. */
  async fileChanged(uri: string, file: string): Promise<Set<string>> {
    if (this.host.isOpen(uri)) return new Set();
    return this.load(uri, file);
  }

  /** A file was deleted on disk; returns the URIs whose diagnostics changed. */
  fileDeleted(uri: string): Set<string> {
    return this.host.file(uri, null);
  }
}
