// Types for scripts/code-server.mjs, so the TypeScript e2e tests typecheck.
import type { ChildProcess } from 'node:child_process';
import type { E2EPaths } from './e2e-setup.mjs';

export const USER_SETTINGS: Record<string, unknown>;
export interface RunFolder {
  dir: string;
  userData: string;
  extensions: string;
  xdgData: string;
  xdgConfig: string;
  config: string;
  serverLog: string;
  report: string;
}
export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export interface ReportEvent {
  event: string;
  uri?: string;
  count?: number;
  [key: string]: unknown;
}
export function freePort(preferred?: number): Promise<number>;
export function makeRunFolder(dir: string, settings?: Record<string, unknown>): RunFolder;
export function installExtension(tools: E2EPaths, run: RunFolder, vsix: string): string;
export function installedExtensions(run: RunFolder): string[];
export function waitForHealth(url: string, opts?: { timeoutMs?: number; child?: ChildProcess }): Promise<unknown>;
export function startCodeServer(
  tools: E2EPaths,
  run: RunFolder,
  opts?: { workspace?: string; port?: number; env?: Record<string, string>; echo?: boolean; workspaceTrust?: boolean; locale?: string },
): Promise<CodeServer>;
export function stopCodeServer(handle: CodeServer, opts?: { graceMs?: number }): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
export function tail(file: string, n?: number): string;
export function logFiles(run: RunFolder): string[];
export function extensionHostDigest(run: RunFolder, pattern?: RegExp, max?: number): string;
export function readReport(run: RunFolder): ReportEvent[];
