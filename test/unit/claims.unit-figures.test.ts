// Issue 13, item 6: figures with a unit read as measures of their event, with
// invented sentences. A quake's magnitude by the degrees after it (not only
// after بقوة), an aftershock's kept apart; a distance «على بعد N كلم من أ» as
// the event's distance from that place, compared with the same place only;
// sums, shares and rainfall with what their clause says they measure
// (قيمة الخسائر، نسبة النجاح، كمية الأمطار), in one unit family, at one place;
// and what is no contradiction: a forecast, a change, a national figure
// against a town's, another year, a season's total, another currency.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { warnings } from './headline-pair.fixture.js';

/** The claim a figure makes, as measure/group@event, or 'none'. */
const reading = (text: string, figure: string): string => {
  const a = analyse(text);
  const c = a.claims.find((x) => text.slice(a.figures[x.figure]!.start, a.figures[x.figure]!.end) === figure);
  return c ? `${c.measure}/${c.group}@${c.event}` : 'none';
};

/** [what, article a, article b, the contradictions expected] */
const PAIRS: [string, string, string, string[]][] = [
  // magnitude
  ['a spaced decimal three words after قوة', 'هزة أرضية بقوة 5 . 6 درجات تضرب ولاية وهران', 'مرصد أجنبي يقدر قوة زلزال وهران بـ 4 . 9 درجات', ['4 . 9 ↔ 5 . 6']],
  ['the cue far before the figure', 'زلزال بقوة 4.9 درجات يضرب وهران', 'وقدرت هيئة الرصد قوة الزلزال الذي هز ولاية وهران فجر اليوم السبت بـ 5.6 درجات', ['4.9 ↔ 5.6']],
  ['the scale after the degrees, no cue', 'زلزال بلغ 5.6 درجات على مقياس ريختر يضرب وهران', 'زلزال بقوة 4.9 درجات يضرب وهران', ['4.9 ↔ 5.6']],
  ['Arabic-Indic and Western decimals agree', 'زلزال بلغ ٥٫٦ درجات على سلم ريختر في وهران', 'هزة بقوة 5.6 درجات تضرب وهران', []],
  ['an aftershock is not the main shock', 'هزة ارتدادية بقوة 4.2 درجات تضرب وهران', 'زلزال بقوة 5.6 درجات يضرب وهران', []],
  ['the strongest of the aftershocks (أقواها)', 'سجل المرصد 9 هزات ارتدادية بعد الهزة الرئيسية، أقواها بلغت 3 . 4 درجات', 'زلزال بقوة 5.6 درجات يضرب وهران', []],
  ['an older quake named with its year', 'زلزال بقوة 5.6 درجات يضرب وهران', 'وكان زلزال عام 1980 قد بلغت قوته 7.1 درجات', []],
  // distance from a place
  ['a distance from one place', 'انقلاب شاحنة على بعد نحو 15 كيلومترا من أزيلال', 'وقع الحادث على بعد 40 كلم من أزيلال', ['40 ↔ نحو 15']],
  ['a place the gazetteer lacks, after «من»', 'انحرفت الحافلة عن الطريق على بعد 15 كيلومترا من تاغزوت', 'وأوضح الدرك أن الحادث وقع على بعد 40 كلم من تاغزوت', ['15 ↔ 40']],
  ['km = كلم = كيلومتر: equal distances agree', 'انقلاب شاحنة على بعد 15 كيلومترا من أزيلال', 'انقلاب شاحنة على بعد 15 كم من أزيلال', []],
  ['distances from two places are not compared', 'انقلاب شاحنة على بعد 15 كيلومترا من أزيلال', 'وقع الحادث على بعد 40 كلم من بني ملال', []],
  ['where a village lies is no distance of the event', 'وتقع القرية على بعد 15 كيلومترا من أزيلال', 'وقع الحادث على بعد 40 كلم من أزيلال', []],
  ['another incident’s distance', 'انقلاب شاحنة على بعد 15 كيلومترا من أزيلال', 'وفي حادث منفصل انقلبت حافلة على بعد 40 كلم من أزيلال', []],
  // sums
  ['losses in dollars, the thing before «بقيمة»', 'السيول في ليبيا تخلف خسائر بقيمة 120 مليون دولار', 'قيمة الخسائر في سيول ليبيا بلغت 300 مليون دولار', ['120 مليون ↔ 300 مليون']],
  ['losses in pounds, with a possessive', 'وقدرت الشركة خسائرها في حريق المصنع في طنطا بـ 8 ملايين جنيه', 'بلغت خسائر حريق المصنع في طنطا 15 مليون جنيه', ['15 مليون ↔ 8 ملايين']],
  ['money seized', 'ضبط 2 مليون دولار مزورة في بغداد', 'الشرطة تضبط 5 ملايين دولار مزورة في بغداد', ['2 مليون ↔ 5 ملايين']],
  ['money allocated, by its verb', 'الحكومة ترصد 100 مليون دولار لإعادة إعمار درنة', 'الحكومة تخصص 150 مليون دولار لإعادة إعمار درنة', ['100 مليون ↔ 150 مليون']],
  ['money allocated against losses', 'الحكومة ترصد 100 مليون دولار لإعادة إعمار درنة', 'قيمة الخسائر في درنة 150 مليون دولار', []],
  ['another currency is not compared', 'بلغت خسائر حريق المصنع في طنطا 8 ملايين دولار', 'بلغت خسائر حريق المصنع في طنطا 15 مليون جنيه', []],
  ['losses and a budget are two things', 'قيمة الخسائر في سيول ليبيا بلغت 120 مليون دولار', 'ميزانية إعادة الإعمار في ليبيا 300 مليون دولار', []],
  ['another year', 'الخسائر قدرت بـ 20 مليون دولار في 2019', 'الخسائر قدرت بـ 50 مليون دولار في 2023', []],
  ['burnt land told by its noun against its verb', 'بلغت المساحة المحروقة 40 هكتارا في تيزي وزو', 'النيران تأتي على 120 هكتارا من الغابات في تيزي وزو', ['120 هكتارا ↔ 40 هكتارا']],
  ['a ransom', 'الخاطفون يطالبون بفدية قدرها 5 ملايين دولار في مالي', 'فدية بقيمة 2 مليون دولار للإفراج عن الرهائن في مالي', ['2 مليون ↔ 5 ملايين']],
  // shares
  ['% = بالمئة: a pass rate', 'نسبة النجاح في امتحان البكالوريا في الجزائر 55 بالمئة', 'الجزائر: نسبة النجاح في البكالوريا 62 %', ['55 ↔ 62']],
  ['a province’s turnout against the national one', 'نسبة المشاركة في ولاية وهران بلغت 60 بالمئة', 'نسبة المشاركة في الانتخابات التشريعية الجزائرية بلغت 23 %', []],
  ['two outlets on one province’s turnout', 'نسبة المشاركة في ولاية وهران بلغت 60 بالمئة', 'بلغت نسبة المشاركة 45 بالمئة في ولاية وهران', ['45 ↔ 60']],
  ['a change is no level', 'انخفضت نسبة البطالة في المغرب 2 بالمئة', 'انخفضت نسبة البطالة في المغرب 1 بالمئة', []],
  ['a forecast', 'يتوقع أن تبلغ نسبة التضخم في مصر 30 بالمئة', 'نسبة التضخم في مصر بلغت 25 بالمئة', []],
  ['the national figure against a town’s', 'نسبة البطالة بلغت 13 بالمئة على المستوى الوطني', 'نسبة البطالة في الدار البيضاء بلغت 18 بالمئة', []],
  ['the national figure against the country’s', 'نسبة البطالة بلغت 13 بالمئة على المستوى الوطني في المغرب', 'نسبة البطالة في المغرب بلغت 16 بالمئة', ['13 ↔ 16']],
  ['a range that holds the other figure', 'تراوحت نسبة البطالة في المغرب بين 12 و14 بالمئة', 'نسبة البطالة في المغرب 13 بالمئة', []],
  // readings of a place
  ['rainfall in millimetres, the thing before or after', 'سجلت محطة الرباط 45 ملم من الأمطار', 'بلغت كمية الأمطار في الرباط 80 ملم', ['45 ملم ↔ 80 ملم']],
  ['rainfall with no place named', 'بلغت كمية الأمطار 45 ملم', 'بلغت كمية الأمطار 80 ملم', []],
  ['rainfall of two places', 'بلغت كمية الأمطار 45 ملم في الرباط', 'بلغت كمية الأمطار 80 ملم في سلا', []],
  ['a season’s total against a day’s', 'بلغت كمية الأمطار في الرباط 45 ملم خلال 24 ساعة', 'بلغت كمية الأمطار في الرباط منذ بداية الموسم 380 ملم', []],
  ['degrees after الحرارة without مئوية', 'سجلت درجة الحرارة في الكويت 48 درجة', 'الكويت: درجة الحرارة تبلغ 51 درجة مئوية', ['48 ↔ 51']],
  ['a rise in temperature is no temperature', 'ارتفعت درجة الحرارة في الكويت 5 درجات', 'ارتفعت درجة الحرارة في الكويت 3 درجات', []],
];

describe('claims: figures with a unit as measures of their event (issue 13, open classes)', function () {
  this.timeout(60_000);

  for (const [what, a, b, expected] of PAIRS) {
    it(`${what}: ${expected.length ? expected.join('; ') : 'no warning'}`, () => {
      assert.deepEqual(warnings(a, b).sort(), [...expected].sort(), `«${a}» / «${b}»`);
    });
  }

  it('reads what each figure measures', () => {
    assert.equal(reading('زلزال بلغ 5.6 درجات على مقياس ريختر يضرب وهران', '5.6'), 'magnitude/*@');
    assert.equal(reading('هزة ارتدادية بقوة 4.2 درجات تضرب وهران', '4.2'), 'none');
    assert.equal(reading('وقع الحادث على بعد 40 كلم من أزيلال', '40'), 'distance/*@from|isnad:ma-azilal');
    assert.equal(reading('سجلت محطة الرباط 45 ملم من الأمطار', '45'), 'unit:m/rain@isnad:ma-rabat');
    assert.equal(reading('السيول في ليبيا تخلف خسائر بقيمة 120 مليون دولار', '120 مليون'), 'unit:USD/losses@iso3166:LY');
    // «بنسبة» after a change verb is the change: a share of nothing named, never compared
    assert.equal(reading('ارتفعت أسعار الوقود في مصر بنسبة 20 بالمئة', '20'), 'percentage/*@');
  });
});
