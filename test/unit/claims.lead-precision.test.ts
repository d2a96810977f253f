// Precision on leads (invented sentences, none of a dev list): a toll its
// teller raises past the day and hour it adds (رفعت الإدارة … حصيلة الضحايا
// إلى N) is a revision, and the figure «بعد أن كانت أعلنت» an earlier count;
// the whole a part is counted from (208 من أصل 252) is no second count of the
// part's verb; a relative clause about an incident of a past month (حريق …
// في آذار الماضي، الذي أودى بحياة 30) is another incident.
import assert from 'node:assert/strict';
import { claimAt, warnings, what } from './headline-pair.fixture.js';

describe('claims: a toll raised or told before, inside one lead', () => {
  const raised: [string, string, boolean][] = [
    // the verb far before «إلى», past a day and an hour
    ['رفعت السلطات المحلية صباح الجمعة 3 أغسطس، عند الساعة 09:30، حصيلة قتلى الفيضانات في الإقليم إلى 58 قتيلا', '58', true],
    ['ورفع الدفاع المدني مساء أمس حصيلة ضحايا الانهيار إلى 19 قتيلا', '19', true],
    // no toll raised: «رفع» of something else, a count between the verb and «إلى»
    ['رفعت البلدية الأنقاض ونقلت الجثث إلى 3 مستشفيات', '3', false],
    ['رفعت الحكومة الحظر عن 40 شخصا، ونقل عدد من المصابين إلى 12 مستشفى', '12', false],
    ['رفع المحتجون لافتات في الساحة، فيما وصل عدد القتلى إلى 17 قتيلا', '17', false],
  ];
  for (const [text, figure, update] of raised)
    it(`«${text}»: ${figure} ${update ? 'is' : 'is not'} a revised count`, () => {
      assert.equal(!!claimAt(text, figure)?.update, update, JSON.stringify(claimAt(text, figure)));
    });

  const earlier: [string, string, boolean][] = [
    ['رفعت الإدارة الحصيلة إلى 70 قتيلا، بعد أن كانت أعلنت مساء الاثنين عن 48 وفاة', '48', true],
    ['وكان المكتب قد ذكر أمس مقتل 48 شخصا في الفيضانات', '48', true],
    ['وكانت وزارة الصحة المحلية أعلنت صباح الأحد وفاة 48 شخصا', '48', true],
    // no auxiliary, or one too far from the verb, or a verb of another kind
    ['ذكر المكتب أمس مقتل 48 شخصا في الفيضانات', '48', false],
    ['كانت الفيضانات التي ضربت الإقليم منذ الأحد قد أودت بحياة 48 شخصا', '48', false],
    ['قال المسؤول إن الفيضانات أودت بحياة 48 شخصا', '48', false],
  ];
  for (const [text, figure, yes] of earlier)
    it(`«${text}»: ${figure} ${yes ? 'is' : 'is not'} an earlier count`, () => {
      assert.equal(!!claimAt(text, figure)?.earlier, yes, JSON.stringify(claimAt(text, figure)));
    });

  it('a lead that raises its own earlier toll is no contradiction with the earlier figure told elsewhere', () => {
    const a = 'قال مسؤول إن موجة البرد أودت بحياة 48 شخصا في الإقليم منذ الأحد';
    const b = 'رفعت إدارة الطوارئ في الإقليم مساء الثلاثاء، عند الساعة 21:00، حصيلة ضحايا موجة البرد إلى 70 قتيلا، بعد أن كانت أعلنت صباح الاثنين عن 48 وفاة';
    assert.deepEqual(warnings(a, b), []);
    // a lower second toll, not raised, still disagrees
    assert.deepEqual(warnings(a, 'قالت إدارة الطوارئ في الإقليم إن موجة البرد أودت بحياة 70 شخصا'), ['48 ↔ 70']);
  });
});

describe('claims: the whole a part is counted from (من أصل، من بين)', () => {
  const table: [string, string, string][] = [
    ['تم إنقاذ 40 من أصل 55 راكبا كانوا على متن العبارة', '55', 'count/noun:راكب'],
    ['وأفادت الشركة أن 130 عاملا أخرجوا من بين 170 كانوا في المصنع', '170', 'count/workers'],
    // no part before it: «من بين» of a place or a group, not of a figure
    ['إجلاء 170 عاملا من بين المباني المتضررة', '170', 'evacuated/workers'],
  ];
  for (const [text, figure, expected] of table)
    it(`«${text}»: ${figure} is ${expected}`, () => assert.equal(what(text, figure), expected));

  it('the part and its whole are no pair, across articles or inside one', () => {
    const a = 'قال الدفاع المدني إن 12 عاملا قتلوا في انهيار المصنع، فيما تم إجلاء 130 من أصل 170 عاملا';
    const b = 'انهيار مصنع يقتل 15 عاملا، وأفادت الشركة أن 130 عاملا أخرجوا من بين 170 كانوا داخله';
    assert.deepEqual(warnings(a, b), ['12 ↔ 15']);
  });
});

describe('claims: an incident of a past month, told by a relative clause', () => {
  it('«حريق … في آذار الماضي، الذي أودى بحياة 30» is another fire than the story\'s', () => {
    const a = 'قال الدفاع المدني إن حريقا اندلع مساء الجمعة في سوق المدينة القديمة أسفر عن مقتل 9 أشخاص وإصابة 14';
    const b = 'ذكّر حريق مساء الجمعة في المدينة القديمة السكان بحريق سوق الخضار في آذار الماضي، الذي أودى بحياة 30 شخصا وأصاب 40، بحسب الدفاع المدني';
    assert.deepEqual(warnings(a, b), []);
    // the same relative clause of the story's own fire is compared
    const c = 'ذكر الدفاع المدني أن حريق سوق المدينة القديمة مساء الجمعة، الذي أودى بحياة 30 شخصا، اندلع في مخزن';
    assert.deepEqual(warnings(a, c), ['30 ↔ 9']);
  });

  it('a month called past (شباط الماضي, فبراير المنصرم) is an earlier time in the figure\'s own clause', () => {
    const a = 'انهيار منجم يقتل 11 عاملا في الإقليم';
    assert.deepEqual(warnings(a, 'وقتل 25 عاملا في انهيار منجم بالإقليم في شباط الماضي'), []);
    assert.deepEqual(warnings(a, 'وقتل 25 عاملا في انهيار منجم بالإقليم في فبراير المنصرم'), []);
    assert.deepEqual(warnings(a, 'وقتل 25 عاملا في انهيار منجم بالإقليم'), ['11 ↔ 25']);
  });
});

describe('claims: a second device is a second explosion (لغم ثان، عبوة ناسفة ثانية)', () => {
  const mine = 'مقتل 8 مدنيين بانفجار لغم في ريف الواحة الشرقي';
  const bomb = 'مقتل 8 مدنيين بانفجار عبوة ناسفة في سوق الواحة';
  const table: [string, string, string[]][] = [
    // the adjective after the device noun, with a place or none
    [mine, 'لغم ثان يقتل 3 مدنيين في ريف الواحة الشرقي', []],
    [mine, 'لغم ثان يقتل 3 مدنيين', []],
    [bomb, 'عبوة ناسفة ثانية تقتل 3 مدنيين في سوق الواحة', []],
    // the same device, no adjective: one explosion told twice
    [mine, 'لغم يقتل 3 مدنيين في ريف الواحة الشرقي', ['3 ↔ 8']],
    [bomb, 'عبوة ناسفة تقتل 3 مدنيين في سوق الواحة', ['3 ↔ 8']],
  ];
  for (const [a, b, expected] of table) it(`«${b}» against «${a}»: ${expected.length ? 'a pair' : 'no pair'}`, () => assert.deepEqual(warnings(a, b), expected));
});

describe('claims: a name after a trigger noun the places detector leaves (في جزيرة أ)', () => {
  const a = 'انهيار أرضي في إقليم كارنا الشمالي يقتل 15 شخصا';
  it('an unplaced headline set «في جزيرة أ» is set elsewhere than the placed one: no pair', () => {
    assert.deepEqual(warnings(a, 'انزلاق تربة في جزيرة موراني يودي بحياة 8 أشخاص'), []);
    assert.deepEqual(warnings(a, 'انزلاق تربة في منطقة موراني يودي بحياة 8 أشخاص'), []);
  });
  it('with no place of its own, or the same name, it is the story\'s: a pair', () => {
    assert.deepEqual(warnings(a, 'انزلاق تربة يودي بحياة 8 أشخاص'), ['15 ↔ 8']);
    assert.deepEqual(warnings(a, 'انزلاق تربة في جزيرة كارنا يودي بحياة 8 أشخاص'), ['15 ↔ 8']);
  });
});

describe('claims: two sites of one sentence (300 من المنجم و450 من المصنع)', () => {
  const two = 'أجلت فرق الإنقاذ 300 عامل من المنجم و450 من المصنع المجاور بعد الحريق';
  it('the second site\'s count is its own, the first a part: neither denies another article\'s count of the first site', () => {
    assert.deepEqual(warnings('قالت الشركة إن فرق الإنقاذ أجلت 300 عامل من المنجم بعد الحريق', two), []);
    assert.equal(claimAt(two, '300')?.role, 'part');
    assert.ok(claimAt(two, '450')?.event.startsWith('~'), JSON.stringify(claimAt(two, '450')));
  });
  it('a group after «من» is who they are, not a site: the second count keeps the story\'s event', () => {
    const c = claimAt('قتل 5 من الشرطة و3 من المدنيين في الهجوم', '3');
    assert.equal(c?.event, '', JSON.stringify(c));
    assert.notEqual(claimAt('قتل 5 من الشرطة و3 من المدنيين في الهجوم', '5')?.role, 'part');
  });
});
