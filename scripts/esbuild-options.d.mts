// Types for scripts/esbuild-options.mjs, so scripts/bench-core.ts typechecks.
import type { BuildOptions } from 'esbuild';

export function nodeBundleOptions(root: string, options?: { minify?: boolean }): BuildOptions & { define: Record<string, string>; banner: { js: string } };
