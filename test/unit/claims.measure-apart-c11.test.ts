// Two outlets state one measure of one event in different words: a verb's
// noun (تشريد، انتشال، احتجاز), a verb by its root and form (احتجز، انتشل،
// نفق، عطّل الدراسة), a court's sentence «بحق» its defendants, the missing
// «ما زالوا في عداد المفقودين», a verb that opens a long clause (دمر الإعصار
// الذي … نحو 800 منزل). Each is the measure the other outlet names, so the
// two figures are compared; different measures stay apart. Invented sentences.
import assert from 'node:assert/strict';
import { what, warnings } from './headline-pair.fixture.js';

describe('claims: one measure said apart from its figure or by its root (c11)', function () {
  this.timeout(60_000);

  it('a verbal noun made from the verb\'s root and form is its measure (تشريد، انتشال)', () => {
    assert.equal(what('تشريد 40 ألف شخص جراء الفيضانات في ولاية سنار', '40 ألف'), 'displaced/*');
    assert.deepEqual(warnings('تشريد 40 ألف شخص جراء الفيضانات في ولاية سنار', 'الفيضانات تشرد 25 ألف شخص في ولاية سنار'), ['25 ألف ↔ 40 ألف']);
    assert.match(what('انتشال 9 عمال أحياء من تحت أنقاض مصنع في حمص', '9'), /^rescued\//);
    assert.deepEqual(warnings('انتشال 9 عمال أحياء من تحت أنقاض مصنع في حمص', 'إنقاذ 13 عاملا من أنقاض مصنع منهار في حمص'), ['13 ↔ 9']);
    // bodies pulled out are the dead, never the rescued
    assert.equal(what('انتشال 7 جثث من أنقاض مصنع في حمص', '7'), 'killed/*');
    assert.deepEqual(warnings('انتشال 7 جثث من أنقاض مصنع في حمص', 'إنقاذ 13 عاملا من أنقاض مصنع منهار في حمص'), []);
  });

  it('a verb by its root and form: held is arrested, livestock that perished are killed, schools whose lessons stopped are closed', () => {
    assert.equal(what('قالت الداخلية إن قوات الأمن احتجزت 300 شخص خلال الاحتجاجات في أنقرة', '300'), 'arrested/*');
    assert.deepEqual(warnings('قالت الداخلية إن قوات الأمن احتجزت 300 شخص خلال الاحتجاجات في أنقرة', 'اعتقال 450 شخصا خلال الاحتجاجات في أنقرة'), ['300 ↔ 450']);
    assert.equal(what('الجفاف ينفق 12 ألف رأس من الماشية في إقليم هيران', '12 ألف'), 'killed/livestock');
    assert.deepEqual(warnings('الجفاف ينفق 12 ألف رأس من الماشية في إقليم هيران', 'نفوق 20 ألف رأس ماشية بسبب الجفاف في إقليم هيران'), ['12 ألف ↔ 20 ألف']);
    assert.equal(what('الثلوج تعطل الدراسة في 200 مدرسة بإربد', '200'), 'closed/schools');
    assert.deepEqual(warnings('الثلوج تعطل الدراسة في 200 مدرسة بإربد', 'تعليق الدراسة في 260 مدرسة في إربد بسبب الثلوج'), ['200 ↔ 260']);
  });

  it('sentences «بحق» the defendants, people forced to leave their homes, those still missing', () => {
    assert.equal(what('أحكام بالسجن بحق 12 متهما في قضية فساد بسوسة', '12'), 'sentenced/suspects');
    assert.deepEqual(warnings('أحكام بالسجن بحق 12 متهما في قضية فساد بسوسة', 'المحكمة تقضي بسجن 15 متهما في قضية الفساد بسوسة'), ['12 ↔ 15']);
    assert.equal(what('الأمطار تجبر 6 آلاف شخص على ترك منازلهم في ولاية جونقلي', '6 آلاف'), 'displaced/*');
    assert.equal(what('قال المسؤول إن 20 شخصا ما زالوا في عداد المفقودين بعد غرق العبارة', '20'), 'missing/*');
  });

  it('a measure verb opening a long clause measures the count of things it governs, not of another kind', () => {
    const far = 'دمر الإعصار الذي ضرب السواحل الشرقية لجزيرة مدغشقر مساء الجمعة نحو 800 منزل';
    assert.equal(what(far, 'نحو 800'), 'destroyed/homes');
    assert.deepEqual(warnings(far, 'تدمير 1200 منزل في إعصار ضرب جزيرة مدغشقر'), ['1200 ↔ نحو 800']);
    // damaged is not destroyed
    assert.deepEqual(warnings(far, 'تضرر 1200 منزل في إعصار ضرب جزيرة مدغشقر'), []);
    // a verb of people says nothing of homes
    assert.equal(what('أنقذ رجال الإطفاء الذين وصلوا إلى الحي بعد ساعة نحو 30 منزلا من النيران', 'نحو 30'), 'tally/homes');
  });

  it('a slash between a month\'s two names breaks no clause: the share is still its thing\'s', () => {
    const slash = 'أعلن المعهد أن معدل البطالة ارتفع في أكتوبر/تشرين الأول إلى 11.2 بالمئة';
    assert.equal(what(slash, '11.2'), 'unit:%/unemployment');
    assert.deepEqual(warnings(slash, 'معدل البطالة يرتفع إلى 12.6 بالمئة في أكتوبر'), ['11.2 ↔ 12.6']);
  });

  it('a state said by a verb before the figure: those a team treated are those who received treatment', () => {
    assert.equal(what('عالجت الطواقم الطبية 860 زائرا من ضربات الشمس في كربلاء', '860'), 'tally:hospital/noun:زائر');
    assert.deepEqual(warnings('عالجت الطواقم الطبية 860 زائرا من ضربات الشمس في كربلاء', 'أكثر من 1100 زائر تلقوا العلاج من ضربات الشمس في كربلاء'), ['860 ↔ أكثر من 1100']);
    // a plain count of visitors is not those treated
    assert.deepEqual(warnings('وصول 860 زائرا إلى كربلاء', 'أكثر من 1100 زائر تلقوا العلاج من ضربات الشمس في كربلاء'), []);
  });

  it('a sum per unit of sale after a definite noun and «بـ» is that good\'s price', () => {
    assert.equal(what('أسواق وهران: البطاطا بـ90 دينارا للكيلوغرام', '90'), 'unit:IQD/price:بطاطا');
    assert.deepEqual(warnings('البطاطا بـ90 دينارا للكيلوغرام في وهران', 'سعر البطاطا يصل إلى 120 دينارا للكيلوغرام في وهران'), ['120 ↔ 90']);
    // another good's price, or a rise by a sum, is no price of this one
    assert.deepEqual(warnings('البصل بـ90 دينارا للكيلوغرام في وهران', 'سعر البطاطا يصل إلى 120 دينارا للكيلوغرام في وهران'), []);
    assert.notEqual(what('ارتفع بـ20 دينارا للكيلوغرام في وهران', '20'), 'unit:IQD/price:ارتفع');
  });

  it('suspected cases are a disease\'s, the one a headline names before its colon, the suspicion after the disease too', () => {
    assert.equal(what('الحصبة في تشاد: تسجيل 640 إصابة مشتبها بها خلال أسبوعين', '640'), 'suspected-cases/disease:measles');
    assert.equal(what('منظمة الصحة: 810 حالات حصبة مشتبه بها في تشاد', '810'), 'suspected-cases/disease:measles');
    assert.deepEqual(warnings('الحصبة في تشاد: تسجيل 640 إصابة مشتبها بها خلال أسبوعين', 'منظمة الصحة: 810 حالات حصبة مشتبه بها في تشاد'), ['640 ↔ 810']);
    // confirmed cases stay apart from suspected ones
    assert.deepEqual(warnings('الحصبة في تشاد: تسجيل 640 إصابة مشتبها بها خلال أسبوعين', 'تأكيد 810 حالات حصبة في تشاد'), []);
  });

  it('a head «عدد / حصيلة» and its noun qualified by a participle or a relative verb name the measure', () => {
    const head = 'ارتفعت حصيلة المنازل المدمرة جراء الزلزال في ولاية الحوز إلى 3200 منزل';
    assert.equal(what(head, '3200'), 'destroyed/homes');
    assert.deepEqual(warnings(head, 'الزلزال يدمر 4100 منزل في ولاية الحوز'), ['3200 ↔ 4100']);
    // homes damaged are not homes destroyed
    assert.deepEqual(warnings(head, 'الزلزال يلحق أضرارا بـ4100 منزل في ولاية الحوز'), []);
    assert.equal(what('بلغ عدد المدارس المغلقة بسبب العاصفة 150 مدرسة', '150'), 'closed/schools');
    assert.equal(what('ارتفع عدد الذين أنقذتهم فرق الدفاع المدني إلى 40 شخصا', '40'), 'rescued/*');
    assert.equal(what('وبلغ عدد الذين تم إنقاذهم 60 شخصا', '60'), 'rescued/*');
  });

  it('a head\'s noun is the group its participle\'s measure counts; those still held are a count of their own', () => {
    const head = 'وقال المسؤول إن عدد الطالبات المخطوفات بلغ 140';
    assert.equal(what(head, '140'), 'abducted/noun:تلميذ');
    assert.deepEqual(warnings(head, 'مسلحون يخطفون 165 طالبة من مدرسة في ولاية كادونا'), ['140 ↔ 165']);
    const held = 'فيما لا تزال 8 طالبات في قبضة الخاطفين';
    assert.equal(what(held, '8'), 'tally:held/noun:تلميذ');
    // still held is not how many were taken
    assert.deepEqual(warnings(held, 'مسلحون يخطفون 165 طالبة من مدرسة في ولاية كادونا'), []);
  });

  it('land a swarm overran is one measure by its verbs, its participle and a relative clause; sprayed land and a count of villages are not it', () => {
    const verb = 'اجتاحت أسراب الجراد الصحراوي نحو 8 آلاف هكتار في ولاية كسلا';
    assert.equal(what(verb, 'نحو 8 آلاف'), 'infested/unit:m2');
    assert.deepEqual(warnings(verb, 'الجراد يغطي 19 ألف هكتار في ولاية كسلا'), ['19 ألف هكتار ↔ نحو 8 آلاف هكتار']);
    assert.equal(what('قالت الإدارة إن المساحة المصابة في ولاية كسلا بلغت 19 ألف هكتار', '19 ألف'), 'infested/unit:m2');
    assert.equal(what('ارتفاع المساحات التي اجتاحتها أسراب الجراد في ولاية كسلا إلى 19 ألف هكتار', '19 ألف'), 'infested/unit:m2');
    // land sprayed, even «من المساحات المصابة», is not the land infested; a flood over villages is no infestation
    assert.equal(what('الفرق رشت 2500 هكتار من المساحات المصابة في ولاية كسلا', '2500'), 'sprayed/unit:m2');
    assert.deepEqual(warnings(verb, 'الفرق رشت 2500 هكتار من المساحات المصابة في ولاية كسلا'), []);
    assert.equal(what('اجتاحت السيول 30 قرية في ولاية كسلا', '30'), 'tally/villages');
    // a locality's share «وحدها» is a part
    assert.deepEqual(warnings(verb, 'سجل في محلية ود الحليو وحدها نحو 3 آلاف هكتار من المساحات المصابة في ولاية كسلا'), []);
  });

  it('the size of the unit priced (زنة 100 كيلوغرام) is part of what is priced', () => {
    const a = 'قال تجار إن سعر جوال الذرة زنة 50 كيلوغراما ارتفع إلى 28 ألف جنيه في سوق كسلا';
    assert.equal(what(a, '28 ألف'), 'unit:EGP/price:ذره');
    assert.deepEqual(warnings(a, 'سعر جوال الذرة زنة 50 كيلوغراما يبلغ 35 ألف جنيه في سوق كسلا'), ['28 ألف ↔ 35 ألف']);
  });
});

