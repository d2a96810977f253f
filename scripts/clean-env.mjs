// The environment for a tool we start from inside `npm test` / `npm start`.
// npm hands its children npm_config_* (user agent "node/v20…", prefix, cache,
// globalconfig…), npm_lifecycle_*, npm_package_* and its own bin folders on
// PATH; a nested `npm install` under Node 24 would read them as its own
// settings (code-server's install script then refuses: "requires node v24").
// So every nested install and every code-server starts from the user's
// environment as it was before npm, with the wanted Node first on PATH.
import { delimiter } from 'node:path';

// Variables npm (or npx, or a lifecycle script) adds for its children.
const NPM_ADDED = /^(npm_|INIT_CWD$|NODE$|COLOR$)/i;
// Folders npm prepends to a script's PATH: every node_modules/.bin above the
// package and its bundled node-gyp shim.
const NPM_PATH_ENTRY = /([\\/]node_modules[\\/]\.bin$)|([\\/]node-gyp-bin$)/;

/**
 * A copy of `env` without what npm added, PATH starting with `firstOnPath`
 * (e.g. Node 24's bin folder) when given, then `extra`.
 */
export function cleanEnv({ firstOnPath, extra = {}, env = process.env } = {}) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !NPM_ADDED.test(k)) out[k] = v;
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  const entries = (env[pathKey] ?? '').split(delimiter).filter((e) => e && !NPM_PATH_ENTRY.test(e));
  delete out[pathKey];
  out.PATH = [...(firstOnPath ? [firstOnPath] : []), ...entries.filter((e) => e !== firstOnPath)].join(delimiter);
  return { ...out, ...extra };
}
