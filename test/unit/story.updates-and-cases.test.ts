// Story-level recall and updates (issue 13, points 2 and 4), on invented
// articles: one body named two ways is one source family (its later figure is
// its revision), an article's own figure revised later there is superseded, a disease's suspected cases by the root's forms, a lab's
// confirmed count that names no disease counts its article's disease, a figure
// joined by و keeps its own noun's measure, the hospital the wounded are taken
// to or a boat was heading for is not where the event happened, people on
// board are a count of their own, and «أنقذ منهم» tells of the next figure.
import assert from 'node:assert/strict';
import { sameSourceFamily } from '../../server/src/core/attributions/family.js';
import { claimAt, pairsOf, what } from './headline-pair.fixture.js';

describe('story: source families, disease cases and the places of the wounded (issue 13)', function () {
  this.timeout(60_000);

  it('one body named two ways is one family; another head, field or place is another', () => {
    assert.equal(sameSourceFamily('آخر حصيلة لمديرية صحة سوهاج', 'مديرية صحة سوهاج'), true);
    assert.equal(sameSourceFamily('مديرية الصحة في محافظة إب', 'مدير الصحة في المحافظة الدكتور سامي الأهدل'), true);
    assert.equal(sameSourceFamily('وزارة الداخلية الليبية', 'وزير الداخلية'), true);
    assert.equal(sameSourceFamily('وزارة الصحة', 'وزارة الداخلية'), false);
    assert.equal(sameSourceFamily('مديرية الصحة في محافظة إب', 'وزارة الصحة اليمنية'), false);
    assert.equal(sameSourceFamily('منظمة الصحة العالمية', 'وزارة الصحة'), false);
    assert.equal(sameSourceFamily('مديرية الصحة في محافظة إب', 'مديرية الصحة في محافظة تعز'), false);
    assert.equal(sameSourceFamily('مصدر أمني', 'مصدر طبي'), false);
  });

  it("a body's own higher revised toll, named another way, is an update; another body's stays a contradiction", () => {
    const first = 'قالت مديرية الصحة في محافظة إب إن عدد قتلى السيول ارتفع إلى 14.';
    const director = 'قال مدير الصحة في محافظة إب الدكتور سامي الأهدل إن عدد قتلى السيول ارتفع إلى 19.';
    const who = 'قالت منظمة الصحة العالمية إن عدد قتلى السيول في محافظة إب ارتفع إلى 19.';
    assert.deepEqual(pairsOf([first, director]), []);
    assert.deepEqual(pairsOf([first, director], 'update'), ['14 ↔ 19']);
    assert.deepEqual(pairsOf([first, who]), ['14 ↔ 19']);
  });

  it("an article's own earlier figure, revised later there by the same body, is superseded: only the revision is compared", () => {
    const own = 'قالت مديرية الصحة إن الحريق أسفر عن إصابة 17 شخصا. وبعد الظهر قالت المديرية إن عدد الجرحى ارتفع إلى 23.';
    const other = 'قال الدفاع المدني إن 30 شخصا أصيبوا في الحريق.';
    assert.deepEqual(pairsOf([own, other]), ['23 ↔ 30']);
    assert.deepEqual(pairsOf([own, other], 'update'), ['17 ↔ 30']);
    // revised by another body: the first stays that body's own count
    const two = 'قالت مديرية الصحة إن الحريق أسفر عن إصابة 17 شخصا. وقال الدفاع المدني إن عدد الجرحى ارتفع إلى 23.';
    assert.deepEqual(pairsOf([two, other]), ['17 ↔ 30']);
  });

  it('suspected cases by the forms of the root (مشتبهة), never compared with confirmed ones', () => {
    assert.equal(what('ولاية كسلا: 280 إصابة مشتبهة بالحصبة', '280'), 'suspected-cases/disease:measles');
    assert.deepEqual(pairsOf(['ولاية كسلا: 280 إصابة مشتبهة بالحصبة', 'وزارة الصحة: 31 إصابة مؤكدة بالحصبة في كسلا']), []);
  });

  it("a confirmed count that names no disease counts its article's one disease, else none", () => {
    const lab = 'أعلنت وزارة الصحة تسجيل 600 حالة مشتبه بها بالملاريا في ولاية النيل الأبيض. وأكد المختبر المركزي إصابة 44 حالة من العينات.';
    assert.equal(what(lab, '44'), 'cases/disease:malaria');
    assert.deepEqual(pairsOf([lab, 'الصحة: 19 إصابة مؤكدة بالملاريا في النيل الأبيض']), ['19 ↔ 44']);
    // no disease in the article, or two: no claim
    assert.equal(what('أكد المستشفى إصابة 44 حالة من العينات.', '44'), 'none');
    assert.equal(what('سجلت 600 حالة مشتبه بها بالملاريا و200 حالة اشتباه بالحصبة. وأكد المختبر إصابة 44 حالة من العينات.', '44'), 'none');
  });

  it('a figure joined by و with its own noun keeps that measure: the case noun before it is the previous figure\'s', () => {
    assert.equal(what('الصحة في مأرب: 150 إصابة مشتبهة بالكوليرا و6 وفيات', '6'), 'killed/*');
  });

  it('the hospital the wounded are taken to is no place of the event; a blast at a hospital is', () => {
    assert.equal(claimAt('قالت الشرطة إن عدد الجرحى ارتفع إلى 31 بعد وصول مصابين إلى مستشفى صفاقس.', '31')?.event, '');
    assert.notEqual(claimAt('قتل 4 أشخاص في انفجار بمستشفى صفاقس.', '4')?.event, '');
  });

  it('people on board a boat are counted as such, wherever it was heading; two sources that disagree are a pair', () => {
    const army = 'أعلن خفر السواحل أن القارب أبحر فجر الجمعة باتجاه جزيرة لامبيدوزا وعلى متنه 70 شخصا.';
    const survivor = 'روى أحد الناجين أنه كان على متن القارب أكثر من 110 أشخاص.';
    assert.equal(what(army, '70'), 'aboard/*');
    // the island it was heading for is not where it sank
    assert.equal(claimAt(army, '70')?.event, '');
    assert.deepEqual(pairsOf([army, survivor]), ['70 ↔ أكثر من 110']);
    // a fate said near the figure is what it counts; a quantity aboard is no count of people
    assert.equal(what('أنقذت البحرية 52 شخصا كانوا على متن قارب قبالة صبراتة', '52'), 'rescued/*');
    assert.notEqual(what('ضبطت الدورية على متنه 300 لتر من الوقود', '300').split('/')[0], 'aboard');
  });

  it('the doers\' broken plural (حراس) names people: a toll of them is a claim', () => {
    assert.equal(what('قتل 4 حراس في هجوم على السجن المركزي', '4'), 'killed/noun:حراس');
    assert.deepEqual(pairsOf(['مصدر أمني: قتل 4 حراس في هجوم على السجن المركزي', 'مصدر طبي: جثث 6 حراس قتلوا في هجوم على السجن المركزي']), ['4 ↔ 6']);
  });

  it('what did not happen (لم تفتح) is a count of its own, and «معظمها في أ» places only part of it', () => {
    const board = 'قالت الهيئة العليا للانتخابات إن 14 مركزا للاقتراع لم تفتح أبوابها في ولاية قفصة.';
    const observers = 'قالت شبكة المراقبين إن أكثر من 40 مركز اقتراع لم تفتح أبوابها , معظمها في ولاية قفصة.';
    assert.equal(what(observers, 'أكثر من 40'), 'tally:not:فتح/noun:مركز');
    assert.equal(claimAt(observers, 'أكثر من 40')?.event, '');
    assert.deepEqual(pairsOf([board, observers]), ['14 ↔ أكثر من 40']);
    // the centres that opened are not those that did not
    assert.deepEqual(pairsOf([board, 'قالت الشبكة إن 900 مركز اقتراع فتحت أبوابها في ولاية قفصة.']), []);
  });

  it('«أربع شاحنات منها» is some of a whole told elsewhere; «منهم 5 أطفال» still makes the figure before it the whole', () => {
    const fell = 'قال مدير البلدية إن تسع شاحنات سقطت في النهر.';
    assert.deepEqual(pairsOf([fell, 'أفاد الدفاع المدني بأن الغواصين انتشلوا أربع شاحنات منها حتى المساء.']), []);
    assert.deepEqual(pairsOf([fell, 'أفاد الدفاع المدني بأن 6 شاحنات سقطت في النهر.']), ['6 ↔ تسع']);
    assert.equal(claimAt('قتل 12 شخصا منهم 5 أطفال', '12')?.role, 'total');
  });

  it('«أصيب منهم 12» after a count of passengers tells of the 12, not of all the passengers', () => {
    const text = 'كانت الحافلة تقل 38 راكبا أصيب منهم 12 بجروح';
    assert.equal(what(text, '38'), 'tally/noun:راكب');
    // (the passengers are the bus's people: its wounded are everyone wounded, claims/whole-group.ts)
    assert.equal(what(text, '12'), 'wounded/*');
  });
});
