// Where the annotations of each article are, for the server: the .ann on disk
// (or in the editor, when the client says it is open there), and, while the
// article is edited and not saved, a copy that follows the edits in memory.
// The pure core (../../annotations) does every computation; this file only
// keeps texts and says which one is current.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeEscaped } from '../escaped-utf8.js';
import { decodeText } from '../../core/text/decode-text.js';
import {
  annotationPathFor,
  canRewrite,
  everySpanPlaced,
  followTextChanges,
  parseAnn,
  reanchor,
  shiftView,
  toTextChanges,
  viewAnnotations,
  type AnnProblem,
  type AnnotationsView,
  type ContentChange,
  type TextChange,
} from '../../standoff/index.js';
import type { TextBoundLine } from '../../standoff/model.js';
import { anchoredIn } from '../../standoff/placeable.js';
import { SourceText } from '../../standoff/text-spans.js';
import { UncertainMarks } from './uncertain-marks.js';

export function annUriFor(txtUri: string): string {
  return annotationPathFor(txtUri);
}

export function txtUriFor(annUri: string): string {
  return annUri.replace(/\.ann$/i, '.txt');
}

export function pathOf(uri: string): string | null {
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function readOrNull(file: string | null, decode: (b: Buffer) => string = decodeText, skipped?: () => void): string | null {
  if (!file) return null;
  try {
    // a FIFO or a device named like an article would block the server: only regular files are read
    const st = fs.statSync(file);
    if (!st.isFile()) {
      skipped?.();
      return null;
    }
    return decode(fs.readFileSync(file));
  } catch {
    return null;
  }
}

/** Is the line `l` the annotation `raw` was (same id, same text), its offsets aside? */
function sameAnnotation(l: TextBoundLine, raw: string): boolean {
  const was = parseAnn(raw + '\n').lines[0];
  return was?.kind === 'textbound' && was.id === l.id && was.text === l.text;
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The spans in doubt whose words the change touches (or borders): their line
 * is kept as written, reported where it then is. The others follow the key
 * as any span does (their words are not touched, their text stays).
 */
function marksTouched(ann: string, txt: string, c: TextChange, marks: ReadonlyMap<string, string>): ReadonlySet<string> {
  const src = new SourceText(txt);
  const out = new Set<string>();
  for (const l of parseAnn(ann).lines) {
    if (l.kind !== 'textbound' || !marks.has(l.id) || !l.fragments.length) continue;
    const from = Math.min(src.length, Math.max(0, Math.min(...l.fragments.map((f) => f[0]))));
    const to = Math.min(src.length, Math.max(from, Math.max(...l.fragments.map((f) => f[1]))));
    const [s, e] = src.toUtf16([from, to]);
    if (c.start <= e && c.end >= s) out.add(l.id);
  }
  return out;
}

interface Pending {
  /** The persisted .ann it was derived from. */
  base: string;
  /** The .ann following the editor's text. */
  ann: string;
  /** The editor text it matches. */
  txt: string;
  /** May the persisted file be rewritten (its syntax reads and it has no conflict markers)? Lines that cannot be placed are kept byte for byte. */
  writable: boolean;
  problems: AnnProblem[];
  /** Spans an edit of this session changed (kept at the edited words, marked). */
  flagged: Set<string>;
  /**
   * Edits not followed yet: `ann`, `problems` and `flagged` are those before
   * them. Typing queues its keys here and the .ann follows them all at once
   * when it is next read (once per analysis, not once per key).
   */
  queue?: { ann: string; txt: string; flagged: Set<string>; changes: TextChange[] };
}

/** Keys queued before the .ann follows them anyway (following is linear in the queue). */
const MAX_QUEUED = 256;

/** Isnad may rewrite a file whose syntax reads and that has no conflict markers: per line, what it cannot place it keeps as written. */
function syntaxReads(doc: ReturnType<typeof parseAnn>): boolean {
  return !doc.conflicted && !doc.problems.some((p) => p.severity === 'error');
}

/**
 * The last view of an article's annotations: of `ann` at `txt`; or, when
 * typing only shifted it (`queue`), of the pending copy's queued edits up to
 * `upTo`, `ann` still the .ann before them. `placed`: every span was on its
 * text, so the keys that touch none of them may shift the view.
 */
interface CachedView {
  ann: string;
  txt: string;
  view: AnnotationsView;
  placed: boolean;
  queue?: NonNullable<Pending['queue']>;
  upTo?: number;
}

export class AnnStore {
  /** .ann files read from disk, by .ann URI (null: no file). */
  private readonly disk = new Map<string, string | null>();
  /** .ann documents open in the editor, by .ann URI. */
  private readonly editor = new Map<string, string>();
  /** Open articles edited since their .ann was last written, by .txt URI. */
  private readonly pending = new Map<string, Pending>();
  private readonly views = new Map<string, CachedView>();
  /** Lines that could not be re-anchored after the .txt changed on disk, by .ann URI. */
  readonly unanchored = new Map<string, AnnProblem[]>();
  /**
   * Spans whose place is in doubt, by .ann URI: id → the line as written. A
   * restarted server re-anchoring unsaved edits could not follow them, yet
   * their offsets spell their words in the editor's text (the words typed
   * again beside them): nothing else would show them. They are kept byte for
   * byte and reported until the annotator acts (accepts, re-attaches or
   * deletes). Kept on disk (uncertain-marks.ts): a later restart still knows.
   */
  readonly marks = new UncertainMarks();
  /** Called when spans of a .ann were found in doubt (its diagnostics are due). */
  onDoubted?: (annUri: string) => void;

  /**
   * The T lines of `ann` (the .ann of `annUri`) whose place is in doubt. A
   * mark follows its line while the line is the same annotation (same id,
   * same text: re-anchored by a pull, its offsets changed); it is dropped when
   * the id is gone or its text changed, never given to another line. Only the
   * .ann as the team has it (`persisted`) moves or drops a mark; one read half
   * written (empty, or no line end at its end) or gone drops nothing.
   */
  doubtedLines(annUri: string, ann: string | null): TextBoundLine[] {
    const marks = this.marks.of(annUri);
    if (!marks) return [];
    const out: TextBoundLine[] = [];
    const byId = new Map<string, TextBoundLine>();
    for (const l of ann === null ? [] : parseAnn(ann).lines) if (l.kind === 'textbound') byId.set(l.id, l);
    // only the .ann as the team has it changes the marks (a copy following unsaved keys, or derived for an older version, is only read)
    const persisted = ann === this.persisted(annUri);
    const whole = persisted && ann !== null && ann !== '' && /[\r\n]$/.test(ann);
    for (const [id, raw] of [...marks]) {
      const l = byId.get(id);
      if (l && l.raw === raw) out.push(l);
      else if (l && sameAnnotation(l, raw)) {
        if (persisted) this.marks.set(annUri, id, l.raw);
        out.push(l);
      } else if (whole) this.marks.delete(annUri, id);
    }
    return out;
  }

  /** The annotator accepts the span where it is (or re-attached it: the fix says so too). */
  acceptPlace(annUri: string, id: string): boolean {
    return this.marks.delete(annUri, id);
  }

  /** Spans `reanchor` could not follow from the disk's text to the editor's `txt` whose offsets still spell their words there. */
  private markDoubted(annUri: string, doc: ReturnType<typeof parseAnn>, problems: AnnProblem[], txt: string): void {
    const src = new SourceText(txt);
    let found = false;
    for (const p of problems) {
      const l = doc.lines[p.line];
      if (l?.kind !== 'textbound' || !anchoredIn(l, src)) continue;
      this.marks.set(annUri, l.id, l.raw);
      found = true;
    }
    if (found) this.onDoubted?.(annUri);
  }

  /** The .ann as the team has it: the editor's copy, else the file (null when there is none). */
  persisted(annUri: string): string | null {
    const e = this.editor.get(annUri);
    if (e !== undefined) return e;
    if (!this.disk.has(annUri)) {
      this.notRegular.delete(annUri);
      this.disk.set(annUri, readOrNull(pathOf(annUri), decodeEscaped, () => this.notRegular.add(annUri)));
    }
    return this.disk.get(annUri) ?? null;
  }

  /** .ann paths that are not regular files (a pipe, a device): skipped, and the user is told. */
  private readonly notRegular = new Set<string>();

  /** Was the .ann skipped when last read because it is not a regular file? */
  skippedAsNotAFile(annUri: string): boolean {
    this.persisted(annUri);
    return this.notRegular.has(annUri);
  }

  isOpenInEditor(annUri: string): boolean {
    return this.editor.has(annUri);
  }

  /** The client says a .ann is open (text) or closed (null). */
  setEditor(annUri: string, text: string | null): void {
    if (text === null) this.editor.delete(annUri);
    else this.editor.set(annUri, text);
  }

  /** The file changed on disk (or was written by the server). */
  invalidate(annUri: string, text?: string | null): void {
    if (text === undefined) this.disk.delete(annUri);
    else this.disk.set(annUri, text);
  }

  /** Everything read from disk is read again when next needed (the .ann documents open in the editor are the editor's). */
  forgetDisk(): void {
    this.disk.clear();
    this.texts.clear();
  }

  /** Articles read from disk, by .txt URI (dropped when the file changes or is saved). */
  private readonly texts = new Map<string, string | null>();

  /** The .txt on disk (what the persisted .ann was made for). */
  diskText(txtUri: string): string | null {
    if (!this.texts.has(txtUri)) this.texts.set(txtUri, readOrNull(pathOf(txtUri)));
    return this.texts.get(txtUri) ?? null;
  }

  /** The .txt changed on disk (saved, pulled). */
  invalidateText(txtUri: string): void {
    this.texts.delete(txtUri);
  }

  /**
   * The .ann that matches `txt`, the article's current text: the followed copy
   * while it is edited, else the persisted file (re-anchored in memory when
   * the editor's text is not the text on disk).
   */
  current(txtUri: string, txt: string): string | null {
    const annUri = annUriFor(txtUri);
    const base = this.persisted(annUri);
    if (base === null) {
      this.pending.delete(txtUri);
      return null;
    }
    const p = this.settled(txtUri);
    if (p && p.base === base) {
      if (p.txt === txt) return p.ann;
      // another version of the text (an answer for an older version): derived, the followed copy stays
      const r = reanchor(p.ann, txt, p.txt);
      return r.ok ? r.text : p.ann;
    }
    this.pending.delete(txtUri);
    const onDisk = this.diskText(txtUri);
    if (onDisk === null || onDisk === txt) return base;
    const doc = parseAnn(base);
    // the file fits the text on disk: it follows the diff to the editor's text, even where its
    // offsets happen to spell their words in it (a copy typed beside the word: other words now)
    if (!canRewrite(doc, onDisk) && canRewrite(doc, txt)) return base;
    const r = reanchor(base, txt, onDisk);
    if (!r.ok) return base;
    this.markDoubted(annUri, doc, r.problems, txt);
    this.pending.set(txtUri, { base, ann: r.text, txt, writable: syntaxReads(doc), problems: r.problems, flagged: new Set() });
    return r.text;
  }

  /** The pending copy with its queued edits followed (deleted when they cannot be: the file's syntax does not read). */
  private settled(txtUri: string): Pending | undefined {
    const p = this.pending.get(txtUri);
    if (!p?.queue) return p;
    const q = p.queue;
    delete p.queue;
    // key by key, as if each had been followed when typed: a span deleted by a later key is then
    // kept where the keys before it had moved it, whenever the queue is read
    let ann = q.ann;
    let txt = q.txt;
    let flagged: ReadonlySet<string> = q.flagged;
    let problems: AnnProblem[] = [];
    const marks = this.marks.of(annUriFor(txtUri));
    for (const c of q.changes) {
      const r = followTextChanges(ann, txt, [c], flagged, marks ? marksTouched(ann, txt, c, marks) : NO_IDS);
      if (!r.ok) {
        this.pending.delete(txtUri);
        return undefined;
      }
      ann = r.text;
      txt = txt.slice(0, c.start) + c.text + txt.slice(c.end);
      problems = r.problems;
      // a marked span stays marked until its text is back (then it is anchored and needs no flag)
      flagged = new Set(r.marked);
    }
    p.ann = ann;
    p.problems = problems;
    p.flagged = new Set(flagged);
    return p;
  }

  /** The editor changed the article: its annotations follow the text in memory. */
  follow(txtUri: string, before: string, changes: ContentChange[]): void {
    const base = this.persisted(annUriFor(txtUri));
    if (base === null) return;
    const { changes: textChanges, after } = toTextChanges(before, changes);
    const p = this.pending.get(txtUri);
    if (p && p.base === base && p.txt === before) {
      // typing: queued, followed when the .ann is next read
      p.queue ??= { ann: p.ann, txt: before, flagged: p.flagged, changes: [] };
      p.queue.changes.push(...textChanges);
      p.txt = after;
      if (p.queue.changes.length > MAX_QUEUED) this.settled(txtUri);
      return;
    }
    let cur: string;
    let writable: boolean;
    const doc = parseAnn(base);
    const onDisk = this.diskText(txtUri);
    // the file fits both the disk's text and the editor's other one (a restart with unsaved edits): re-anchored first
    if (canRewrite(doc, before) && !(onDisk !== null && onDisk !== before && canRewrite(doc, onDisk))) {
      // the file fits the text before the edit (whatever the disk holds by now)
      cur = base;
      writable = true;
    } else {
      cur = this.current(txtUri, before)!;
      const q = this.settled(txtUri);
      writable = q !== undefined && q.base === base ? q.writable : syntaxReads(parseAnn(base));
    }
    this.pending.set(txtUri, { base, ann: cur, txt: after, writable, problems: [], flagged: new Set(), queue: { ann: cur, txt: before, flagged: new Set(), changes: textChanges } });
  }

  /** What to write when the article is saved: the followed .ann, if it differs and may be written. */
  toWrite(txtUri: string, txt: string): { annUri: string; base: string; text: string } | null {
    const p = this.settled(txtUri);
    const annUri = annUriFor(txtUri);
    if (!p || p.txt !== txt || p.base !== this.persisted(annUri) || !p.writable) return null;
    const text = this.forDisk(txtUri, txt, p.ann);
    return text === p.base ? null : { annUri, base: p.base, text };
  }

  /**
   * A .ann made against the editor's text `txt`, in the offsets of the file
   * on disk. They differ where the editor hides the file's byte order mark
   * (VS Code does): the file, like the CLI, counts it as one code point, so
   * every span after it moves one on. Only then: otherwise `ann` as it is.
   */
  forDisk(txtUri: string, txt: string, ann: string): string {
    const disk = this.diskText(txtUri);
    if (disk === null || disk.charCodeAt(0) !== 0xfeff || txt.charCodeAt(0) === 0xfeff || disk.length !== txt.length + 1 || !disk.endsWith(txt)) return ann;
    const r = reanchor(ann, disk, txt);
    return r.ok ? r.text : ann;
  }

  /** Spans of the article's followed copy that Isnad kept but could not place (empty when none is followed). */
  problems(txtUri: string): AnnProblem[] {
    return this.settled(txtUri)?.problems ?? [];
  }

  /** The article was closed without saving: what is on disk holds again. */
  discard(txtUri: string): void {
    this.pending.delete(txtUri);
  }

  /** The annotations of the article at its current text, read for the editor. */
  view(txtUri: string, txt: string): AnnotationsView | null {
    const fast = this.shifted(txtUri, txt);
    if (fast) return fast;
    const ann = this.current(txtUri, txt);
    if (ann === null) return null;
    const v = this.views.get(txtUri);
    if (v && !v.queue && v.ann === ann && v.txt === txt) return v.view;
    const view = viewAnnotations(ann, txt);
    this.views.set(txtUri, { ann, txt, view, placed: everySpanPlaced(ann, txt) });
    return view;
  }

  /** Is every span of the article's annotations on its text at `txt` (nothing to report in the article)? */
  allPlaced(txtUri: string, txt: string): boolean {
    if (this.view(txtUri, txt) === null) return true;
    const v = this.views.get(txtUri);
    return !!v && v.placed && v.txt === txt;
  }

  /**
   * Keys that touched no annotated word, on a .ann whose spans were all on
   * their text: the last view shifted by them (linear in the spans; the .ann
   * itself follows them when it is next read). Null when that does not hold.
   */
  private shifted(txtUri: string, txt: string): AnnotationsView | null {
    const p = this.pending.get(txtUri);
    const q = p?.queue;
    const v = this.views.get(txtUri);
    if (!p || !q || !v?.placed || p.txt !== txt || p.base !== this.persisted(annUriFor(txtUri))) return null;
    // a span whose place is in doubt does not shift with the text: its line is kept
    if (this.marks.has(annUriFor(txtUri))) return null;
    let from: number;
    if (v.queue === q) from = v.upTo!;
    else if (!v.queue && v.ann === q.ann && v.txt === q.txt) from = 0;
    else return null;
    if (from === q.changes.length && v.txt === txt) return v.view;
    const view = shiftView(v.view, q.changes.slice(from));
    if (!view) return null;
    this.views.set(txtUri, { ann: q.ann, txt, view, placed: true, queue: q, upTo: q.changes.length });
    return view;
  }
}
