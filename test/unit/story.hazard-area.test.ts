// A hazard that strikes a whole area (floods, a storm, a quake) spreads its
// count over its place: a province's figure is the whole of its districts',
// never one district's told again (claims/hazard.ts, story/area-wide.ts). One
// point incident (an attack on a market) in a town and its province stays one.
import assert from 'node:assert/strict';
import { warnings } from './headline-pair.fixture.js';

describe('story: a hazard over an area spreads its count over its place', () => {
  const apart: [string, string][] = [
    ['الفيضانات تجرف 120 منزلا في مدينة المكلا', 'الفيضانات تدمر 900 منزل في محافظة حضرموت'],
    ['زلزال يدمر 40 منزلا في مدينة تارودانت', 'الزلزال يدمر 600 منزل في جهة سوس ماسة'],
  ];
  for (const [a, b] of apart)
    it(`keeps «${a}» and «${b}» apart (a part and its whole)`, () => {
      assert.deepEqual(warnings(a, b), []);
    });

  it('a point incident in a town and its region is still one', () => {
    assert.deepEqual(warnings('مقتل 5 أشخاص في قصف على سوق بمدينة تارودانت', 'مقتل 12 شخصا جراء قصف طال سوقا بجهة سوس ماسة'), ['12 ↔ 5']);
  });

  it('the same hazard at the same place is still compared', () => {
    assert.deepEqual(warnings('الفيضانات تدمر 350 منزلا في محافظة حضرموت', 'تدمير 900 منزل جراء الفيضانات في حضرموت'), ['350 ↔ 900']);
  });
});
