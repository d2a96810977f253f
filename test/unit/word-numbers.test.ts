// The word numbering the phrase look-ups memoise on (core/lexicon/word-numbers.ts):
// a word has one number in every document, and a memo asked after words were
// numbered afresh knows nothing it was told before.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { WordMemo, wordGeneration, wordNumber } from '../../server/src/core/lexicon/word-numbers.js';

const tokens = (...words: string[]) => words.map((norm) => ({ norm }));

describe('word numbers', () => {
  it('the same word has the same number in two documents, another word another number', () => {
    const a = tokens('قتل', 'في', 'بلدة');
    const b = tokens('بلدة', 'قتل', 'سوق');
    assert.equal(wordNumber(a, 0), wordNumber(b, 1));
    assert.equal(wordNumber(a, 2), wordNumber(b, 0));
    assert.notEqual(wordNumber(b, 2), wordNumber(a, 1));
    assert.notEqual(wordNumber(a, 0), wordNumber(a, 2));
  });

  it('a token asked again keeps its number (one look-up per token and document)', () => {
    const a = tokens('مصرع', 'ستة');
    const n = wordNumber(a, 1);
    assert.equal(wordNumber(tokens('x'), 0) >= 0, true);
    assert.equal(wordNumber(a, 1), n);
  });

  it('a memo tells yes, no and not asked apart, past its first size', () => {
    const m = new WordMemo();
    m.set(3, true);
    m.set(5000, false);
    assert.equal(m.get(3), 2);
    assert.equal(m.get(5000), 1);
    assert.equal(m.get(4), 0);
    assert.equal(m.get(1 << 20), 0);
  });

  it('after many new words the numbering starts afresh and memos forget, and the analysis reads the same', () => {
    const text = 'قتل ستة أشخاص وأصيب 12 آخرون في انفجار بسوق مدينة الحلة، بحسب مصدر في الشرطة.';
    const before = analyse(text).claims;
    const m = new WordMemo();
    m.set(0, true);
    const g = wordGeneration();
    // 200 000 distinct words: the bound of the numbering
    const many = Array.from({ length: 200_001 }, (_, k) => ({ norm: `w${k}` }));
    for (let k = 0; k < many.length; k++) wordNumber(many, k);
    assert.ok(wordGeneration() > g);
    assert.equal(m.get(0), 0);
    assert.deepEqual(analyse(text).claims, before);
  });
});
