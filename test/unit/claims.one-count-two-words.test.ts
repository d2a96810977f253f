// One count told with two words, and figures of a whole country told from two
// cities (batch c2): a collapse of homes is their destruction, fleeing inmates
// escape, bodies recovered are the dead, a share of those who took part is the
// turnout; a national turnout or a count spread over several regions takes no
// area from the city of an article's date line. Invented sentences.
import assert from 'node:assert/strict';
import { pairsOf, what } from './headline-pair.fixture.js';

describe('claims: one count told with two words (batch c2)', () => {
  const table: [string, string, string][] = [
    // [sentence, figure, measure/group]
    ['انهيار 1300 منزل جراء السيول في ولاية كسلا', '1300', 'destroyed/homes'],
    ['تمكن 12 سجينا من الفرار من سجن المدينة المركزي', '12', 'escaped/noun:سجين'],
    ['قالت الشرطة إن سبعة نزلاء فروا من السجن فجر الأحد', 'سبعة', 'escaped/noun:سجين'],
    ['فرار 400 شخص بسبب القتال', '400', 'displaced/*'],
    ['انتشلت فرق الدفاع المدني 9 ناجين و14 جثة من تحت الأنقاض', '14', 'killed/*'],
    ['انتشال جثث خمسة صيادين بعد انقلاب مركبهم', 'خمسة', 'killed/*'],
    ['قالت الشرطة إن 31 جثة انتشلت من النهر', '31', 'killed/*'],
    ['قال الهلال الأحمر إن جثث 40 مهاجرا انتشلت من البحر', '40', 'killed/*'],
    ['العاصفة تجبر 300 ألف شخص على الإجلاء', '300 ألف', 'evacuated/*'],
    ['إجلاء نحو مليون من السكان في المناطق الساحلية للبلاد قبيل وصول الإعصار', 'نحو مليون', 'evacuated/*'],
    ['قالت النقابة إن 62 بالمئة من الأطباء شاركوا في الإضراب', '62', 'turnout/*'],
    ['إقبال الناخبين على مراكز الاقتراع يصل إلى 44 بالمئة', '44', 'turnout/*'],
    ['قضت المحكمة بسجن 23 متهما في قضية الفساد', '23', 'sentenced/suspects'],
    ['أصدرت المحكمة أحكاما بالسجن على 19 متهما وبرأت 6 آخرين', '19', 'sentenced/suspects'],
    // strikers take part; workers at the site their sentence names are the scene's people, everyone (claims/whole-group.ts)
    ['نحو ثلاثة آلاف عامل يضربون عن العمل في مصانع النسيج', 'نحو ثلاثة آلاف', 'participants/*'],
    ['الجراد أتلف 30 ألف هكتار من المحاصيل', '30 ألف', 'destroyed/unit:m2'],
    ['الجفاف يهلك 1500 رأس ماشية في الإقليم', '1500', 'killed/livestock'],
    ['الجفاف يهلك 2000 رأس ماشية في الإقليم', '2000', 'killed/livestock'],
    ['وأضاف أن عدد العاطلين عن العمل ناهز 480 ألفا', '480 ألفا', 'tally/noun:عاطل'],
    ['وبلغ عدد الناخبين المسجلين 3.4 مليون', '3.4 مليون', 'tally/noun:ناخب'],
    ['وقال إن عدد القتلى قارب 40', '40', 'killed/*'],
    ['نزوح مليون ونصف شخص من مدن الساحل', 'مليون ونصف', 'displaced/*'],
    ['نزح مليونان ونصف المليون شخص بسبب الحرب', 'مليونان ونصف المليون', 'displaced/*'],
    ['قالت الوزارة إن سعر الكيلوغرام الواحد من لحم العجل سيحدد بـ900 دينار', '900', 'unit:IQD/price:لحم'],
    ['قال مسؤول إن لحم العجل المستورد سيباع بسعر 950 دينارا للكيلوغرام', '950', 'unit:IQD/price:لحم'],
    ['ارتفاع أسعار السكر في الهند إلى 48 روبية للكيلو', '48', 'unit:INR/price:سكر'],
  ];
  for (const [text, figure, expected] of table) {
    it(`${figure} in «${text}» is ${expected}`, () => assert.equal(what(text, figure), expected));
  }

  it('a count of places before «و» + a death noun is no toll, nor the group of the next one', () => {
    assert.equal(what('أعلنت السلطات التأهب في 4 أقاليم ووفاة 3 أشخاص.', '4'), 'tally/noun:اقاليم');
    assert.equal(what('مع إعلان الإنذار في أربعة أقاليم وتسجيل ثلاث وفيات بضربات الشمس.', 'ثلاث'), 'killed/*');
  });

  it('bodies found are the dead (c10); people found alive stay found, never compared', () => {
    assert.equal(what('العثور على 12 جثة في منطقة صحراوية', '12'), 'killed/*');
    assert.equal(what('العثور على 3 أطفال تائهين في منطقة صحراوية', '3'), 'found/children');
  });

  const pairs: [string, string, string[]][] = [
    ['انهيار 1300 منزل جراء السيول في ولاية كسلا', 'السيول تدمر 2100 منزل بولاية كسلا', ['1300 ↔ 2100']],
    ['تمكن 12 سجينا من الفرار من سجن المدينة المركزي فجر السبت', 'إدارة السجون: 20 نزيلا فروا من السجن المركزي فجر السبت', ['12 ↔ 20']],
    ['انتشلت فرق الإنقاذ 9 ناجين و14 جثة من تحت أنقاض المبنى المنهار في المدينة', 'مقتل 20 شخصا في انهيار مبنى بالمدينة', ['14 ↔ 20']],
    ['قالت النقابة إن 62 بالمئة من الأطباء شاركوا في الإضراب', 'الوزارة: نسبة المشاركة في إضراب الأطباء بلغت 30 بالمئة', ['30 ↔ 62']],
    // the national turnout: the date lines' cities are not its places
    ['الرباط – أعلنت الهيئة أن نسبة المشاركة في الانتخابات بلغت 52 بالمئة.', 'فاس – قالت الهيئة إن نسبة الإقبال على الاقتراع بلغت 47 بالمئة.', ['47 ↔ 52']],
    // several regions: the country's count, not the date line city's
    ['الخرطوم – قال الدفاع المدني إن الأمطار أدت إلى انهيار 9 آلاف منزل في ولايات عدة.', 'بورتسودان – قال الدفاع المدني إن 12 ألف منزل انهارت في عدد من الولايات.', ['12 ألف ↔ 9 آلاف']],
  ];
  for (const [a, b, expected] of pairs) {
    it(`«${a}» against «${b}»: ${expected.join(', ') || 'silent'}`, () => assert.deepEqual(pairsOf([a, b]), expected));
  }

  it('two date lines of one country: the escapes counted in one prison are compared', () => {
    assert.deepEqual(pairsOf(['الحسكة (سوريا)، 3 آذار – قالت إدارة السجن إن 8 سجناء تمكنوا من الفرار فجر الأحد، وقتل حارس.', 'دمشق – أعلن مسؤول أمني أن 15 نزيلا فروا من السجن فجر الأحد.']), ['15 ↔ 8']);
  });
  it('a month\'s inflation is not the year\'s', () => {
    assert.deepEqual(pairsOf(['أعلن المعهد أن التضخم السنوي تراجع إلى 48.5 بالمئة، فيما بلغ التضخم الشهري 3.1 بالمئة.', 'قال المعهد إن التضخم السنوي انخفض إلى 48.5 بالمئة.']), []);
  });

  it('the sentenced and the acquitted of one verdict are two counts', () => {
    assert.deepEqual(pairsOf(['قضت المحكمة بسجن 23 متهما وتبرئة 9 آخرين', 'المحكمة تقضي بسجن 30 متهما في قضية الفساد']), ['23 ↔ 30']);
  });

  it('two parts of one whole named alike are compared', () => {
    assert.deepEqual(pairsOf(['سجلت الوزارة 410 إصابات مؤكدة بالكوليرا في المحافظة منذ بداية الشهر، بينها 12 وفاة.', 'قال الوزير إن المحافظة سجلت منذ بداية الشهر 410 إصابات مؤكدة بالكوليرا، من بينها 21 حالة وفاة.']), ['12 ↔ 21']);
  });
  it('a part below another article\'s count of the same group is still no disagreement', () => {
    assert.deepEqual(pairsOf(['قتل 30 شخصا في القصف على السوق، بينهم 9 أطفال.', 'قال المسعفون إن 12 طفلا قتلوا في القصف على السوق.']), []);
  });

  it('a million and a half is 1.5 million', () => {
    assert.deepEqual(pairsOf(['الأمم المتحدة: نزوح مليون ونصف شخص بسبب القتال في الإقليم', 'نزوح 1.5 مليون شخص بسبب القتال في الإقليم']), []);
    assert.deepEqual(pairsOf(['الأمم المتحدة: نزوح مليون ونصف شخص بسبب القتال في الإقليم', 'القتال في الإقليم يشرد مليوني شخص']), ['مليون ونصف ↔ مليوني']);
  });

  it('a temperature beside counts of other things in its sentence is still the city\'s reading', () => {
    assert.deepEqual(pairsOf(['سجلت محطة الرصد في مدينة إشبيلية 45.1 درجة مئوية الأحد، فيما أعلنت السلطات الإنذار في 3 أقاليم.', 'قالت الوكالة إن الحرارة بلغت 43.6 درجة في إشبيلية، مع تسجيل وفاتين بضربات الشمس في 5 بلدات.']), ['43.6 ↔ 45.1']);
  });
  it('two readings of one sentence are still none', () => {
    assert.deepEqual(pairsOf(['سجلت مدينة إشبيلية 45.1 درجة مئوية الأحد و39 درجة مئوية الاثنين.', 'الحرارة في إشبيلية بلغت 43.6 درجة.']), []);
  });

  it('a quantity traded or produced is compared with the same trade of the same thing only', () => {
    assert.equal(what('استوردت البلاد 600 ألف طن من القمح خلال الربع الأول', '600 ألف'), 'unit:kg/import:قمح');
    assert.equal(what('بلغ إنتاج البلاد من النفط 1.1 مليون برميل يوميا', '1.1 مليون'), 'unit:barrel/production:نفط@day');
    assert.deepEqual(pairsOf(['استوردت البلاد 600 ألف طن من القمح خلال الربع الأول', 'واردات القمح بلغت 850 ألف طن في الربع الأول']), ['600 ألف طن ↔ 850 ألف طن']);
    assert.deepEqual(pairsOf(['استوردت البلاد 600 ألف طن من القمح خلال الربع الأول', 'إنتاج القمح المحلي بلغ 850 ألف طن في الربع الأول']), []);
    assert.deepEqual(pairsOf(['توزيع 900 طن من القمح على النازحين', 'توزيع 1400 طن من الحبوب على النازحين']), []);
    assert.deepEqual(pairsOf(['وصول سفينة تحمل 25 ألف طن من القمح إلى الميناء', 'وصول سفينة تحمل 40 ألف طن من القمح إلى الميناء']), []);
  });

  // traps: the escapees are no part of the displaced; hundreds in a camp with figures says no more
  it('escaped inmates are not compared with people displaced by the fighting', () => {
    assert.deepEqual(pairsOf(['فرار 2000 سجين من سجن المدينة خلال الاشتباكات', 'نزوح 1500 شخص من المدينة بسبب الاشتباكات']), []);
  });
  it('a vague word that agrees with a figure of its camp is no side of its own', () => {
    assert.deepEqual(pairsOf(['انهيار مئات المنازل في سيول المدينة', 'الدفاع المدني: انهيار نحو 650 منزلا في المدينة', 'غرفة الطوارئ: انهيار نحو 1400 منزل في المدينة']), ['نحو 1400 ↔ نحو 650']);
  });
});
