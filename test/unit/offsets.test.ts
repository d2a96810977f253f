// Positions: UTF-16 offsets ↔ LSP line/character ↔ code points, with CRLF,
// lone CR and astral characters.
import assert from 'node:assert/strict';
import { CodePoints, Lines } from '../../server/src/core/text/offsets.js';

describe('offsets', () => {
  const text = 'أ😀ب\r\nسطر\rثالث\nأخير';
  const lines = new Lines(text);

  it('maps offsets to LSP positions and back on every line ending', () => {
    for (let o = 0; o <= text.length; o++) {
      const p = lines.positionAt(o);
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF: no position of its own
      assert.equal(lines.offsetAt(p), o, `offset ${o}`);
    }
    assert.deepEqual(lines.positionAt(text.indexOf('ب')), { line: 0, character: 3 }, 'the emoji counts two UTF-16 units');
    assert.deepEqual(lines.positionAt(text.indexOf('ث')), { line: 2, character: 0 }, 'a lone CR ends a line');
  });

  it('clamps a character past the end of a line to that line, not the next', () => {
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), text.indexOf('\r\n'));
    assert.equal(lines.offsetAt({ line: 1, character: 99 }), text.indexOf('\r', text.indexOf('\n')));
    assert.equal(lines.offsetAt({ line: 3, character: 99 }), text.length);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
  });

  it('converts UTF-16 offsets and code points exactly', () => {
    const cp = new CodePoints(text);
    assert.equal(cp.toCodePoint(text.indexOf('ب')), 2);
    assert.equal(cp.toUtf16(2), text.indexOf('ب'));
    assert.equal(cp.length, [...text].length);
    for (let i = 0; i <= cp.length; i++) assert.equal(cp.toCodePoint(cp.toUtf16(i)), i);
  });
});

describe('code points, property', () => {
  it('maps every code point to the start of that character, and back', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', '😀', '𝟙', '\r\n', '\ud800') }), (text) => {
        const cp = new CodePoints(text);
        const chars = [...text];
        let u = 0;
        for (let i = 0; i <= chars.length; i++) {
          assert.equal(cp.toUtf16(i), u, `code point ${i} of ${JSON.stringify(text)}`);
          assert.equal(cp.toCodePoint(u), i);
          u += chars[i]?.length ?? 0;
        }
      }),
      { numRuns: 500 },
    );
  });
});
