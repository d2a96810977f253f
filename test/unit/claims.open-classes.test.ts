// Issue 13, open classes (invented headlines): measures by root and pattern,
// coordinated figures with their own nouns, magnitude and depth, groups of no
// list, and numbers the web spaces out, read through the whole pipeline.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';

const claimsOf = (text: string) => {
  const a = analyse(text);
  return a.claims.map((c) => ({ text: text.slice(a.figures[c.figure]!.start, a.figures[c.figure]!.end), measure: c.measure, group: c.group }));
};
const one = (text: string, figure: string) => claimsOf(text).find((c) => c.text === figure);

describe('claims: open classes of headlines (issue 13)', () => {
  it('an imperfect verb before the figure, generated from its root, says the measure (يقتل، يودي بحياة، تعتقل)', () => {
    assert.equal(one('غارة جوية تقتل 15 مدنيا في حلب', '15')?.measure, 'killed');
    assert.equal(one('انفجار في الموصل يودي بحياة 17 شخصا', '17')?.measure, 'killed');
    assert.equal(one('الشرطة تعتقل 40 شخصا في البصرة', '40')?.measure, 'arrested');
  });

  it('a singular participle after the number is the measure and counts everyone (25 مصاب، 18 مفقودا، 8000 نازح)', () => {
    assert.deepEqual(one('25 مصاب في انفجار بميناء البصرة', '25'), { text: '25', measure: 'wounded', group: '*' });
    assert.deepEqual(one('انهيار أرضي في اليمن: 18 مفقودا', '18'), { text: '18', measure: 'missing', group: '*' });
    assert.deepEqual(one('8000 نازح جراء الفيضانات في الصومال', '8000'), { text: '8000', measure: 'displaced', group: '*' });
  });

  it('coordinated figures name their own nouns: 90 مصابا are wounded, not killed', () => {
    assert.equal(one('140 قتيلا و 90 مصابا في تفجيرين ببغداد', '90')?.measure, 'wounded');
    assert.equal(one('مقتل 35 وإصابة 90 في هجوم على سوق بحلب', '35')?.measure, 'killed');
  });

  it('«قتلوا أو شوهوا» is killed or wounded', () => {
    assert.equal(one('500 طفل قتلوا أو شوهوا في اليمن', '500')?.measure, 'killed-or-wounded');
  });

  it('headline syntax: a bare number before a preposition counts everyone (مقتل 12 في انفجار)', () => {
    assert.deepEqual(one('مقتل 12 في انفجار ببغداد', '12'), { text: '12', measure: 'killed', group: '*' });
    // at a sentence's end the count may be of a group named before: no reading
    assert.equal(one('وقتل مسلحون 4.', '4'), undefined);
  });

  it('a counted noun of no list, or «من <organisation>», is a group of its own, never the toll', () => {
    // (not migrants off a coast: they are the boat's people, everyone its toll counts, claims/whole-group.ts)
    const a = one('غرق 40 صيادا قبالة سواحل ليبيا', '40');
    const b = one('مصرع 55 صيادين قبالة سواحل ليبيا', '55');
    assert.ok(a && b && a.group === b.group && a.group !== '*', JSON.stringify([a, b]));
    const c = one('مقتل 4 من موظفي منظمة الإغاثة في قصف على غزة', '4');
    assert.ok(c && c.group !== '*' && c.measure === 'killed', JSON.stringify(c));
  });

  it('magnitude and depth are measures of their own, the spaced decimal read as one value', () => {
    const text = 'زلزال بقوة 6 , 1 درجات على عمق 10 كيلومترات يضرب شمال المغرب';
    assert.deepEqual(claimsOf(text).map((c) => `${c.text}:${c.measure}`), ['6 , 1:magnitude', '10:depth']);
    const a = analyse(text);
    assert.equal(a.figures[0]!.min, 6.1);
  });

  it('a spaced time and date are no counts (11 : 20، 3 / 9 / 2015)', () => {
    assert.deepEqual(claimsOf('انفجار في الساعة 11 : 20 صباحا يقتل 7 أشخاص في سوق بدمشق').map((c) => c.text), ['7']);
    assert.deepEqual(claimsOf('هجوم 3 / 9 / 2015 على حافلة في سيناء خلف 9 قتلى').map((c) => c.text), ['9']);
  });
});
