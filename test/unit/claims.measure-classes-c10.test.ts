// Figures that made no claim or got the wrong measure (session 11, c10): a
// price in a currency's subunit (فلس، قرش، سنت، هللة) is a price of the
// product its head names, compared with the same product only; a grade
// number before it (أوكتان 90 إلى 930) is no range. Cases of suffocation
// («1000 حالة اختناق») are the wounded, as cases of poisoning are, and so are
// people taken to hospital «بحالات اختناق». Words of a measure the lists
// lacked: «تشريد» displaces, «ما زالوا في عداد المفقودين» are missing,
// «أحكاما بالسجن بحق» sentences, «تعطل الدراسة في» closes schools. Wagons
// that left the rails («خرجت 11 عربة عن القضبان») are derailed, not evacuated.
// A past bound on decimals («لم تتجاوز 12.4%») states the value reached.
// Residents («ستة من سكانه», «10 من أهالي القرية») are everyone of the toll.
// «عمّان» written with its shadda is Amman, not Oman: a Jordanian crash
// datelined there is the one another outlet sets at الكرك. A budget's
// deficit (عجز، العجز في الموازنة) is a sum of its own, and «بإجمالي مصروفات»
// makes only its own clause a total. Bodies found are the dead, as bodies
// recovered are («العثور على جثث 9 آخرين», «عثرت الشرطة على 12 جثة»).
// Seats of a party named after them with «لـ» (مقابل 25 مقعدا للاتحاد
// الوطني) are that party's; «الاتحاد» heads a party's name. A price per
// unit with no head («الطماطم بـ250 دينارا للكيلوغرام») is that product's.
// A change «من 150 جنيها إلى 225 جنيها» gives the new price of the head before
// the old one, and a product sold under two names (بوتاجاز = غاز) is one.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { what, warnings } from './headline-pair.fixture.js';

describe('claims: measure and group classes (c10)', function () {
  this.timeout(60_000);

  it('a fuel price in fils is the price of that fuel, compared with another outlet’s', () => {
    assert.equal(what('ارتفاع سعر لتر الديزل في الكويت إلى 115 فلسا', '115'), 'unit:fils/price:ديزل');
    assert.deepEqual(warnings('ارتفاع سعر لتر الديزل في الكويت إلى 115 فلسا', 'الحكومة الكويتية ترفع سعر لتر الديزل إلى 125 فلسا'), ['115 ↔ 125']);
  });

  it('prices of two products in the same subunit stay apart', () => {
    assert.deepEqual(warnings('رفع سعر لتر البنزين في البحرين إلى 240 فلسا', 'رفع سعر لتر الكيروسين في البحرين إلى 160 فلسا'), []);
  });

  it('piastres, cents and halalas are money units of a price', () => {
    assert.equal(what('رفع سعر رغيف الخبز إلى 20 قرشا', '20'), 'unit:piastre/price:خبز');
    assert.equal(what('ارتفع سعر لتر الحليب إلى 90 سنتا', '90'), 'unit:cent/price:حليب');
    assert.equal(what('خفض سعر لتر الماء إلى 50 هللة', '50'), 'unit:halala/price:ماء');
  });

  it('a grade (أوكتان 90) before إلى and a price is the product’s name, bracketed or not', () => {
    assert.equal(what('قررت اللجنة رفع سعر لتر البنزين أوكتان 91 إلى 880 فلسا', '880'), 'unit:fils/price:بنزين');
    assert.equal(what('قررت اللجنة رفع سعر البنزين الممتاز (أوكتان 95) إلى 1050 فلسا للتر', '1050'), 'unit:fils/price:بنزين');
  });

  it('cases of suffocation are the wounded: «N حالة اختناق» and people taken to hospital «بحالات اختناق» are compared', () => {
    assert.equal(what('الدفاع المدني: 450 حالة اختناق جراء العاصفة الترابية في الكويت', '450'), 'wounded/*');
    assert.deepEqual(
      warnings('نقل 380 شخصا إلى المستشفيات بحالات اختناق جراء عاصفة ترابية في الكويت', 'الصحة الكويتية: 450 حالة اختناق جراء العاصفة الترابية في الكويت'),
      ['380 ↔ 450'],
    );
  });

  it('people taken to hospital with no condition named, or killed before the wounded, keep their own reading', () => {
    assert.equal(what('نقل 380 شخصا إلى المستشفيات جراء عاصفة ترابية في الكويت', '380'), 'count/*');
    assert.equal(what('قتل 5 أشخاص وأصيب 20 آخرون بحالات اختناق في حريق بالكويت', '5'), 'killed/*');
  });

  it('measure words the lists lacked: تشريد, ما زالوا في عداد المفقودين, أحكاما بالسجن بحق, تعطل الدراسة في, احتجزت', () => {
    assert.equal(what('الفيضانات تسببت في مقتل 30 شخصا وتشريد أكثر من 90 ألف شخص في تشاد', 'أكثر من 90 ألف'), 'displaced/*');
    assert.equal(what('أفاد الناجون بأن نحو 40 شخصا ما زالوا في عداد المفقودين', 'نحو 40'), 'missing/*');
    assert.equal(what('أصدرت المحكمة أحكاما بالسجن بحق 12 متهما في قضية تهريب', '12'), 'sentenced/suspects');
    assert.equal(what('الأمطار الغزيرة تعطل الدراسة في 300 مدرسة بالرياض', '300'), 'closed/schools');
    assert.equal(what('قالت الوزارة إن قوات الأمن احتجزت 640 شخصا خلال الاحتجاجات', '640'), 'arrested/*');
    assert.deepEqual(warnings('الأمطار الغزيرة تعطل الدراسة في 300 مدرسة بالرياض', 'تعليق الدراسة في 260 مدرسة بالرياض بسبب الأمطار'), ['260 ↔ 300']);
  });

  it('wagons that left the rails are derailed, the verb before or after them, and two outlets’ counts disagree', () => {
    assert.equal(what('خرجت 7 عربات من قطار الشحن عن القضبان قرب المحطة', '7'), 'derailed/wagons');
    assert.equal(what('قال إن 7 عربات خرجت عن السكة في الحادث', '7'), 'derailed/wagons');
    assert.deepEqual(
      warnings('مقتل 5 ركاب وخروج 9 عربات عن القضبان في حادث قطار بمصر', 'مصر: مقتل 5 ركاب بعد أن خرجت 12 عربة من القطار عن القضبان'),
      ['12 ↔ 9'],
    );
  });

  it('people leaving a place stay evacuated, and wagons are never compared with them', () => {
    assert.equal(what('خروج 300 شخص من المدينة بعد الفيضان', '300'), 'evacuated/*');
    assert.deepEqual(warnings('خروج 9 عربات عن القضبان في حادث قطار بأسوان', 'إجلاء 12 راكبا من قطار بأسوان'), []);
  });

  it('«لم تتجاوز 12.4%» states the turnout reached: another outlet’s 11.6 disagrees; a present bound or a whole number stays a bound', () => {
    const iv = (text: string) => analyse(text).figures.map((f) => [f.min, f.max]);
    assert.deepEqual(iv('المشاركة في الانتخابات البلدية لم تتجاوز 9.7%'), [[9.7, 9.7]]);
    assert.deepEqual(iv('نسبة الخطأ لا تتجاوز 2.5%'), [[0, 2.5]]);
    assert.deepEqual(iv('عدد المشاركين لم يتجاوز 200 شخص'), [[0, 200]]);
    assert.deepEqual(
      warnings('نسبة المشاركة في الانتخابات البلدية بالجزائر تبلغ 8.9 بالمئة', 'هيئة الانتخابات: المشاركة في الاقتراع البلدي بالجزائر لم تتجاوز 9.7%'),
      ['8.9 ↔ لم تتجاوز 9.7%'],
    );
  });

  it('residents of the building or the village are everyone the toll counts, a part after them still a part', () => {
    assert.equal(what('انهيار مبنى في الإسكندرية يسفر عن مصرع خمسة من سكانه بينهم طفلان', 'خمسة'), 'killed/*');
    assert.equal(what('غرق 10 من أهالي القرية في الفيضان', '10'), 'killed/*');
    assert.deepEqual(
      warnings('الإسكندرية - أسفر انهيار مبنى سكني عن مصرع خمسة من سكانه بينهم طفلان.', 'الإسكندرية - لقي 7 أشخاص مصرعهم في انهيار مبنى سكني، بحسب مصدر أمني.'),
      ['7 ↔ خمسة'],
    );
  });

  it('«عمّان» with a shadda is Amman in Jordan, bare «عمان» still Oman; a crash datelined in Amman is compared with Karak’s', () => {
    const place = (text: string) => analyse(text).places.map((p) => p.id);
    assert.deepEqual(place('عمّان - أعلنت مديرية الأمن العام'), ['geonames:250441']);
    assert.deepEqual(place('وصل الوزير إلى مسقط عاصمة سلطنة عمان'), ['geonames:287286', 'iso3166:OM']);
    assert.deepEqual(
      warnings('عمّان - أعلنت مديرية الأمن العام أن 4 أشخاص توفوا وأصيب 15 آخرون في تصادم على الطريق الصحراوي.', 'الكرك (الأردن) - توفي 4 أشخاص وأصيب 22 آخرون بتصادم على الطريق الصحراوي، وفق مصدر طبي.'),
      ['15 ↔ 22'],
    );
  });

  it('a deficit is its own sum, «العجز في الموازنة» the deficit, and a total of spending leaves the deficit after it alone', () => {
    assert.equal(what('بلغ العجز في الموازنة العامة 3 مليارات دولار', '3 مليارات'), 'unit:USD/deficit');
    assert.equal(what('بلغت الموازنة العامة 30 مليار دولار', '30 مليار'), 'unit:USD/budget');
    assert.deepEqual(
      warnings(
        'الرباط - أقرت الحكومة مشروع الموازنة العامة بإجمالي نفقات يبلغ 40 مليار دولار، مع عجز متوقع قدره 4.2 مليار دولار.',
        'الرباط - تتضمن الموازنة التي أقرتها الحكومة نفقات بقيمة 40 مليار دولار وعجزا تقديريا يبلغ 3.8 مليار دولار.',
      ),
      ['3.8 مليار ↔ 4.2 مليار'],
    );
  });

  it('bodies found are the dead, the verb split from «على» by its subject or not, and another outlet’s toll disagrees', () => {
    assert.equal(what('عثرت الشرطة على 12 جثة في الغابة', '12'), 'killed/*');
    // «3 جثث جديدة»: some more of a toll told elsewhere, never a toll against it
    assert.equal(what('ارتفع عدد الجثث المنتشلة إلى 9 بعد العثور على 3 جثث جديدة صباحا', '3'), 'found/noun:جثث');
    assert.deepEqual(
      warnings('لامبيدوزا - أعلن خفر السواحل إنقاذ 30 مهاجرا والعثور على جثث 7 آخرين بعد غرق قاربهم قبالة الجزيرة.', 'لامبيدوزا - قالت منظمة إغاثة إن 30 مهاجرا نجوا وتوفي 10 عندما غرق قاربهم قبالة الجزيرة.'),
      ['10 ↔ 7'],
    );
  });

  it('seats of a party named after them with «لـ», or after «يليه», are that party’s, compared with another outlet’s', () => {
    assert.equal(what('فاز الحزب الليبرالي بـ60 مقعدا، مقابل 32 مقعدا للاتحاد المدني', '32'), 'seats/party:اتحاد مدني');
    assert.deepEqual(
      warnings('حصل الحزب الليبرالي على 60 مقعدا، يليه الاتحاد المدني بـ32 مقعدا.', 'فاز الحزب الليبرالي بـ60 مقعدا، مقابل 28 مقعدا للاتحاد المدني.'),
      ['28 ↔ 32'],
    );
    // a party's seats are never another's
    assert.deepEqual(warnings('فاز الحزب الليبرالي بـ60 مقعدا، مقابل 32 مقعدا للاتحاد المدني.', 'حصلت حركة التجديد على 28 مقعدا.'), []);
  });

  it('a price per unit with no price head (الطماطم بـ250 دينارا للكيلوغرام) is that product’s price', () => {
    assert.equal(what('أسواق وهران: البطاطا بـ80 دينارا للكيلوغرام', '80'), 'unit:IQD/price:بطاطا');
    assert.deepEqual(warnings('أسواق وهران: البطاطا بـ80 دينارا للكيلوغرام', 'سعر البطاطا يرتفع إلى 95 دينارا للكيلوغرام في أسواق وهران'), ['80 ↔ 95']);
    // no unit it is sold by after it: a gift, not a price
    assert.notEqual(what('تبرع المحسن بـ500 دينار للمستشفى', '500').split('/')[1], 'price:محسن');
  });

  it('«زيادة سعر X من 150 جنيها إلى 225 جنيها» is the new price of X, the old one no claim; بوتاجاز and غاز are one product', () => {
    const text = 'قررت اللجنة زيادة سعر أسطوانة البوتاجاز من 150 جنيها إلى 225 جنيها';
    assert.equal(what(text, '225'), 'unit:EGP/price:غاز');
    assert.equal(what(text, '150'), 'none');
    assert.deepEqual(warnings('رفعت الحكومة سعر أسطوانة غاز الطهي إلى 200 جنيه', text), ['200 ↔ 225']);
  });
});
