// Helpers of the annotation-store tests through the real server: a fresh
// temporary folder per test (and a git repository it is cloned from),
// applying a WorkspaceEdit to the files on disk as the editor does, code
// point offsets, real git, waiting for a condition.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Pos {
  line: number;
  character: number;
}

export interface TextDocEdit {
  textDocument: { uri: string };
  edits: { range: { start: Pos; end: Pos }; newText: string }[];
}
export type DocChange = TextDocEdit | { kind: 'create'; uri: string } | { kind: 'rename'; oldUri: string; newUri: string };

export interface CodeAction {
  title: string;
  kind?: string;
  disabled?: { reason: string };
  edit?: { documentChanges?: DocChange[] };
  data?: unknown;
}

export function offsetAt(text: string, p: Pos): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i]!;
    i++;
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return i + p.character;
}

export function positionAt(text: string, offset: number): Pos {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** Applies a WorkspaceEdit to the files on disk, as the editor does: text edits against the file as it is now; returns the URIs it edited. */
export function applyEdit(edit: CodeAction['edit']): string[] {
  const touched: string[] = [];
  for (const c of edit?.documentChanges ?? []) {
    if ('kind' in c) {
      if (c.kind === 'create') {
        const file = fileURLToPath(c.uri);
        if (!fs.existsSync(file)) fs.writeFileSync(file, '');
      } else if (c.kind === 'rename') fs.renameSync(fileURLToPath(c.oldUri), fileURLToPath(c.newUri));
      continue;
    }
    const file = fileURLToPath(c.textDocument.uri);
    let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const edits = c.edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((x, y) => y.s - x.s);
    for (const e of edits) text = text.slice(0, e.s) + e.t + text.slice(e.e);
    fs.writeFileSync(file, text);
    touched.push(c.textDocument.uri);
  }
  return touched;
}

/** Code point offsets [start, end) of the n-th occurrence of `word`. */
export function cpOf(text: string, word: string, n = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(word, i + 1);
  if (i < 0) throw new Error(`${word} not in the text`);
  const s = Array.from(text.slice(0, i)).length;
  return [s, s + Array.from(word).length];
}

export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Isnad Test', '-c', 'user.email=test@isnad.invalid', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export async function until<T>(what: string, f: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The ids of the .ann lines, in order (a repeated one shows twice). */
export const idsOf = (ann: string): string[] => ann.split(/\r?\n/).filter((l) => /^[TARN#E]\d+\t/.test(l)).map((l) => l.split('\t')[0]!);

/**
 * A test's folder of articles, made fresh under a temporary root (make() in
 * beforeEach, remove() in afterEach): the root itself, or root/WORK when a git
 * repository is to sit beside it (cloneOf).
 */
export class TempFolder {
  root = '';
  dir = '';

  constructor(
    private readonly prefix: string,
    private readonly work?: string,
  ) {}

  make(): string {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), this.prefix));
    this.dir = this.work ? path.join(this.root, this.work) : this.root;
    if (this.work) fs.mkdirSync(this.dir);
    return this.dir;
  }

  remove(): void {
    if (this.root) fs.rmSync(this.root, { recursive: true, force: true });
  }

  readonly uri = (name: string): string => pathToFileURL(path.join(this.dir, name)).href;
  readonly file = (name: string): string => path.join(this.dir, name);

  /** Commits these files to a repository beside the folder (root/upstream) and makes the folder a clone of it; returns the repository's path. */
  cloneOf(files: Record<string, string>): string {
    const upstream = path.join(this.root, 'upstream');
    fs.mkdirSync(upstream);
    git(upstream, 'init', '-q');
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(upstream, name), text);
    git(upstream, 'add', '.');
    git(upstream, 'commit', '-qm', 'first');
    fs.rmSync(this.dir, { recursive: true });
    git(this.root, 'clone', '-q', upstream, this.dir);
    return upstream;
  }
}
