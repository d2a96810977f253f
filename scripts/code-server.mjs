// Shared launch logic for code-server (VS Code in the browser), used by the
// e2e test and by `npm start`. Everything a run writes (settings, extensions,
// logs, the extension's report) stays inside one run folder, and the server
// listens on 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { cleanEnv } from './clean-env.mjs';

export const USER_SETTINGS = {
  // Closes the chat input (itself a plaintext document) and halves memory.
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // Nothing should reach for the network: only 127.0.0.1 exists for us.
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'npm.fetchOnlinePackageInfo': false,
  // The empty chat side bar would take a third of the window.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A port on 127.0.0.1 nobody listens on: `preferred` if free, else any. */
export async function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((res) => {
      const srv = createServer();
      srv.once('error', () => res(null));
      srv.listen(port, '127.0.0.1', () => {
        const got = srv.address().port;
        srv.close(() => res(got));
      });
    });
  if (preferred) {
    const got = await tryListen(preferred);
    if (got) return got;
  }
  const any = await tryListen(0);
  if (!any) throw new Error('no free port on 127.0.0.1');
  return any;
}

/** Creates (or reuses) a run folder with user settings; returns its paths. */
export function makeRunFolder(dir, settings = {}) {
  dir = resolve(dir);
  const run = {
    dir,
    userData: join(dir, 'ud'),
    extensions: join(dir, 'ext'),
    xdgData: join(dir, 'xdg-data'),
    xdgConfig: join(dir, 'xdg-config'),
    config: join(dir, 'config.yaml'),
    serverLog: join(dir, 'code-server.log'),
    report: join(dir, 'isnad-report.jsonl'),
  };
  for (const d of [run.userData, run.extensions, run.xdgData, run.xdgConfig, join(run.userData, 'User')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(run.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2) + '\n');
  return run;
}

// code-server's default gallery is open-vsx.org; point it (and telemetry) at
// a closed port on 127.0.0.1 so the server never reaches for another host.
const NOWHERE = 'http://127.0.0.1:9';
const LOCAL_ONLY_ENV = {
  EXTENSIONS_GALLERY: JSON.stringify({
    serviceUrl: `${NOWHERE}/gallery`,
    itemUrl: `${NOWHERE}/item`,
    extensionUrlTemplate: `${NOWHERE}/gallery/{publisher}/{name}/latest`,
    resourceUrlTemplate: `${NOWHERE}/asset/{publisher}/{name}/{version}/{path}`,
    controlUrl: '',
    recommendationsUrl: '',
  }),
  CS_TELEMETRY_URL: `${NOWHERE}/telemetry`,
};

function codeServerEnv(tools, run, extra = {}) {
  // Without npm's variables: VS Code's own terminals and tasks would inherit them.
  const env = {
    ...cleanEnv({ firstOnPath: tools.nodeBin }),
    ...LOCAL_ONLY_ENV,
    XDG_DATA_HOME: run.xdgData,
    XDG_CONFIG_HOME: run.xdgConfig,
    ISNAD_E2E_REPORT: run.report,
    ...extra,
  };
  // A code-server started from inside VS Code's terminal would otherwise
  // think it is a child of that instance.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
  return env;
}

function commonArgs(run) {
  return ['--user-data-dir', run.userData, '--extensions-dir', run.extensions];
}

/** Installs a .vsix into the run's extensions folder; throws with the output on failure. */
export function installExtension(tools, run, vsix) {
  const r = spawnSync(tools.node, [tools.codeServerEntry, ...commonArgs(run), '--install-extension', resolve(vsix), '--force'], {
    env: codeServerEnv(tools, run),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`--install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${out}`);
  }
  return out.trim();
}

/** Extensions installed in the run (folder names such as isnad.isnad-0.1.0). */
export function installedExtensions(run) {
  return existsSync(run.extensions) ? readdirSync(run.extensions).filter((n) => !n.startsWith('.') && n !== 'extensions.json') : [];
}

/** Polls /healthz until it answers 200, the process dies, or the time is up. */
export async function waitForHealth(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before answering`);
    try {
      const res = await fetch(new URL('/healthz', url));
      if (res.ok) return await res.json();
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url}healthz did not answer within ${timeoutMs} ms (${last})`);
}

/**
 * Starts code-server on 127.0.0.1:port opening `workspace`, waits for
 * /healthz, and returns { url, port, pid, child, stop }. Output goes to
 * run.serverLog. `workspaceTrust: true` leaves VS Code's workspace trust on
 * (the run's settings must enable it too), so a new folder opens untrusted.
 */
export async function startCodeServer(tools, run, { workspace, port, env = {}, echo = false, workspaceTrust = false, locale } = {}) {
  port ??= await freePort();
  writeFileSync(run.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    tools.codeServerEntry,
    '--config', run.config,
    ...commonArgs(run),
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // e.g. 'ar': VS Code's display language, so extensions load their package.nls.ar.json and l10n bundle.
    ...(locale ? ['--locale', locale] : []),
    ...(workspace ? [resolve(workspace)] : []),
  ];
  const logStream = createWriteStream(run.serverLog, { flags: 'a' });
  // Own process group, so stop() can end code-server and the children it
  // forks (extension host, language server) by this one PID.
  const child = spawn(tools.node, args, { env: codeServerEnv(tools, run, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const s of [child.stdout, child.stderr]) {
    s.pipe(logStream, { end: false });
    if (echo) s.pipe(process.stderr, { end: false });
  }
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  const url = `http://127.0.0.1:${port}/`;
  const handle = {
    url,
    port,
    pid: child.pid,
    child,
    exited,
    stop: () => stopCodeServer(handle),
  };
  try {
    await waitForHealth(url, { child });
  } catch (err) {
    await stopCodeServer(handle);
    throw new Error(`${err.message}\n--- ${run.serverLog} ---\n${tail(run.serverLog)}`);
  }
  return handle;
}

/** Ends code-server's process group by the PID we started, and waits for it. */
export async function stopCodeServer(handle, { graceMs = 10_000 } = {}) {
  const { child } = handle;
  if (child.exitCode !== null || child.signalCode !== null) return handle.exited;
  const signalGroup = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
  const result = await handle.exited;
  clearTimeout(timer);
  // Stragglers in the group (extension host, language server) go too.
  signalGroup('SIGKILL');
  return result;
}

/** The last `n` characters of a file, '' when absent. */
export function tail(file, n = 4000) {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  return text.length > n ? text.slice(-n) : text;
}

/** Every log file VS Code wrote for this run (extension host, output channels, ...). */
export function logFiles(run) {
  const root = join(run.userData, 'logs');
  const out = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.log')) out.push(full);
    }
  };
  walk(root);
  return out;
}

/** Lines mentioning the extension or an error, from the extension host's logs. */
export function extensionHostDigest(run, pattern = /isnad|error|fail|cannot|exception/i, max = 60) {
  const lines = [];
  for (const f of logFiles(run).filter((f) => /exthost|isnad/i.test(f))) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (pattern.test(line)) lines.push(`${f.slice(run.userData.length + 1)}: ${line}`);
    }
  }
  return lines.slice(-max).join('\n');
}

/** JSON lines the extension appended to run.report (see ISNAD_E2E_REPORT). */
export function readReport(run) {
  if (!existsSync(run.report)) return [];
  return readFileSync(run.report, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return { event: 'unparsable', line: l };
      }
    });
}
