// Whatever the text, place spans are exact slices, in order, never overlapping,
// and never start with a proclitic the name does not carry.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { placesOf } from './places.helpers.js';

const PIECES = [
  'كركوك', 'وبغداد', 'للموصل', 'بالعراق', 'حي', 'أحياء', 'حيَّي', 'مدينة', 'منطقة', 'قرية', 'واحد', 'حزيران', 'التسعين', 'ودوميز', 'و',
  'قره', 'قوش', 'سهل', 'نينوى', 'إقليم', 'كردستان', 'فندق', 'الجهاد', 'عبد', 'الله', 'إيرانيين', 'بـكركوك', 'ـ', 'ً', '«', '»', '”', '"',
  '،', '.', ' ', '  ', '\n', '#الموصل', '#', '14', '٢٢', 'في', 'الى', 'شرطة', 'جامعة', 'السعودية', 'المصالح', 'أبو', 'تل', 'دير',
];

describe('places: robustness', () => {
  it('gives exact, ordered, non-overlapping spans on any mix of names, triggers and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }), (words, seps) => {
        const text = words.map((w, i) => w + (seps[i] ?? ' ')).join('');
        const ps = placesOf(text);
        let end = 0;
        for (const p of ps) {
          assert.equal(text.slice(p.start, p.end), p.text);
          assert.ok(p.start >= end && p.end > p.start, `overlap at ${p.start} in ${JSON.stringify(text)}`);
          assert.ok(!/^[\s«»"”،.]/.test(p.text) && !/[\s«»"”،.]$/.test(p.text), JSON.stringify(p.text));
          end = p.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds as many places in the text repeated as in one copy times the copies', () => {
    const one = 'اشتباكات في أحياء التسعين وحزيران ودوميز جنوب كركوك وبغداد.\n';
    const n = placesOf(one).length;
    assert.equal(placesOf(one.repeat(50)).length, 50 * n);
  });
});
