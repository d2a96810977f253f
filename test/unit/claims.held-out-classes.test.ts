// Issue 13, the classes the held-out headline batch p (test/stories/headlines,
// p01–p40) missed or misread, with invented sentences of their own: poisoning
// as a toll of the affected, fleeing and refugees as the displaced, a measure
// after the counted noun (تجبر 900 عائلة على النزوح), a fate before a
// participle (مقتل 6 لاجئين), a city bearing its province's name, the country
// of a placeless article's police, homes without power, stated charges.
import assert from 'node:assert/strict';
import { claimAt, warnings } from './headline-pair.fixture.js';

describe('claims: classes of the held-out headlines (issue 13, batch p)', function () {
  this.timeout(60_000);

  it('poisoning (تسمم) counts the affected as wounded, before the figure or as its noun', () => {
    assert.equal(claimAt('تسمم 25 عاملا في مصنع بطنطا', '25')?.measure, 'wounded');
    assert.equal(claimAt('تسجيل 60 حالة تسمم في حفل زفاف بطنطا', '60')?.measure, 'wounded');
    assert.deepEqual(warnings('تسمم 25 عاملا في مصنع بطنطا', 'إصابة 31 عاملا بتسمم في مصنع بطنطا'), ['25 ↔ 31']);
  });

  it('fleeing and refugees are the displaced; a fate before a participle is what happened to them', () => {
    const fled = claimAt('فرار 70 ألف شخص من القتال في إثيوبيا', '70 ألف');
    const refugees = claimAt('45 ألف لاجئ فروا من القتال في إثيوبيا', '45 ألف');
    assert.deepEqual([fled?.measure, fled?.group, refugees?.measure, refugees?.group], ['displaced', '*', 'displaced', '*']);
    // مقتل 6 لاجئين: six refugees killed, not six displaced; the noun is their group
    const killed = claimAt('مقتل 6 لاجئين في قصف على مخيم بدارفور', '6');
    assert.deepEqual([killed?.measure, killed?.group], ['killed', 'noun:لاجئ']);
    assert.deepEqual([claimAt('فقدان 4 نازحين في غرق قارب بالنيل', '4')?.measure], ['missing']);
    // a release of detainees stays a count of detainees (no toll's fate)
    assert.equal(claimAt('إخراج 300 معتقلة من النساء في حماة', '300')?.measure, 'arrested');
  });

  it('a measure after the counted noun (تجبر 900 عائلة على النزوح) is read, and families are one set', () => {
    const c = claimAt('القصف يجبر 900 عائلة على النزوح من حماة', '900');
    assert.deepEqual([c?.measure, c?.group], ['displaced', 'families']);
    assert.deepEqual(warnings('القصف يجبر 900 عائلة على النزوح من حماة', 'نزوح 1500 أسرة من حماة'), ['1500 ↔ 900']);
  });

  it('a city bearing its province\'s name and «ولاية X» are one place; another town of the province is not', () => {
    assert.deepEqual(warnings('مقتل 6 أشخاص في حادث سير بولاية باتنة', 'حادث سير في باتنة يقتل 9 أشخاص'), ['6 ↔ 9']);
    const city = claimAt('حادث سير في باتنة يقتل 9 أشخاص', '9');
    const town = claimAt('حادث سير في بريكة يقتل 9 أشخاص', '9');
    assert.ok(city && town && city.event !== town.event, JSON.stringify([city?.event, town?.event]));
  });

  it('an article that names no place is set in the country of its police or authorities', () => {
    assert.equal(claimAt('الشرطة المغربية توقف 8 مشتبها بهم في قضية احتيال', '8')?.event, 'iso3166:MA');
    assert.deepEqual(warnings('الشرطة المغربية توقف 8 مشتبها بهم في قضية احتيال', 'المغرب: اعتقال 14 مشتبها في قضية احتيال'), ['14 ↔ 8']);
    // a place named in the article is its place; an army may act abroad (no authority of the list)
    assert.equal(claimAt('الشرطة المغربية توقف 8 مشتبها بهم في مدريد', '8')?.place, 'مدريد');
    assert.equal(claimAt('الجيش التركي يقتل 15 مسلحا', '15')?.event, '');
  });

  it('homes without power are a count of their own, compared with each other only', () => {
    const c = claimAt('الرياح تقطع الكهرباء عن 35 ألف منزل في تونس', '35 ألف');
    assert.deepEqual([c?.measure, c?.group], ['without-power', 'homes']);
    assert.deepEqual(warnings('الرياح تقطع الكهرباء عن 35 ألف منزل في تونس', 'انقطاع الكهرباء عن 12 ألف منزل في تونس'), ['12 ألف ↔ 35 ألف']);
  });

  it('arrests on two stated charges are two incidents; on one charge they are compared', () => {
    assert.deepEqual(warnings('توقيف 6 أشخاص بتهمة السرقة في قسنطينة', 'توقيف 13 شخصا بتهمة الاحتيال في قسنطينة'), []);
    assert.deepEqual(warnings('توقيف 6 أشخاص في مشاجرة بقسنطينة', 'توقيف 13 شخصا بتهمة تهريب السلاح في قسنطينة'), []);
    assert.deepEqual(warnings('توقيف 6 أشخاص بتهمة السرقة في قسنطينة', 'توقيف 13 شخصا بتهمة السرقة بقسنطينة'), ['13 ↔ 6']);
  });
});
