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
});
