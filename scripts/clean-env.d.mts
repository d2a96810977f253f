// Types for scripts/clean-env.mjs, so the unit tests typecheck.
export function cleanEnv(opts?: { firstOnPath?: string; extra?: Record<string, string>; env?: NodeJS.ProcessEnv }): Record<string, string>;
