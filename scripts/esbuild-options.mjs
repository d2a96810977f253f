// The esbuild options every Node bundle shares (the server, the CLI, the
// client, and the core benchmark, which measures the core as the server runs it).
// import.meta.url is used by the core only to find data beside it; in the
// bundle, data is inlined.
export function nodeBundleOptions(root, { minify = true } = {}) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify,
    logLevel: 'warning',
    absWorkingDir: root,
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  };
}
