// Issue 13, the time of a claim: «أمس», «أول من أمس», «اليوم» and weekdays
// counted back from the article's date line (story/claim-day.ts); tolls of
// days further apart than a next-day count are weak pairs (hints); a higher
// toll of the next day from the same source family is that source's
// revision (an update); a lower later toll of another source stays a
// contradiction. Invented sentences.
import assert from 'node:assert/strict';
import { articleDay, dayInClause, dayNumber, weekdayOf } from '../../server/src/core/story/claim-day.js';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { analyse } from '../../server/src/core/analyse.js';
import { storyOf } from './story.fixture.js';

// Tuesday 12 March 2019
const TUE = dayNumber(2019, 3, 12)!;

describe('story: the day a claim tells of (issue 13)', () => {
  it('12 March 2019 was a Tuesday', () => assert.equal(weekdayOf(TUE), 2));

  const table: [string, number | null][] = [
    ['قتل 5 أشخاص أمس في القصف', TUE - 1],
    ['وقتل 5 أشخاص امس', TUE - 1],
    ['قتل 5 أشخاص أول من أمس', TUE - 2],
    ['قتل 5 أشخاص اليوم', TUE],
    ['قتل 5 أشخاص يوم الأحد', TUE - 2],
    ['قتل 5 أشخاص الثلاثاء', TUE],
    ['قتل 5 أشخاص الأربعاء', TUE - 6],
    ['قتل 5 أشخاص أمس الاثنين', TUE - 1],
    ['وقتل 5 أشخاص والخميس الماضي', TUE - 5],
    ['قتل 5 أشخاص في القصف', null],
    ['قتل 5 أشخاص في حي الأمسيات', null],
  ];
  for (const [clause, day] of table)
    it(`«${clause}» in an article of Tuesday: ${day === null ? 'no day' : `day ${day - TUE}`}`, () => assert.equal(dayInClause(clause, TUE), day));

  const lines: [string, number | null][] = [
    ['الثلاثاء 12 آذار / مارس 2019 - قتل 5 أشخاص', TUE],
    ['2019 / 03 / 12 الساعة 10 : 20 - قتل 5 أشخاص', TUE],
    ['نشر في 12 - 3 - 2019 - قتل 5 أشخاص', TUE],
    ['قتل 5 أشخاص في القصف', null],
  ];
  for (const [text, day] of lines)
    it(`the date line of «${text}»`, () => {
      const a = analyse(text);
      assert.equal(articleDay(text, a.figures), day);
    });
});

describe('story: tolls of other days, next-day counts (issue 13)', () => {
  const warnings = (docs: Record<string, string>) =>
    storyOf(docs)
      .conflicts()
      .filter((c) => c.confidence >= MIN_CONFIDENCE)
      .map((c) => `${c.kind} ${c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' ')}`);

  it('a toll of Sunday against one of Thursday, both dated, is no warning', () => {
    assert.deepEqual(
      warnings({
        a: 'الثلاثاء 12 آذار / مارس 2019. قالت الشرطة إن 7 أشخاص قتلوا في انفجار في الموصل يوم الأحد.',
        b: 'الثلاثاء 12 آذار / مارس 2019. قالت وزارة الصحة إن 15 شخصا قتلوا في انفجار في الموصل يوم الخميس.',
      }),
      [],
    );
  });

  it('the same day told as «أمس» by a next-day article and as «اليوم» is one day: a contradiction', () => {
    assert.deepEqual(
      warnings({
        a: 'الاثنين 11 آذار / مارس 2019. قالت الشرطة إن 7 أشخاص قتلوا في انفجار في الموصل اليوم.',
        b: 'الثلاثاء 12 آذار / مارس 2019. قالت وزارة الصحة إن 15 شخصا قتلوا في انفجار في الموصل أمس.',
      }),
      ['contradiction a:7 b:15'],
    );
  });

  it('a higher toll of the next day from the same source is its revision: an update', () => {
    assert.deepEqual(
      warnings({
        a: 'الاثنين 11 آذار / مارس 2019. قالت الشرطة إن 7 أشخاص قتلوا في انفجار في الموصل اليوم.',
        b: 'الثلاثاء 12 آذار / مارس 2019. قالت الشرطة إن 15 شخصا قتلوا في انفجار في الموصل اليوم.',
      }),
      ['update a:7 b:15'],
    );
  });

  it('a higher toll of the next day from another source is still a contradiction (maybe a later count)', () => {
    const index = storyOf({
      a: 'الاثنين 11 آذار / مارس 2019. قالت الشرطة إن 7 أشخاص قتلوا في انفجار في الموصل اليوم.',
      b: 'الثلاثاء 12 آذار / مارس 2019. قالت وزارة الصحة إن 15 شخصا قتلوا في انفجار في الموصل اليوم.',
    });
    const [c] = index.conflicts();
    assert.equal(c?.kind, 'contradiction');
    assert.ok(c!.evidence.includes('later-count'), c!.evidence.join());
    assert.ok(c!.confidence >= MIN_CONFIDENCE);
  });

  it('a lower toll of the next day from another source stays a contradiction', () => {
    assert.deepEqual(
      warnings({
        a: 'الاثنين 11 آذار / مارس 2019. قالت الشرطة إن 15 شخصا قتلوا في انفجار في الموصل اليوم.',
        b: 'الثلاثاء 12 آذار / مارس 2019. قالت وزارة الصحة إن 7 أشخاص قتلوا في انفجار في الموصل اليوم.',
      }),
      ['contradiction a:15 b:7'],
    );
  });

  it('a lower toll of the next day from the same source is no update either', () => {
    assert.deepEqual(
      warnings({
        a: 'الاثنين 11 آذار / مارس 2019. قالت الشرطة إن 15 شخصا قتلوا في انفجار في الموصل اليوم.',
        b: 'الثلاثاء 12 آذار / مارس 2019. قالت الشرطة إن 7 أشخاص قتلوا في انفجار في الموصل اليوم.',
      }),
      ['contradiction a:15 b:7'],
    );
  });
});

describe('story: revised tolls of two sources (issue 13)', () => {
  const kinds = (docs: Record<string, string>) =>
    storyOf(docs)
      .conflicts()
      .map((c) => `${c.kind} ${c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' ')}`);

  it('a revised toll above another source\'s first figure is an update', () => {
    assert.deepEqual(
      kinds({
        a: 'قالت الشرطة إن 7 أشخاص قتلوا في انفجار في الموصل.',
        b: 'وقالت وزارة الصحة إن حصيلة الانفجار في الموصل ارتفعت إلى 15 قتيلا.',
      }),
      ['update a:7 b:15'],
    );
  });

  it('a revised toll still below another source\'s figure is a contradiction', () => {
    assert.deepEqual(
      kinds({
        a: 'قالت الشرطة إن 15 شخصا قتلوا في انفجار في الموصل.',
        b: 'وقالت وزارة الصحة إن حصيلة الانفجار في الموصل ارتفعت إلى 7 قتلى.',
      }),
      ['contradiction a:15 b:7'],
    );
  });

  it('two sources, each revising to its own figure, disagree', () => {
    assert.deepEqual(
      kinds({
        a: 'وقالت الشرطة إن حصيلة الانفجار في الموصل ارتفعت إلى 9 قتلى.',
        b: 'وقالت وزارة الصحة إن حصيلة الانفجار في الموصل ارتفعت إلى 15 قتيلا.',
      }),
      ['contradiction a:9 b:15'],
    );
  });

  it('one source revising its own figure twice is an update', () => {
    assert.deepEqual(
      kinds({
        a: 'وقالت الشرطة إن حصيلة الانفجار في الموصل ارتفعت إلى 9 قتلى.',
        b: 'وقالت الشرطة إن حصيلة الانفجار في الموصل ارتفعت إلى 15 قتيلا.',
      }),
      ['update a:9 b:15'],
    );
  });
});

describe('story: two sources side by side in one article (issue 13)', () => {
  const shown = (docs: Record<string, string>) =>
    storyOf(docs)
      .conflicts()
      .map((c) => `${c.confidence >= MIN_CONFIDENCE ? 'warning' : 'hint'} ${c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' ')}`);
  const pad = ' وتشهد المنطقة منذ أسابيع تصعيدا عسكريا واسعا من جانب الأطراف المتقاتلة على أكثر من جبهة.'.repeat(6);

  it('«قال أ إن 33 … فيما قالت ب إن 50 …»: the article reports a disagreement, a warning', () => {
    assert.deepEqual(
      shown({ a: 'قال المرصد إن 33 مدنيا قتلوا في غارة على الموصل, فيما قالت لجان التنسيق إن 50 مدنيا قتلوا في الغارة على الموصل.' }),
      ['warning a:33 a:50'],
    );
  });

  it('the same two sources paragraphs apart in one article: a hint (maybe two moments)', () => {
    assert.deepEqual(
      shown({ a: `قال المرصد إن 33 مدنيا قتلوا في غارة على الموصل.${pad} وقالت لجان التنسيق إن 50 مدنيا قتلوا في الغارة على الموصل.` }),
      ['hint a:33 a:50'],
    );
  });

  it('one source\'s two figures side by side: a hint', () => {
    assert.deepEqual(
      shown({ a: 'قال المرصد إن 33 مدنيا قتلوا في غارة على الموصل, وقال المرصد أيضا إن 50 مدنيا قتلوا في الغارة على الموصل.' }),
      ['hint a:33 a:50'],
    );
  });
});
