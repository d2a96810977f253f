// A date line the gazetteer knows names where the article was filed, yet «في
// المدينة» or «بالولاية» with no name after it, and no other place named in
// between, points back to it: its city, or the province it is or lies in
// (places/dateline-known.ts). Invented sentences.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

const again = (text: string) =>
  analyse(text)
    .places.filter((p) => p.start > 10)
    .map((p) => `${p.text}=${p.id}`);

const read: { why: string; text: string; places: string[] }[] = [
  { why: 'a city\'s noun points back to the date line\'s city', text: 'الموصل - انفجرت عبوة ناسفة في سوق شعبي في المدينة صباح اليوم', places: ['المدينة=geonames:99072'] },
  { why: 'a province\'s noun on ب points back to the province the date line\'s city lies in', text: 'كسلا (السودان) - قال مسؤول إن السيول دمرت مئات المنازل بالولاية منذ الأحد', places: ['الولاية=geonames:SD.52'] },
  { why: 'another place named in between is what the noun points to: nothing is added', text: 'الموصل - قال مسؤول إن عبوة انفجرت في تلعفر، وإن الشرطة طوقت السوق في المدينة', places: ['تلعفر=isnad:iq-tal-afar'] },
  { why: 'a noun with a name after it is that name\'s, not the date line\'s', text: 'الموصل - انفجرت عبوة في المدينة القديمة صباح اليوم', places: [] },
];

describe('places: «في المدينة» after a date line the gazetteer knows (apart-event)', () => {
  for (const t of read) it(t.why, () => assert.deepEqual(again(t.text), t.places));

  it('a toll told «في المدينة» under the city\'s date line meets the same toll told at the city', () => {
    assert.deepEqual(
      warnings({
        a: 'الموصل - انفجرت عبوة ناسفة في سوق شعبي في المدينة صباح اليوم، ما أسفر عن مقتل 5 أشخاص.',
        b: 'مقتل 8 أشخاص بانفجار عبوة ناسفة في سوق شعبي بالموصل',
      }),
      ['a:5 b:8'],
    );
  });
});
