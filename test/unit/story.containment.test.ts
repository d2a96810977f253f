// Issue 13, containment of places given by data: a province lies in the
// region that names it («شمال سيناء» in «سيناء», «جنوب دارفور» in «دارفور»), so
// an article that names the region and one that names its province tell of
// one area, not of two places.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { claimOf, conflictSides, storyOf } from './story.fixture.js';

describe('story: a region and its provinces (issue 13)', () => {
  it('the gazetteer puts the provinces in their regions', () => {
    const gaz = Gazetteer.load();
    const parents = (name: string) => {
      const e = gaz.lookup(name).find((x) => x.type === 'governorate');
      assert.ok(e, `no governorate «${name}»`);
      return gaz.info(e.id)!.parents.map((p) => p.ar);
    };
    assert.deepEqual(parents('شمال سيناء').slice(0, 1), ['سيناء']);
    assert.deepEqual(parents('جنوب سيناء').slice(0, 1), ['سيناء']);
    assert.deepEqual(parents('جنوب دارفور').slice(0, 1), ['دارفور']);
    assert.deepEqual(parents('شمال كردفان').slice(0, 1), ['كردفان']);
    assert.deepEqual(parents('أسيوط').slice(0, 1), ['الصعيد']);
    assert.deepEqual(parents('سوهاج').slice(0, 1), ['الصعيد']);
    assert.deepEqual(parents('الغربية').slice(0, 1), ['الدلتا']);
  });

  it('a crash in one province of a region and the same crash told at the region are compared; two provinces of it are not', () => {
    const at = (b: string) => conflictSides(storyOf({ a: 'انقلاب حافلة على الطريق الزراعي في المنيا يخلف 8 قتلى', b }));
    assert.deepEqual(at('مصرع 11 راكبا في حادث حافلة بصعيد مصر'), ['a:8 b:11']);
    assert.deepEqual(at('مصرع 11 راكبا في حادث حافلة في قنا'), []);
  });

  it('another crash in another province of the story\'s region is set apart as another province\'s event', () => {
    const index = storyOf({
      a: 'أسيوط - قالت مصادر طبية الأحد 12 مايو إن 9 أشخاص قتلوا في انقلاب حافلة ركاب على الطريق الصحراوي في محافظة أسيوط.',
      b: 'انقلاب حافلة ركاب في أسيوط يقتل 9 أشخاص. وقع الحادث في مركز منفلوط بمحافظة أسيوط صباح الأحد.',
      c: 'مصرع 7 أشخاص في انقلاب حافلة بمحافظة أسيوط. وقالت مديرية الصحة في أسيوط إن المصابين نقلوا إلى مستشفى أسيوط الجامعي.',
      d: 'سوهاج - لقي 4 أشخاص مصرعهم الخميس 2 مايو في انقلاب حافلة صغيرة على طريق في محافظة سوهاج، وقالت مديرية الصحة في سوهاج إن 11 أصيبوا.',
    });
    assert.ok(index.offTopic('d'));
    for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, id);
  });


  it('a claim in the region and one in its province lie in one region', () => {
    const a = claimOf('وقال مصدر أمني إن 7 جنود قتلوا في هجوم مسلح في شمال سيناء.', '7');
    const b = claimOf('وقال مصدر أمني إن 9 جنود قتلوا في هجوم مسلح في سيناء.', '9');
    assert.ok(a?.region && b?.region);
    assert.equal(a.region, b.region);
  });

  it('an article that names the region is not set apart from a folder that names its province', () => {
    const index = storyOf({
      a: 'هجوم في شمال سيناء. قال مصدر إن مسلحين هاجموا حاجزا في شمال سيناء وقتلوا 7 جنود. وأضاف أن الهجوم وقع في شمال سيناء.',
      b: 'شمال سيناء: قتل 7 جنود في هجوم على حاجز أمني في شمال سيناء.',
      c: 'قتل 8 جنود على الأقل في هجوم على حاجز في محافظة شمال سيناء، بحسب مصادر طبية في شمال سيناء.',
      d: 'سيناء. قال مصدر أمني إن 9 جنود قتلوا في هجوم مسلح في سيناء وإن قوات الأمن تلاحق المسلحين في سيناء.',
    });
    assert.equal(index.offTopic('d'), undefined);
    assert.ok(analyse('في سيناء').places.length === 1);
  });

  it('an article about the region is the story\'s scene when the story is its province: its unplaced toll is compared', () => {
    const index = storyOf({
      a: 'قتل 5 شرطيين في هجوم على حاجز في شمال سيناء. وقال مصدر إن 5 شرطيين قتلوا في شمال سيناء.',
      b: 'قتل 5 شرطيين في هجوم على حاجز أمني في شمال سيناء.',
      c: 'هجوم في سيناء. قتل 6 شرطيين في هجوم في سيناء، وقال مصدر إن 6 شرطيين قتلوا في سيناء. وأضاف المصدر أن الهجوم أسفر عن مقتل 8 شرطيين.',
    });
    assert.ok(conflictSides(index).some((p) => p.includes('c:8') && p.includes('a:5')), conflictSides(index).join(' | '));
  });
});
