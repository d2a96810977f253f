// Issue 13, leads whose count comes before its verb, whose toll is told far
// from its figure, or whose noun the outlet left out (invented sentences):
// the figure as the subject of a measure verb (ستة أشخاص على الأقل لقوا
// حتفهم), a toll's head far before its figure (عدد الذين قتلوا … إلى 32), a
// verb split from the words it needs (أودى القصف على البلدة بحياة 10),
// victims that are the dead, and what stays no claim: a forecast, a
// denial, an active verb with its object, an imperfect.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';

const claimAt = (text: string, figure: string) => {
  const a = analyse(text);
  return a.claims.find((c) => text.slice(a.figures[c.figure]!.start, a.figures[c.figure]!.end).includes(figure));
};
const measureOf = (text: string, figure: string) => claimAt(text, figure)?.measure;

describe('claims: the count before its verb, the toll far from its figure (issue 13)', () => {
  const subjects: [string, string, string, string][] = [
    // sentence, figure, measure, group
    ['قالت الشرطة إن ستة أشخاص على الأقل لقوا حتفهم في انفجار بسوق في الحلة', 'ستة', 'killed', '*'],
    ['أفاد مصدر طبي بأن عشرة مدنيين على الأقل قتلوا في غارة على سراقب', 'عشرة', 'killed', 'civilians'],
    ['20 شخصا على الأقل أصيبوا بجروح في تصادم قطارين قرب سوهاج', '20', 'wounded', '*'],
    // (workers in their factory are its whole toll: claims/whole-group.ts)
    ['أكثر من 30 عاملا في المصنع أصيبوا بحروق في انفجار بالمحلة', '30', 'wounded', '*'],
    ['أكثر من 30 عاملا أصيبوا بحروق في انفجار بالمحلة', '30', 'wounded', 'workers'],
    ['خمسة جنود مصريين لقوا مصرعهم في كمين قرب رفح', 'خمسة', 'killed', 'soldiers'],
    ['تسعة مدنيين كانوا قد قتلوا في القصف على معرة النعمان', 'تسعة', 'killed', 'civilians'],
    ['أعلنت السلطات أن سبعة من عناصر الشرطة قتلوا في هجوم على حاجز', 'سبعة', 'killed', 'police'],
    ['ستة عمال أجانب على الأقل لقوا حتفهم في حريق بمستودع', 'ستة', 'killed', 'workers'],
  ];
  for (const [text, figure, measure, group] of subjects) {
    it(`${measure} ${group}: ${text}`, () => {
      const c = claimAt(text, figure);
      assert.deepEqual([c?.measure, c?.group], [measure, group], JSON.stringify(c));
    });
  }

  it('a toll\'s head far before its figure says its measure and its group (عدد الذين لقوا حتفهم … 14، عدد قتلى … بلغ 14)', () => {
    const a = claimAt('بلغ عدد الذين لقوا حتفهم في انفجار مستودع الوقود بالميناء 14 شخصا', '14');
    assert.deepEqual([a?.measure, a?.group], ['killed', '*'], JSON.stringify(a));
    const b = claimAt('ارتفع عدد الذين قتلوا في الاشتباكات بين العشائر في الزاوية إلى 32', '32');
    assert.deepEqual([b?.measure, b?.group, b?.update], ['killed', '*', true], JSON.stringify(b));
    const m = claimAt('ارتفع عدد من لقوا حتفهم في انفجار المستودع إلى 20', '20');
    assert.deepEqual([m?.measure, m?.group], ['killed', '*'], JSON.stringify(m));
    const c = claimAt('عدد قتلى الشرطة في الهجوم على المخفر بلغ 6', '6');
    assert.deepEqual([c?.measure, c?.group], ['killed', 'police'], JSON.stringify(c));
    // a wider area or a place told by reference between head and figure: maybe more than the incident's place
    assert.equal(claimAt('قالت الوزارة إن عدد الوفيات في عموم الولاية بلغ 22 حالة', '22'), undefined);
    // a head with no measure after it counts nothing
    assert.equal(claimAt('عدد سكان البلدة في الإحصاء الأخير بلغ 14 ألفا', '14'), undefined);
  });

  it('a verb split from the words it needs by its subject (أودى القصف على البلدة بحياة 10، حصدت السيول … أرواح 9)', () => {
    assert.equal(measureOf('أودى القصف على بلدة كفرنبل بحياة 10 أشخاص', '10'), 'killed');
    assert.equal(measureOf('حصدت السيول في محافظة شبوة أرواح 9 أشخاص', '9'), 'killed');
    // the words alone, with no such verb before them, are no toll
    assert.notEqual(measureOf('المتطوعون يتمسكون بحياة 10 أشخاص عالقين', '10'), 'killed');
  });

  it('a verb before the figure whose words follow its subject (لقي ستة أشخاص على الأقل مصرعهم)', () => {
    assert.equal(measureOf('لقي ستة أشخاص على الأقل مصرعهم في حريق بسوق الخضار', 'ستة'), 'killed');
    assert.equal(measureOf('لقي 9 عمال أجانب على الأقل حتفهم في انهيار رافعة', '9'), 'killed');
    // the words with no such verb before the figure are no toll
    assert.notEqual(measureOf('شاهد ستة أشخاص على الأقل مصرعهم', 'ستة'), 'killed');
  });

  it('a feminine plural verb after its subject (سبع نساء قتلن)', () => {
    const c = claimAt('سبع نساء قتلن في غارة على قرية', 'سبع');
    assert.deepEqual([c?.measure, c?.group], ['killed', 'women'], JSON.stringify(c));
  });

  it('a vague quantity\'s definite noun is its measure, a bound (عشرات القتلى ومئات الجرحى)', () => {
    const a = claimAt('عشرات القتلى ومئات الجرحى في زلزال ضرب الإقليم', 'عشرات');
    const b = claimAt('عشرات القتلى ومئات الجرحى في زلزال ضرب الإقليم', 'مئات');
    assert.deepEqual([a?.measure, a?.min, a?.max], ['killed', 20, 99], JSON.stringify(a));
    assert.deepEqual([b?.measure, b?.min, b?.max], ['wounded', 200, 999], JSON.stringify(b));
  });

  it('victims are the dead in an article of a deadly incident that names no wounded', () => {
    assert.equal(measureOf('الدفاع المدني: عدد ضحايا الحريق المميت في سوق الخضار بلغ 14', '14'), 'killed');
    assert.equal(measureOf('ارتفعت حصيلة ضحايا السيول إلى 14 بعد انتشال جثث جديدة', '14'), 'killed');
    assert.equal(measureOf('ارتفع عدد ضحايا الانفجار الدامي إلى 14 بينهم 5 جرحى', '14'), 'killed-or-wounded');
    assert.equal(measureOf('ارتفع عدد الضحايا إلى 14 في انهيار مبنى', '14'), 'killed-or-wounded');
  });

  it('what stays no toll: a denial of the clause, a guess, an active verb with its object, a negation', () => {
    assert.equal(claimAt('الجيش ينفي أن 30 مدنيا قتلوا في قصف على البلدة', '30'), undefined);
    assert.equal(claimAt('نفت الشرطة أن يكون 30 متظاهرا قتلوا', '30'), undefined);
    assert.notEqual(measureOf('مسؤول: 15 شخصا قد يكونون لقوا حتفهم تحت الأنقاض', '15'), 'killed');
    assert.equal(claimAt('يتوقع أن يرتفع عدد الذين لقوا حتفهم في الفيضانات إلى 50', '50'), undefined);
    assert.equal(claimAt('نفى الجيش التقارير التي تفيد بأن 30 مدنيا قتلوا في القصف', '30'), undefined);
    // قتلوا with a count or a noun after it is what they did (they killed), not what befell them
    assert.notEqual(measureOf('خمسة مسلحين قتلوا 3 جنود في هجوم على حاجز', 'خمسة'), 'killed');
    assert.equal(measureOf('خمسة مسلحين قتلوا 3 جنود في هجوم على حاجز', '3'), 'killed');
    assert.notEqual(measureOf('خمسة مسلحين من التنظيم قتلوا الحارس', 'خمسة'), 'killed');
    assert.notEqual(measureOf('عشرة مسلحين هاجموا قرية ونهبوا منازلها', 'عشرة'), 'killed');
    assert.notEqual(measureOf('عشرة أشخاص لم يصابوا بأذى في الانهيار', 'عشرة'), 'wounded');
    // an incident noun between the count and the verb: the verb is the incident's
    assert.notEqual(measureOf('ستة أشخاص في انفجار قتل فيه آخرون', 'ستة'), 'killed');
  });
});
