// Issue 13, the classes the lead-sentence batch v missed, with invented leads
// of their own (other countries, figures and wording): a time phrase that
// dates another clause, or the span a lead's own count covers, is no other
// incident; an office's word after its trigger (مديرية أمن أ، مديرية ري أ) is
// no place, even where a gazetteer has a village so called; the capital
// (العاصمة الكويت) is the city, not the country that shares its name; a
// reading's subject opens its clause however long (كمية الأمطار التي … خلال
// 12 ساعة بلغت 48 ملم) and its place may be named again (شوارع المدينة); a
// name in a construct with a wadi's or a river's name (سيول وادي أ) is a noun;
// a relative clause's measure verb (التي أتت عليها النيران) says what a
// subject's hectares are; «منهم» after a person noun and its nationality
// (زوارا باكستانيين … 12 منهم) counts that noun, of that nationality; a road
// named by its two places (طريق أ - ب) is the event «الطريق بين أ وب» names.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { pairsOf, warnings } from './headline-pair.fixture.js';

describe('claims: classes of the held-out lead sentences (issue 13, batch v)', function () {
  this.timeout(60_000);

  it('a time phrase of another clause (أي ضعف سعره في الشهر الماضي، مقارنة بالعام الماضي) does not make the figure another incident', () => {
    assert.deepEqual(
      warnings(
        'قالت غرفة تجارة إربد، السبت، إن سعر كيلو الليمون في سوق الجملة بلغ 3 دنانير، أي ضعف سعره في الشهر الماضي، بسبب قلة المعروض.',
        'أظهرت النشرة الرسمية لسوق الجملة في إربد، يوم السبت، أن سعر كيلو الليمون بلغ 1.5 دينار، مستقرا عند مستويات الشهر الماضي.',
      ),
      ['1.5 ↔ 3'],
    );
    // a rate of this year is the news, not a period's total
    assert.deepEqual(
      warnings(
        'أعلنت وزارة التربية، الخميس، أن نسبة النجاح في امتحان شهادة الباكالوريا هذا العام بلغت 42 بالمئة.',
        'قالت إذاعة محلية، الخميس، إن نسبة النجاح في امتحان شهادة الباكالوريا بلغت 37 في المئة، مقارنة بالعام الماضي.',
      ),
      ['37 ↔ 42'],
    );
  });

  it('in a lead, «خلال الشهر الماضي» is the span its own count covers', () => {
    assert.deepEqual(
      warnings(
        'أعلنت وزارة الصحة اليمنية، الأربعاء، تسجيل 450 إصابة بالحصبة في محافظة الحديدة خلال الشهر الماضي، داعية الأسر إلى تطعيم أطفالها.',
        'قالت منظمة الصحة العالمية، الأربعاء، إن محافظة الحديدة سجلت 900 إصابة بالحصبة خلال شهر، محذرة من نقص اللقاحات.',
      ),
      ['450 ↔ 900'],
    );
  });

  it('an earlier time in the figure’s own clause still sets it apart, outside the lead and in it', () => {
    const lead = 'أعلنت وزارة الصحة اليمنية تسجيل 450 إصابة بالحصبة في محافظة الحديدة أمس.';
    assert.deepEqual(pairsOf([lead, `${lead} وسجلت المحافظة خلال الشهر الماضي 900 إصابة بالحصبة.`]), []);
    const blast = 'قتل 8 أشخاص في انفجار ضرب سوقا في الفلوجة أمس.';
    assert.deepEqual(pairsOf([blast, `${blast} وقتل 3 أشخاص في الفلوجة الشهر الماضي.`]), []);
    assert.deepEqual(warnings('قتل 5 أشخاص في هجوم على حافلة في بلدة جرابلس الأسبوع الماضي.', 'قتل 9 أشخاص في هجوم على حافلة في بلدة جرابلس.'), []);
  });

  it('an office’s word after its trigger (مديرية أمن أ، مديرية ري أ) is no place, so the lead’s country stays the article’s', () => {
    assert.deepEqual(analyse('قالت مديرية ري الفيوم، الاثنين، إن مياه الترعة غمرت الأراضي.').places.map((p) => p.text), ['الفيوم']);
    assert.deepEqual(analyse('أعلنت مديرية أمن الزاوية، الأحد، ضبط شحنة.').places.map((p) => p.text), ['الزاوية']);
    assert.deepEqual(
      warnings(
        'قال جهاز مكافحة المخدرات في الزاوية، الأحد، إنه ضبط 600 كيلوغرام من الكوكايين داخل حاوية في الميناء.',
        'أعلنت مديرية أمن الزاوية، الأحد، ضبط 2 طن من الكوكايين داخل حاوية في الميناء.',
      ),
      ['2 طن ↔ 600 كيلوغرام'],
    );
  });

  it('after «العاصمة» a name a country shares with its capital city is the city: the country’s highest reading is another place’s', () => {
    assert.deepEqual(analyse('قالت الأرصاد إن درجة الحرارة في العاصمة الجزائرية الجزائر بلغت 39 درجة.').places.map((p) => p.type), ['city']);
    assert.deepEqual(analyse('وصل الوفد إلى عاصمة جيبوتي أمس').places.map((p) => p.type), ['city']);
    assert.deepEqual(analyse('وصل الوفد إلى جيبوتي أمس').places.map((p) => p.type), ['country']);
    assert.deepEqual(analyse('تظاهر المئات في الجزائر العاصمة').places.map((p) => p.type), ['city']);
    assert.deepEqual(
      warnings(
        'سجلت مدينة الجهراء، الأربعاء، أعلى درجة حرارة في الكويت بلغت 51 درجة مئوية، وفق إدارة الأرصاد الجوية.',
        'قالت إدارة الأرصاد الجوية، الأربعاء، إن درجة الحرارة في العاصمة الكويت بلغت 46 درجة.',
      ),
      [],
    );
  });

  it('a reading’s subject opens its clause past a relative clause and a span of time, and «المدينة» names its city again', () => {
    assert.deepEqual(
      warnings(
        'قالت هيئة الأرصاد، الاثنين، إن كمية الأمطار التي تساقطت على مدينة الإسكندرية خلال 12 ساعة بلغت 48 ملم.',
        'أفاد مجلس مدينة الإسكندرية، الاثنين، بأن أعلى كمية أمطار هطلت على شوارع المدينة خلال 12 ساعة بلغت 20 ملم.',
      ),
      ['20 ملم ↔ 48 ملم'],
    );
    // the span is part of what is read: two days' rain is no plain reading
    assert.deepEqual(warnings('قالت هيئة الأرصاد إن كمية الأمطار في الإسكندرية خلال يومين بلغت 48 ملم.', 'قالت هيئة الأرصاد إن كمية الأمطار في الإسكندرية بلغت 31 ملم.'), []);
    // a reading of one place with no place named or named again: no claim
    assert.deepEqual(warnings('قال مصدر إن كمية الأمطار التي سقطت بلغت 30 ملم.', 'قال مصدر إن كمية الأمطار بلغت 12 ملم.'), []);
  });

  it('a name in a construct with a natural feature’s name (سيول وادي درعة، مياه نهر أ) is a common noun, not a foreign city', () => {
    assert.deepEqual(analyse('جرفت سيول وادي درعة 5 أشخاص').places.map((p) => p.text), []);
    assert.deepEqual(analyse('العاصمة الكورية سيول تستضيف القمة').places.map((p) => p.text), ['سيول']);
    assert.deepEqual(
      warnings(
        'أعلنت السلطات المحلية بإقليم زاكورة، الثلاثاء، مصرع 5 أشخاص جرفتهم سيول وادي درعة، بينهم طفلان.',
        'قالت وزارة الداخلية، الثلاثاء، إن السيول التي ضربت إقليم زاكورة خلفت 8 وفيات.',
      ),
      ['5 ↔ 8'],
    );
  });

  it('the measure verb of a relative clause in the subject (مساحة الأحراش التي أتت عليها الحرائق) says what its hectares are', () => {
    assert.deepEqual(
      warnings(
        'أعلنت المديرية العامة للغابات، الثلاثاء، أن النيران أتت على 1500 هكتار من الغابات في ولاية جيجل منذ السبت.',
        'قال والي جيجل، الثلاثاء، إن مساحة الأحراش التي أتت عليها الحرائق في الولاية منذ السبت لا تتجاوز 400 هكتار.',
      ),
      ['1500 هكتار ↔ لا تتجاوز 400 هكتار'],
    );
    // a relative clause with no measure verb: the land owned is not land burnt
    assert.deepEqual(warnings('قال المزارع إن مساحة الأرض التي يملكها في ولاية جيجل تبلغ 40 هكتارا.', 'أعلنت المديرية أن النيران أتت على 1500 هكتار في ولاية جيجل.'), []);
  });

  it('«منهم» after a person noun and its nationality counts that noun, keeping the nationality apart', () => {
    assert.deepEqual(
      warnings(
        'لقي 9 زوار باكستانيين حتفهم في انقلاب حافلة قرب مدينة كربلاء، بحسب مديرية الدفاع المدني.',
        'قال مسؤول محلي إن انقلاب حافلة تقل زوارا باكستانيين قرب مدينة كربلاء أسفر عن مقتل 12 منهم.',
      ),
      ['12 ↔ 9'],
    );
    const syrians = 'قالت المنظمة إن قاربا يقل مهاجرين سوريين غرق قبالة سواحل تونس ما أدى إلى وفاة 17 منهم.';
    assert.deepEqual(warnings('غرق 30 مهاجرا قبالة سواحل تونس.', syrians), ['17 ↔ 30']);
    // Egyptian and Syrian migrants are two counts
    assert.deepEqual(warnings('غرق 20 مهاجرا مصريا قبالة سواحل تونس.', syrians), []);
  });

  it('a road named by the places it joins (طريق حمص - حماة) is the event «الطريق بين حمص وحماة» names; another road is another', () => {
    const between = 'لقي 8 أشخاص مصرعهم، صباح الجمعة، في تصادم شاحنة بحافلة على الطريق بين حمص وحماة في وسط سوريا.';
    assert.deepEqual(warnings(between, 'قال مصدر في الشرطة إن تصادم شاحنة بحافلة على طريق حمص - حماة أسفر عن مقتل 5 أشخاص.'), ['5 ↔ 8']);
    assert.deepEqual(warnings(between, 'قال مصدر إن تصادما على طريق حمص طرطوس أسفر عن مقتل 5 أشخاص.'), []);
  });
});
