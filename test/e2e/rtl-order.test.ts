// The order a reader sees the words of each Arabic line, with Isnad's
// highlights and without: the same text must read the same. An inline
// decoration (textDecoration, color, …) makes VS Code cut a line into
// isolated spans laid out left to right, and a sentence then reads scrambled.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportEvent } from '../../scripts/code-server.mjs';
import { RESULTS, waitForEvent } from './harness.js';
import { sameFile, useWorkbench } from './use-workbench.js';
import { decorationClasses, quickOpen, renderedWordOrder, runCommand, waitUntil, type RenderedRow } from './workbench.js';

const seen = (r: RenderedRow) => r.rightToLeft.map((i) => r.words[i]).join(' ');

describe('Arabic word order in VS Code, with and without Isnad (code-server + chromium)', function () {
  this.timeout(30 * 60_000);

  const wb = useWorkbench('rtl-order');

  it('every Arabic line of every sample article reads in the same order with the highlights as without', async function () {
    const { page, session } = wb();
    const report: string[] = [];
    let compared = 0;
    for (const file of session.articles) {
      const name = basename(file);
      await quickOpen(page, name);
      await waitForEvent(session, (e: ReportEvent) => e.event === 'findings' && sameFile(e.uri, name) && Number(e.rendered) > 0, `highlights for ${name}`, 120_000);
      await waitUntil(async () => (await decorationClasses(page)).length > 0, 60_000, () => `no highlight of ${name} in the editor`);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(500); // let the last decorations land
      const on = await renderedWordOrder(page);
      if (name === basename(session.articles[0]!)) {
        mkdirSync(RESULTS, { recursive: true });
        await page.screenshot({ path: join(RESULTS, 'e2e-rtl-with-isnad.png') });
      }

      // the same editor, the highlights off ("Isnad: Show or Hide the Highlights")
      await runCommand(page, 'Show or Hide the Highlights');
      await waitUntil(async () => (await decorationClasses(page)).length === 0, 60_000, () => `the highlights of ${name} stayed on after the command hid them\n\n${session.diagnostics()}`);
      await page.waitForTimeout(300);
      const off = await renderedWordOrder(page);
      await runCommand(page, 'Show or Hide the Highlights');

      assert.deepEqual(
        on.map((r) => r.text),
        off.map((r) => r.text),
        `${name}: the editor shows other rows with the highlights than without (wrapping or text changed)`,
      );
      for (const [i, row] of on.entries()) {
        if (!row.arabic || row.words.length < 3) continue;
        compared++;
        const without = off[i]!;
        if (seen(row) !== seen(without)) report.push(`${name}, row ${i + 1}:\n  without Isnad: ${seen(without)}\n  with Isnad:    ${seen(row)}`);
      }
    }
    assert.ok(compared >= 8, `only ${compared} Arabic rows were compared`);
    assert.equal(report.length, 0, `${report.length} of ${compared} Arabic rows read in another order with Isnad's highlights (words right to left, as a reader meets them):\n${report.join('\n')}`);
  });
});
