// The archive benchmark: the server indexes a folder of N generated articles
// (N = 1, 10, 100, 1 000, 10 000), and in the largest an edit of one article
// updates the conflicts of another. Prints times and peak memory; asserts nothing.
//   node scripts/bench-archive.mjs [--max N]
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const max = process.argv.includes('--max') ? Number(process.argv[process.argv.indexOf('--max') + 1]) : 10000;
const sizes = [1, 10, 100, 1000, 10000].filter((n) => n <= max);
const server = path.join(root, 'dist/server.cjs');
if (!fs.existsSync(server)) execFileSync(process.execPath, ['scripts/build.mjs', '--no-check'], { cwd: root, stdio: 'inherit' });

function archive(n) {
  const dir = path.join(root, '.bench', `archive-${n}`);
  if (!fs.existsSync(dir)) execFileSync(process.execPath, [path.join(root, 'scripts/gen-archive.mjs'), dir, String(n)], { stdio: 'inherit' });
  return dir;
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
  const proc = spawn(process.execPath, [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
  const row = { n, count, indexMs: ms, wallMs: wall, rssMiB: peakRssMiB(proc.pid) };
  if (measureEdit) {
    // an article with a conflict whose other side is in another article
    await new Promise((r) => setTimeout(r, 500));
    const hit = published.map((x) => x.p).flatMap((p) => p.diagnostics.map((d) => ({ uri: p.uri, d }))).find(({ uri, d }) => d.code === 'contradiction' && d.relatedInformation?.some((ri) => ri.location.uri !== uri));
    if (hit) {
      const other = hit.d.relatedInformation.find((ri) => ri.location.uri !== hit.uri).location.uri;
      const text = fs.readFileSync(fileURLToPath(hit.uri), 'utf8');
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: hit.uri, languageId: 'plaintext', version: 1, text } });
      await new Promise((r) => setTimeout(r, 300));
      const done = new Promise((resolve) => waiters.push({ pred: (p) => p.uri === other, resolve }));
      const tEdit = performance.now();
      // the figure of the conflict becomes a word: the other article's conflict must go
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: hit.uri, version: 2 }, contentChanges: [{ range: hit.d.range, text: 'عدد' }] });
      const tOther = await Promise.race([done, new Promise((r) => setTimeout(() => r(NaN), 10000))]);
      row.editToOtherMs = tOther - tEdit;
      row.rssMiB = peakRssMiB(proc.pid);
    } else row.editToOtherMs = NaN;
  }
  await conn.sendRequest('shutdown').catch(() => undefined);
  await conn.sendNotification('exit').catch(() => undefined);
  await new Promise((r) => {
    const timer = setTimeout(() => (proc.kill(), r()), 3000);
    proc.on('exit', () => (clearTimeout(timer), r()));
  });
  return row;
}

console.log(`\narchive: indexing a folder of N generated articles (one story), ${sizes.join(', ')}`);
console.log(`${'articles'.padStart(9)}${'index (ms)'.padStart(12)}${'ms/article'.padStart(12)}${'peak RSS (MiB)'.padStart(16)}${'edit→other article (ms)'.padStart(26)}`);
for (const n of sizes) {
  const r = await run(n, n === sizes.at(-1));
  console.log(`${String(r.count).padStart(9)}${r.indexMs.toFixed(0).padStart(12)}${(r.indexMs / Math.max(1, r.count)).toFixed(2).padStart(12)}${r.rssMiB.toFixed(0).padStart(16)}${(r.editToOtherMs === undefined ? '' : r.editToOtherMs.toFixed(1)).padStart(26)}`);
}
