// Issue 13, figures measured in units and quantities of things (batch p3), on
// invented sentences: units of one dimension compared in one base unit (tonnes
// and kilograms, hectares, dunams and km², kilometres and metres), shown as
// written; foiled smuggling as a seizure; the price of a thing keyed by the
// thing, its grade number a name; a day's high against a plain reading, a low
// apart; an interim reading of a share (حتى الساعة الثالثة) superseded by the
// final one; «لم تتجاوز» as an upper bound; seats keyed by the party; trucks
// let in through a crossing. And what stays silent: another material, another
// product, a forecast, a change, two parties.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { pairsOf } from './headline-pair.fixture.js';

/** The claim a figure makes, as measure/group, or 'none'. */
const reading = (text: string, figure: string): string => {
  const a = analyse(text);
  const c = a.claims.find((x) => text.slice(a.figures[x.figure]!.start, a.figures[x.figure]!.end) === figure);
  return c ? `${c.measure}/${c.group}` : 'none';
};

/** The pairs two one-line articles make, as «figure ↔ figure» (kind: contradiction unless asked). */
const pairs = (a: string, b: string, kind = 'contradiction'): string[] => pairsOf([a, b], kind);

/** [what, article a, article b, the contradictions expected] */
const TABLE: [string, string, string, string[]][] = [
  // one base unit per dimension, the figures shown with their units
  ['tonnes against kilograms', 'ضبط 3 أطنان من الكوكايين في ميناء الحاويات بالإسكندرية', 'ضبط 1800 كيلوغرام من الكوكايين في ميناء الإسكندرية', ['1800 كيلوغرام ↔ 3 أطنان']],
  ['tonnes and kilograms that agree', 'ضبط 3 أطنان من الكوكايين في ميناء الإسكندرية', 'حجز 3000 كيلوغرام من الكوكايين في ميناء الإسكندرية', []],
  ['a dual of tonnes (طنين) against kilograms', 'حجز طنين من القنب في ميناء بنغازي', 'ضبط 2000 كغ من القنب في ميناء بنغازي', []],
  ['a dual of tonnes against more tonnes', 'حجز طنين من القنب في ميناء بنغازي', 'ضبط 6 أطنان من القنب في ميناء بنغازي', ['6 أطنان ↔ طنين']],
  ['hectares against km²', 'النيران تلتهم 900 هكتار من الأحراج في ولاية سكيكدة', 'حرائق سكيكدة تأتي على 3 كيلومترات مربعة من الأحراج', ['3 كيلومترات مربعة ↔ 900 هكتار']],
  ['hectares and dunams that agree (a dunam is 1000 m²)', 'النيران تلتهم 50 هكتارا في أحراج جنين', 'حريق يأتي على 500 دونم في أحراج جنين', []],
  ['the Iraqi dunam is 2500 m²', 'النيران تلتهم 50 هكتارا من البساتين في ديالى', 'حريق يأتي على 200 دونم من البساتين في ديالى', []],
  ['litres against cubic metres', 'ضبط 40 ألف لتر من الوقود المهرب في ولاية تبسة', 'حجز 12 مترا مكعبا من الوقود المهرب في تبسة', ['12 مترا مكعبا ↔ 40 ألف لتر']],
  ['another material is another seizure, whatever the unit', 'ضبط 3 أطنان من الكوكايين في ميناء الإسكندرية', 'ضبط 900 كيلوغرام من السجائر في ميناء الإسكندرية', []],
  // foiled smuggling is a seizure
  ['foiled smuggling against a seizure', 'خفر السواحل يحبط تهريب 5 أطنان من القنب قبالة الحسيمة', 'ضبط 3.5 طن من القنب في الحسيمة', ['3.5 طن ↔ 5 أطنان']],
  ['a foiled attempt at smuggling', 'إحباط محاولة تهريب 700 كيلوغرام من الكوكايين في ميناء طنجة', 'ضبط 1.2 طن من الكوكايين في ميناء طنجة', ['1.2 طن ↔ 700 كيلوغرام']],
  // prices
  ['a price by its thing, the grade number a name', 'الحكومة ترفع سعر لتر البنزين 95 إلى 19 جنيها في مصر', 'مصر: سعر بنزين 95 يرتفع إلى 17.5 جنيه للتر', ['17.5 ↔ 19']],
  ['another grade of one product is not compared', 'الحكومة ترفع سعر لتر البنزين 95 إلى 19 جنيها في مصر', 'الحكومة ترفع سعر لتر البنزين 80 إلى 12 جنيها في مصر', []],
  ['another product is not compared', 'الحكومة ترفع سعر لتر البنزين إلى 19 جنيها في مصر', 'الحكومة ترفع سعر لتر السولار إلى 14 جنيها في مصر', []],
  ['the new price past a relative clause', 'رفع سعر أسطوانة الغاز المنزلي إلى 150 جنيها في مصر', 'السعر الجديد لأسطوانة الغاز الذي أعلنته الحكومة في مصر صباح اليوم بلغ 120 جنيها', ['120 ↔ 150']],
  ['a rise by an amount is a change, not a price', 'رفع سعر لتر البنزين 3 جنيهات في مصر', 'رفع سعر لتر البنزين جنيهين في مصر', []],
  // temperature
  ['a high against a plain reading', 'درجة الحرارة العظمى في مدينة الأحواز بلغت 50 درجة مئوية', 'سجلت الأحواز 47 درجة مئوية', ['47 ↔ 50']],
  ['a low against a high', 'درجة الحرارة الصغرى في مدينة إيفرن بلغت 2 درجة مئوية', 'سجلت إيفرن درجة قصوى بلغت 14 درجة مئوية', []],
  // shares
  ['an upper bound (لم تتجاوز) against a figure above it', 'نسبة المشاركة في الانتخابات البرلمانية الأردنية بلغت 47 %', 'الأردن: المشاركة في الانتخابات البرلمانية لم تتجاوز 32 بالمئة', ['47 ↔ لم تتجاوز 32']],
  ['an upper bound above the figure agrees', 'نسبة المشاركة في الانتخابات البرلمانية الأردنية بلغت 29 %', 'الأردن: المشاركة في الانتخابات البرلمانية لم تتجاوز 32 بالمئة', []],
  // seats
  ['seats of one party', 'حزب الاستقلال يحصد 38 مقعدا في البرلمان المغربي', 'فوز حزب الاستقلال بـ 45 مقعدا في الانتخابات التشريعية بالمغرب', ['38 ↔ 45']],
  ['seats of two parties', 'حزب الاستقلال يحصد 38 مقعدا في البرلمان المغربي', 'حزب الأصالة والمعاصرة يحصل على 87 مقعدا في البرلمان المغربي', []],
  // a mass of a thing with no measure's verb is one shipment among others
  ['two shipments of aid by the tonne', 'وصول 20 طنا من المساعدات الطبية إلى مطار بنغازي', 'تفريغ 150 طنا من المساعدات في ميناء بنغازي', []],
  // things let in
  ['trucks entering and crossing are one count', 'دخول 60 شاحنة إغاثة إلى شمال سوريا عبر معبر باب السلامة', 'عبور 110 شاحنات مساعدات من معبر باب السلامة إلى شمال سوريا', ['110 ↔ 60']],
];

describe('claims: figures in units and quantities of things (issue 13, batch p3)', function () {
  this.timeout(60_000);

  for (const [what, a, b, expected] of TABLE) {
    it(`${what}: ${expected.length ? expected.join('; ') : 'no warning'}`, () => {
      assert.deepEqual(pairs(a, b).sort(), [...expected].sort(), `«${a}» / «${b}»`);
    });
  }

  it('an interim turnout (حتى الساعة الثالثة، منتصف النهار) is updated by the final one, not contradicted', () => {
    const interim = 'اللجنة: نسبة المشاركة في الانتخابات الرئاسية التونسية بلغت 21 % حتى الساعة الثالثة بعد الظهر';
    const final = 'اللجنة: نسبة المشاركة النهائية في الانتخابات الرئاسية التونسية بلغت 45 %';
    assert.deepEqual(pairs(interim, final), []);
    assert.deepEqual(pairs(interim, final, 'update'), ['21 ↔ 45']);
    assert.deepEqual(pairs('نسبة المشاركة في الانتخابات الرئاسية التونسية 18 % منتصف النهار', final), []);
    // a running share does not fall: a final figure below the interim one disagrees
    assert.deepEqual(pairs(interim, 'اللجنة: نسبة المشاركة النهائية في الانتخابات الرئاسية التونسية بلغت 15 %'), ['15 ↔ 21']);
  });

  it('an interim turnout that agrees with a bound below the final one is no side of their contradiction', () => {
    const interim = 'اللجنة: نسبة المشاركة في الانتخابات الرئاسية التونسية بلغت 21 % حتى الساعة الثالثة بعد الظهر';
    const bound = 'المعارضة: المشاركة في الانتخابات الرئاسية التونسية لم تتجاوز 25 %';
    const final = 'اللجنة: نسبة المشاركة النهائية في الانتخابات الرئاسية التونسية بلغت 45 %';
    assert.deepEqual(pairsOf([interim, bound, final]), ['45 ↔ لم تتجاوز 25']);
  });

  it('reads what each figure measures', () => {
    assert.equal(reading('ضبط 3 أطنان من الكوكايين في ميناء الإسكندرية', '3'), 'seized/unit:kg');
    assert.equal(reading('خفر السواحل يحبط تهريب 5 أطنان من القنب قبالة الحسيمة', '5'), 'seized/unit:kg');
    assert.equal(reading('الحكومة ترفع سعر لتر البنزين 95 إلى 19 جنيها في مصر', '19'), 'unit:EGP/price:بنزين 95');
    // the grade is no figure of anything
    assert.equal(reading('الحكومة ترفع سعر لتر البنزين 95 إلى 19 جنيها في مصر', '95'), 'none');
    assert.equal(reading('حزب الاستقلال يحصد 38 مقعدا في البرلمان المغربي', '38'), 'seats/party:حزب استقلال');
    // seats with no party named: no claim
    assert.equal(reading('توزيع 120 مقعدا على الدوائر الانتخابية في المغرب', '120'), 'none');
    assert.equal(reading('دخول 60 شاحنة إغاثة إلى شمال سوريا', '60'), 'entered/noun:شاحن');
    assert.equal(reading('درجة الحرارة الصغرى في مدينة إيفرن بلغت 2 درجة مئوية', '2'), 'temperature/low');
    // tents of the displaced (للنازحين) are damaged tents, not displaced people
    assert.equal(reading('العاصفة أدت إلى تضرر 900 خيمة للنازحين في مخيم الركبان', '900'), 'damaged/noun:خيم');
  });

  it('a converted figure is shown as written, its unit and all', () => {
    const a = analyse('ضبط 3 أطنان من الكوكايين في ميناء الإسكندرية');
    const c = a.claims[0]!;
    assert.equal(c.written, '3 أطنان');
    assert.equal(c.min, 3);
    assert.equal(c.scale, 1000);
  });
});
