// Types for scripts/e2e-setup.mjs, so the TypeScript e2e tests typecheck.
export const CODE_SERVER_VERSION: string;
export const NODE_MAJOR: number;
export interface E2EPaths {
  cache: string;
  marker: string;
  nodeRoot: string;
  nodeBin: string;
  node: string;
  codeServerRoot: string;
  codeServerEntry: string;
  chromium: string;
}
export function cacheDir(): string;
export function e2ePaths(cache?: string): E2EPaths;
export function codeServerProblems(p?: E2EPaths): string[];
export function ensureE2E(opts?: { quiet?: boolean }): Promise<E2EPaths>;
/** The version in `code-server --version` output, whatever lines come before it. */
export function versionLine(out: string | null | undefined): string | null;
