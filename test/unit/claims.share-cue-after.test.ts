// A headline may put the share first and its cue after it («48 بالمئة نسبة
// المشاركة»): the cue of a head and its noun right after the figure and its
// unit names the measure, as it does before the figure (claims/measure.ts).
import assert from 'node:assert/strict';
import { warnings, what } from './headline-pair.fixture.js';

describe('claims: a share whose cue follows it', () => {
  const rows: [string, string, string][] = [
    ['لجنة الانتخابات: 48 بالمئة نسبة المشاركة في الاستفتاء الكيني', '48', 'turnout/*'],
    ['المفوضية: 27 % نسبة التصويت في الجولة الثانية', '27', 'turnout/*'],
    ['المفوضية: 27 % نسبة التصويت في الجولة الثانية'.replace('27 %', '27.5 في المئة'), '27.5', 'turnout/*'],
    // a share before «نسبة إلى» (compared with) is no turnout
    ['ارتفعت الأسعار 6 بالمئة نسبة إلى الشهر الماضي', '6', 'percentage/*'],
  ];
  for (const [text, figure, expected] of rows)
    it(`«${text}»: ${figure} is ${expected}`, () => {
      assert.equal(what(text, figure), expected);
    });

  it('two outlets, the cue before in one and after in the other, disagree', () => {
    assert.deepEqual(warnings('نسبة المشاركة في الاستفتاء الكيني تبلغ 39 %', 'لجنة الانتخابات: 48 بالمئة نسبة المشاركة في الاستفتاء الكيني'), ['39 ↔ 48']);
  });
});
