// Spans whose place is in doubt (annotation-uncertain), kept on disk so that
// a restarted server still knows: `.isnad/local/uncertain-places.json` in the
// workspace folder of the .ann, keyed by the .ann's path in the folder and the
// exact text of the line. A sidecar, not a note in the .ann: the doubt is
// found while the article has unsaved edits (the .ann must not be written
// ahead of it), accepting must write nothing to the team's file, and a note
// would be exported and shown as the annotator's own. The folder is ignored by
// git (its own .gitignore): the doubt is this annotator's, about an edit they
// made before a crash. docs/store-cases.md says why in full.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempNameFor } from '../temp-files.js';

export const MARKS_FILE = path.join('.isnad', 'local', 'uncertain-places.json');

/** Larger than any real file of marks: not read (a stray file must not stall the server). */
const MAX_BYTES = 4 << 20;

interface StoredMark {
  /** The .ann, relative to the folder, with '/'. */
  ann: string;
  /** The line as it was when marked (or last followed). */
  line: string;
}

function pathOfUri(uri: string): string | null {
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function readMarks(file: string): StoredMark[] {
  try {
    const st = fs.statSync(file);
    // a pipe or a device named like the file would block the server
    if (!st.isFile() || st.size > MAX_BYTES) return [];
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { marks?: unknown };
    if (!Array.isArray(data.marks)) return [];
    return data.marks.filter((m): m is StoredMark => !!m && typeof m === 'object' && typeof (m as StoredMark).ann === 'string' && typeof (m as StoredMark).line === 'string');
  } catch {
    return [];
  }
}

function writeMarks(file: string, marks: StoredMark[]): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  // the folder is this annotator's: git ignores it, its .gitignore included
  const ignore = path.join(dir, '.gitignore');
  if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '*\n');
  const body = {
    about: 'Isnad: annotations whose place could not be told with certainty after a restart; each is reported until the annotator accepts, re-attaches or deletes it.',
    marks,
  };
  const tmp = tempNameFor(file);
  try {
    fs.writeFileSync(tmp, JSON.stringify(body, null, 2) + '\n');
    fs.renameSync(tmp, file);
  } catch (e) {
    // no temporary file is left behind (a full disk, a folder made read-only)
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** The id of a .ann line (its first field). */
const idOf = (line: string): string => line.split('\t', 1)[0]!;

/** The marks of every .ann, by .ann URI: id → the line as written. Read from the folder's file when first needed; written on each change. */
export class UncertainMarks {
  private readonly byAnn = new Map<string, Map<string, string>>();
  /** Each folder's file as last read or written (read once: a folder has thousands of .ann files). */
  private readonly files = new Map<string, StoredMark[]>();
  /** The workspace folders (a .ann outside them keeps its marks in its own folder's .isnad). */
  roots: () => string[] = () => [];
  /** A mark could not be written (it still holds in memory). */
  onError?: (message: string) => void;

  private placeOf(annUri: string): { file: string; key: string } | null {
    const ann = pathOfUri(annUri);
    if (!ann) return null;
    const inside = this.roots()
      .filter((r) => !path.relative(r, ann).startsWith('..') && !path.isAbsolute(path.relative(r, ann)))
      .sort((a, b) => b.length - a.length)[0];
    const root = inside ?? path.dirname(ann);
    return { file: path.join(root, MARKS_FILE), key: path.relative(root, ann).split(path.sep).join('/') };
  }

  /** The marks of a .ann (id → line); undefined when it has none. */
  of(annUri: string): Map<string, string> | undefined {
    let marks = this.byAnn.get(annUri);
    if (!marks) {
      marks = new Map();
      const at = this.placeOf(annUri);
      if (at) for (const m of this.stored(at.file)) if (m.ann === at.key) marks.set(idOf(m.line), m.line);
      this.byAnn.set(annUri, marks);
    }
    return marks.size ? marks : undefined;
  }

  private stored(file: string): StoredMark[] {
    let marks = this.files.get(file);
    if (!marks) this.files.set(file, (marks = readMarks(file)));
    return marks;
  }

  has(annUri: string): boolean {
    return this.of(annUri) !== undefined;
  }

  set(annUri: string, id: string, line: string): void {
    this.of(annUri);
    const marks = this.byAnn.get(annUri)!;
    if (marks.get(id) === line) return;
    marks.set(id, line);
    this.save(annUri);
  }

  delete(annUri: string, id: string): boolean {
    const had = this.of(annUri)?.delete(id) ?? false;
    if (had) this.save(annUri);
    return had;
  }

  /** Writes this .ann's marks into its folder's file, the other files' marks as they are there now (another server may share it). */
  private save(annUri: string): void {
    const at = this.placeOf(annUri);
    if (!at) return;
    const others = readMarks(at.file).filter((m) => m.ann !== at.key);
    const mine = [...(this.byAnn.get(annUri)?.values() ?? [])].map((line) => ({ ann: at.key, line }));
    if (!others.length && !mine.length && !fs.existsSync(at.file)) return;
    try {
      writeMarks(at.file, [...others, ...mine]);
      this.files.set(at.file, [...others, ...mine]);
    } catch (e) {
      this.onError?.(`the marks of ${at.key} could not be written to ${at.file}: ${String(e)}`);
    }
  }
}
