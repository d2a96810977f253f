// Issue 13, the largest class of misses on fresh pairs ("apart-event"): both
// figures are claims of one measure and group, but their events are keyed
// apart, so they never meet. One incident named at a place and at an area
// containing it is one event; two places of one area, an area-wide count
// against a town's, two countries stay apart. Invented sentences, real
// detectors.
import assert from 'node:assert/strict';
import { contradictionWarnings as warnings } from './story.fixture.js';

const compared: { why: string; docs: Record<string, string>; pairs: string[] }[] = [
  {
    why: 'an unknown name after a trigger in one headline, written with the clitic ب in the other',
    docs: { a: 'مقتل 30 شخصا في هجوم على قرية بولاية كيبي', b: 'هجوم مسلح على قرية بكيبي يودي بحياة 45 شخصا' },
    pairs: ['a:30 b:45'],
  },
  {
    why: 'the product\'s region in one headline, a province inside it in the other',
    docs: { a: 'مقتل 6 جنود في هجوم بدارفور', b: 'هجوم في جنوب دارفور يقتل 11 جنديا' },
    pairs: ['a:6 b:11'],
  },
];

const apart: { why: string; docs: Record<string, string> }[] = [
  {
    why: 'two unknown names, one with a clitic: two villages',
    docs: { a: 'مقتل 30 شخصا في هجوم على قرية بولاية كيبي', b: 'هجوم مسلح على قرية بسوكوتو يودي بحياة 45 شخصا' },
  },
  {
    why: 'two provinces of one region',
    docs: { a: 'مقتل 6 جنود في هجوم بشمال دارفور', b: 'هجوم في جنوب دارفور يقتل 11 جنديا' },
  },
  {
    why: 'the displaced of a region against those of a province inside it: a part and its whole',
    docs: { a: 'نزوح 6 آلاف شخص في دارفور', b: 'نزوح 11 ألف شخص من ولاية جنوب دارفور' },
  },
  {
    why: 'a region across borders is no area of one event',
    docs: { a: 'مقتل 6 جنود في هجوم في منطقة الساحل الأفريقي', b: 'هجوم في مالي يقتل 11 جنديا' },
  },
];

describe('story: one incident keyed at two places of one area (issue 13, apart-event)', () => {
  for (const t of compared) it(`compared: ${t.why}`, () => assert.deepEqual(warnings(t.docs), t.pairs));
  for (const t of apart) it(`apart: ${t.why}`, () => assert.deepEqual(warnings(t.docs), []));
});
