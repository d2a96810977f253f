#!/usr/bin/env node
// `npm start`: packages the extension, installs it into a VS Code in the
// browser (code-server on 127.0.0.1) opened on samples/, and keeps it running
// until Ctrl+C. PORT picks the port; else 8080 when free, else any free one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureE2E } from './e2e-setup.mjs';
import { freePort, installExtension, makeRunFolder, startCodeServer } from './code-server.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VSIX = join(ROOT, 'dist', 'isnad.vsix');
const SAMPLES = join(ROOT, 'samples');

function fail(msg) {
  process.stderr.write(`npm start: ${msg}\n`);
  process.exit(1);
}

ensureDeps(); // a fresh clone: the locked dependencies (vsce, esbuild) first
const pkg = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
if (pkg.status !== 0 || !existsSync(VSIX)) fail('npm run package failed');

const tools = await ensureE2E().catch((err) => fail(`setup failed: ${err.message}`));
// One run folder in the cache, kept between starts: settings and opened
// editors survive, and the fresh vsix replaces the old one (--force).
const run = makeRunFolder(join(tools.cache, 'start'), {
  'editor.wordWrap': 'on', // articles are paragraphs on one line each
  'git.openRepositoryInParentFolders': 'never', // samples/ sits inside this repository
});
process.stderr.write(`npm start: ${installExtension(tools, run, VSIX).split('\n').pop()}\n`);

const wanted = process.env.PORT ? Number(process.env.PORT) : undefined;
if (wanted !== undefined && !(Number.isInteger(wanted) && wanted > 0 && wanted < 65536)) fail(`PORT=${process.env.PORT} is not a port`);
const port = wanted ?? (await freePort(8080));
if (wanted !== undefined && (await freePort(wanted)) !== wanted) fail(`port ${wanted} (PORT) is in use`);

const server = await startCodeServer(tools, run, { workspace: SAMPLES, port }).catch((err) => fail(err.message));
const address = `${server.url}?folder=${encodeURIComponent(SAMPLES)}`;
process.stdout.write(
  [
    '',
    `  Isnad is running in VS Code at  ${address}`,
    '',
    `  (code-server pid ${server.pid}; logs in ${run.dir}; Ctrl+C to stop)`,
    '',
  ].join('\n') + '\n',
);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`npm start: ${signal}, stopping code-server (pid ${server.pid})\n`);
  await server.stop();
  process.exit(0);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(sig));
// `kill <npm's pid>` ends npm and its `sh -c` but never reaches us (only a
// terminal's Ctrl+C signals the whole group): a new parent means we were left.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown('parent exited');
}, 1000);
server.exited.then(({ code, signal }) => {
  if (stopping) return;
  process.stderr.write(`npm start: code-server exited by itself (${code ?? signal}); see ${run.serverLog}\n`);
  process.exit(1);
});
