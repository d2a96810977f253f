// Issue 13 item 2, events resolved by area (claims/area.ts, story/scenes.ts):
// in a folder about one event, a town and the province or country containing
// it are one event area, unless the story names another part of that area, the
// wider figure is a national total (a country named plainly), or a place lies
// beside the other (شرقي أ، أ جنوب ب). Invented sentences, real detectors.
import assert from 'node:assert/strict';
import { contradictionWarnings } from './story.fixture.js';

const warnings = contradictionWarnings;

const compared: { why: string; docs: Record<string, string>; pairs: string[] }[] = [
  {
    why: 'a town against its country told by the nationality of its police',
    docs: { a: 'قتل 14 شخصا في انفجار بمدينة الموصل مساء الاثنين.', b: 'قالت الشرطة العراقية إن 25 شخصا قتلوا في الانفجار مساء الاثنين.' },
    pairs: ['a:14 b:25'],
  },
  {
    why: 'a district the gazetteer does not know, located by its city, against the city',
    docs: { a: 'قال مسؤول محلي إن 5 أشخاص قتلوا في انهيار مبنى في حي الزهور بمدينة الموصل.', b: 'لقي 9 أشخاص حتفهم في انهيار مبنى سكني في مدينة الموصل.' },
    pairs: ['a:5 b:9'],
  },
  {
    why: 'a toll whose clause names no place, set where its sentence is, against a district of that city',
    docs: { a: 'سقطت قذيفة على سوق شعبي في الموصل، ما أدى إلى مقتل 8 أشخاص.', b: 'قتل 12 شخصا في سقوط قذيفة على سوق في حي الزهور بالموصل.' },
    pairs: ['a:8 b:12'],
  },
  {
    why: 'a country with a direction stands for the part of it the page does not name',
    docs: { a: 'قتل 6 أشخاص في انفجار في مدينة الموصل.', b: 'قتل 10 أشخاص في انفجار شمالي العراق.' },
    pairs: ['a:6 b:10'],
  },
];

const apart: { why: string; docs: Record<string, string> }[] = [
  {
    why: 'a country named plainly is a national total, not the town\'s toll',
    docs: { a: 'مقتل 5 أشخاص في فيضانات بمدينة الموصل', b: 'فيضانات العراق: 20 قتيلا' },
  },
  {
    why: 'two towns of one province and the province: the province\'s figure may be of either',
    docs: { a: 'قتل 5 أشخاص في انفجار في مدينة الموصل.', b: 'قتل 7 أشخاص في انفجار في تلعفر.', c: 'قتل 12 شخصا في انفجار في محافظة نينوى.' },
  },
  {
    why: 'a place beside a city (east of it) is not a district named inside it',
    docs: { a: 'أصيب 5 عمال في حريق بمنطقة صناعية شرقي الموصل.', b: 'أصيب 9 عمال في حريق في حي الزهور بالموصل.' },
  },
  {
    why: 'a village south of a city is not in it',
    docs: { a: 'قتل 6 أشخاص في غارة على قرية الزهور جنوب الموصل.', b: 'قتل 10 أشخاص في غارة على الموصل.' },
  },
];

describe('story: one event area under several names (issue 13)', () => {
  for (const t of compared) it(`compared: ${t.why}`, () => assert.deepEqual(warnings(t.docs), t.pairs));
  for (const t of apart) it(`apart: ${t.why}`, () => assert.deepEqual(warnings(t.docs), []));
});
