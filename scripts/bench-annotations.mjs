// Typing in an annotated article: 60 keystrokes at 30 keys/s into an 11 KB
// article, once without a .ann and once with 500 annotations; prints how long
// after the last key the diagnostics of the last version arrive (the lag a
// user sees) and the median time from a key to the diagnostics of its version
// when they come, and the server's CPU time per key (Linux: /proc; waiting
// for a core on a loaded machine is not counted). Typing starts once the
// server is idle after the open. Generated text, no corpus
// needed. Asserts nothing.
// The server is asked for findings, as the VS Code client asks (the
// decorations carry the annotations: their cost is part of each key).
//   node scripts/bench-annotations.mjs [--server dist/server.cjs] [--floor] [--json FILE]
// --server: another build (npm run bench -- --baseline REV); --floor: the
// do-nothing floor server (../shared/tools/floor-server.cjs) as a third row.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const server = path.resolve(arg('--server') ?? path.join(root, 'dist/server.cjs'));
const floorServer = path.resolve(root, '../shared/tools/floor-server.cjs');
const NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'server/src/node-flags.json'), 'utf8'));
if (!arg('--server') && !fs.existsSync(server)) execFileSync(process.execPath, ['scripts/build.mjs', '--no-check'], { cwd: root, stdio: 'inherit' });

const WORDS = ['قتل', 'ستة', 'أشخاص', 'في', 'البصرة', 'وأصيب', 'عشرة', 'آخرون', 'وقال', 'مصدر', 'أمني', 'إن', 'المسلحين', 'هاجموا', 'مركز', 'الشرطة'];

function article(bytes) {
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += WORDS[(i * 7) % WORDS.length] + ((i + 1) % 12 === 0 ? '.\n' : ' ');
  return s;
}

function annotations(text, n) {
  const lines = [];
  const re = /[^\s.]+/gu;
  let m;
  let k = 0;
  const every = Math.max(1, Math.floor([...text.matchAll(re)].length / n));
  re.lastIndex = 0;
  for (let i = 0; (m = re.exec(text)) && lines.length < n; i++) {
    if (i % every) continue;
    const s = [...text.slice(0, m.index)].length;
    lines.push(`T${++k}\tPlace ${s} ${s + [...m[0]].length}\t${m[0]}`);
  }
  return lines.join('\n') + '\n';
}

/** CPU milliseconds (user + system) a process has used so far, from /proc (undefined elsewhere). */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime: fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function typing(withAnn, entry = server) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-ann-'));
  const text = article(11_000);
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, text);
  if (withAnn) fs.writeFileSync(path.join(dir, 'a.ann'), annotations(text, 500));
  const proc = spawn(process.execPath, [...NODE_FLAGS, ...(process.env.BENCH_PROF && withAnn ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : []), entry, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const seen = new Map();
  const uri = pathToFileURL(file).href;
  let latest;
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    // the floor server sends no version: its answer is for the latest sent
    const v = p.version ?? (p.uri === uri ? latest : undefined);
    if (v === undefined) return;
    if (!seen.has(v)) seen.set(v, performance.now());
    for (const w of waiters.splice(0)) w();
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { findings: true }, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }] });
  await conn.sendNotification('initialized', {});
  const until = async (v) => {
    while (!seen.has(v)) await new Promise((r) => waiters.push(r));
  };
  latest = 1;
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await until(1);
  // typing starts once the server is idle after the open (the folder indexed, the places of the .ann
  // learnt): those run once, and counted per key they would hide what a key costs
  for (let i = 0, prev = cpuMs(proc.pid); i < 30; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = cpuMs(proc.pid);
    if (now === undefined || now === prev) break;
    prev = now;
  }
  const cpu0 = cpuMs(proc.pid);
  const sent = new Map();
  const KEYS = 60;
  for (let v = 2; v <= KEYS + 1; v++) {
    // type a letter in the middle of the article, before most annotations
    latest = v;
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'ا' }] });
    sent.set(v, performance.now());
    await new Promise((r) => setTimeout(r, 1000 / 30));
  }
  const last = KEYS + 1;
  await until(last);
  const cpu = cpu0 === undefined ? NaN : (cpuMs(proc.pid) - cpu0) / KEYS;
  const lag = seen.get(last) - sent.get(last);
  const each = [...sent].filter(([v]) => seen.has(v)).map(([v, t]) => seen.get(v) - t).sort((a, b) => a - b);
  await conn.sendRequest('shutdown').catch(() => undefined);
  await conn.sendNotification('exit').catch(() => undefined);
  await new Promise((r) => {
    const t = setTimeout(r, 3000);
    proc.on('exit', () => (clearTimeout(t), r()));
  });
  proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  return { lag, median: each[Math.floor(each.length / 2)] ?? NaN, answered: each.length, cpu };
}

const fmt = (x) => x.toFixed(0).padStart(6);
const rows = [['without a .ann', false, server], ['with 500 annotations', true, server]];
if (process.argv.includes('--floor')) rows.push(['floor server (does nothing)', false, floorServer]);
const out = {};
console.log('typing at 30 keys/s in an 11 KB article (60 keys)   lag after last key (ms)   median key → diagnostics (ms)   versions answered   server CPU per key (ms)');
for (const [label, withAnn, entry] of rows) {
  const r = await typing(withAnn, entry);
  out[label] = r;
  console.log(`  ${label.padEnd(48)}${fmt(r.lag)}${' '.repeat(22)}${fmt(r.median)}${' '.repeat(26)}${String(r.answered).padStart(3)}${' '.repeat(16)}${r.cpu.toFixed(1).padStart(6)}`);
}
if (arg('--json')) fs.writeFileSync(arg('--json'), JSON.stringify(out));
