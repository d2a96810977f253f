// An untrusted folder: VS Code's workspace trust is on, the folder is new to
// it, and the trust prompt is answered "No, I don't trust the authors"
// (Restricted Mode). package.json says Isnad is supported there (it runs
// nothing from the workspace): it must still start and highlight figures.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportEvent } from '../../scripts/code-server.mjs';
import { packageExtension, RESULTS, startSession, waitForEvent, type Session } from './harness.js';
import { decorationClasses, launchBrowser, openWorkbench, quickOpen, statusItem, waitUntil, type Browser } from './workbench.js';

const sameFile = (uri: unknown, name: string) => typeof uri === 'string' && decodeURIComponent(uri).endsWith(`/${name}`);

describe('Isnad in an untrusted folder (Restricted Mode)', function () {
  this.timeout(30 * 60_000);

  let session: Session | undefined;
  let browser: Browser | undefined;
  let failed = false;

  before(async function () {
    try {
      session = await startSession(packageExtension(), { untrusted: true });
      browser = await launchBrowser(session.tools.chromium);
      await openWorkbench(browser.page, session.server.url, session.workspace, { declineTrust: true });
    } catch (err) {
      failed = true;
      if (browser) {
        mkdirSync(RESULTS, { recursive: true });
        await browser.page.screenshot({ path: join(RESULTS, 'e2e-failure-untrusted-setup.png') }).catch(() => undefined);
      }
      throw session ? new Error(`${(err as Error).message}\n\n${session.diagnostics()}`) : err;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    mkdirSync(RESULTS, { recursive: true });
    await browser?.page.screenshot({ path: join(RESULTS, 'e2e-failure-untrusted.png') }).catch(() => undefined);
  });

  after(async function () {
    await browser?.close();
    await session?.dispose(failed);
  });

  it('the folder is open in Restricted Mode, and the extension sees it untrusted', async function () {
    await statusItem(browser!.page, 'Restricted Mode').waitFor({ state: 'visible', timeout: 60_000 });
    const activated = await waitForEvent(session!, (e) => e.event === 'activated', 'its activation');
    assert.equal(activated.trusted, false, 'vscode.workspace.isTrusted in the extension host');
  });

  it('starts the server and highlights the figures of an article', async function () {
    const page = browser!.page;
    const name = basename(session!.articles[0]!);
    await quickOpen(page, name);
    await waitForEvent(session!, (e) => e.event === 'serverReady', 'a ready language server', 120_000);
    const findings = await waitForEvent(
      session!,
      (e: ReportEvent) => e.event === 'findings' && sameFile(e.uri, name) && Number(e.rendered) > 0,
      `findings for ${name}`,
      120_000,
    );
    const counts = findings.counts as { figures: number };
    assert.ok(counts.figures > 0, `no figure found in ${name}: ${JSON.stringify(counts)}`);
    await waitUntil(async () => (await decorationClasses(page)).length > 0, 60_000, () => `no decoration in the editor\n\n${session!.diagnostics()}`);
    // still untrusted: nothing above asked for trust
    await statusItem(page, 'Restricted Mode').waitFor({ state: 'visible', timeout: 10_000 });
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'e2e-untrusted.png') });
  });
});
