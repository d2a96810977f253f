// Two incidents of one kind in one place: explosions of different devices
// (a planted bomb, a car bomb) and a traffic accident against a collapse are
// two incidents, never compared; an explosion that names no device, or a
// device named by both, is one incident (claims/device.ts, story/compare.ts).
import assert from 'node:assert/strict';
import { warnings } from './headline-pair.fixture.js';

describe('story: the device of an explosion and a traffic accident tell incidents apart', () => {
  const apart: [string, string][] = [
    ['مقتل 4 أشخاص بانفجار لغم في مدينة مأرب', 'سيارة مفخخة تقتل 10 أشخاص قرب سوق بمدينة مأرب'],
    ['انتحاري يفجر نفسه ويقتل 6 أشخاص في مدينة الحسكة', 'مقتل 2 بانفجار عبوة ناسفة في مدينة الحسكة'],
    ['وفاة 5 عمال في انهيار بئر قرب بلدة أوباري', 'حادث مرور قرب أوباري يودي بحياة 3 عمال'],
  ];
  for (const [a, b] of apart)
    it(`keeps «${a}» and «${b}» apart`, () => {
      assert.deepEqual(warnings(a, b), []);
    });

  const compared: [string, string, string][] = [
    // no device named on one side: compared with all
    ['مقتل 4 أشخاص بانفجار في مدينة مأرب', 'سيارة مفخخة تقتل 10 أشخاص في مدينة مأرب', '10 ↔ 4'],
    // a car bomb driven by a suicide bomber against a suicide attack: a device shared
    ['سيارة مفخخة يقودها انتحاري تقتل 7 أشخاص في مدينة الحسكة', 'تفجير انتحاري يودي بحياة 15 شخصا في مدينة الحسكة', '15 ↔ 7'],
    // two traffic accidents told two ways: one incident
    ['حادث سير مروع قرب أوباري يودي بحياة 3 عمال', 'وفاة 8 عمال في تصادم قرب أوباري', '3 ↔ 8'],
  ];
  for (const [a, b, pair] of compared)
    it(`compares «${a}» with «${b}»`, () => {
      assert.deepEqual(warnings(a, b), [pair]);
    });
});
