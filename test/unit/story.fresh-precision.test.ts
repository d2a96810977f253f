// Precision on fresh pairs (invented sentences, none of a dev list): a count
// lowered to a figure (خفضت … إلى 15، تراجع … إلى 15) revises a higher one
// told before, it does not deny it.
import assert from 'node:assert/strict';
import { claimAt, pairsOf, warnings } from './headline-pair.fixture.js';
import { analyse } from '../../server/src/core/analyse.js';
import { datelineDayOfYear, yearDaysApart } from '../../server/src/core/story/claim-day.js';

describe('story: a count lowered to a figure revises the higher one', () => {
  const lowered: [string, string, boolean][] = [
    ['خفضت هيئة الإنقاذ مساء الأربعاء عدد المفقودين في غرق المركب إلى 11 شخصا', '11', true],
    ['تراجع عدد المفقودين في الانهيار الأرضي إلى 8 أشخاص بعد العثور على ناجين', '8', true],
    ['انخفضت حصيلة المصابين في الحريق إلى 14 بعد مراجعة سجلات المستشفى', '14', true],
    // no «إلى» right before the figure, or a rise
    ['تراجع المتظاهرون بعد إصابة 14 شخصا في الساحة', '14', false],
    ['ارتفع عدد المفقودين في غرق المركب إلى 11 شخصا', '11', false],
  ];
  for (const [text, figure, yes] of lowered)
    it(`«${text}»: ${figure} ${yes ? 'is' : 'is not'} a lowered count`, () => {
      const c = claimAt(text, figure);
      assert.equal(!!c?.lowered, yes, JSON.stringify(c));
      if (yes) assert.equal(c?.update, true);
    });

  it('a lowered count against the higher one told before is an update, not a contradiction', () => {
    const a = 'قالت هيئة الإنقاذ إن عدد المفقودين في غرق المركب قبالة الساحل بلغ 23 شخصا';
    const b = 'خفضت هيئة الإنقاذ الخميس عدد المفقودين في غرق المركب قبالة الساحل إلى 11 شخصا بعد العثور على ناجين';
    assert.deepEqual(warnings(a, b), []);
    assert.deepEqual(pairsOf([a, b], 'update'), ['11 ↔ 23']);
  });

  it('a count lowered to a figure still above the other is no revision of it', () => {
    const a = 'قالت هيئة الإنقاذ إن عدد المفقودين في غرق المركب قبالة الساحل بلغ 6 أشخاص';
    const b = 'خفضت هيئة الإنقاذ الخميس عدد المفقودين في غرق المركب قبالة الساحل إلى 11 شخصا';
    assert.deepEqual(warnings(a, b), ['11 ↔ 6']);
  });
});

describe('story: a span of years (موسم 2024-2025) dates its figures by its last year', () => {
  const table: [string, string, number][] = [
    ['بلغ إنتاج البلاد من القمح 3.1 مليون طن في موسم 2023-2024', '3.1 مليون', 2024],
    ['لقي 640 شخصا حتفهم في حوادث الطرق بالإقليم خلال الفترة 2019-2021', '640', 2021],
  ];
  for (const [text, figure, year] of table)
    it(`«${text}»: ${figure} tells of ${year}`, () => assert.equal(claimAt(text, figure)?.year, year, JSON.stringify(claimAt(text, figure))));

  it('two seasons are two years: no contradiction; the same season told twice still disagrees', () => {
    const a = 'تونس: صادرات زيت الزيتون تبلغ 210 آلاف طن في موسم 2023-2024';
    assert.deepEqual(warnings(a, 'صادرات تونس من زيت الزيتون بلغت 180 ألف طن في موسم 2021-2022'), []);
    assert.deepEqual(warnings(a, 'صادرات تونس من زيت الزيتون بلغت 180 ألف طن في موسم 2023-2024'), ['180 ألف طن ↔ 210 آلاف طن']);
  });
});

describe('story: new ones beside the revised toll they add to are a part of it', () => {
  const table: [string, string, boolean][] = [
    ['ارتفعت حصيلة ضحايا انهيار المبنى إلى 12 قتيلا بعد انتشال ثلاث جثث جديدة من تحت الركام', 'ثلاث', true],
    ['ارتفع عدد المصابين بالتسمم إلى 40 بعد تسجيل 6 حالات إصابة جديدة في القرية', '6', true],
    ['ارتفعت حصيلة القتلى إلى 20 بعد وفاة 3 جرحى جدد في المستشفى', '3', true],
    // new ones alone are the news of their day, a whole; a new attack's toll is no share of another
    ['سجلت الوزارة 300 إصابة جديدة بالكوليرا خلال يوم', '300', false],
    ['ارتفعت حصيلة القصف إلى 20 قتيلا، وقتل 3 أشخاص بهجوم جديد على القرية', '3', false],
  ];
  for (const [text, figure, part] of table)
    // (new bodies found make no toll at all, claims/found-bodies: they are no whole either way)
    it(`«${text}»: ${figure} ${part ? 'is a part or no toll' : 'is a whole'}`, () => {
      const c = claimAt(text, figure);
      assert.equal(!c || c.role === 'part', part, JSON.stringify(c));
    });

  it('the new bodies are no toll against the first report', () => {
    const a = 'لقي سبعة أشخاص حتفهم في انهيار مبنى سكني في حي الشاطئ فجر اليوم';
    const b = 'ارتفعت حصيلة ضحايا انهيار المبنى السكني في حي الشاطئ إلى 11 قتيلا بعد انتشال خمس جثث جديدة من تحت الأنقاض';
    assert.deepEqual(warnings(a, b), []);
  });

  it('a part that names no group is no whole: a group\'s count above it is no part above its whole', () => {
    const a = 'قال الدفاع المدني إن ستة عمال لقوا حتفهم في انهيار رافعة في الميناء';
    const b = 'ارتفعت حصيلة ضحايا انهيار الرافعة في الميناء إلى 10 قتلى بعد انتشال ثلاث جثث جديدة';
    assert.deepEqual(warnings(a, b), []);
    // a part that names its group still bounds that group: 6 police above «بينهم 4 من قوات الأمن»
    assert.deepEqual(warnings('قال مسؤول إن ستة من عناصر الشرطة قتلوا في الهجوم على الحاجز', 'الهجوم على الحاجز يقتل 10 أشخاص بينهم 4 من قوات الأمن'), ['4 ↔ ستة']);
  });
});

describe('story: a sentence that recalls an earlier incident tells of that one', () => {
  const a = 'اقتحم مسلحون قرية في ولاية زمفارا فجر اليوم وخطفوا 25 امرأة، بحسب مسؤول محلي';
  const table: [string, string[]][] = [
    ['أعاد الهجوم على القرية إلى الأذهان عملية خطف وقعت قبل عامين في الولاية نفسها، حين خطف مسلحون 80 امرأة', []],
    ['جاء الهجوم على غرار عملية نفذها مسلحون في الولاية نفسها وخطفوا خلالها 80 امرأة', []],
    // the same words without the recall: the story's own count, told differently
    ['قال مسؤول إن مسلحين اقتحموا القرية في ولاية زمفارا وخطفوا 80 امرأة', ['25 ↔ 80']],
  ];
  for (const [b, expected] of table) it(`«${b}»: ${expected.length ? 'a contradiction' : 'no contradiction'}`, () => assert.deepEqual(warnings(a, b), expected));
});

describe('story: a level read on days its date lines set apart', () => {
  const table: [string, number | null][] = [
    ['الرباط، 3 مارس/آذار - بلغت نسبة ملء السدود 31 بالمئة', 62],
    ['عمان، 28 كانون الأول 2023 - ارتفعت درجات الحرارة', 362],
    // a day in the text, not in the date line
    ['قالت الوزارة إن نسبة ملء السدود بلغت في 3 مارس 31 بالمئة', null],
  ];
  for (const [text, day] of table) it(`«${text}»: day ${day}`, () => assert.equal(datelineDayOfYear(text, analyse(text).figures), day));
  it('days are counted round the year\'s end', () => assert.equal(yearDaysApart(362, 2), 5));

  const level = (line: string, v: string) => `${line} - أظهرت بيانات وزارة المياه أن نسبة ملء السدود في البلاد بلغت ${v} بالمئة`;
  it('two fill rates read ten days apart are no contradiction; read a day apart they are', () => {
    assert.deepEqual(warnings(level('تونس، 4 أبريل', '28'), level('تونس، 14 أبريل', '33')), []);
    assert.deepEqual(warnings(level('تونس، 4 أبريل', '28'), level('تونس، 5 أبريل', '33')), ['28 ↔ 33']);
  });
  it('a toll is no level: its date lines alone do not set it apart', () => {
    assert.deepEqual(warnings('تونس، 4 أبريل - قتل 12 شخصا في انهيار مبنى بالعاصمة', 'تونس، 14 أبريل - انهيار مبنى بالعاصمة أودى بحياة 15 شخصا'), ['12 ↔ 15']);
  });
});

describe('story: where a boat was heading is no area of its toll', () => {
  it('«كان يقل 90 مهاجرا متجها إلى أ»: the toll is not set at the destination, and meets the other report', () => {
    const a = 'نواكشوط - انتشلت السلطات الموريتانية جثث 27 مهاجرا بعد انقلاب قارب صيد كان يقل نحو 90 شخصا قبالة مدينة تيويليت شمال البلاد، بحسب مسؤول محلي.';
    const b = 'تيويليت (موريتانيا) - قال مصدر في خفر السواحل الموريتاني إن 41 جثة انتشلت من المياه بعد غرق قارب كان يقل نحو 90 مهاجرا متجها إلى جزر الكناري، وإن ستة ناجين نقلوا إلى المستشفى في المدينة.';
    assert.ok(!(claimAt(b, '41')?.area ?? []).some((k) => k.startsWith('iso3166:ES') || k.startsWith('geonames:ES')), JSON.stringify(claimAt(b, '41')));
    assert.deepEqual(warnings(a, b), ['27 ↔ 41']);
  });


  it('an article whose only other place is the destination is not set there: its toll meets the first report', () => {
    const a = 'الحسيمة - قالت السلطات إن 14 مهاجرا لقوا حتفهم بعد انقلاب زورق كان يقل نحو 50 شخصا قبالة قرية السواني شرق المدينة، بحسب مصدر محلي.';
    const b = 'السواني (المغرب) - أفاد مصدر في البحرية بأن 22 مهاجرا لقوا حتفهم بعد انقلاب زورق كان يقل نحو 50 شخصا متجها إلى جزر الكناري، وأن ناجين نقلوا إلى مستوصف القرية.';
    assert.deepEqual(warnings(a, b), ['14 ↔ 22']);
  });
});

describe('story: a river is no area an article is set in', () => {
  it('a bus swept «إلى نهر أ»: the toll is not filed at the river, and meets the first report', () => {
    const a = 'كاتماندو - فقد أثر 40 راكبا بعد أن جرف انهيار أرضي حافلة إلى نهر سيتي الهائج في منطقة ماناكامانا غرب نيبال فجر اليوم، بحسب الشرطة.';
    const b = 'ماناكامانا (نيبال) - قال مسؤول في إدارة المنطقة إن انهيارا أرضيا جرف حافلة إلى نهر سيتي فجر الجمعة، وإن 28 راكبا ما زالوا مفقودين.';
    assert.deepEqual(warnings(a, b), ['28 ↔ 40']);
  });
});

describe('story: a level that rose to a figure tells the news, no revision of another outlet\'s', () => {
  it('«ارتفع معدل البطالة إلى 13.7 بالمئة» is no revised count', () => {
    const c = claimAt('أفاد المعهد الوطني للإحصاء بأن معدل البطالة في تونس ارتفع إلى 16.4 بالمئة خلال الربع الثاني', '16.4');
    assert.ok(c && !c.update && !c.lowered, JSON.stringify(c));
  });
  it('two readings of the same quarter disagree, though one says it rose', () => {
    const a = 'أفاد المعهد الوطني للإحصاء بأن معدل البطالة في تونس ارتفع إلى 16.4 بالمئة خلال الربع الثاني من السنة، مقابل 15.8 بالمئة قبل عام';
    const b = 'بلغ معدل البطالة في تونس 15.9 بالمئة في الربع الثاني من السنة، بحسب أرقام المعهد الوطني للإحصاء';
    assert.deepEqual(warnings(a, b), ['15.9 ↔ 16.4']);
  });
});
