// Sets up one end-to-end run: the packaged extension, the tools from
// e2e-setup, a run folder, a workspace of sample articles, code-server.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureE2E, type E2EPaths } from '../../scripts/e2e-setup.mjs';
import {
  extensionHostDigest,
  installExtension,
  makeRunFolder,
  readReport,
  startCodeServer,
  tail,
  type CodeServer,
  type ReportEvent,
  type RunFolder,
} from '../../scripts/code-server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VSIX = join(ROOT, 'dist', 'isnad.vsix');
export const RESULTS = join(ROOT, 'test-results');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'kirkuk-2016');

/**
 * `npm run package` → dist/isnad.vsix; throws with npm's output on failure.
 * ISNAD_E2E_VSIX=<file> tests a .vsix built elsewhere instead.
 */
export function packageExtension(): string {
  const given = process.env.ISNAD_E2E_VSIX;
  if (given) {
    if (!existsSync(given)) throw new Error(`ISNAD_E2E_VSIX=${given} does not exist`);
    return resolve(given);
  }
  rmSync(VSIX, { force: true });
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  if (r.status !== 0 || !existsSync(VSIX)) {
    throw new Error(`npm run package failed (exit ${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  }
  return VSIX;
}

/** The articles a user would open: the project's samples, else the shared corpus. */
export function sampleArticles(): string[] {
  for (const dir of [join(ROOT, 'samples'), CORPUS]) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return files.map((f) => join(dir, f));
  }
  throw new Error(`no .txt articles in samples/ nor in ${CORPUS}`);
}

export interface Session {
  tools: E2EPaths;
  run: RunFolder;
  workspace: string;
  articles: string[];
  server: CodeServer;
  /** Everything useful when an assertion fails: report, extension-host log lines, server log. */
  diagnostics(): string;
  dispose(keep: boolean): Promise<void>;
}

/**
 * `untrusted`: workspace trust stays on, so the folder (new to this run's user
 * data) opens untrusted; the test declines the trust prompt (Restricted Mode).
 */
export async function startSession(vsix: string, { untrusted = false }: { untrusted?: boolean } = {}): Promise<Session> {
  const tools = await ensureE2E();
  const base = mkdtempSync(join(tmpdir(), 'isnad-e2e-'));
  // Wrapped lines keep a whole article, and its highlights, in the screenshot.
  const run = makeRunFolder(join(base, 'run'), { 'editor.wordWrap': 'on', ...(untrusted ? { 'security.workspace.trust.enabled': true } : {}) });
  const workspace = join(base, 'articles');
  mkdirSync(workspace);
  const articles = sampleArticles().map((src) => {
    const dest = join(workspace, basename(src));
    copyFileSync(src, dest);
    return dest;
  });
  installExtension(tools, run, vsix);
  const server = await startCodeServer(tools, run, { workspace, workspaceTrust: untrusted });
  const diagnostics = () =>
    [
      `run folder: ${run.dir}`,
      `report (${run.report}):\n${JSON.stringify(readReport(run), null, 1).slice(0, 3000)}`,
      `extension host log lines:\n${extensionHostDigest(run) || '(none)'}`,
      `code-server log tail:\n${tail(run.serverLog, 1500)}`,
    ].join('\n\n');
  return {
    tools,
    run,
    workspace,
    articles,
    server,
    diagnostics,
    async dispose(keep) {
      await server.stop();
      keep ||= process.env.ISNAD_E2E_KEEP === '1';
      if (keep) process.stderr.write(`e2e: kept ${base} for inspection\n`);
      else rmSync(base, { recursive: true, force: true });
    },
  };
}

/** Polls the extension's report until an event matches; fails with the context. */
export async function waitForEvent(
  session: Session,
  match: (e: ReportEvent) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<ReportEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = readReport(session.run).find(match);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`the extension never reported ${what} within ${timeoutMs / 1000} s\n\n${session.diagnostics()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
