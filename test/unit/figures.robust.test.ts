// The figures detector on any input: no exception, every span inside the
// text and equal to its slice, intervals ordered; and on hostile input (a
// 100 000-digit number, a 2 MB line of digits, mixed scripts) a result,
// not a crash or a hang.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse } from '../../server/src/core/analyse.js';
import type { Figure } from '../../server/src/core/types.js';
import { figuresOf, quantities } from './figures.helpers.js';

function wellFormed(text: string, figs: Figure[]): void {
  for (const f of figs) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `span ${f.start}-${f.end} of ${text.length}`);
    assert.equal(f.text, text.slice(f.start, f.end));
    assert.ok(!(f.min > f.max), `interval ${f.min}..${f.max}`);
    if (f.value !== null && f.kind !== 'identifier') assert.ok(Number.isFinite(f.value), `value ${f.value}`);
    if (f.counted) assert.equal(f.counted.text, text.slice(f.counted.start, f.counted.end));
  }
  for (let i = 1; i < figs.length; i++) assert.ok(figs[i]!.start >= figs[i - 1]!.end, 'figures overlap');
}

const pieces = fc.constantFrom(
  'نحو', 'حوالي', 'ما لا يقل عن', 'على الأقل', 'أكثر من', 'إلى', 'الى', 'بين', 'و', 'من', 'ثلاثة', 'وخمسة', 'عشرون', 'ثلاثمائة',
  'آلاف', 'ألفاً', 'مليون', 'عشرات', 'العديد', 'نصف', 'ثلثي', 'قتيلان', 'اثنين', 'أحد', 'الانتحاريين', 'كم', 'عاماً', 'ساعة',
  '%', '٪', 'في المئة', 'حي', 'أحياء', 'التسعين', 'حزيران', 'تشرين الأول', 'الساعة', 'الثالثة', 'فجراً', 'ثاني', 'عام', '2014',
  '٢٢', '۲۲', '5,000', '١٬٠٠٠', '٣٫٥', '1.2', '0012022773659', '+964', '-', '/', ':', '(', ')', '،', '.', '«', '»',
  'https://t.co/123', '#وسم_1', 'a@b.co', '\r\n', '\n', '\u0000', '\uD800', '\uDC00', '😀', 'ـ', '\u200F', 'ً', 'لـ', 'بـ',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(pieces, fc.integer({ min: 0, max: 1e7 }).map(String), fc.string({ maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(' ')),
  fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
);

describe('figures: any input', () => {
  it('never throws; every span is inside the text and equals its slice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(text, figuresOf(text));
      }),
      { numRuns: 400 },
    );
  });

  it('runs inside the whole pipeline on the same inputs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(text, analyse(text).figures);
      }),
      { numRuns: 150 },
    );
  });

  it('reads any integer written in digits of any script as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 899 }), fc.constantFrom(0x30, 0x660, 0x6f0), (n, zero) => {
        const digits = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
        const figs = figuresOf(`قتل ${digits} شخصاً`);
        assert.equal(figs.length, 1);
        assert.equal(figs[0]!.value, n);
        assert.equal(figs[0]!.text, digits);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a qualifier in the span and widens the interval around the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.constantFrom('نحو', 'حوالي', 'قرابة', 'زهاء'), (n, q) => {
        const [f] = figuresOf(`قتل ${q} ${n} شخصاً`);
        assert.ok(f);
        assert.equal(f.text, `${q} ${n}`);
        assert.equal(f.qualifier, 'approx');
        assert.ok(f.min < n && f.max > n && Math.abs(f.min - 0.9 * n) < 1e-6 && Math.abs(f.max - 1.1 * n) < 1e-6);
      }),
      { numRuns: 100 },
    );
  });
});

describe('figures: hostile input', () => {
  it('reads a 100 000-digit number as one identifier', () => {
    const text = `الرقم ${'7'.repeat(100000)} انتهى`;
    const figs = figuresOf(text);
    wellFormed(text, figs);
    assert.equal(figs.length, 1);
    assert.equal(figs[0]!.kind, 'identifier');
    assert.equal(quantities(figs).length, 0);
  });

  it('survives a 2 MB line of digits and separators', () => {
    const text = '1,2.3٫4٬5 '.repeat(200000);
    const figs = figuresOf(text);
    wellFormed(text, figs);
    assert.equal(figs.length, 200000);
  });

  it('survives a 2 MB run of a single digit', () => {
    const text = '9'.repeat(2 * 1024 * 1024);
    const figs = figuresOf(text);
    assert.equal(figs.length, 1);
    assert.equal(figs[0]!.kind, 'identifier');
  });

  it('reads mixed scripts in one text', () => {
    const text = 'Killed 5 people; قتل ٥ أشخاص و۵ نساء و 5 رجال، 3,000 km و ٣٬٠٠٠ كم.';
    const figs = figuresOf(text);
    wellFormed(text, figs);
    assert.deepEqual(
      figs.filter((f) => f.kind !== 'identifier').map((f) => f.value),
      [5, 5, 5, 5, 3000, 3000],
    );
  });

  it('reads long repetitions of triggers, qualifiers and joiners with bounded look-ahead', () => {
    const cases: [string, number, number][] = [
      ['حي ', 200000, 0],
      ['أحياء التسعين و', 50000, 0],
      ['نحو ', 200000, 0],
      ['ثلاثة و', 50000, 50000],
      ['بين 3 و', 50000, 50000],
      ['5 على الأقل ', 50000, 50000],
      ['ارتفع الى ', 50000, 0],
    ];
    for (const [piece, times, expected] of cases) {
      const text = piece.repeat(times);
      const figs = figuresOf(text);
      assert.equal(figs.length, expected, piece);
    }
  });

  it('reads a long sentence of number words without losing any', () => {
    const text = Array.from({ length: 5000 }, () => 'قتل ثلاثة أشخاص').join(' و');
    const figs = figuresOf(text);
    assert.equal(figs.length, 5000);
    assert.ok(figs.every((f) => f.value === 3 && f.counted?.lemma === 'شخص'));
  });
});
