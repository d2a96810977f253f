// Drives VS Code's workbench (code-server) in Debian's chromium the way a
// person would: keyboard shortcuts, the mouse, and what is on screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Only 127.0.0.1 is ours: every other host name fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// Selectors of VS Code 1.139's workbench.
export const SEL = {
  workbench: '.monaco-workbench',
  statusItem: '.statusbar-item',
  quickInput: '.quick-input-widget',
  quickInputRow: '.quick-input-widget .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  editor: '.editor-instance .monaco-editor',
  viewLines: '.editor-instance .monaco-editor .view-lines',
  // createTextEditorDecorationType → elements whose class contains "ced-".
  decoration: '.editor-instance .monaco-editor .view-lines [class*="ced-"], .editor-instance .monaco-editor .view-overlays [class*="ced-"]',
  hover: '.monaco-hover:not(.hidden)',
  problemsRow: '.markers-panel .monaco-list-row',
} as const;

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  // launchPersistentContext: plain launch() refuses a user-data-dir.
  const profile = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the folder in the workbench. `declineTrust`: waits for Restricted
 * Mode, answering VS Code's workspace trust prompt, if it asks, with "No, I
 * don't trust the authors" (code-server 4.139 opens a new folder restricted
 * without asking).
 */
export async function openWorkbench(page: Page, url: string, folder: string, { declineTrust = false } = {}): Promise<void> {
  await page.goto(`${url}?folder=${encodeURIComponent(folder)}`);
  await page.locator(SEL.workbench).waitFor({ state: 'visible', timeout: 120_000 });
  if (declineTrust) {
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'Do you trust the authors' });
    const restricted = page.locator(SEL.statusItem, { hasText: 'Restricted Mode' }).first();
    await dialog.or(restricted).first().waitFor({ state: 'visible', timeout: 120_000 });
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name: /No, I don.t trust/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    }
    await restricted.waitFor({ state: 'visible', timeout: 30_000 });
  }
  // The explorer lists the folder's files once the workbench is usable.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 120_000 });
}

/** Ctrl+P, type the name, Enter; waits until its tab is the active one. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.locator(SEL.workbench).click({ position: { x: 700, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.type(fileName);
  await page.locator(SEL.quickInputRow, { hasText: fileName }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator(SEL.activeTab, { hasText: fileName }).waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator(SEL.viewLines).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** The status-bar item whose text contains `text`. */
export function statusItem(page: Page, text: string): Locator {
  return page.locator(SEL.statusItem, { hasText: text }).first();
}

/** Class names of the extension's decorations now in the editor DOM. */
export async function decorationClasses(page: Page): Promise<string[]> {
  return page.locator(SEL.decoration).evaluateAll((els) => els.map((e) => e.className));
}

/** Polls until fn() returns a truthy value; throws describe() after timeoutMs. */
export async function waitUntil<T>(fn: () => T | Promise<T>, timeoutMs: number, describe: () => string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Moves the mouse onto a highlight and returns the text of the hover that
 * appears. Background highlights are drawn in .view-overlays under the text,
 * so the point at their centre is on the highlighted words. Tries a few: one
 * may sit under another widget.
 */
export async function hoverHighlight(page: Page, tries = 6): Promise<{ at: string; hoverText: string }> {
  const highlights = page.locator(SEL.decoration);
  const n = await highlights.count();
  let lastError = 'no highlight in the editor';
  let tried = 0;
  for (let i = 0; i < n && tried < tries; i++) {
    const box = await highlights.nth(i).boundingBox();
    if (!box || box.width < 4 || box.height < 4) continue;
    tried++;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const at = `(${Math.round(x)}, ${Math.round(y)}) ${await highlights.nth(i).getAttribute('class')}`;
    // Leave, then come back, so VS Code sees a fresh hover request.
    await page.mouse.move(5, 5);
    await page.mouse.move(x, y, { steps: 4 });
    const hover = page.locator(SEL.hover).filter({ hasText: /\S/ }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 10_000 });
      // Let the fade-in finish so a screenshot shows the hover fully drawn.
      await hover.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a: { finished: Promise<unknown> }) => a.finished))).catch(() => undefined);
      const hoverText = (await hover.innerText()).trim();
      if (hoverText) return { at, hoverText };
    } catch (err) {
      lastError = `no hover at ${at}: ${(err as Error).message.split('\n')[0]}`;
    }
  }
  throw new Error(lastError);
}

/** Ctrl+Shift+M, then the Problems rows' texts (file rows and marker rows). */
export async function problemsRows(page: Page, timeoutMs = 60_000): Promise<string[]> {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator(SEL.problemsRow).first().waitFor({ state: 'visible', timeout: timeoutMs });
  return page.locator(SEL.problemsRow).allInnerTexts();
}

/** One visual row of the editor: its words in logical order and the order a reader sees them. */
export interface RenderedRow {
  top: number;
  text: string;
  words: string[];
  /** Indices into `words`, from the rightmost word on screen to the leftmost. */
  rightToLeft: number[];
  arabic: boolean;
}

/**
 * The rendered order of the words of every row in the editor: for each word
 * (a run of non-spaces of the row's text, which may cross the spans VS Code
 * cut the line into) a DOM Range over its characters, and the centre of the
 * boxes the browser laid it out in. Sorted by that centre, right to left:
 * the order a reader of Arabic meets the words.
 */
// Runs in the page. A string, not a function: the test runner's transform
// adds helpers (__name) to functions that the page does not have.
const WORD_ORDER_SCRIPT = `(selector) => {
  const rows = Array.from(document.querySelectorAll(selector)).map((line) => {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.data;
    }
    function at(offset) {
      let i = nodes.length - 1;
      while (i > 0 && nodes[i].start > offset) i--;
      return [nodes[i].node, offset - nodes[i].start];
    }
    const words = [];
    const centres = [];
    for (const m of text.matchAll(/[^\\s\\u00a0]+/g)) {
      const range = document.createRange();
      const [a, ao] = at(m.index);
      const [b, bo] = at(m.index + m[0].length - 1);
      range.setStart(a, ao);
      range.setEnd(b, bo + 1);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      if (!rects.length) continue;
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      words.push(m[0]);
      centres.push((left + right) / 2);
    }
    const rightToLeft = centres.map((_, i) => i).sort((x, y) => centres[y] - centres[x]);
    const top = parseFloat(line.style.top) || line.getBoundingClientRect().top;
    return { top, text: text.replace(/\\u00a0/g, ' '), words, rightToLeft, arabic: /\\p{Script=Arabic}/u.test(text) };
  });
  return rows.sort((x, y) => x.top - y.top);
}`;

export async function renderedWordOrder(page: Page): Promise<RenderedRow[]> {
  return page.evaluate(`(${WORD_ORDER_SCRIPT})(${JSON.stringify(`${SEL.viewLines} .view-line`)})`) as Promise<RenderedRow[]>;
}

/** Runs a command from the palette (Ctrl+Shift+P) by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.type(title);
  await page.locator(SEL.quickInputRow, { hasText: title }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 30_000 });
}
