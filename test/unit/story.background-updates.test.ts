// Issue 13, precision on stories never read (invented sentences, none from
// test/stories/invented): a spaced decimal beside a unit is one value; a
// figure of those still in hospital is a part of the wounded; a count its
// article calls preliminary is updated by a higher one; a revised count in
// the next day's article is an update; a photo caption, a list of related
// headlines and an incident called «سابق / مماثل» are background.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import { articleDay, dayNumber } from '../../server/src/core/story/claim-day.js';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import { claimOf, storyOf } from './story.fixture.js';

/** The story's warnings (pairs at or above the threshold) as "kind doc:figure …". */
const warnings = (docs: Record<string, string>) =>
  storyOf(docs)
    .conflicts()
    .filter((c) => c.confidence >= MIN_CONFIDENCE)
    .map((c) => `${c.kind} ${c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' ')}`);
const contradictions = (docs: Record<string, string>) => warnings(docs).filter((w) => w.startsWith('contradiction'));

describe('figures: a decimal mark spaced out only by context (issue 13)', () => {
  const table: [string, string, number | null][] = [
    // a unit or a degree after it, a magnitude or rate word before it
    ['سجلت محطة الرصد 42 . 7 ملم من الأمطار خلال الليل', '42 . 7', 42.7],
    ['وقع زلزال بقوة 4 . 9 على مقياس ريختر شرق البلاد', '4 . 9', 4.9],
    ['تراجعت البطالة إلى 9 , 4 بالمئة في الربع الأول', '9 , 4', 9.4],
    ['بلغت الحرارة 38 . 5 درجة في الظل', '38 . 5', 38.5],
    ['نزح 2 . 3 مليون شخص من المنطقة', '2 . 3 مليون', 2300000],
    // no context: a score, a list, a sentence's end
    ['فاز الفريق المحلي 3 , 1 على ضيفه', '3 , 1', null],
    ['حملت القمصان الأرقام 7 , 4 , 9 في المباراة', '4 , 9', null],
    ['وصل عدد الجرحى إلى 12 . 3 منهم في حالة خطيرة', '12 . 3', null],
  ];
  for (const [text, figure, value] of table)
    it(`«${text}»: ${value === null ? `no «${figure}»` : `«${figure}» = ${value}`}`, () => {
      const f = analyse(text).figures.find((x) => x.text === figure);
      if (value === null) assert.equal(f, undefined, JSON.stringify(analyse(text).figures.map((x) => x.text)));
      else assert.equal(f?.min, value, JSON.stringify(analyse(text).figures.map((x) => x.text)));
    });

  it('the spaced point of a decimal ends no sentence; a full stop between a count and the next sentence does', () => {
    assert.equal(tokenize('هزة بقوة 4 . 9 درجات ضربت الساحل').sentences.length, 1);
    assert.equal(tokenize('قتل في الحادث 12 . 3 منهم أطفال').sentences.length, 2);
  });

  it('a magnitude written «4 . 9 درجات» agrees with 4.9 of another outlet', () => {
    assert.deepEqual(
      warnings({
        a: 'ضربت هزة أرضية بقوة 4 . 9 درجات على سلم ريختر مدينة الساحل فجر اليوم.',
        b: 'وقال المعهد إن الهزة التي ضربت مدينة الساحل بلغت قوتها 4.9 درجات.',
      }),
      [],
    );
  });
});

describe('claims: a part of the wounded by what became of them (issue 13)', () => {
  const table: [string, string, boolean][] = [
    ['وقال المستشفى إن 11 مصابا لا يزالون في المستشفى', '11', true],
    ['ما زال 6 جرحى يتلقون العلاج في قسم الطوارئ', '6', true],
    ['وأصيب 4 أشخاص في حالة خطيرة', '4', true],
    ['وأصيب 11 شخصا في الحادث', '11', false],
    ['ونقل 11 مصابا إلى المستشفى', '11', false],
  ];
  for (const [text, figure, part] of table)
    it(`«${text}»: ${part ? 'a part' : 'no part'}`, () => assert.equal(claimOf(text, figure)?.role === 'part', part, JSON.stringify(claimOf(text, figure))));

  it('eleven still in hospital do not deny thirty-one wounded; eleven wounded do', () => {
    const a = 'أصيب 31 شخصا في انقلاب شاحنة على الطريق السريع قرب مدينة الواحة.';
    assert.deepEqual(contradictions({ a, b: 'وقالت وزارة الصحة إن 11 مصابا في انقلاب الشاحنة قرب مدينة الواحة لا يزالون في المستشفى.' }), []);
    assert.equal(contradictions({ a, b: 'وقالت وزارة الصحة إن 11 شخصا أصيبوا في انقلاب الشاحنة قرب مدينة الواحة.' }).length, 1);
  });
});

describe('story: a preliminary count and a next-day revision are updates (issue 13)', () => {
  it('a higher count after one its article calls preliminary is an update, the cue before or after the figure', () => {
    assert.deepEqual(
      warnings({
        a: 'وأعلن الدفاع المدني حصيلة أولية بلغت 6 قتلى في انهيار مبنى سكني بالمدينة القديمة.',
        b: 'وقال مسؤول في البلدية إن 13 شخصا قتلوا في انهيار المبنى السكني.',
      }).map((w) => w.split(' ')[0]),
      ['update'],
    );
    assert.deepEqual(
      warnings({
        a: 'قتل 6 أشخاص في حصيلة أولية جراء انهيار مبنى سكني بالمدينة القديمة.',
        b: 'وقال مسؤول في البلدية إن 13 شخصا قتلوا في انهيار المبنى السكني.',
      }).map((w) => w.split(' ')[0]),
      ['update'],
    );
  });

  it('a preliminary count above another source\'s is still a contradiction', () => {
    assert.equal(
      contradictions({
        a: 'وأعلن الدفاع المدني حصيلة أولية بلغت 13 قتيلا في انهيار مبنى سكني بالمدينة القديمة.',
        b: 'وقال مسؤول في البلدية إن 6 أشخاص قتلوا في انهيار المبنى السكني.',
      }).length,
      1,
    );
  });

  it('an article date written in Arabic-Indic digits is its day', () => {
    const text = 'الأحد ٦ يوليو ٢٠٢٥\nارتفعت حصيلة الحريق إلى ١٢ قتيلا.';
    assert.equal(articleDay(text, analyse(text).figures), dayNumber(2025, 7, 6));
  });

  it('a revised count in the next day\'s article above another outlet\'s revised count is an update; on the same day a contradiction', () => {
    const sat = 'السبت 5 يوليو 2025\nارتفعت حصيلة حريق سوق الخضار في مدينة الواحة إلى 9 قتلى.';
    assert.deepEqual(warnings({ a: sat, b: 'الأحد ٦ يوليو ٢٠٢٥\nارتفعت حصيلة حريق سوق الخضار في مدينة الواحة إلى ١٢ قتيلا.' }), ['update a:9 b:١٢']);
    assert.deepEqual(warnings({ a: sat, b: 'السبت 5 يوليو 2025\nارتفعت حصيلة حريق سوق الخضار في مدينة الواحة إلى 12 قتيلا.' }), ['contradiction a:9 b:12']);
  });
});

describe('claims: captions, related headlines and another incident are background (issue 13)', () => {
  const story = 'قتل 5 عمال في حريق اندلع في مصنع للأثاث بمدينة الواحة صباح اليوم.';

  it('a photo caption about an earlier fire is not compared with the story\'s toll', () => {
    const b = 'صورة أرشيفية : عمال الإنقاذ في موقع حريق مصنع للأثاث أودى بحياة 30 عاملا\nقتل 5 عمال في حريق اندلع في مصنع للأثاث بمدينة الواحة.';
    assert.deepEqual(contradictions({ a: story, b }), []);
    // the same sentence as the article's own text is compared
    assert.equal(contradictions({ a: story, b: 'وقال الدفاع المدني إن الحريق في مصنع للأثاث بمدينة الواحة أودى بحياة 30 عاملا.' }).length, 1);
  });

  it('the headlines listed under «أخبار ذات صلة» are other events', () => {
    const b = 'قتل 5 عمال في حريق مصنع للأثاث بمدينة الواحة.\nأخبار ذات صلة\nمصرع 17 شخصا في حريق بمستودع للوقود\nإصابة 40 في تصادم قطارين';
    assert.deepEqual(contradictions({ a: story, b }), []);
  });

  it('an incident called earlier or similar (حريق سابق، هجوم مماثل) is another one, in its own clause only', () => {
    assert.deepEqual(contradictions({ a: story, b: 'وكان حريق سابق في المنطقة الصناعية قد أودى بحياة 12 عاملا.' }), []);
    const c = 'وقتل 5 عمال في حريق المصنع بمدينة الواحة , فيما قتل 9 أشخاص في حريق مماثل.';
    assert.deepEqual(contradictions({ a: story, b: c }), []);
    // the 5 of the story's own clause is still compared
    assert.equal(contradictions({ a: 'قتل 8 عمال في حريق مصنع للأثاث بمدينة الواحة.', b: c }).length, 1);
  });

  it('an incident called second or new (انفجار ثان، هجوم جديد) is another one, as one called earlier is', () => {
    const a = 'مقتل 6 مدنيين بانفجار عبوة ناسفة في سوق مدينة الواحة';
    for (const b of ['انفجار ثان يقتل 9 مدنيين في سوق مدينة الواحة', 'هجوم جديد يقتل 9 مدنيين في سوق مدينة الواحة'])
      assert.deepEqual(contradictions({ a, b }), [], b);
    // the same incident without the word is compared
    assert.equal(contradictions({ a, b: 'عبوة ناسفة تقتل 9 مدنيين في سوق مدينة الواحة' }).length, 1);
  });
});
