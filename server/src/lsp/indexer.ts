// Reads every article of the workspace folders into the stories, with
// progress, and keeps them current as files are created, changed and deleted
// on disk. Open documents are the editor's business: the disk never overrides them.
import { pathToFileURL } from 'node:url';
import type { Findings } from '../core/types.js';
import { listArticles, readArticle } from './files.js';
import type { Stories } from './stories.js';

export interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
}

export interface IndexerHost {
  stories: Stories;
  /** Files an article read from disk; returns the URIs whose diagnostics changed. */
  store(uri: string, text: string, findings: Findings): Set<string>;
  /** Forgets an article; returns the URIs whose diagnostics changed. */
  drop(uri: string): Set<string>;
  isOpen(uri: string): boolean;
  maxFileSize(uri: string): Promise<number>;
  /** Analyses a text; null when it must be refused (binary …). */
  analyse(uri: string, text: string): Findings | null;
  progress(title: string): Promise<Progress>;
  log(message: string): void;
  /** These documents' diagnostics are due again. */
  changed(uris: Set<string>): void;
  /** Bulk indexing begins: conflicts may wait until bulkEnd(). */
  bulkStart(): void;
  /** Bulk indexing ends: returns the URIs whose conflicts changed meanwhile. */
  bulkEnd(): Set<string>;
}

export class Indexer {
  private generation = 0;

  constructor(private readonly host: IndexerHost) {}

  /** Indexes every article below the folders; a newer call cancels an older one. */
  async indexFolders(folders: string[]): Promise<number> {
    const gen = ++this.generation;
    const files = (await Promise.all(folders.map((f) => listArticles(f, this.host.log)))).flat();
    if (gen !== this.generation || files.length === 0) return 0;
    const progress = await this.host.progress('Isnad: indexing articles');
    const touched = new Set<string>();
    const addAll = (s: Set<string>): void => s.forEach((u) => touched.add(u));
    const t0 = performance.now();
    let done = 0;
    this.host.bulkStart();
    try {
      for (const file of files) {
        if (gen !== this.generation) return done; // superseded
        const uri = pathToFileURL(file).href;
        if (!this.host.isOpen(uri)) addAll(await this.load(uri, file));
        done++;
        if (done % 50 === 0) progress.report(Math.round((done / files.length) * 100), `${done}/${files.length}`);
        // after every article, let edits, hovers and opens go first
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      addAll(this.host.bulkEnd());
      progress.done();
    }
    this.host.log(`indexed ${done} articles in ${(performance.now() - t0).toFixed(0)} ms`);
    this.host.changed(touched);
    return done;
  }

  /** Reads one article from disk into the stories; returns the URIs whose diagnostics changed. */
  private async load(uri: string, file: string): Promise<Set<string>> {
    const read = await readArticle(file, await this.host.maxFileSize(uri));
    if (!read.ok) {
      if (read.reason !== 'too-large') this.host.log(`skipped ${file}: ${read.reason}`);
      return this.host.drop(uri);
    }
    let findings: Findings | null;
    try {
      findings = this.host.analyse(uri, read.text);
    } catch (e) {
      this.host.log(`analysis of ${file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      findings = null;
    }
    if (!findings) return this.host.drop(uri);
    return this.host.store(uri, read.text, findings);
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string, file: string): Promise<void> {
    if (this.host.isOpen(uri)) return;
    this.host.changed(await this.load(uri, file));
  }

  /** A file was deleted on disk. */
  fileDeleted(uri: string): void {
    this.host.changed(this.host.drop(uri));
  }
}
