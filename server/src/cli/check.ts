// `isnad check PATH… [--json]`: what the server would show, from the command
// line. Exit 0: no conflicts; 1: conflicts found; 2: bad usage or unreadable input.
// checkMain takes the detectors to run (the shipped ones by default) and where
// its output goes, so a test can run it with a detector of its own.
import { decodeText } from '../core/text/decode-text.js';
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../core/analyse.js';
import { Gazetteer } from '../core/places/gazetteer.js';
import { refuse } from '../core/text/guard.js';
import { collectShown, UsageError, type Collected } from './files.js';
import { documentJson, type DocumentJson } from './json.js';
import { offTopicArticles, storyConflicts, type Article } from './story.js';
import { conflictGroups, conflictsText, documentText } from './text.js';
import { storyTables, tableText } from './table.js';
import type { Detector } from '../core/plugins.js';

const USAGE = `usage: isnad check [--json] [--table] [--max-size N] PATH…
  PATH       article files (.txt) or folders (every .txt below them)
  --json     machine-readable output (offsets in Unicode code points, and line/column)
every finding is printed as path:line:column (1-based; the column counts
UTF-16 units, as VS Code does), paths relative to the folder given
  --table    the story's figures grouped by what is counted, one table per folder
  --max-size skip files with more characters than N (default 2000000)
exit status: 0 no conflicts (hints aside), 1 conflicts found, 2 bad usage or unreadable input
       isnad export --format brat|webanno|tsv|conll [--out DIR] [--base IRI] PATH…
       isnad agreement A.ann B.ann [--text X.txt] [--json]`;

interface Options {
  json: boolean;
  table: boolean;
  maxSize: number;
  paths: string[];
}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  const o: Options = { json: false, table: false, maxSize: 2_000_000, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--table') o.table = true;
    else if (a === '--max-size') {
      const n = Number(rest[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-size takes a positive number');
      o.maxSize = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
    else o.paths.push(a);
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given');
  return o;
}

/** What checkMain may be given besides the arguments. */
export interface CheckOptions {
  /** The detectors every analysis runs, in order: DETECTORS (core/plugins.ts) by default. */
  detectors?: readonly Detector[];
  /** Where the report goes (console.log by default). */
  out?: (text: string) => void;
}

export function checkMain(argv: string[], options: CheckOptions = {}): number {
  const out = options.out ?? ((text: string) => console.log(text));
  let o: Options;
  let files: Collected[];
  try {
    o = parseArgs(argv);
    files = collectShown(o.paths);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`isnad: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const gazetteer = (Gazetteer as unknown as { load?: () => Gazetteer }).load?.() ?? Gazetteer.empty();
  const documents: DocumentJson[] = [];
  const articles: Article[] = [];
  const skipped: { path: string; reason: string }[] = [];
  let unreadable = false;
  for (const { file, shown } of files) {
    let text: string;
    try {
      text = decodeText(fs.readFileSync(file));
    } catch (e) {
      console.error(`isnad: cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      unreadable = true;
      continue;
    }
    const refusal = refuse(text, o.maxSize);
    if (refusal) {
      const reason = refusal.ruleId === 'binary' ? 'binary file (contains NUL characters)' : `too large (${refusal.size} characters, limit ${refusal.limit})`;
      skipped.push({ path: shown, reason });
      console.error(`isnad: skipped ${shown}: ${reason}`);
      continue;
    }
    const name = path.basename(file, path.extname(file));
    const analysis = analyse(text, { gazetteer, article: name, ...(options.detectors ? { detectors: options.detectors } : {}) });
    documents.push(documentJson(shown, analysis));
    articles.push({ path: shown, absolute: file, analysis });
  }
  const conflicts = storyConflicts(articles);
  const offTopic = offTopicArticles(articles);
  if (o.json) out(JSON.stringify({ documents, conflicts, offTopic, ...(o.table ? { stories: storyTables(articles) } : {}), skipped }, null, 2));
  else if (o.table) {
    for (const t of storyTables(articles)) out(tableText(t) + '\n');
    out(summary(documents.length, conflictGroups(conflicts), o.paths));
  } else {
    // each document with its analysis's kinds: a detector given here shows too
    documents.forEach((d, i) => out(documentText(d, articles[i]!.analysis.kinds) + '\n'));
    if (conflicts.length) out(conflictsText(conflicts) + '\n');
    // as the editor's hint says: another event's article, its figures not compared
    for (const a of offTopic) out(`off topic (another event; its figures are not compared): ${a.path}\n  ${a.why}\n`);
    out(summary(documents.length, conflictGroups(conflicts), o.paths));
  }
  if (unreadable) return 2;
  // hints (pairs below the confidence threshold) are listed, not failures
  return conflicts.some((c) => !c.hint) ? 1 : 0;
}

/** The closing line; with one folder given it names it, since the paths above are relative to it. */
function summary(articles: number, conflicts: number, paths: string[]): string {
  const one = paths.length === 1 && fs.existsSync(paths[0]!) && fs.statSync(paths[0]!).isDirectory();
  return `${articles} article(s), ${conflicts} conflict(s)${one ? ` in ${paths[0]}` : ''}`;
}
