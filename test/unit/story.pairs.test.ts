// Issue 13 on invented stories: a contradiction is a pair, a part is a lower
// bound, one article's own figures are hints, and tolls of two countries with
// no place in their clauses are not compared.
import assert from 'node:assert/strict';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { conflictSides, storyOf } from './story.fixture.js';

const warnings = (index: ReturnType<typeof storyOf>) => index.conflicts().filter((c) => c.confidence >= MIN_CONFIDENCE);

describe('story: contradictions as pairs (issue 13)', () => {
  it('a value against two values that disagree with each other is two pairs, not one bundled warning', () => {
    const index = storyOf({
      a: 'بغداد - قتل 10 أشخاص في انفجار سيارة مفخخة في بغداد.',
      b: 'بغداد - قتل 15 شخصا في انفجار سيارة مفخخة في بغداد.',
      c: 'بغداد - قتل 30 شخصا في انفجار سيارة مفخخة في بغداد.',
    });
    const pairs = conflictSides(index);
    assert.deepEqual(pairs.sort(), ['a:10 b:15', 'a:10 c:30', 'b:15 c:30']);
    for (const c of index.conflicts()) assert.ok(c.evidence.includes('articles') && c.evidence.includes('place'), c.evidence.join());
  });

  it('a part (بينهم) is a lower bound: a higher toll elsewhere does not deny it', () => {
    const index = storyOf({
      a: 'قتل 49 مسلحا بينهم سبعة مسلحين في غارة على المدينة.',
      b: 'قتل 13 مسلحا في غارة على المدينة.',
    });
    assert.ok(!conflictSides(index).some((p) => p.includes('سبعة')), conflictSides(index).join('\n'));
  });

  it('two figures one article gives are a hint, not a warning', () => {
    const index = storyOf({ a: 'قتل 3 أشخاص في انفجار في المدينة. وقتل 20 شخصا في انفجار في المدينة.' });
    assert.equal(index.conflicts().length, 1);
    assert.deepEqual(warnings(index), []);
    assert.ok(index.conflicts()[0]!.evidence.includes('one-article'));
  });

  it('tolls of two countries with no place in their clauses are not compared', () => {
    const index = storyOf({
      a: 'انفجار في العراق. وقالت الشرطة إن 5 أشخاص قتلوا. وزار الوزير العراق.',
      b: 'انفجار في مصر. وقالت الشرطة إن 40 شخصا قتلوا. وزار الوزير مصر.',
    });
    // no place in the clauses: both would meet under the empty event
    assert.deepEqual(index.claimsOf('a').concat(index.claimsOf('b')).map((c) => [c.event, c.country]), [['', 'iso3166:IQ'], ['', 'iso3166:EG']]);
    assert.deepEqual(conflictSides(index), []);
  });

  it('a sentence of an earlier year (a timeline line) is not the story', () => {
    const index = storyOf({
      a: 'قتل 12 شخصا في انفجار في المدينة يوم الاثنين 3 أيار 2017.',
      b: 'قتل 12 شخصا في انفجار في المدينة عام 2017. وفي عام 2011 قتل 40 شخصا في انفجار في المدينة.',
    });
    assert.deepEqual(conflictSides(index), []);
  });
});
