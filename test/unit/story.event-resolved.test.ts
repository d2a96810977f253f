// Issue 13 item 2, events resolved, not keyed (session 8): the event a claim
// is filed under when two short articles name one incident's place
// differently. A name one article reads as a place after a trigger noun and
// the other writes bare (في أ بولاية ب); a lead whose toll's sentence names no
// place; a town inside its province for one point incident; the country of a
// body's nisba. And the traps they must not open: two towns, a count that
// spreads over a province, an adjective after حي, two countries, a place
// after «مع», parts and a total. Invented sentences, real detectors.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import { claimOf, contradictionWarnings as warnings } from './story.fixture.js';

const compared: { why: string; docs: Record<string, string>; pairs: string[] }[] = [
  {
    why: 'a name read after a trigger in one article, written bare before a direction and its country in the other',
    docs: { a: 'قال الدفاع المدني إن 9 أشخاص لقوا حتفهم في حريق سوق بمدينة قرمالة.', b: 'حريق في سوق قرمالة: مقتل 16 شخصا في قرمالة جنوبي الجزائر.' },
    pairs: ['a:9 b:16'],
  },
  {
    why: 'the learnt name of a village located by its province, one article each',
    docs: { a: 'مقتل 3 مزارعين في غارة على قرية الدبيرات.', b: 'غارة على الدبيرات بمحافظة درعا تقتل 8 مزارعين.' },
    pairs: ['a:3 b:8'],
  },
  {
    why: 'a learnt name of two words (a name prefix and a word), located by its province in the other article',
    docs: { a: 'مقتل 4 رعاة في غارة على بلدة تل الورد.', b: 'غارة على تل الورد بمحافظة حمص تقتل 9 رعاة.' },
    pairs: ['a:4 b:9'],
  },
  {
    why: 'a lead whose toll names no place, in an article that names one town, against the other article\'s toll there',
    docs: { a: 'انفجرت عبوة ناسفة قرب حافلة في مدينة الفلوجة صباح الاثنين. وقال مسعفون إن 6 أشخاص قتلوا.', b: 'مقتل 10 أشخاص في انفجار عبوة ناسفة بحافلة في الفلوجة.' },
    pairs: ['a:6 b:10'],
  },
  {
    why: 'a city inside its province, for one attack on one market',
    docs: { a: 'مقتل 5 أشخاص في قصف على سوق بمدينة بورتسودان.', b: 'مقتل 12 شخصا جراء قصف طال سوقا شعبيا بولاية البحر الأحمر.' },
    pairs: ['a:5 b:12'],
  },
  {
    why: 'an adjective after حي is no name: the place is the city',
    docs: { a: 'مقتل 4 أشخاص في غارة على حي صناعي في مدينة دير الزور.', b: 'غارة على مدينة دير الزور تقتل 11 شخصا.' },
    pairs: ['a:4 b:11'],
  },
];

const apart: { why: string; docs: Record<string, string> }[] = [
  {
    why: 'another name the story does not know, located by the province where the story names a town',
    docs: { a: 'مقتل 3 مزارعين في غارة على قرية الدبيرات في محافظة درعا.', b: 'غارة على المسيفرة بمحافظة درعا تقتل 8 مزارعين.' },
  },
  {
    why: 'another name of two words in the province where the story names a town',
    docs: { a: 'مقتل 4 رعاة في غارة على بلدة تل الورد في محافظة حمص.', b: 'غارة على تل الشيح بمحافظة حمص تقتل 9 رعاة.' },
  },
  {
    why: 'people displaced from a town against those of its province: a part and its whole',
    docs: { a: 'نزوح 2500 شخص من مدينة الرمادي بسبب القتال.', b: 'القتال في محافظة الأنبار يشرد 20 ألف شخص.' },
  },
  {
    why: 'a toll of clashes in a town against the province\'s',
    docs: { a: 'مقتل 7 أشخاص في اشتباكات مسلحة في مدينة المخا.', b: 'الاشتباكات المسلحة في محافظة تعز تودي بحياة 19 شخصا.' },
  },
  {
    why: 'an adjective after حي in two cities: two places, not one named سكني',
    docs: { a: 'مقتل 6 أشخاص في قصف على حي سكني في مدينة درعا.', b: 'مقتل 13 شخصا في قصف على حي سكني في مدينة حلب.' },
  },
  {
    why: 'two parliaments told by their nisbas, no place named: two countries',
    docs: { a: 'نسبة المشاركة في انتخابات البرلمان الأردني تبلغ 31 %', b: 'نسبة المشاركة في انتخابات البرلمان العراقي تبلغ 44 %' },
  },
  {
    why: 'a lead that names only its country against a town\'s toll: a national total',
    docs: { a: 'ضربت عاصفة رملية العراق يوم الخميس. وقالت وزارة الصحة إن 25 شخصا قتلوا.', b: 'مقتل 4 أشخاص في عاصفة رملية بمدينة الكوت.' },
  },
  {
    why: 'an article that places a town\'s figure and states a total does not set the total at the town',
    docs: { a: 'قتل 3 أشخاص في السيول في بلدة الدبيرات. وقال المحافظ إن 11 شخصا قتلوا في المحافظة.', b: 'مقتل 11 شخصا في سيول بلدة الدبيرات.' },
  },
];

describe('story: events resolved, not keyed (issue 13, session 8)', () => {
  for (const t of compared) it(`compared: ${t.why}`, () => assert.deepEqual(warnings(t.docs), t.pairs));
  for (const t of apart) it(`apart: ${t.why}`, () => assert.deepEqual(warnings(t.docs), []));

  it('a place after «مع» is no event place (على الحدود مع أ)', () => {
    assert.equal(claimOf('مقتل 5 جنود في هجوم على نقطة قرب الحدود مع سوريا', '5')?.event, '');
  });

  it('a body\'s nisba sets the country of an article that names no place, not its event', () => {
    const c = claimOf('نسبة المشاركة في انتخابات البرلمان الأردني تبلغ 31 %', '31');
    assert.equal(c?.country, 'iso3166:JO');
    assert.equal(c?.event, '');
  });

  it('a name learnt in one article places the other\'s claim, and forgetting it (an edit, a removal) puts it back', () => {
    const index = new StoryIndex();
    const put = (id: string, text: string) => {
      const a = analyse(text);
      return index.update(id, a.claims, a.figures, { path: `${id}.txt` }, text, a.places);
    };
    const pairs = () => index.conflicts().filter((c) => c.kind === 'contradiction').map((c) => c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' '));
    put('b', 'غارة على الدبيرات بمحافظة درعا تقتل 8 مزارعين.');
    assert.deepEqual(pairs(), []);
    // the article that names the village comes in: b is filed again, and the update says so
    const changed = put('a', 'مقتل 3 مزارعين في غارة على قرية الدبيرات.');
    assert.deepEqual(pairs(), ['a:3 b:8']);
    assert.ok(changed.has('b'), `changed: ${[...changed]}`);
    // an edit that no longer names it as a place: b goes back to its province
    put('a', 'مقتل 3 مزارعين في غارة على مزرعة.');
    assert.deepEqual(pairs(), []);
    put('a', 'مقتل 3 مزارعين في غارة على قرية الدبيرات.');
    assert.deepEqual(pairs(), ['a:3 b:8']);
    const removed = index.remove('a');
    assert.deepEqual(pairs(), []);
    assert.ok(index.claimsOf('b').every((c) => c.event !== 'دبيرات'), 'b is filed at its province again');
    assert.ok(removed instanceof Set);
  });
});
