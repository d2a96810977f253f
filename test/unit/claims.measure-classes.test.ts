// Issue 13, measures and counted nouns: two outlets counting the same thing
// with different words land in one comparison, and things that only look
// alike stay apart. Invented sentences (our own places, numbers and wording):
// seizing people is arresting them, a demolition a flood caused is
// destruction, being forced to leave is an evacuation, foiling a smuggling is
// a seizure, participation in an election is its turnout, a death noun counts
// any noun of people, «ألفا من <place>» counts people, a disease's cases are
// their own measure (suspected apart from confirmed, one disease apart from
// another), a plural verb before a word of time is passive, and a counted
// noun of no list is a part of everyone a one-sided measure counts.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { claimAt, what, warnings } from './headline-pair.fixture.js';

describe('claims: measures that name one count, and counted nouns (issue 13)', function () {
  this.timeout(60_000);

  it('seizing people is arresting them; seizing things stays a seizure', () => {
    for (const [text, fig] of [
      ['ضبط 16 متهما بترويج المخدرات في الزرقاء', '16'],
      ['حرس الحدود يضبط 27 مهربا في تبسة', '27'],
      ['الدرك يضبط 23 مطلوبا في حملة بسطيف', '23'],
    ] as const)
      assert.match(what(text, fig), /^arrested\//, text);
    assert.equal(what('ضبط 40 سيارة مسروقة في الزرقاء', '40'), 'seized/vehicles');
    assert.deepEqual(warnings('ضبط 16 متهما بترويج المخدرات في الزرقاء', 'القبض على 25 متهما بترويج المخدرات في الزرقاء'), ['16 ↔ 25']);
    // goods against people: never one count
    assert.deepEqual(warnings('ضبط 40 سيارة مسروقة في الزرقاء', 'القبض على 15 متهما بسرقة السيارات في الزرقاء'), []);
  });

  it('a demolition its clause blames on a flood or a strike is destruction; swept away is destroyed', () => {
    assert.equal(what('تهدم 45 منزلا بسبب الأمطار الغزيرة في نيالا', '45'), 'destroyed/homes');
    assert.equal(what('جرفت مياه الفيضانات 210 منازل في كسلا', '210'), 'destroyed/homes');
    assert.deepEqual(warnings('السيول تهدم 30 منزلا في الطفيلة', 'جرفت السيول 75 منزلا في الطفيلة'), ['30 ↔ 75']);
    // a demolition by people stays one, never compared with a flood's
    assert.equal(what('الاحتلال يهدم 12 منزلا في الخليل', '12'), 'demolished/homes');
    assert.deepEqual(warnings('الاحتلال يهدم 12 منزلا في الخليل', 'السيول تدمر 30 منزلا في الخليل'), []);
  });

  it('families forced to leave their homes are evacuated; «أجلت» is the verb of an evacuation', () => {
    assert.equal(what('الأمطار تجبر 300 عائلة على مغادرة مساكنها في الموصل', '300'), 'evacuated/families');
    assert.equal(what('قالت السلطات إنها أجلت 90 أسرة من قرى مهددة بالفيضان', '90'), 'evacuated/families');
    assert.deepEqual(warnings('النيران تجبر 80 عائلة على مغادرة منازلها في اللاذقية', 'إجلاء 200 عائلة من أحياء اللاذقية بسبب الحرائق'), ['200 ↔ 80']);
    // a vague count with its own noun keeps it (مئات الأسر), not the noun of the figure before
    assert.equal(what('السيول دمرت نحو 500 منزل وأجبرت مئات الأسر على مغادرة أحيائها', 'مئات'), 'evacuated/families');
  });

  it('finding drugs or weapons is seizing them; bodies found are the dead (c10: as recovered bodies are)', () => {
    assert.equal(what('قال مصدر إن الشرطة عثرت الجمعة على نحو ثلاثة ملايين حبة كبتاغون في شاحنة', 'نحو ثلاثة ملايين'), 'seized/noun:حبه');
    assert.equal(what('عثر على 3 أطنان من الحشيش في ميناء البلدة', '3'), 'seized/unit:kg');
    assert.deepEqual(warnings('ضبط 1.2 مليون حبة كبتاغون في منفذ البلدة', 'قال مصدر إن الشرطة عثرت الجمعة على نحو ثلاثة ملايين حبة كبتاغون في منفذ البلدة'), ['1.2 مليون ↔ نحو ثلاثة ملايين']);
    assert.equal(what('العثور على 12 جثة في النهر', '12'), 'killed/*');
    // a verb that needs the same word (أتى على) still reads as its own
    assert.equal(what('أتت النيران على 40 منزلا', '40'), 'destroyed/homes');
  });

  it('foiling a smuggling is a seizure of what was smuggled', () => {
    assert.equal(what('إحباط تهريب 600 ألف قرص مخدر في ميناء العقبة', '600 ألف'), 'seized/noun:قرص');
    assert.deepEqual(warnings('إحباط تهريب 600 ألف قرص مخدر في ميناء العقبة', 'ضبط 900 ألف قرص مخدر في ميناء العقبة'), ['600 ألف ↔ 900 ألف']);
  });

  it('a present plural after a crowd or a flight says what they did; a head of the measure before «بـ» counts everyone', () => {
    assert.equal(what('عشرات الآلاف يتظاهرون في العاصمة تضامنا مع المعتقلين', 'عشرات الآلاف'), 'participants/*');
    assert.equal(what('قدرت الشرطة عدد المشاركين في المسيرة بـ 6 آلاف', '6 آلاف'), 'participants/*');
    assert.equal(what('3 آلاف ينزحون من البلدة', '3 آلاف'), 'displaced/*');
  });

  it('participation in an election told as a percentage is its turnout; «لم تتجاوز» is an upper bound', () => {
    assert.equal(what('المشاركة في الانتخابات البلدية التونسية لم تتجاوز 22 بالمئة', 'لم تتجاوز 22'), 'turnout/*');
    const a = analyse('المشاركة في الانتخابات لم تتجاوز 22 بالمئة');
    assert.deepEqual([a.figures[0]!.min, a.figures[0]!.max], [0, 22]);
    assert.deepEqual(warnings('نسبة الإقبال على التصويت في الانتخابات البلدية بتونس تبلغ 34 %', 'المشاركة في الانتخابات البلدية التونسية لم تتجاوز 22 بالمئة'), ['34 ↔ لم تتجاوز 22']);
    // a bound the other value keeps to is no disagreement
    assert.deepEqual(warnings('نسبة الإقبال على التصويت في الانتخابات البلدية بتونس تبلغ 19 %', 'المشاركة في الانتخابات البلدية التونسية لم تتجاوز 22 بالمئة'), []);
  });

  it('a death noun counts any noun of people, with or without a known place', () => {
    assert.equal(what('غرق 9 صيادين قبالة سواحل جزيرة بعيدة', '9'), 'killed/noun:صياد');
    // (migrants in a sinking boat are everyone it drowned: claims/whole-group.ts)
    assert.equal(what('مصرع 14 مهاجرا في غرق مركب قبالة رأس بعيد', '14'), 'killed/*');
    assert.equal(what('مصرع 14 مهاجرا في هجوم على مركز إيواء بعيد', '14'), 'killed/noun:مهاجر');
    assert.deepEqual(warnings('غرق 9 صيادين قبالة سواحل جزيرة بعيدة', 'مصرع 14 صيادا في غرق مركب قبالة سواحل جزيرة بعيدة'), ['14 ↔ 9']);
  });

  it('«ألفا من <place>» counts people; the place is where they came from', () => {
    assert.equal(what('فرار 25 ألفا من الفاشر خلال أسبوع', '25 ألفا'), 'displaced/*');
    assert.deepEqual(warnings('فرار 25 ألفا من الفاشر خلال أسبوع', 'نزوح 40 ألف شخص من الفاشر في أسبوع'), ['25 ألفا ↔ 40 ألف']);
  });

  it("a disease's cases are its own measure: never the wounded, suspected apart from confirmed, one disease apart from another", () => {
    assert.equal(what('تسجيل 75 إصابة مؤكدة بالملاريا في كسلا', '75'), 'cases/disease:malaria');
    assert.equal(what('عدد الإصابات المؤكدة بالملاريا في كسلا يبلغ 120 حالة', '120'), 'cases/disease:malaria');
    assert.equal(what('تعز تسجل 640 حالة اشتباه بالحصبة خلال شهر', '640'), 'suspected-cases/disease:measles');
    assert.equal(what('410 حالات يشتبه بإصابتها بالحصبة في تعز', '410'), 'suspected-cases/disease:measles');
    // deaths of the disease stay the dead; the wounded of an attack stay wounded
    assert.equal(what('تسجيل 12 حالة وفاة بالكوليرا في القضارف', '12'), 'killed/*');
    assert.equal(what('إصابة 30 شخصا في انفجار بسوق الحسكة', '30'), 'wounded/*');
    assert.deepEqual(warnings('تسجيل 75 إصابة مؤكدة بالملاريا في كسلا', 'عدد الإصابات المؤكدة بالملاريا في كسلا يبلغ 120 حالة'), ['120 ↔ 75']);
    assert.deepEqual(warnings('إب تسجل 850 حالة اشتباه بالكوليرا', 'تأكيد 95 إصابة بالكوليرا في إب'), []);
    assert.deepEqual(warnings('تسجيل 200 حالة إصابة بالحصبة في تعز', 'تسجيل 340 حالة إصابة بالكوليرا في تعز'), []);
    assert.deepEqual(warnings('إصابة 30 شخصا في انفجار بسوق الحسكة', 'تسجيل 45 إصابة بالحصبة في الحسكة'), []);
  });

  it('a feminine singular after 11–99 is the counted noun; «لل» and «بال» after it begin another phrase', () => {
    assert.equal(what('دخول 80 شاحنة مساعدات إلى البلدة عبر المعبر', '80'), 'entered/noun:شاحن');
    assert.deepEqual(warnings('دخول 80 شاحنة مساعدات إلى البلدة عبر المعبر', 'عبور 130 شاحنة إغاثة إلى البلدة عبر المعبر'), ['130 ↔ 80']);
    // the tents of the displaced were damaged: no displaced tents
    assert.equal(what('قال الدفاع المدني إن العاصفة أدت إلى تضرر ٩٠٠ خيمة للنازحين', '٩٠٠'), 'damaged/noun:خيم');
    // a final ه that is a pronoun is no feminine noun (في صفوفه); a feminine plural of the م pattern is no person (المستشفيات)
    assert.equal(what('وأعلنت الفصائل مقتل 14 في صفوفه', '14'), 'none');
    assert.equal(what('ضبط 4 مستودعات للأسلحة في البلدة', '4'), 'seized/noun:مستودع');
    assert.equal(what('ضبط 12 متسللا على الحدود', '12'), 'arrested/noun:متسلل');
    // residents are everyone; «بالاختناق» is how they were hurt, not who they are
    assert.equal(what('أسفر الحريق عن إصابة 26 من السكان بالاختناق', '26'), 'wounded/*');
    assert.deepEqual(warnings('حريق في برج سكني يسفر عن إصابة 26 من السكان بالاختناق', 'حريق في برج سكني يسفر عن إصابة 41 شخصا بالاختناق'), ['26 ↔ 41']);
  });

  it('a plural verb after its count and before a word of time is passive (they were killed)', () => {
    assert.equal(what('قال المسعفون إن ستة عشر مدنيا قتلوا مساء الجمعة في قصف على السوق', 'ستة عشر'), 'killed/civilians');
    assert.equal(what('سبعة عمال قتلوا صباح الأحد في حادث سير بالقصرين', 'سبعة'), 'killed/workers');
    // (workers in a collapsed mine are its whole toll: claims/whole-group.ts)
    assert.equal(what('سبعة عمال قتلوا صباح الأحد في انهيار منجم بالقصرين', 'سبعة'), 'killed/*');
    // an object after it still makes it active: the killers are counted, not the killed
    assert.notEqual(what('خمسة مسلحين قتلوا 3 جنود', 'خمسة'), 'killed/militants');
  });

  it('a counted noun of no list is a part of everyone a one-sided measure counts (arrests): above the whole it disagrees', () => {
    assert.deepEqual(warnings('اعتقال 35 شخصا في احتجاجات صفاقس', 'الشرطة تعتقل 60 شابا خلال احتجاجات صفاقس'), ['35 ↔ 60']);
    // below the whole it is a part: no disagreement
    assert.deepEqual(warnings('اعتقال 80 شخصا خلال احتجاجات في قفصة', 'الشرطة تعتقل 30 شابا في احتجاجات قفصة'), []);
    // a toll of the killed keeps such a noun apart: it may be the attackers
    assert.deepEqual(warnings('مقتل 5 أشخاص في هجوم على قرية', 'مقتل 9 مقاتلين في هجوم على قرية'), []);
  });
});
