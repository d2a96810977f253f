// What made `npm start` / `npm test` stop on a fresh machine, on the real
// outputs: a nested install run from inside npm saw the outer npm's settings
// (user agent "node/v20…", so code-server's install script refused), and the
// first `code-server --version` prints a config line before the version.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cleanEnv } from '../../scripts/clean-env.mjs';
import { versionLine } from '../../scripts/e2e-setup.mjs';

describe('fresh machine: nested installs and the code-server version', () => {
  it('gives a nested process none of the outer npm\'s variables, and the wanted Node first on PATH', function () {
    this.timeout(60000);
    // Run through npm, as `npm test` runs the setup: npm_config_user_agent etc. are set.
    const probe = `const { cleanEnv } = await import(${JSON.stringify(new URL('../../scripts/clean-env.mjs', import.meta.url).href)});
      const env = cleanEnv({ firstOnPath: '/opt/node24/bin' });
      console.log(JSON.stringify({ outer: process.env.npm_config_user_agent ?? null, inner: Object.keys(env).filter((k) => /^npm_/i.test(k)), path: env.PATH.split(':')[0], bins: env.PATH.split(':').filter((e) => e.endsWith('node_modules/.bin')) }));`;
    const r = spawnSync('npm', ['exec', '--yes=false', '--', 'node', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const seen = JSON.parse(r.stdout.trim().split('\n').pop()!) as { outer: string | null; inner: string[]; path: string; bins: string[] };
    assert.match(seen.outer ?? '', /node\/v\d+/, 'npm did set its user agent for the outer process');
    assert.deepEqual(seen.inner, []);
    assert.equal(seen.path, '/opt/node24/bin');
    assert.deepEqual(seen.bins, []);
  });

  it('keeps the user\'s own variables and adds the ones asked for', () => {
    const env = cleanEnv({ env: { HOME: '/home/a', PATH: '/usr/bin', npm_config_prefix: '/x', INIT_CWD: '/w' }, extra: { CI: 'true' } });
    assert.deepEqual(env, { HOME: '/home/a', PATH: '/usr/bin', CI: 'true' });
  });

  it('reads the version after code-server\'s first-run config line', () => {
    const first = '[2026-12-06T21:04:28.633Z] info  Wrote default config file to /root/.config/code-server/config.yaml\n4.139.1 0123abcd with Code 1.139.1\n';
    assert.equal(versionLine(first), '4.139.1');
    assert.equal(versionLine('4.139.1 0123abcd with Code 1.139.1'), '4.139.1');
    assert.equal(versionLine('Wrote default config file'), null);
    assert.equal(versionLine(null), null);
  });
});
