// The client's decorations are overlays only. An inline option (text
// decoration, colour, font weight or style, opacity, letter spacing, text
// put before or after) makes VS Code cut a line into isolated spans laid out
// left to right, which scrambles the word order of Arabic lines (the e2e
// test test/e2e/rtl-order.test.ts measures the order on screen; this one
// says which file and option broke it without starting VS Code).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'src');
const INLINE = /\b(textDecoration|color|fontWeight|fontStyle|opacity|letterSpacing|contentText|contentIconPath|before|after|gutterIconPath)\s*:/g;

describe('client decorations: overlays only', () => {
  it('no decoration option of the client styles the text inline', () => {
    const found: string[] = [];
    for (const f of fs.readdirSync(CLIENT).filter((n) => n.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(CLIENT, f), 'utf8');
      if (!/createTextEditorDecorationType|DecorationRenderOptions/.test(src)) continue;
      const code = src.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of code.matchAll(INLINE)) found.push(`${f}: ${m[1]}`);
    }
    assert.deepEqual(found, []);
  });

  it('the check sees an inline option where there is one', () => {
    const sample = "vscode.window.createTextEditorDecorationType({ textDecoration: 'underline dotted', borderColor: c })";
    assert.deepEqual([...sample.matchAll(INLINE)].map((m) => m[1]), ['textDecoration']);
  });
});
