// The fast scanner against a plain statement of the token grammar: one
// regular expression with an alternative per token type, tried in order.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import fs from 'node:fs';
import { scan } from '../../server/src/core/parse/scan.js';
import { kirkukFiles, itShared } from './corpus.js';

const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
const ORACLE = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s«»"“”<>\\u060C]+)`,
    `(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)`,
    `(?<hashtag>#[\\p{L}\\p{M}\\p{N}_\\u200C\\u200D]+)`,
    `(?<mention>@[A-Za-z0-9_]+)`,
    `(?<number>[${DIGIT}]+(?:[.,\\u066B\\u066C][${DIGIT}]+)*)`,
    `(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\u200C\\u200D\\u200E\\u200F\\u061C]*)`,
    `(?<space>\\s+)`,
    `(?<punct>\\p{P})`,
    `(?<symbol>[\\s\\S])`,
  ].join('|'),
  'gu',
);

function oracle(text: string): string[] {
  const out: string[] = [];
  ORACLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORACLE.exec(text)) !== null) {
    const type = Object.entries(m.groups!).find(([, v]) => v !== undefined)![0];
    let end = m.index + m[0].length;
    if (type === 'url') {
      const trail = /[.,:;!?)\]}'’]+$/.exec(m[0]);
      if (trail && trail[0].length < m[0].length) end -= trail[0].length;
      ORACLE.lastIndex = end;
    }
    out.push(`${type}:${m.index}-${end}`);
  }
  return out;
}

const fast = (text: string): string[] => scan(text).map((t) => `${t.type}:${t.start}-${t.end}`);

describe('token scanner', () => {
  itShared('agrees with the token grammar on every corpus article', () => {
    for (const f of kirkukFiles()) {
      const text = fs.readFileSync(f, 'utf8');
      assert.deepEqual(fast(text), oracle(text), f);
    }
  });

  it('agrees with the token grammar on generated text (property)', () => {
    const pieces = fc.constantFrom(...'كركوك|وَقُتِلَ|لـ|٣٫٥|5,000|1.2|.|،|«|»|"|\n|\r\n| |\u00a0|😀|\ud800|#كركوك_بخير|#|@x_1|@|http://a.b/c).|www.x.org|a.b@c.org|.x@y.z|-|%|٪|\u200c|\u200f|ـ|é|Ω|١٢|۲۲|\u0000|x'.split('|'));
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(fast(text), oracle(text));
      }),
      { numRuns: 500 },
    );
  });

  it('covers the text with no gap and no overlap', () => {
    const text = 'أ😀ب\r\n٣٫٥\ud800x';
    const tokens = scan(text);
    let at = 0;
    for (const t of tokens) {
      assert.equal(t.start, at);
      at = t.end;
    }
    assert.equal(at, text.length);
  });
});
