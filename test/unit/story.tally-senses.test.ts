// A noun an article counts with two values apart and no measure between them
// (escaped prisoners and a prison's inmates) is counted in two senses there:
// its bare counts are not compared with another article's (story/tally-senses.ts).
// Invented articles.
import assert from 'node:assert/strict';
import { pairsOf } from './headline-pair.fixture.js';

const pairs = (...texts: string[]): string[] => pairsOf(texts);

describe('story: a noun counted in two senses (issue 13)', () => {
  const once = 'نقلت السلطات 30 نزيلا من سجن الواحة المركزي فجر الأحد';
  const other = 'مصدر أمني: نقلت السلطات 45 نزيلا من سجن الواحة المركزي';
  const twice = 'نقلت السلطات 30 نزيلا من سجن الواحة المركزي فجر الأحد. ويضم السجن نحو 700 نزيل بحسب إدارة السجون.';

  it('two articles that each count the noun once are compared', () => {
    assert.deepEqual(pairs(once, other), ['30 ↔ 45']);
  });

  it('an article that also counts the inmates is not compared by its bare counts', () => {
    assert.deepEqual(pairs(twice, other), []);
  });

  it('an escape is read as one (no bare count), so the inmates beside it do not silence it', () => {
    const escaped = 'تمكن 30 نزيلا من الهروب من سجن الواحة المركزي فجر الأحد. ويضم السجن نحو 700 نزيل بحسب إدارة السجون.';
    assert.deepEqual(pairs(escaped, 'مصدر أمني: تمكن 45 نزيلا من الهروب من سجن الواحة المركزي'), ['30 ↔ 45']);
  });
});
