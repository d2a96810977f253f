// An untrusted folder: VS Code's workspace trust is on, the folder is new to
// it, and the trust prompt is answered "No, I don't trust the authors"
// (Restricted Mode). package.json says Isnad is supported there (it runs
// nothing from the workspace): it must still start and highlight figures.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportEvent } from '../../scripts/code-server.mjs';
import { RESULTS, waitForEvent } from './harness.js';
import { sameFile, useWorkbench } from './use-workbench.js';
import { decorationClasses, quickOpen, statusItem, waitUntil } from './workbench.js';

describe('Isnad in an untrusted folder (Restricted Mode)', function () {
  this.timeout(30 * 60_000);

  const wb = useWorkbench('untrusted', { untrusted: true });

  it('the folder is open in Restricted Mode, and the extension sees it untrusted', async function () {
    const { page, session } = wb();
    await statusItem(page, 'Restricted Mode').waitFor({ state: 'visible', timeout: 60_000 });
    const activated = await waitForEvent(session, (e) => e.event === 'activated', 'its activation');
    assert.equal(activated.trusted, false, 'vscode.workspace.isTrusted in the extension host');
  });

  it('starts the server and highlights the figures of an article', async function () {
    const { page, session } = wb();
    const name = basename(session.articles[0]!);
    await quickOpen(page, name);
    await waitForEvent(session, (e) => e.event === 'serverReady', 'a ready language server', 120_000);
    const findings = await waitForEvent(
      session,
      (e: ReportEvent) => e.event === 'findings' && sameFile(e.uri, name) && Number(e.rendered) > 0,
      `findings for ${name}`,
      120_000,
    );
    const counts = findings.counts as { figures: number };
    assert.ok(counts.figures > 0, `no figure found in ${name}: ${JSON.stringify(counts)}`);
    await waitUntil(async () => (await decorationClasses(page)).length > 0, 60_000, () => `no decoration in the editor\n\n${session.diagnostics()}`);
    // still untrusted: nothing above asked for trust
    await statusItem(page, 'Restricted Mode').waitFor({ state: 'visible', timeout: 10_000 });
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'e2e-untrusted.png') });
  });
});
