// Digits of every script with Arabic and Latin separators, read as numbers.
import assert from 'node:assert/strict';
import { parseDigits, scaled } from '../../server/src/core/figures/digits.js';

const cases: [string, number | null, string?][] = [
  ['22', 22],
  ['٢٢', 22],
  ['۲۲', 22],
  ['5,000', 5000, 'comma before three digits: thousands'],
  ['1,234,567', 1234567],
  ['3,5', 3.5, 'comma before other than three digits: decimal'],
  ['1.2', 1.2],
  ['1.200', 1.2, 'a single dot is a decimal point, as Arabic news writes 1.2 مليون'],
  ['1.000.000', 1000000, 'several dots before groups of three: thousands'],
  ['1,234.5', 1234.5],
  ['1.234,5', 1234.5],
  ['٣٫٥', 3.5, '٫ is always decimal'],
  ['١٬٠٠٠', 1000, '٬ is always thousands'],
  ['١٬٢٣٤٫٥', 1234.5],
  ['۱۲٫۵', 12.5],
  ['0.5', 0.5],
  ['1,2,3', null, 'neither thousands nor a decimal'],
  ['9'.repeat(16), null, 'too long to be a quantity'],
];

describe('figures: digits', () => {
  for (const [text, value, why] of cases) {
    it(`${text} → ${value}${why ? ` (${why})` : ''}`, () => {
      const d = parseDigits(text);
      assert.ok(d);
      assert.equal(d.value, value);
    });
  }

  it('marks a leading zero and d.m.yyyy', () => {
    assert.equal(parseDigits('0012022773659')!.leadingZero, true);
    assert.equal(parseDigits('0.5')!.leadingZero, false);
    assert.deepEqual(parseDigits('21.10.2016')!.dateParts, [21, 10, 2016]);
  });

  it('scales without binary noise', () => {
    assert.equal(scaled(1.2, 1e6), 1200000);
    assert.equal(scaled(2.3, 1e9), 2300000000);
    assert.equal(scaled(0.1, 1e3), 100);
  });
});
