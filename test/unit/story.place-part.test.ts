// A part above its whole across places (story/place-part.ts): a count that
// spreads over its area is filed at its own place, so a town's and its
// province's are a part and its whole, never compared as one count. A town's
// count above its province's, of the same measure and group, cannot be true
// with it: a contradiction the message names with both places. Invented
// sentences; the places are the gazetteer's (a city and the province it lies in).
import assert from 'node:assert/strict';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { describe as describeConflict } from '../../server/src/core/story/describe.js';
import { storyOf } from './story.fixture.js';

/** The story's conflicts as "relation sides (confidence)": hints and warnings alike. */
const conflicts = (docs: Record<string, string>) =>
  storyOf(docs)
    .conflicts()
    .filter((c) => c.kind === 'contradiction')
    .map((c) => ({ relation: c.relation, sides: c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' '), warning: c.confidence >= MIN_CONFIDENCE, conflict: c }));

describe('story: a town\'s count above its province\'s (part above its whole across places)', () => {
  it('people displaced from a city, more than from the province it lies in: a warning naming both places', () => {
    const found = conflicts({ a: 'نزوح 4500 شخص من مدينة الموصل خلال يومين', b: 'نزوح 3200 شخص من محافظة نينوى خلال يومين' });
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.relation, 'part-exceeds-whole');
    assert.equal(found[0]!.sides, 'a:4500 b:3200');
    assert.ok(found[0]!.warning, `confidence ${found[0]!.conflict.confidence}`);
    assert.ok(found[0]!.conflict.evidence.includes('wider-area'));
    const c = found[0]!.conflict;
    const town = describeConflict(c, c.sides.find((s) => s.docId === 'a')!);
    const province = describeConflict(c, c.sides.find((s) => s.docId === 'b')!);
    assert.match(town, /الموصل.*more than the total for.*نينوى.*which contains it/, town);
    assert.match(province, /نينوى.*less than the count for.*الموصل.*which lies in it/, province);
  });

  it('people evacuated from a city by floods, more than from its province', () => {
    const found = conflicts({ a: 'إجلاء 900 شخص من مدينة المكلا بسبب السيول', b: 'السيول تجبر السلطات على إجلاء 600 شخص من محافظة حضرموت' });
    assert.deepEqual(found.map((f) => `${f.relation} ${f.sides} ${f.warning}`), ['part-exceeds-whole a:900 b:600 true']);
  });

  it('a town below its province, a town of another province, another group: no pair', () => {
    assert.deepEqual(conflicts({ a: 'نزوح 1500 شخص من مدينة الموصل', b: 'نزوح 3200 شخص من محافظة نينوى' }), []);
    assert.deepEqual(conflicts({ a: 'نزوح 4500 شخص من مدينة الموصل', b: 'نزوح 3200 شخص من محافظة كركوك' }), []);
    assert.deepEqual(conflicts({ a: 'نزوح 4500 عائلة من مدينة الموصل', b: 'نزوح 3200 شخص من محافظة نينوى' }), []);
  });

  it('a country\'s figure is no whole of the town\'s (it is often another period\'s)', () => {
    assert.deepEqual(conflicts({ a: 'نزوح 4500 شخص من مدينة الموصل', b: 'نزوح 3200 شخص في العراق' }), []);
  });

  it('inside one article the pair is a hint, not a warning', () => {
    const found = conflicts({ a: 'نزوح 4500 شخص من مدينة الموصل، فيما نزح 3200 شخص من محافظة نينوى' });
    assert.deepEqual(found.map((f) => `${f.relation} ${f.sides} ${f.warning}`), ['part-exceeds-whole a:3200 a:4500 false']);
  });

  it('the town\'s count is no corroboration of the province\'s equal one', () => {
    const index = storyOf({ a: 'نزوح 3200 شخص من مدينة الموصل', b: 'نزوح 3200 شخص من محافظة نينوى' });
    assert.deepEqual(index.conflicts(), []);
    // the province's 3200 (figure 0 of b) is told by no other article of the province
    assert.deepEqual(index.corroborations('b', 0), []);
  });
});
