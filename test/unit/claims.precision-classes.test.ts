// Issue 13, trap classes that headlines written by others showed, with invented
// sentences of their own: a district a trigger names inside a known province
// (its own event, a part of the province's count), magnitudes told at
// unrelated places, a season named with its year, a nationality on the
// counted noun, and a building's collapse as an incident of its own kind.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { claimAt, warnings } from './headline-pair.fixture.js';

describe('claims: pairs that are not comparable (issue 13)', function () {
  this.timeout(60_000);

  it('a district named by its trigger inside a known province is its own place, a part of the province', () => {
    // مديرية، محلية: triggers of an unknown name; the district is the event, not the province that locates it
    const a = analyse('مديرية القحيفة في محافظة البيضاء تسجل 140 إصابة بالحصبة');
    assert.deepEqual(
      a.places.map((p) => [p.text, p.type]),
      [
        ['القحيفة', 'district'],
        ['البيضاء', 'governorate'],
      ],
    );
    assert.equal(claimAt('مديرية القحيفة في محافظة البيضاء تسجل 140 إصابة بالحصبة', '140')?.event, 'قحيفه');
    assert.deepEqual(warnings('1800 إصابة بالحصبة في محافظة البيضاء منذ يناير', 'مديرية القحيفة في محافظة البيضاء تسجل 140 إصابة بالحصبة منذ يناير'), []);
    assert.deepEqual(warnings('تدمير 700 منزل في ولاية النيل الأبيض جراء السيول', 'تدمير 90 منزلا في محلية القطينة بولاية النيل الأبيض'), []);
    assert.deepEqual(warnings('مقتل 5 في قصف على ناحية الصفصاف بمحافظة ديالى', 'مقتل 11 في قصف على محافظة ديالى'), []);
    // the same district in two outlets is one event
    assert.deepEqual(warnings('مديرية القحيفة في محافظة البيضاء تسجل 140 إصابة بالحصبة', 'تسجيل 210 إصابات بالحصبة في مديرية القحيفة بمحافظة البيضاء'), ['140 ↔ 210']);
  });

  it('an office after مديرية and the adjective محلية are no places', () => {
    for (const t of ['مديرية الصحة في محافظة البيضاء تسجل 140 إصابة', 'أعلنت مديرية الدفاع المدني في حمص إخماد الحريق', 'قالت مديرية صحة البيضاء إن 140 أصيبوا']) assert.ok(!analyse(t).places.some((p) => p.type === 'district'), t);
    assert.ok(!analyse('قالت مصادر محلية الأحد إن خمسة قتلوا').places.length);
    assert.deepEqual(
      analyse('فيضانات في محلية القطينة').places.map((p) => p.text),
      ['القطينة'],
    );
  });

  it('magnitudes told at places neither of which contains the other are two quakes', () => {
    assert.deepEqual(warnings('زلزال بقوة 5.4 درجات يضرب محافظة طرطوس', 'هزة بقوة 4.1 درجات تضرب ريف حماة'), []);
    assert.deepEqual(warnings('زلزال بقوة 5.4 درجات يضرب ولاية ملطية', 'زلزال بقوة 4.9 درجات يضرب ولاية أرضروم'), []);
    // the same place, one inside the other, or a country and its province: one quake
    assert.deepEqual(warnings('زلزال بقوة 5.4 درجات يضرب محافظة طرطوس', 'هزة بقوة 4.1 درجات تضرب ريف طرطوس'), ['4.1 ↔ 5.4']);
    assert.deepEqual(warnings('زلزال بقوة 6.2 درجات يضرب تركيا', 'زلزال بقوة 5.8 درجات يضرب ولاية ملطية'), ['5.8 ↔ 6.2']);
    // a clause with no place is the story's quake
    assert.deepEqual(warnings('زلزال بقوة 6.2 درجات يضرب ولاية ملطية', 'زلزال بقوة 5.8 درجات على مقياس ريختر'), ['5.8 ↔ 6.2']);
  });

  it('an incident named with its season and year is that year\'s, not this season\'s', () => {
    assert.match(claimAt('حرائق صيف 2019 أتت على 40 ألف هكتار في تونس', '40 ألف')?.event ?? '', /@2019$/);
    assert.deepEqual(warnings('حرائق صيف 2019 أتت على 40 ألف هكتار في تونس', 'النيران تلتهم 9 آلاف هكتار في تونس هذا الصيف'), []);
    assert.deepEqual(warnings('فيضانات شتاء 2018 شردت 3000 أسرة في المغرب', 'الفيضانات تشرد 800 أسرة في المغرب'), []);
    // the same season and year on both sides is one event
    assert.deepEqual(warnings('حرائق صيف 2019 أتت على 40 ألف هكتار في تونس', 'حرائق صيف 2019 التهمت 25 ألف هكتار في تونس'), ['25 ألف هكتار ↔ 40 ألف هكتار']);
  });

  it('a nationality on the counted noun: two nationalities are other people', () => {
    assert.equal(claimAt('وفاة 9 معتمرين سودانيين في حادث سير قرب المدينة المنورة', '9')?.nationality, 'nationality:السودان');
    assert.deepEqual(warnings('وفاة 9 معتمرين سودانيين في حادث سير قرب المدينة المنورة', 'وفاة 14 معتمرا يمنيا في حادث سير قرب المدينة المنورة'), []);
    assert.deepEqual(warnings('مقتل 4 جنود أتراك في هجوم شمال العراق', 'مقتل 6 جنود عراقيين في هجوم شمال العراق'), []);
    // one nationality in two outlets: one group
    assert.deepEqual(warnings('مقتل 4 جنود أتراك في هجوم شمال العراق', 'مقتل 7 جنود أتراك في هجوم شمال العراق'), ['4 ↔ 7']);
    // a nationality on one side only is still compared (the soldiers of a toll near a town are mostly that country's)
    assert.deepEqual(warnings('مقتل 3 جنود تونسيين في انفجار لغم قرب القصرين', 'مقتل 5 جنود في انفجار لغم قرب القصرين'), ['3 ↔ 5']);
    // a nisba of no list (زراعيين) is no nationality
    assert.equal(claimAt('مقتل 5 عمال زراعيين في الفيوم', '5')?.nationality, undefined);
  });

  it('a building collapse and a fire in one quarter are two incidents', () => {
    assert.equal(claimAt('انهيار مبنى في حي الميدان بدمشق يقتل 4 أشخاص', '4')?.incident, 'collapse');
    assert.deepEqual(warnings('انهيار مبنى في حي الميدان بدمشق يقتل 4 أشخاص', 'حريق في حي الميدان بدمشق يودي بحياة 3 أشخاص'), []);
    assert.deepEqual(warnings('انهيار مبنى في حي الميدان بدمشق يقتل 4 أشخاص', 'مقتل 7 أشخاص في انهيار مبنى بحي الميدان في دمشق'), ['4 ↔ 7']);
    // a landslide is no building's collapse
    assert.equal(claimAt('انهيارات أرضية تقتل 12 شخصا في نيبال', '12')?.incident, 'landslide');
  });
});
