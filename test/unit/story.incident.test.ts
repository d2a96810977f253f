// The kind of incident as a pairwise rule (docs/guidelines.md, Claims:
// Incident type): the claims reader takes the nearest incident noun of the
// figure's clause (data/claims/incidents.json); two classes of values whose
// claims all name kinds, and no kind in common, are two incidents and are not
// compared, while a claim that names none is compared with all. Invented
// sentences.
import assert from 'node:assert/strict';
import type { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Claim } from '../../server/src/core/types.js';
import { claimOf, conflictSides, storyOf } from './story.fixture.js';


const rows: [string, string, string | undefined][] = [
  ['قتل 5 أشخاص في انفجار سيارة مفخخة وسط المدينة.', '5', 'explosion'],
  ['وأدى انفجار عبوة ناسفة إلى مقتل ثلاثة جنود.', 'ثلاثة', 'explosion'],
  ['وقالت مصادر أمنية إن 12 شخصاً قتلوا في غارة جوية على المدينة.', '12', 'airstrike'],
  ['وقتل سبعة مدنيين في قصف جوي استهدف السوق.', 'سبعة', 'airstrike'],
  ['وقتل أربعة مدنيين في قصف مدفعي على القرية.', 'أربعة', 'shelling'],
  ['وقتل 9 مسلحين في اشتباكات مع قوات الأمن.', '9', 'clashes'],
  // a generic noun names no kind, even with a kind further away
  ['وقتل 6 أشخاص في هجوم قرب موقع الانفجار.', '6', undefined],
  ['وقتل 6 أشخاص في المدينة.', '6', undefined],
];

describe('claims: the kind of incident in the figure’s clause', () => {
  for (const [text, at, kind] of rows)
    it(`${text} → ${kind ?? 'no kind'}`, () => {
      const c = claimOf(text, at);
      assert.ok(c, `no claim for «${at}»`);
      assert.equal(c.incident, kind);
    });
});

describe('story: tolls of incidents of different kinds in one city', () => {
  const DOCS: Record<string, string> = {
    a: 'قتل 5 أشخاص في انفجار سيارة مفخخة في مدينة بعقوبة صباح اليوم.',
    b: 'وقالت مصادر أمنية إن 12 شخصاً قتلوا في غارة جوية على مدينة بعقوبة.',
    c: 'وأعلن مسؤول محلي مقتل 8 أشخاص في مدينة بعقوبة.',
    d: 'وذكر شهود أن 20 شخصاً قتلوا في الغارة على مدينة بعقوبة.',
  };
  let index: StoryIndex;
  before(() => (index = storyOf(DOCS)));
  const sides = () => conflictSides(index);
  const together = (x: string, y: string) => index.conflicts().some((c) => c.sides.some((s) => s.docId === x) && c.sides.some((s) => s.docId === y));

  it('reads one event and a kind for each toll', () => {
    const claims = ['a', 'b', 'c', 'd'].map((id) => index.claimsOf(id).find((c) => c.measure === 'killed'));
    assert.deepEqual(claims.map((c) => c?.incident), ['explosion', 'airstrike', undefined, 'airstrike']);
    assert.equal(new Set(claims.map((c) => c?.event)).size, 1, JSON.stringify(claims.map((c) => c?.event)));
  });

  it('5 killed in an explosion and 12 killed in an airstrike are no conflict', () => {
    assert.ok(!together('a', 'b'), JSON.stringify(sides()));
    assert.ok(!together('a', 'd'), JSON.stringify(sides()));
  });

  it('8 killed with no kind conflicts with both', () => {
    assert.ok(together('a', 'c'), JSON.stringify(sides()));
    assert.ok(together('b', 'c'), JSON.stringify(sides()));
  });

  it('two airstrike tolls apart (12 and 20) still conflict', () => {
    assert.ok(together('b', 'd'), JSON.stringify(sides()));
  });
});
