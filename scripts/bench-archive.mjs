// The archive benchmark: the server indexes a folder of N generated articles
// (N = 1, 10, 100, 1 000, 10 000), and in the largest an edit of one article
// updates the conflicts of another. Prints times and peak memory; asserts nothing.
//   node scripts/bench-archive.mjs [--max N] [--only N] [--server dist/server.cjs] [--json FILE]
// --server: another build (npm run bench -- --baseline REV).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const max = process.argv.includes('--max') ? Number(process.argv[process.argv.indexOf('--max') + 1]) : 10000;
const EDITS = 7;
const only = process.argv.includes('--only') ? Number(process.argv[process.argv.indexOf('--only') + 1]) : 0;
const sizes = only ? [only] : [1, 10, 100, 1000, 10000].filter((n) => n <= max);
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const server = path.resolve(arg('--server') ?? path.join(root, 'dist/server.cjs'));
const NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'server/src/node-flags.json'), 'utf8'));
if (!arg('--server') && !fs.existsSync(server)) execFileSync(process.execPath, ['scripts/build.mjs', '--no-check'], { cwd: root, stdio: 'inherit' });

function archive(n) {
  const dir = path.join(root, '.bench', `archive-${n}`);
  if (!fs.existsSync(dir)) execFileSync(process.execPath, [path.join(root, 'scripts/gen-archive.mjs'), dir, String(n)], { stdio: 'inherit' });
  return dir;
}

/** CPU time (user + system) the process has used so far, in ms (/proc: Linux only; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

function peakRssMiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function run(n, measureEdit) {
  const dir = archive(n);
  // started as the VS Code client starts it (server/src/node-flags.json)
  const proc = spawn(process.execPath, [...NODE_FLAGS, ...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = [];
  const waiters = [];
  let indexed;
  const indexedP = new Promise((r) => (indexed = r));
  conn.onNotification('window/logMessage', (p) => {
    if (process.env.DEBUG) console.error(p.message);
    const m = /indexed (\d+) articles in (\d+) ms/.exec(p.message);
    if (m) indexed({ count: Number(m[1]), ms: Number(m[2]) });
  });
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    published.push({ t: performance.now(), p });
    for (const w of [...waiters]) if (w.pred(p)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(performance.now()));
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const t0 = performance.now();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'archive' }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
  await conn.sendNotification('initialized', {});
  const { count, ms } = await indexedP;
  const wall = performance.now() - t0;
  // the folder's diagnostics go out after indexing, in the background: wait until they are all sent
  const quiet = async (gap) => {
    for (;;) {
      const last = published.at(-1)?.t ?? 0;
      await new Promise((r) => setTimeout(r, gap));
      if ((published.at(-1)?.t ?? 0) === last) return last;
    }
  };
  const lastSent = await quiet(500);
  const row = { n, count, indexMs: ms, wallMs: wall, publishedMs: Math.max(0, lastSent - t0), rssMiB: peakRssMiB(proc.pid), cpuMs: cpuMs(proc.pid) };
  if (measureEdit) {
    // EDITS times: an article with a conflict whose other side is in another article, the user
    // has both open, and the figure becomes a word; the other's message named it, so it must change
    const same = (a, b) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
    const used = new Set();
    const pair = () => {
      const latest = new Map(published.map((x) => [x.p.uri, x.p.diagnostics]));
      for (const [uri, diags] of latest) {
        if (used.has(uri)) continue;
        for (const d of diags) {
          if (d.code !== 'contradiction') continue;
          const ri = d.relatedInformation?.find((r) => r.location.uri !== uri && !used.has(r.location.uri) && latest.get(r.location.uri)?.some((x) => x.code === 'contradiction' && same(x.range, r.location.range)));
          if (ri) return { hit: ri.location.uri, range: ri.location.range, other: uri };
        }
      }
      return null;
    };
    row.edits = [];
    for (let k = 0; k < EDITS; k++) {
      const p = pair();
      if (!p) break;
      used.add(p.hit).add(p.other);
      for (const uri of [p.hit, p.other]) {
        await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(fileURLToPath(uri), 'utf8') } });
      }
      await quiet(500);
      const done = new Promise((resolve) => waiters.push({ pred: (x) => x.uri === p.other, resolve }));
      const from = published.length;
      const tEdit = performance.now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: p.hit, version: 2 }, contentChanges: [{ range: p.range, text: 'عدد' }] });
      const tOther = await Promise.race([done, new Promise((r) => setTimeout(() => r(NaN), 10000))]);
      // and the closed articles whose messages named that figure, sent in the background
      const tLast = await quiet(1000);
      const after = published.slice(from);
      row.edits.push({ otherMs: tOther - tEdit, allMs: after.length ? tLast - tEdit : 0, closed: new Set(after.map((x) => x.p.uri).filter((u) => u !== p.hit && u !== p.other)).size });
    }
    row.rssMiB = peakRssMiB(proc.pid);
  }
  await conn.sendRequest('shutdown').catch(() => undefined);
  await conn.sendNotification('exit').catch(() => undefined);
  await new Promise((r) => {
    const timer = setTimeout(() => (proc.kill(), r()), process.env.PROF ? 60000 : 3000);
    proc.on('exit', () => (clearTimeout(timer), r()));
  });
  return row;
}

console.log(`\narchive: a folder of N generated articles (one story), ${sizes.join(', ')}; peak RSS over indexing and publishing every article's diagnostics`);
console.log(`${'articles'.padStart(9)}${'index (ms)'.padStart(12)}${'ms/article'.padStart(12)}${'all published (ms)'.padStart(20)}${'peak RSS (MiB)'.padStart(16)}${'server CPU (ms)'.padStart(17)}`);
const rows = [];
for (const n of sizes) {
  const r = await run(n, n === sizes.at(-1) || n >= 1000);
  rows.push(r);
  console.log(`${String(r.count).padStart(9)}${r.indexMs.toFixed(0).padStart(12)}${(r.indexMs / Math.max(1, r.count)).toFixed(2).padStart(12)}${r.publishedMs.toFixed(0).padStart(20)}${r.rssMiB.toFixed(0).padStart(16)}${r.cpuMs.toFixed(0).padStart(17)}`);
}
for (const edit of rows.filter((r) => r.edits?.length)) {
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const e = edit.edits;
  console.log(`${e.length} edits in ${edit.count} articles, each removing a figure in conflict with another open article (median, max):`);
  console.log(`  edit → the other open article's diagnostics: ${med(e.map((x) => x.otherMs)).toFixed(1)} ms, ${Math.max(...e.map((x) => x.otherMs)).toFixed(1)} ms`);
  console.log(`  edit → the last closed article whose message named it (sent in the background; ${med(e.map((x) => x.closed))} articles): ${med(e.map((x) => x.allMs)).toFixed(0)} ms, ${Math.max(...e.map((x) => x.allMs)).toFixed(0)} ms`);
}
if (arg('--json')) fs.writeFileSync(arg('--json'), JSON.stringify(rows));
