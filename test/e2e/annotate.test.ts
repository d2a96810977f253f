// Annotating in a real VS Code: the quick fix at a detected place writes
// NAME.ann beside the article and the highlight turns solid; in annotation
// mode (the default) the article cannot be typed into, next suggestion never
// selects, and the last annotation is undone from the article.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportEvent } from '../../scripts/code-server.mjs';
import { ROOT, waitForEvent } from './harness.js';
import { sameFile, useWorkbench } from './use-workbench.js';
import { decorationClasses, quickOpen, runCommand, SEL, statusItem, waitUntil } from './workbench.js';

describe('Annotating in VS Code (code-server + chromium)', function () {
  this.timeout(30 * 60_000);

  const wb = useWorkbench('annotate');
  let annotated: { file: string; start: number; end: number; text: string } | undefined;

  /** The lightbulb's "Annotate as Place" on the article's first place after its first line; checks the .ann and the redraw. */
  async function annotateFirstPlace(): Promise<void> {
    const { page, session } = wb();
    const file = session.articles[0]!;
    const name = basename(file);
    const text = readFileSync(file, 'utf8');
    // the first place after the first line, from the CLI (code points → UTF-16)
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.cjs'), 'check', '--json', file], { encoding: 'utf8' });
    const places = (JSON.parse(cli.stdout) as { documents: { places: { start: number; end: number; text: string }[] }[] }).documents[0]!.places;
    const firstBreak = text.indexOf('\n');
    const place = places.map((p) => ({ ...p, at: Array.from(text).slice(0, p.start).join('').length })).find((p) => p.at > firstBreak);
    assert.ok(place, 'the article has a place after its first line');
    const line = text.slice(0, place.at).split('\n').length;
    const column = place.at - text.lastIndexOf('\n', place.at - 1);

    await quickOpen(page, name);
    await waitForEvent(session, (e: ReportEvent) => e.event === 'findings' && sameFile(e.uri, name), `findings for ${name}`, 120_000);
    await waitUntil(async () => (await decorationClasses(page)).length > 0, 60_000, () => 'no decoration in the editor');
    const before = new Set(await decorationClasses(page));

    // Ctrl+G line:column puts the cursor inside the place, Ctrl+. opens the quick fixes
    await page.keyboard.press('Control+G');
    await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.type(`${line}:${column + 1}`);
    await page.keyboard.press('Enter');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 30_000 });
    // in annotation mode (read-only article) Ctrl+. opens Isnad's list of the actions at the cursor
    const row = page.locator(`.action-widget .monaco-list-row, .context-view .monaco-list-row, ${SEL.quickInputRow}`, { hasText: 'Annotate as Place' }).first();
    // the server may still be analysing: ask again until the fix is offered
    await waitUntil(
      async () => {
        await page.keyboard.press('Control+.');
        const shown = await row.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        if (!shown) await page.keyboard.press('Escape');
        return shown;
      },
      90_000,
      () => `"Annotate as Place" was never offered at ${line}:${column + 1}\n\n${session.diagnostics()}`,
    );
    await row.click();

    const ann = file.replace(/\.txt$/, '.ann');
    const written = await waitUntil(() => (existsSync(ann) ? readFileSync(ann, 'utf8') : ''), 60_000, () => `${basename(ann)} was not written\n\n${session.diagnostics()}`);
    assert.match(written, new RegExp(`^T1\\tPlace ${place.start} ${place.end}\\t${place.text}$`, 'm'));
    assert.match(written, /^N1\tReference T1 GeoNames:\d+/m);

    const solid = await waitForEvent(session, (e: ReportEvent) => e.event === 'findings' && sameFile(e.uri, name) && Number((e.counts as { annotated?: number } | undefined)?.annotated) >= 1, 'an annotated span in the findings', 60_000);
    assert.ok(solid);
    // the annotated style is a decoration type of its own: a class not there before
    await waitUntil(async () => (await decorationClasses(page)).some((c) => !before.has(c)), 60_000, () => 'the place was not redrawn as annotated');
    annotated = { file, start: place.start, end: place.end, text: place.text };
  }

  it('applies "Annotate as Place" from the lightbulb: the .ann is written and the place is drawn solid', async function () {
    await annotateFirstPlace();
  });

  it('next suggestion (Ctrl+Alt+.) puts the cursor on a suggestion without selecting it, and the article is read-only in annotation mode', async function () {
    const { page, session } = wb();
    const file = annotated!.file;
    const onDisk = readFileSync(file, 'utf8');
    await statusItem(page, 'Annotating').waitFor({ state: 'visible', timeout: 30_000 });
    const cursor = page.locator(SEL.statusItem, { hasText: /Ln \d+, Col \d+/ }).first();
    const at = await cursor.innerText();
    await page.keyboard.press('Control+Alt+.');
    await waitUntil(async () => (await cursor.innerText()) !== at, 30_000, () => `the cursor did not move from "${at}"`);
    assert.doesNotMatch(await cursor.innerText(), /selected/, 'the suggestion is not selected');
    assert.equal(await page.locator(`${SEL.editor} .selected-text`).count(), 0, 'no selection is drawn');
    // what an annotator's stray keys do: nothing to the text
    const shown = await page.locator(SEL.viewLines).first().innerText();
    await page.keyboard.press('Enter');
    await page.keyboard.type('x');
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(1000);
    assert.equal(await page.locator(SEL.viewLines).first().innerText(), shown, 'the text in the editor is unchanged');
    assert.equal(await page.locator(`${SEL.activeTab}.dirty`).count(), 0, 'the article tab is not modified');
    assert.equal(readFileSync(file, 'utf8'), onDisk, 'the article on disk is unchanged');
  });

  it('undoes the last annotation from the article (Ctrl+Alt+Z) without opening the .ann', async function () {
    assert.ok(annotated, 'the first test annotated a place');
    const { page, session } = wb();
    const ann = annotated.file.replace(/\.txt$/, '.ann');
    const line = `T1\tPlace ${annotated.start} ${annotated.end}\t${annotated.text}`;
    assert.ok(readFileSync(ann, 'utf8').split('\n').includes(line), 'the annotation is on disk');
    const since = Date.now();
    await page.keyboard.press('Control+Alt+Z');
    await waitUntil(() => !readFileSync(ann, 'utf8').includes(`Place ${annotated!.start} ${annotated!.end}`), 60_000, () => `after Ctrl+Alt+Z the .ann is still\n${readFileSync(ann, 'utf8')}\n\n${session.diagnostics()}`);
    await waitForEvent(session, (e: ReportEvent) => e.event === 'findings' && sameFile(e.uri, basename(annotated!.file)) && Number(e.time) >= since && Number((e.counts as { annotated?: number } | undefined)?.annotated) === 0, 'the place drawn as a detection again', 60_000);
    assert.equal(await page.locator(SEL.activeTab).innerText().then((t) => t.includes('.ann')), false, 'the article stays the active editor');
    // annotate it again for the next test
    await annotateFirstPlace();
  });

  it('moves the annotation with an edit of the article and writes it on save', async function () {
    assert.ok(annotated, 'the previous test annotated a place');
    const { page, session } = wb();
    const ann = annotated.file.replace(/\.txt$/, '.ann');
    await page.keyboard.press('Control+G');
    await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.type('1:1');
    await page.keyboard.press('Enter');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 30_000 });
    // leave annotation mode from the status bar: the text becomes editable
    await statusItem(page, 'Annotating').click();
    await statusItem(page, 'Editing text').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(SEL.viewLines).first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+G');
    await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.type('1:1');
    await page.keyboard.press('Enter');
    await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 30_000 });
    const added = 'عاجل: ';
    await page.keyboard.insertText(added);
    await page.keyboard.press('Control+S');
    const moved = `T1\tPlace ${annotated.start + added.length} ${annotated.end + added.length}\t${annotated.text}`;
    await waitUntil(
      () => readFileSync(annotated!.file, 'utf8').startsWith(added) && readFileSync(ann, 'utf8').split('\n').includes(moved),
      60_000,
      () => `after the save the .ann is\n${readFileSync(ann, 'utf8')}\nexpected the line ${moved}\n\n${session.diagnostics()}`,
    );
  });

  it('annotates all suggestions from the command palette, and Ctrl+Alt+Z undoes them in one step', async function () {
    assert.ok(annotated, 'the first test annotated a place');
    const { page, session } = wb();
    const ann = annotated.file.replace(/\.txt$/, '.ann');
    const before = readFileSync(ann, 'utf8');
    const spans = (t: string) => t.split('\n').filter((l) => /^T\d+\t/.test(l)).length;
    await runCommand(page, 'Annotate All Suggestions of This Article');
    const after = await waitUntil(() => (spans(readFileSync(ann, 'utf8')) > spans(before) + 1 ? readFileSync(ann, 'utf8') : ''), 60_000, () => `the .ann did not get the suggestions:\n${readFileSync(ann, 'utf8')}\n\n${session.diagnostics()}`);
    assert.ok(after.startsWith(before.trimEnd()), 'the annotations made before are kept');
    await page.locator(SEL.viewLines).first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Alt+Z');
    await waitUntil(() => readFileSync(ann, 'utf8') === before, 60_000, () => `after Ctrl+Alt+Z the .ann is\n${readFileSync(ann, 'utf8')}\nexpected\n${before}`);
  });
});
