// «العاصمة» with a country's nisba adjective names that country's capital
// (places/capital-of.ts, data/places/capitals.json): an outlet writing
// «العاصمة الفرنسية» tells of the city another names «باريس». Adjectives of
// no country (الاقتصادية، الإدارية) name no city. Invented sentences.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

const placeIds = (text: string) => analyse(text).places.map((p) => `${p.text}=${p.id}`);

const read: { why: string; text: string; places: string[] }[] = [
  { why: 'an adjective and the country name it comes from (الفرنسية → فرنسا)', text: 'انقطاع الكهرباء في العاصمة الفرنسية', places: ['العاصمة الفرنسية=geonames:2988507'] },
  { why: 'a two-word country name (كوريا الجنوبية) from two adjectives', text: 'أمطار غزيرة تغمر شوارع العاصمة الكورية الجنوبية', places: ['العاصمة الكورية الجنوبية=geonames:1835848'] },
  { why: 'a country whose name is itself the adjective (السعودية)', text: 'حريق في مستودع بالعاصمة السعودية', places: ['العاصمة السعودية=geonames:108410'] },
  { why: 'an adjective of a name in ـستان (الأفغانية → أفغانستان)', text: 'انفجار يهز العاصمة الأفغانية', places: ['العاصمة الأفغانية=geonames:1138958'] },
  { why: 'an adjective of no country (الاقتصادية) names no capital; the city after it is the place', text: 'إضراب في العاصمة الاقتصادية لاغوس', places: ['لاغوس=geonames:2332459'] },
  { why: 'the city written after the adjective is read once, by its name', text: 'وصل الوفد إلى العاصمة الإيرانية طهران', places: ['طهران=geonames:112931'] },
  { why: 'an adjective of no country: no place', text: 'افتتاح مبنى في العاصمة الإدارية الجديدة', places: [] },
];

describe('places: the capital named by its country\'s adjective (apart-event)', () => {
  for (const t of read) it(t.why, () => assert.deepEqual(placeIds(t.text), t.places));

  it('a toll in «العاصمة الكورية الجنوبية» meets the same toll told in Seoul', () => {
    assert.deepEqual(warnings({ a: 'سيول تغرق: 6 قتلى في فيضانات العاصمة سيول', b: 'مصرع 11 شخصا جراء الفيضانات في العاصمة الكورية الجنوبية' }), ['a:6 b:11']);
  });

  it('the capital of one country stays apart from another country\'s city', () => {
    assert.deepEqual(warnings({ a: 'حريق في سوق بالعاصمة العراقية يودي بحياة 7 أشخاص', b: 'مقتل 12 شخصا في حريق بسوق في دمشق' }), []);
  });
});
