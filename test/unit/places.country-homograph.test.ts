// A country's name a large city abroad bears too (عمان: Oman, Amman) is the
// city where the article says so: its date line, or a town of the city's
// country beside it, as a road's two ends (places/country-homograph.ts); a
// road's noun names its second end as a trigger does, even a name that is a
// common word alone (طريق عمان - العقبة: العقبة, an obstacle). Invented sentences.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

const placeIds = (text: string) => analyse(text).places.map((p) => `${p.text}=${p.id}`);

const read: { why: string; text: string; places: string[] }[] = [
  { why: 'a date line names the city an article was filed from', text: 'عمان - لقي شخصان حتفهما في حريق بمصنع شرقي العاصمة', places: ['عمان=geonames:250441'] },
  { why: 'a road between the city and a town of its country: both ends are places', text: 'انقلاب شاحنة على طريق عمان - العقبة', places: ['عمان=geonames:250441', 'العقبة=geonames:250774'] },
  { why: 'a stadium and an airport are named after their city', text: 'إصابة 30 مشجعا في تدافع عند بوابات ستاد عمان الدولي', places: ['عمان=geonames:250441'] },
  { why: 'the same, with a preposition on the facility noun', text: 'تعليق الرحلات بمطار عمان بسبب الضباب', places: ['عمان=geonames:250441'] },
  { why: 'a country\'s embassy is named after the country', text: 'تجمع محتجين أمام سفارة عمان في القاهرة', places: ['عمان=iso3166:OM', 'القاهرة=geonames:360630'] },
  { why: 'a headline that names the country with a colon keeps the country', text: 'عمان: 3 وفيات في انهيار منزل قديم', places: ['عمان=iso3166:OM'] },
  { why: 'a dash after a place with no road noun before it joins nothing: the common word stays a word', text: 'بغداد - العقبة أمام الاتفاق هي التمويل', places: ['بغداد=geonames:98182'] },
];

describe('places: a country\'s name borne by a city abroad (apart-event)', () => {
  for (const t of read) it(t.why, () => assert.deepEqual(placeIds(t.text), t.places));

  it('a lead filed from «عمان -» and one from a Jordanian town are compared (one country, not Oman and Jordan)', () => {
    assert.deepEqual(
      warnings({
        a: 'عمان - أصيب 22 شخصا في انهيار جزئي لمبنى قيد الإنشاء في منطقة الحلابات، بحسب الدفاع المدني.',
        b: 'الزرقاء (الأردن) - قالت مديرية الدفاع المدني إن انهيار جزء من مبنى قيد الإنشاء في منطقة الحلابات أدى إلى إصابة 27 عاملا.',
      }),
      ['a:22 b:27'],
    );
  });

  it('a crash on the road between two towns of a country and the same crash told in the country\'s south: compared', () => {
    assert.deepEqual(warnings({ a: 'إصابة 18 شخصا في انقلاب حافلة على طريق عمان - العقبة', b: 'جرح 25 راكبا في انقلاب حافلة على الطريق الصحراوي جنوب الأردن' }), ['a:18 b:25']);
  });

  it('a count of two towns against one of them alone stays apart', () => {
    assert.deepEqual(warnings({ a: 'نزوح 3000 شخص من الرمادي والفلوجة', b: 'نزوح 5000 شخص من الرمادي' }), []);
  });
});
