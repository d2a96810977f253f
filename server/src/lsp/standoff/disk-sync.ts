// Keeping the .ann on disk in step with its article: written when the article
// is saved (into the editor's copy when the .ann is open there, else renamed
// over the file only if nobody else wrote it meanwhile), re-anchored when the
// article changes on disk, and read again while another program seems to be
// writing it.
import fs from 'node:fs';
import path from 'node:path';
import type { FileEvent, TextEdit } from 'vscode-languageserver';
import { reanchor } from '../../standoff/index.js';
import { replaceIfUnchanged } from '../files.js';
import type { Translate } from '../l10n.js';
import { minimalEdit } from './edits.js';
import { annUriFor, pathOf, txtUriFor, type AnnStore } from './store.js';

/** The articles as the server knows them. */
export interface ArticleTexts {
  /** The article's text in the editor, when it is open. */
  open(uri: string): string | undefined;
  /** The article's text as last read from disk by the indexer, when it is indexed so. */
  indexed(uri: string): string | undefined;
  /** The article and the other articles of its story. */
  storyOf(uri: string): Set<string>;
}

/** What the server does once annotations changed. */
export interface AnnEffects {
  /** The .ann's diagnostics are due again. */
  publishAnn(annUri: string): void;
  /** Findings and diagnostics of these articles are due again. */
  refresh(uris: Set<string>): void;
  /** The places learnt from the .ann files are due again. */
  relearn(): void;
}

/** The editor and the user. */
export interface EditorIo {
  /** Applies an edit to the .ann open in the editor; true when the editor applied it. */
  applyEdit(annUri: string, edit: TextEdit): Promise<boolean>;
  /** A warning the user sees. */
  warn(message: string): void;
  log(message: string): void;
}

/**
 * When a .ann read after a change on disk looks unfinished (empty, or its
 * last line without a line end: where a writer in progress stops), it is read
 * again after each of these delays (ms) until it looks whole: a file written
 * in steps may get no notification for its last step (the watcher coalesced it).
 */
const REREAD_MS = [200, 500, 1000, 2000, 4000, 8000];

/** How long an article changed on disk must stay unchanged before its .ann is re-anchored (a writer in progress). */
const PULL_QUIET_MS = 400;

function looksUnfinished(ann: string | null): boolean {
  if (ann === null) return false; // deleted: nothing to wait for
  return ann === '' || !/[\r\n]$/.test(ann);
}

/** Milliseconds since the file was last written (Infinity when it cannot be told). */
function ageOf(uri: string): number {
  const file = pathOf(uri);
  try {
    return file ? Date.now() - fs.statSync(file).mtimeMs : Infinity;
  } catch {
    return Infinity;
  }
}

export class AnnDiskSync {
  /** Pending second reads of .ann files that looked unfinished, by .ann URI. */
  private readonly rereads = new Map<string, ReturnType<typeof setTimeout>>();
  /** Articles changed on disk and not re-anchored yet: the text their .ann was made for, kept until the file is quiet. */
  private readonly pulls = new Map<string, { before: string | undefined; timer?: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly store: AnnStore,
    private readonly articles: ArticleTexts,
    private readonly effects: AnnEffects,
    private readonly io: EditorIo,
    private readonly t: Translate,
  ) {}

  /** The article was saved: write its followed annotations. */
  async saved(uri: string): Promise<void> {
    this.store.invalidateText(uri);
    const text = this.articles.open(uri);
    if (text === undefined) return;
    const w = this.store.toWrite(uri, text);
    if (!w) return;
    await this.write(w.annUri, w.base, w.text);
    this.store.discard(uri);
    this.effects.publishAnn(w.annUri);
  }

  /** Writes `after`, made from `before`; false when the file on disk changed meanwhile and was left alone. */
  private async write(annUri: string, before: string, after: string): Promise<boolean> {
    if (this.store.isOpenInEditor(annUri)) {
      // the editor's copy: the editor applies the edit or refuses it, and the user sees which
      if (await this.io.applyEdit(annUri, minimalEdit(before, after))) this.store.setEditor(annUri, after);
      return true;
    }
    const file = pathOf(annUri);
    if (!file) return false;
    if (await replaceIfUnchanged(file, before, after)) {
      this.store.invalidate(annUri, after);
      return true;
    }
    // another program wrote it since it was read (maybe still writing): its file wins
    this.io.log(`${file} changed on disk since it was read: not written`);
    this.io.warn(this.t('Isnad did not write {0}: it changed on disk since Isnad read it (another program may be writing it). The file is kept as it is on disk and read again.', path.basename(file)));
    this.store.invalidate(annUri);
    this.changedOnDisk(annUri);
    this.rereadLater(annUri);
    return false;
  }

  /** A .ann on disk is not what the server held: its problems, the articles it annotates, the places it teaches. */
  private changedOnDisk(annUri: string): void {
    this.store.unanchored.delete(annUri);
    this.effects.publishAnn(annUri);
    this.effects.refresh(this.articles.storyOf(txtUriFor(annUri)));
    this.effects.relearn();
  }

  /** Reads the .ann again later while it looks unfinished; each change on disk starts over. */
  private rereadLater(annUri: string, attempt = 0): void {
    clearTimeout(this.rereads.get(annUri));
    this.rereads.delete(annUri);
    const delay = REREAD_MS[attempt];
    if (delay === undefined || this.store.isOpenInEditor(annUri)) return;
    const seen = this.store.persisted(annUri);
    if (!looksUnfinished(seen)) return;
    const timer = setTimeout(() => {
      this.rereads.delete(annUri);
      this.store.invalidate(annUri);
      const changed = this.store.persisted(annUri) !== seen;
      if (changed) this.changedOnDisk(annUri);
      this.rereadLater(annUri, changed ? 0 : attempt + 1);
    }, delay);
    timer.unref?.();
    this.rereads.set(annUri, timer);
  }

  /** Files changed on disk: call before the indexer reads them (the old text is still known). */
  async watched(changes: FileEvent[]): Promise<void> {
    const refresh = new Set<string>();
    for (const c of changes) {
      if (/\.ann$/i.test(c.uri)) {
        this.store.invalidate(c.uri);
        this.store.unanchored.delete(c.uri);
        this.effects.publishAnn(c.uri);
        for (const u of this.articles.storyOf(txtUriFor(c.uri))) refresh.add(u);
        this.rereadLater(c.uri);
      } else if (/\.txt$/i.test(c.uri)) {
        this.store.invalidateText(c.uri);
        if (c.type === 3) continue;
        await this.textChangedOnDisk(c.uri);
        refresh.add(c.uri);
      }
    }
    if (refresh.size) this.effects.refresh(refresh);
  }

  /**
   * The article changed on disk. A file still being written (a pull seen as
   * its first line, then the whole) is waited for: the re-anchoring runs once
   * the file has not changed for PULL_QUIET_MS, from the text the .ann was
   * made for to the text then on disk, never on a half.
   */
  private async textChangedOnDisk(uri: string): Promise<void> {
    const p = this.pulls.get(uri);
    if (p) clearTimeout(p.timer);
    const before = p ? p.before : this.articles.indexed(uri);
    const entry: { before: string | undefined; timer?: ReturnType<typeof setTimeout> } = { before };
    this.pulls.set(uri, entry);
    const age = ageOf(uri);
    if (age >= PULL_QUIET_MS) return this.reanchorPulled(uri);
    // not awaited: indexing goes on meanwhile; the articles are refreshed once it ran
    entry.timer = setTimeout(() => {
      if (this.pulls.get(uri) !== entry) return;
      this.store.invalidateText(uri);
      void this.textChangedOnDisk(uri).then(() => this.effects.refresh(this.articles.storyOf(uri)));
    }, PULL_QUIET_MS - age);
    entry.timer.unref?.();
  }

  private async reanchorPulled(uri: string): Promise<void> {
    const before = this.pulls.get(uri)?.before;
    this.pulls.delete(uri);
    const annUri = annUriFor(uri);
    const ann = this.store.persisted(annUri);
    const now = this.store.diskText(uri);
    if (ann === null || now === null) return;
    const open = this.articles.open(uri);
    if (open !== undefined && open === now) return; // saved from the editor: written on save
    const r = reanchor(ann, now, before);
    if (!r.ok) {
      this.effects.publishAnn(annUri);
      return;
    }
    // not written (the .ann changed too, e.g. the same pull): what is on disk was read again
    if (r.edits.length && !(await this.write(annUri, ann, r.text))) return;
    this.store.unanchored.set(annUri, r.problems);
    this.effects.publishAnn(annUri);
  }
}
