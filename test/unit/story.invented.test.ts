// A third story, written for this test: one bombing told by three reports,
// with side incidents elsewhere that must not be mixed in. The whole
// pipeline runs on it, as on a story we have never seen.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Conflict } from '../../server/src/core/story/types.js';

const DOCS: Record<string, string> = {
  a: `قتل 8 أشخاص وأصيب 15 آخرون في انفجار سيارة مفخخة استهدف سوقاً شعبية في مدينة الرمادي غرب بغداد صباح اليوم الأحد، بحسب مصدر في الشرطة.

وأضاف المصدر أن بين القتلى ثلاثة من عناصر الشرطة وطفلين.

وفي حادث منفصل، قتل جنديان وأصيب أربعة آخرون بانفجار عبوة ناسفة في قضاء الطارمية شمال بغداد.

وفي سوريا، قالت منظمة حقوقية إن 20 مدنياً قتلوا في غارات جوية على ريف إدلب.`,
  b: `ارتفعت حصيلة ضحايا تفجير السوق الشعبي في الرمادي إلى 11 قتيلاً و22 جريحاً، وفق ما أعلنت مديرية الصحة في محافظة الأنبار.

وكان انفجار آخر قد أودى بحياة 3 أشخاص في مدينة الفلوجة الأسبوع الماضي.

وتبعد الرمادي نحو 110 كيلومترات غرب بغداد.`,
  c: `قالت مصادر أمنية إن 9 أشخاص قتلوا في تفجير الرمادي، بينهم شرطيان، فيما أصيب نحو 20 آخرين.

وأوضحت المصادر أن الجنود قتلوا 4 مسلحين في عملية أمنية في صحراء الأنبار، واعتقلوا 7 آخرين.

وتقع الرمادي على بعد 100 كيلومتر غرب بغداد.`,
};

const index = new StoryIndex();
before(() => {
  for (const [id, text] of Object.entries(DOCS)) {
    const a = analyse(text);
    index.update(id, a.claims, a.figures, { path: `${id}.txt` });
  }
});

const texts = (c: Conflict) => c.sides.map((s) => `${s.docId}:${s.text}`).sort();

describe('story acceptance: an invented story with side incidents', () => {
  it('reports 8 against 9 killed, and the revised 11 as an update', () => {
    const all = index.conflicts().filter((c) => c.measure === 'killed' && c.group === '*');
    assert.ok(all.some((c) => c.kind === 'contradiction' && texts(c).join() === 'a:8,c:9'), JSON.stringify(all.map(texts)));
    assert.ok(all.some((c) => c.kind === 'update' && texts(c).includes('b:11')));
  });

  it('mixes in none of the side incidents (soldiers elsewhere, civilians abroad, another town), and no overlapping distances', () => {
    const sides = index.conflicts().flatMap((c) => c.sides.map((s) => `${s.docId}:${s.text}`));
    for (const t of ['a:جنديان', 'a:أربعة', 'a:20', 'b:3', 'b:نحو 110', 'c:100', 'c:4', 'c:7']) assert.ok(!sides.includes(t), `${t} reported`);
  });
});
