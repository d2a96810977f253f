// A folder that names one place only: one headline places its toll in a town,
// the other gives a toll with no place at all. Nothing tells of another place,
// so the two are one event and their figures are compared (story/sole-place.ts).
// An unplaced headline that names a place itself (its country: a whole; a word
// after في no article reads as a place: another town) stays apart.
import assert from 'node:assert/strict';
import { warnings } from './headline-pair.fixture.js';

describe('story: the one place a folder names is its home', () => {
  const compared: [string, string, string][] = [
    ['مقتل 12 شخصا في انفجار بمدينة سوسة', 'انفجار يخلف 20 قتيلا بحسب الدفاع المدني', '12 ↔ 20'],
    ['الجمارك التونسية: ضبط 300 كيلوغرام من الكوكايين في ميناء رادس', 'ضبط 80 كغ من الكوكايين داخل حاوية في الميناء', '300 كيلوغرام ↔ 80 كغ'],
    ['مقتل ما لا يقل عن 40 شخصا في قصف على سوق في مدينة حمص', 'قصف صاروخي على سوق شعبي يخلف 15 قتيلا', '15 ↔ ما لا يقل عن 40'],
  ];
  for (const [a, b, pair] of compared)
    it(`compares «${b}» with «${a}»`, () => {
      assert.deepEqual(warnings(a, b), [pair]);
    });

  const apart: [string, string][] = [
    // a word after في that no article reads as a place: another town the gazetteer does not know
    ['مقتل 12 شخصا في انفجار بمدينة سوسة', 'انفجار في زمردين يودي بحياة 20 شخصا'],
    // the unplaced toll's article names the country: it may be the country's whole
    ['ضربت العواصف تونس مساء السبت. وقال مسؤولون إن 25 شخصا لقوا حتفهم', 'مقتل 7 أشخاص في العواصف بمدينة صفاقس'],
    // a border with the place: the toll may be across it
    ['مقتل 6 جنود في هجوم على ثكنة قرب الحدود مع تشاد', 'مقتل 11 جنديا في هجوم على ثكنة في تشاد'],
  ];
  for (const [a, b] of apart)
    it(`keeps «${a}» and «${b}» apart`, () => {
      assert.deepEqual(warnings(a, b), []);
    });
});
