// One build: type-check, then bundle client, server and CLI with esbuild
// (unified's packages are ESM-only; VS Code loads CommonJS extensions).
// `--no-check` skips the type-check (used by the test runner's fast path).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from './esbuild-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = !process.argv.includes('--no-check');
const watch = process.argv.includes('--watch') || process.argv.includes('--dev');

if (check) {
  const t = Date.now();
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
  console.log(`type-check ok in ${Date.now() - t} ms`);
}

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const common = nodeBundleOptions(root, { minify: !watch });
const t = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs' }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.cjs',
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  }),
]);
console.log(`bundled client, server and CLI in ${Date.now() - t} ms`);
