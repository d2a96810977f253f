import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';

// Words the claims reader reacts to, numbers, places and punctuation, in any order.
const WORDS = [
  'قتل', 'مقتل', 'وإصابة', 'أصيب', 'بجروح', 'قتيلا', 'وجريحا', 'شخصاً', 'قتلوا', 'من', 'عناصر', 'الشرطة', 'والعاملين', 'قوات', 'الأمن',
  'بينهم', 'منهم', 'آخرون', 'إيرانيين', 'مسلحاً', 'نحو', 'ما', 'لا', 'يقل', 'عن', 'أكثر', 'ارتفع', 'إلى', 'حصيلة', 'عدد', 'القتلى',
  'في', 'مدينة', 'بغداد', 'الموصل', 'حي', 'جنوب', 'كم', 'كيلومترا', '(', ')', '،', '.', '«', '»', 'أن', 'إن', 'قال', 'وفق', 'نصف',
  'عاما', 'عشرات', 'ستة', 'اثنين', 'و12', '5', '22', '1.2', 'مليون', '&', 'هجوم', 'آخر', 'الأسبوع', 'الماضي', 'قد', 'يرتفع',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));

describe('claims: any text (property)', () => {
  it('reads claims only from count, measure and age figures, with sound intervals, and never throws', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = analyse(t);
        for (const c of a.claims) {
          const f = a.figures[c.figure];
          assert.ok(f, 'the claim points at a figure');
          assert.ok(['count', 'measure', 'age'].includes(f.kind), f.kind);
          assert.ok(c.min <= c.max);
          assert.ok(c.measure && c.group && c.event !== undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a story index returns to no conflicts when its documents are removed, in any order', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.boolean(), (docs, reverse) => {
        const index = new StoryIndex();
        docs.forEach((t, i) => {
          const a = analyse(t);
          index.update(`d${i}`, a.claims, a.figures, { path: `d${i}.txt` });
        });
        for (const c of index.conflicts()) assert.ok(c.sides.some((s) => s.camp === 0) && c.sides.some((s) => s.camp === 1), 'two camps');
        const ids = docs.map((_, i) => `d${i}`);
        for (const id of reverse ? ids.reverse() : ids) index.remove(id);
        assert.deepEqual(index.conflicts(), []);
        assert.equal(index.homeEvent(), '');
      }),
      { numRuns: 100 },
    );
  });
});
