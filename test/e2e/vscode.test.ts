// The extension in a real VS Code (code-server 4.139.1) driven through
// Debian's chromium: what a person opening an Arabic article would see.
// First run installs the tools (several minutes; see scripts/e2e-setup.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readReport, type ReportEvent } from '../../scripts/code-server.mjs';
import { RESULTS, ROOT, waitForEvent } from './harness.js';
import { sameFile, useWorkbench } from './use-workbench.js';
import {
  decorationClasses,
  hoverHighlight,
  problemsRows,
  quickOpen,
  SEL,
  statusItem,
  waitUntil,
} from './workbench.js';

// The client reports {"event":"findings","rendered":n} (or "decorations" with a count).
const rendered = (e: ReportEvent) => Number(e.event === 'findings' ? e.rendered : e.event === 'decorations' ? e.count : 0) || 0;

describe('Isnad in VS Code (code-server + chromium)', function () {
  this.timeout(30 * 60_000); // the first run installs code-server

  let article = '';
  const wb = useWorkbench('vscode', {
    ready: async ({ session, page }) => {
      article = basename(session.articles[0]!);
      await quickOpen(page, article);
    },
  });
  const page = () => wb().page;
  /** A named screenshot for the README and the CI artefacts. */
  const shot = async (name: string) => {
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `e2e-${name}.png`);
    await page().screenshot({ path: file });
    return file;
  };

  it('activates: the extension reports it and the status bar shows "Isnad"', async function () {
    const activated = await waitForEvent(wb().session, (e) => e.event === 'activated', 'its activation');
    // measured, never asserted: `node scripts/bench-activation.mjs` prints the figures
    assert.ok(Number(activated.activateMs) >= 0 && Number(activated.loadMs) >= 0, `no timings in ${JSON.stringify(activated)}`);
    const item = statusItem(page(), 'Isnad');
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match(await item.innerText(), /Isnad/);
  });

  it('starts the language server, which answers', async function () {
    const ready = await waitForEvent(wb().session, (e) => e.event === 'serverReady', 'a ready language server', 120_000);
    assert.ok(Number(ready.sinceActivationMs) >= Number(ready.startMs) && Number(ready.startMs) >= 0, `no timings in ${JSON.stringify(ready)}`);
  });

  it('shows the article\'s Arabic text in the editor', async function () {
    const text = readFileSync(wb().session.articles[0], 'utf8');
    const firstWords = text.trim().split(/\s+/).slice(0, 4).join(' ');
    assert.match(firstWords, /\p{Script=Arabic}/u, `the article ${article} should start with Arabic`);
    const shown = await waitUntil(
      async () => {
        const t = (await page().locator(SEL.viewLines).first().innerText()).replace(/\u00a0/g, ' ');
        return t.includes(firstWords) ? t : '';
      },
      30_000,
      () => `the editor never showed "${firstWords}"`,
    );
    assert.ok(shown.includes(firstWords));
  });

  it('highlights what the server found (decorations in the editor)', async function () {
    const reported = await waitForEvent(
      wb().session,
      (e) => sameFile(e.uri, article) && rendered(e) > 0,
      `decorations for ${article}`,
      120_000,
    );
    const classes = await waitUntil(
      async () => {
        const c = await decorationClasses(page());
        return c.length ? c : null;
      },
      60_000,
      () => `the extension reported ${rendered(reported)} decorations for ${article}, but none ("ced-" class) is in the editor DOM\n\n${wb().session.diagnostics()}`,
    );
    assert.ok(classes.every((c) => /ced-/.test(c)));
    await shot('article');
  });

  it('shows a hover with text over a highlight', async function () {
    const { at, hoverText } = await hoverHighlight(page());
    assert.ok(hoverText.length > 0, `empty hover at ${at}`);
    await shot('hover');
    await page().mouse.move(5, 5);
  });

  it('lists conflicts between the articles in the Problems panel', async function () {
    const rows = await problemsRows(page(), 120_000).catch((err: Error) => {
      throw new Error(`no Problems row: ${err.message.split('\n')[0]}\n\n${wb().session.diagnostics()}`);
    });
    const names = wb().session.articles.map((a) => basename(a));
    assert.ok(
      rows.some((r) => names.some((n) => r.includes(n))),
      `no Problems row names one of the articles: ${JSON.stringify(rows)}`,
    );
    // A file row alone is not a problem: a marker row from Isnad under it.
    assert.ok(rows.length >= 2, `only the file row(s) in Problems: ${JSON.stringify(rows)}`);
    assert.ok(
      rows.some((r) => /\bisnad\b/i.test(r) && !names.some((n) => r.trim() === n)),
      `no Problems row comes from Isnad: ${JSON.stringify(rows)}`,
    );
    await shot('problems');
  });

  it('labels the status-bar counts, and its problem count is the number Problems shows for the article', async function () {
    const fileRow = page().locator(SEL.problemsRow, { hasText: article }).first();
    await fileRow.waitFor({ state: 'visible', timeout: 60_000 });
    const badge = Number((await fileRow.locator('.monaco-count-badge').innerText()).trim());
    assert.ok(badge > 0, `no count on the Problems row of ${article}`);
    const item = statusItem(page(), 'Isnad');
    let last = '';
    const text = await waitUntil(
      async () => {
        last = await item.innerText();
        return new RegExp(`\\b${badge} problems?\\b`).test(last) ? last : '';
      },
      60_000,
      () => `the status bar reads "${last}", Problems lists ${badge} for ${article}`,
    );
    assert.match(text, /\d+ figures · \d+ places · \d+ attributions/, 'each count says what it counts');
    // the same counts as the CLI's check of the article
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.cjs'), 'check', '--json', wb().session.articles[0]!], { encoding: 'utf8' });
    const doc = (JSON.parse(cli.stdout) as { documents: { figures: unknown[]; places: unknown[]; attributions: unknown[] }[] }).documents[0]!;
    assert.match(text, new RegExp(`${doc.figures.length} figures · ${doc.places.length} places · ${doc.attributions.length} attributions`), `the CLI counts ${doc.figures.length} figures, ${doc.places.length} places, ${doc.attributions.length} attributions`);
  });

  it('opens the story view in a panel of its own, with a legend', async function () {
    await page().keyboard.press('Control+Shift+P');
    await page().locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
    await page().keyboard.type('Isnad: Show Story Figures');
    await page().locator(SEL.quickInputRow, { hasText: 'Show Story Figures' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page().keyboard.press('Enter');
    const view = page().frameLocator('iframe.webview.ready').frameLocator('iframe');
    await view.locator('.legend').waitFor({ state: 'visible', timeout: 60_000 });
    assert.match(await view.locator('.legend').innerText(), /Conflict/);
    assert.ok((await view.locator('section.group').count()) > 0, 'the story table has groups');
    // the Annotations tree is not in the same container
    assert.equal(await page().locator('.panel .pane-header', { hasText: 'Annotations' }).count(), 0, 'the Annotations view shares the story panel');
    await shot('story-view');
  });

  it('restarts the language server when it crashes, and tells the user why', async function () {
    // the server the extension started, found by its bundle inside this run's extensions folder
    const found = spawnSync('pgrep', ['-f', `${wb().session.run.extensions}.*dist/server\\.cjs`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    assert.ok(found.length > 0, `no language server process under ${wb().session.run.extensions}`);
    const before = readReport(wb().session.run).filter((e) => e.event === 'serverClosed').length;
    for (const pid of found) process.kill(Number(pid), 'SIGKILL');
    const closed = await waitForEvent(wb().session, (e) => e.event === 'serverClosed' && readReport(wb().session.run).filter((x) => x.event === 'serverClosed').length > before, 'that the server stopped');
    assert.match(String(closed.why), /SIGKILL/, 'the reason is the signal that ended it');
    const toast = page().locator('.notifications-toasts .notification-toast', { hasText: 'killed by signal SIGKILL' });
    await toast.first().waitFor({ state: 'visible', timeout: 60_000 });
    // said once the new server has read the annotation files again: what it checked, not a promise
    assert.match(await toast.first().innerText(), /annotation file\(s\) read again, \d+ open one\(s\) sent again/);
    const recovered = await waitForEvent(wb().session, (e) => e.event === 'recovered' && Number(e.time) > Number(closed.time), 'what the restarted server checked');
    assert.equal(typeof recovered.files, 'number');
    // a new server answers: the article is analysed again and highlighted
    await waitForEvent(wb().session, (e) => e.event === 'findings' && Number(e.time) > Number(closed.time) && rendered(e) > 0, 'findings from the restarted server', 120_000);
    await shot('restarted');
  });
});

