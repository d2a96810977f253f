// Nationalities and peoples as the counted group (GUIDELINES §4 «a
// nationality»; docs/guidelines.md, Claims): «مقتل 5 عراقيين» counts
// Iraqis killed, whatever form the demonym takes (sound or broken plural,
// dual, feminine, a singular after the number), so that two reports of the
// same event disagree on Iraqis while Iraqis and Turks are never compared.
import assert from 'node:assert/strict';
import type { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Claim } from '../../server/src/core/types.js';
import { claimOf, conflictSides, storyOf } from './story.fixture.js';


const IRAQ = 'nationality:العراق';
const TURKEY = 'nationality:تركيا';

const rows: [string, string, Partial<Claim>][] = [
  // sound plurals, with and without the article
  ['أعلنت الشرطة مقتل 5 عراقيين في الانفجار.', '5', { measure: 'killed', group: IRAQ }],
  ['وقال مصدر طبي إن سبعة عراقيين قتلوا في الانفجار.', 'سبعة', { measure: 'killed', group: IRAQ }],
  ['وأصيب في الهجوم 9 من العراقيين.', '9', { measure: 'wounded', group: IRAQ }],
  // broken plurals
  ['وأصيب ثلاثة أتراك بجروح في الهجوم.', 'ثلاثة', { measure: 'wounded', group: TURKEY }],
  ['قتل خمسة أكراد في القصف.', 'خمسة', { measure: 'killed', group: 'nationality:الاكراد' }],
  ['وخطف المسلحون أربعة عرب من الطريق.', 'أربعة', { group: 'nationality:العرب' }],
  // a singular after the number: the accusative tamyiz (even where it is spelt like the country) and the genitive after a hundred
  ['واعتقلت السلطات 12 سورياً في المدينة.', '12', { measure: 'arrested', group: 'nationality:سوريا', event: '' }],
  ['وقتل 14 لبنانياً في الغارة.', '14', { measure: 'killed', group: 'nationality:لبنان' }],
  ['ونزح أكثر من 300 عراقي عن قراهم.', 'أكثر من 300', { measure: 'displaced', group: IRAQ }],
  // a dual is its own figure
  ['قتل عراقيان في الانفجار.', 'عراقيان', { measure: 'killed', group: IRAQ, min: 2, max: 2 }],
  // two spellings of one nationality are one group
  ['مقتل 5 أمريكيين في الهجوم.', '5', { group: 'nationality:الولايات المتحده' }],
  ['مقتل 6 أميركيين في الهجوم.', '6', { group: 'nationality:الولايات المتحده' }],
  // women of a nationality are inside it
  ['وقتلت 3 عراقيات في القصف.', '3', { measure: 'killed', group: `${IRAQ} (نساء)` }],
  // a part of the toll, as before
  ['وقالت الوكالة إن 22 شخصاً قتلوا في الهجوم بينهم أربعة إيرانيين.', 'أربعة', { measure: 'killed', group: 'nationality:ايران', role: 'part' }],
  // a more specific counted noun still wins (soldiers who are Iraqi are soldiers)
  ['وقتل 4 جنود عراقيين في الاشتباكات.', '4', { measure: 'killed', group: 'soldiers' }],
];

describe('claims: a nationality or people as the counted group', () => {
  for (const [text, at, want] of rows)
    it(`${text} → ${want.group}`, () => {
      const c = claimOf(text, at);
      assert.ok(c, `no claim for «${at}»`);
      for (const [k, v] of Object.entries(want)) assert.deepEqual((c as unknown as Record<string, unknown>)[k], v, k);
    });

  it('a demonym named before the figure is no group of it (مسؤول عراقي … منهم)', () => {
    const c = claimOf('وقال مسؤول عراقي إن المسلحين هاجموا القرية وقتلوا 5 منهم.', '5');
    assert.notEqual(c?.group, IRAQ);
  });

  it('a country named after a figure with a preposition is the place, not the group', () => {
    const c = claimOf('وقتل 12 شخصاً في سوريا.', '12');
    assert.equal(c?.group, '*');
    assert.notEqual(c?.event, '');
  });
});

describe('story: nationalities across reports of one incident', () => {
  const DOCS: Record<string, string> = {
    a: 'أعلنت الشرطة مقتل 5 عراقيين وإصابة ثلاثة أتراك في انفجار سيارة مفخخة صباح اليوم.',
    b: 'قال مصدر أمني إن سبعة عراقيين قتلوا في انفجار السيارة المفخخة.',
    c: 'وأكدت السفارة مقتل 3 أتراك في الانفجار.',
    d: 'وقتلت 4 عراقيات في الانفجار، بحسب مصدر طبي.',
    e: 'وقالت وزارة الصحة إن 6 أشخاص قتلوا في الانفجار.',
  };
  let index: StoryIndex;
  before(() => (index = storyOf(DOCS)));
  const sides = () => conflictSides(index);

  it('5 against 7 Iraqis killed is a contradiction', () => {
    const iraqis = index.conflicts().filter((c) => c.group === IRAQ && c.measure === 'killed');
    assert.ok(iraqis.some((c) => c.sides.some((s) => s.docId === 'a') && c.sides.some((s) => s.docId === 'b')), JSON.stringify(sides()));
  });

  it('7 Iraqis killed against 6 people killed is a part above its whole', () => {
    const c = index.conflicts().find((c) => c.relation === 'part-exceeds-whole' && c.sides.some((s) => s.docId === 'b') && c.sides.some((s) => s.docId === 'e'));
    assert.ok(c, JSON.stringify(sides()));
  });

  it('Iraqis and Turks killed are different groups; Iraqi women below the Iraqis killed are a part', () => {
    for (const s of sides()) {
      assert.ok(!(s.includes('a:5') && s.includes('c:3')), s);
      assert.ok(!s.includes('d:4'), s);
    }
  });
});
