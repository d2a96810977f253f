// The mocha hooks every e2e suite needs, written once: start code-server with
// the packaged extension, open the sample folder in chromium, keep a
// screenshot of every failing test, and keep the run folder when anything
// failed (its logs are what a reader needs).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { packageExtension, RESULTS, startSession, type Session } from './harness.js';
import { launchBrowser, openWorkbench, type Browser } from './workbench.js';

export interface Workbench {
  session: Session;
  browser: Browser;
  page: Page;
}

export interface WorkbenchOptions {
  /** Workspace trust on, and its prompt declined (Restricted Mode). */
  untrusted?: boolean;
  /** Runs once the folder is open (e.g. open the first article). */
  ready?: (w: Workbench) => Promise<void>;
}

/** Names a screenshot after its suite and test: `e2e-failure-<suite>-<test>.png`. */
const slug = (s: string) => (s.match(/\w+/g) ?? ['test']).join('-').slice(0, 60);

/**
 * Registers before/afterEach/after in the calling `describe` and returns the
 * running workbench; calling it before `before` has run is an error.
 */
export function useWorkbench(suite: string, { untrusted = false, ready }: WorkbenchOptions = {}): () => Workbench {
  let session: Session | undefined;
  let browser: Browser | undefined;
  let failed = false;

  const shot = async (name: string) => {
    if (!browser) return;
    mkdirSync(RESULTS, { recursive: true });
    await browser.page.screenshot({ path: join(RESULTS, `e2e-failure-${suite}-${slug(name)}.png`) }).catch(() => undefined);
  };

  before(async function () {
    try {
      session = await startSession(packageExtension(), { untrusted });
      browser = await launchBrowser(session.tools.chromium);
      await openWorkbench(browser.page, session.server.url, session.workspace, { declineTrust: untrusted });
      await ready?.({ session, browser, page: browser.page });
    } catch (err) {
      failed = true; // keeps the run folder and its logs
      await shot('setup');
      throw session ? new Error(`${(err as Error).message}\n\n${session.diagnostics()}`) : err;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await shot(this.currentTest.title);
  });

  after(async function () {
    await browser?.close();
    await session?.dispose(failed);
  });

  return () => {
    if (!session || !browser) throw new Error(`the ${suite} workbench did not start`);
    return { session, browser, page: browser.page };
  };
}

/** Whether a reported document URI names the file `name`. */
export const sameFile = (uri: unknown, name: string): boolean => typeof uri === 'string' && decodeURIComponent(uri).endsWith(`/${name}`);
