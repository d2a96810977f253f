// Issue 13, event resolution on invented stories: a period's totals («منذ
// عام 2014», «في المجمل») against each other, the article's date line and
// not its footer, leaving as a measure with coordinated places, a toll split
// by place, and a round-up article's unplaced figures at its own place.
import assert from 'node:assert/strict';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { conflictSides, storyOf } from './story.fixture.js';

const warnings = (index: ReturnType<typeof storyOf>) => conflictSides({ conflicts: () => index.conflicts().filter((c) => c.confidence >= MIN_CONFIDENCE) } as ReturnType<typeof storyOf>);

describe('story: time, periods and places (issue 13)', () => {
  it('two sources\' totals since one year are compared, though the year is earlier than the article\'s', () => {
    // one wire text in two outlets
    const wire = 'الخميس 3 مايو 2019. قالت الوزارة إن 300 مدني قتلوا في غارات في اليمن منذ بدء الحملة عام 2015. وقالت منظمة الرصد إن ما لا يقل عن 2400 مدنيا في المجمل قتلوا في غارات الحملة.';
    const index = storyOf({ a: wire, b: wire });
    assert.deepEqual(index.claimsOf('a').map((c) => c.period), ['since', 'since']);
    assert.deepEqual(warnings(index), ['a:300 a:ما لا يقل عن 2400 b:300 b:ما لا يقل عن 2400']);
  });

  it('a sentence of an earlier year is still apart when no period runs from it', () => {
    const index = storyOf({
      a: 'الخميس 3 مايو 2019. قتل 12 شخصا في انفجار في المدينة. وفي عام 2015 قتل 40 شخصا في انفجار في المدينة.',
    });
    assert.deepEqual(conflictSides(index), []);
  });

  it('the year of the date line, not of a footer of later headlines', () => {
    const footer = ' الأحد 5 يناير 2020 الاثنين 6 يناير 2020 الثلاثاء 7 يناير 2020';
    const index = storyOf({
      a: 'الخميس 3 مايو 2019. قالت الوزارة إن 300 مدني قتلوا في غارات في اليمن منذ عام 2015.' + footer,
      b: 'الجمعة 4 مايو 2019. قالت منظمة الرصد إن 2400 مدني في المجمل قتلوا في غارات في اليمن.' + footer,
    });
    assert.deepEqual(warnings(index), ['a:300 b:2400']);
  });

  it('a place inside an organisation\'s name (هيئة تحرير أ، قادة تحرير أ) is no event\'s place', () => {
    const index = storyOf({
      a: 'وقتل 40 مسلحا من هيئة تحرير البصرة في غارة على الموصل. وقتل 9 مسلحين من قادة تحرير البصرة في الموصل.',
    });
    assert.deepEqual(index.claimsOf('a').map((c) => c.place), ['الموصل', 'الموصل']);
  });

  it('«دون قصد» is no denial: the toll it precedes is a claim', () => {
    const index = storyOf({ a: 'وقالت الوزارة إن الغارات تسببت دون قصد في مقتل 31 مدنيا.' });
    assert.deepEqual(index.claimsOf('a').map((c) => [c.measure, c.group]), [['killed', 'civilians']]);
  });

  it('people to leave the same places disagree; a figure of fewer places is not compared with them', () => {
    const index = storyOf({
      a: 'وينص الاتفاق على إخراج قرابة 900 شخص من الموصل وتكريت.',
      b: 'وكشف المسؤول أن الاتفاق يقضي بخروج نحو 400 شخص من الموصل وتكريت.',
      c: 'ومن المقرر إجلاء نحو 700 شخص من الموصل.',
    });
    assert.deepEqual(index.claimsOf('a').map((c) => [c.measure, c.places?.length]), [['evacuated', 2]]);
    assert.deepEqual(conflictSides(index), ['a:قرابة 900 b:نحو 400']);
  });

  it('a toll split by place (و 150 آخرين من ب) is made of parts: a larger whole does not deny them', () => {
    const index = storyOf({
      a: 'ومن المقرر إجلاء نحو 700 شخص من الموصل و 150 آخرين من تكريت.',
      b: 'وقال المسؤول إن الاتفاق يقضي بإجلاء 1000 شخص.',
    });
    assert.deepEqual(index.claimsOf('a').map((c) => c.role), ['part', 'part']);
    assert.deepEqual(conflictSides(index), []);
  });

  it('a round-up of another province: its unplaced figures are at its own place, not the story\'s', () => {
    const index = storyOf({
      a: 'قتل 21 مدنيا في قصف على البصرة. وقالت الشرطة إن 21 مدنيا قتلوا في البصرة.',
      b: 'قتل 21 مدنيا في قصف على البصرة ليلا.',
      c: 'قتل 16 شخصا في قصف على الموصل. وقتل 16 شخصا في الموصل أمس. وقال قائد إن القصف أسفر عن مقتل سبعة أشخاص.',
    });
    // سبعة has no place in its clause: it is the round-up's own (Mosul), never Basra's 21
    assert.deepEqual(conflictSides(index).filter((p) => p.includes('c:') && /[ab]:/.test(p)), []);
  });

  it('an unplaced figure of an article about a district of the story\'s city stays the story\'s', () => {
    const index = storyOf({
      a: 'قتل 20 شخصا في هجوم على كركوك. وقتل 20 شخصا في كركوك.',
      b: 'قتل 20 شخصا في هجوم على كركوك.',
      c: 'هجوم على داقوق. قتل 5 أشخاص في داقوق. وقتل 5 أشخاص في داقوق. وقال مسؤول إن 9 أشخاص قتلوا في الهجوم.',
    });
    assert.ok(conflictSides(index).some((p) => p.includes('c:9')), conflictSides(index).join('\n'));
  });
});
