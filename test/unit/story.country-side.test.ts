// A country named with a compass word (جنوب شرق إيران، شمال شرقي الصومال) is
// a side of it, not a whole of its own: a province another outlet names on
// that side is the same area, even for a flood's or a drought's count that
// spreads over it (story-index sceneOf, places/compass.ts). A flood's count
// in a province on the other side of the country is another area. Invented sentences, real
// detectors; the gazetteer's coordinates decide the side.
import assert from 'node:assert/strict';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { liesToward } from '../../server/src/core/places/compass.js';
import { analyse } from '../../server/src/core/analyse.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

const compared: { why: string; docs: Record<string, string>; pairs: string[] }[] = [
  {
    why: 'a flood\'s toll in a south-eastern province of Iran against the same flood told in the country\'s south-east',
    docs: { a: 'السيول تودي بحياة 4 أشخاص في محافظة سيستان وبلوشستان', b: 'مصرع 7 أشخاص جراء السيول في جنوب شرقي إيران' },
    pairs: ['a:4 b:7'],
  },
  {
    why: 'a drought\'s dead cattle in a region of Somalia the gazetteer lists (بونتلاند) against the country\'s north-east',
    docs: { a: 'نفوق 5000 رأس من الماشية جراء الجفاف في ولاية بونتلاند', b: 'الجفاف يقتل 8000 رأس ماشية في شمال شرق الصومال' },
    pairs: ['a:5000 b:8000'],
  },
  {
    why: 'a Saudi region the generated gazetteer left without its Arabic name (عسير) against the kingdom\'s south',
    docs: { a: 'مصرع 6 أشخاص في سيول بمنطقة عسير', b: 'السيول تقتل 9 أشخاص في جنوب السعودية' },
    pairs: ['a:6 b:9'],
  },
  {
    why: 'a town of Burkina Faso the gazetteer lacked (جيبو), near which both outlets place one ambush',
    docs: { a: 'بوركينا فاسو: مقتل 14 جنديا في كمين قرب جيبو', b: 'كمين لمسلحين قرب جيبو يودي بحياة 20 جنديا' },
    pairs: ['a:14 b:20'],
  },
  {
    why: 'the kingdom named again by its noun after a compass word (جنوب المملكة) in an article that names it once',
    docs: { a: 'مصرع 6 معتمرين في انقلاب حافلة بمنطقة عسير', b: 'السعودية: 9 معتمرين يلقون حتفهم في انقلاب حافلة جنوب المملكة' },
    pairs: ['a:6 b:9'],
  },
];

const apart: { why: string; docs: Record<string, string> }[] = [
  {
    why: 'a flood in a northern province of Iran against one in the country\'s south-east: two sides, two floods',
    docs: { a: 'السيول تودي بحياة 4 أشخاص في محافظة مازندران', b: 'مصرع 7 أشخاص جراء السيول في جنوب شرقي إيران' },
  },
];

describe('story: a side of a country and the province there (apart-event)', () => {
  for (const t of compared) it(`compared: ${t.why}`, () => assert.deepEqual(warnings(t.docs), t.pairs));
  for (const t of apart) it(`apart: ${t.why}`, () => assert.deepEqual(warnings(t.docs), []));

  it('«جنوب البلاد» is the one country the article names; with two countries named it is neither', () => {
    const ids = (t: string) => analyse(t).places.map((p) => `${p.text}=${p.id}`);
    assert.deepEqual(ids('اليمن: سيول جارفة تقتل 8 أشخاص في جنوب البلاد'), ['اليمن=iso3166:YE', 'البلاد=iso3166:YE']);
    assert.deepEqual(ids('وفد من اليمن يزور السعودية بعد سيول في جنوب البلاد'), ['اليمن=iso3166:YE', 'السعودية=iso3166:SA']);
  });

  it('the gazetteer puts a province on its side of the country by the centres\' bearing', () => {
    const gaz = Gazetteer.load();
    assert.equal(liesToward(gaz, 'iso3166:IR', 'geonames:IR.04', 'SE'), true);
    assert.equal(liesToward(gaz, 'iso3166:IR', 'geonames:IR.04', 'NW'), false);
    assert.equal(liesToward(gaz, 'iso3166:SO', 'isnad:so-puntland', 'NE'), true);
    assert.equal(liesToward(gaz, 'iso3166:IR', 'geonames:IR.04', 'XX'), null);
  });
});
