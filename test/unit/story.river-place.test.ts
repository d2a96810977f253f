// A river runs through many places: «فيضان نهر أ في ولاية ب» tells of ب, not
// of a place أ inside it (claims/event.ts located), and an article whose only
// place is a river the gazetteer lacks has no area of its own (story/own-area.ts).
// Invented sentences, real detectors.
import assert from 'node:assert/strict';
import { claimAt } from './headline-pair.fixture.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

describe('story: a river is no event place (apart-event)', () => {
  it('a flood of a river in a province: the province is the event', () => {
    assert.equal(claimAt('قال الدفاع المدني إن فيضان نهر الدندر في ولاية سنار أودى بحياة 6 أشخاص', '6')?.event, 'geonames:SD.58');
  });

  it('the river in a province against the province with a toll that names no place after a comma: compared', () => {
    assert.deepEqual(
      warnings({
        a: 'سنار (السودان) - قال مسؤول إن السيول التي اجتاحت ولاية سنار منذ الجمعة دمرت 1300 منزل وأدت إلى مقتل 6 أشخاص.',
        b: 'الخرطوم - قال الدفاع المدني إن فيضان نهر الدندر في ولاية سنار أودى بحياة 6 أشخاص، وهدم 1900 منزل منذ الجمعة.',
      }),
      ['a:1300 b:1900'],
    );
  });

  it('a lead whose only place is the river swept into, against one that names its country: compared', () => {
    assert.deepEqual(
      warnings({
        a: 'كاتماندو - فقد 40 راكبا بعد أن جرفت السيول حافلة إلى نهر مارسيانغدي فجر اليوم، بحسب الشرطة في نيبال.',
        b: 'قالت الشرطة إن 28 راكبا ما زالوا مفقودين بعد أن جرفت السيول حافلة إلى نهر مارسيانغدي.',
      }),
      ['a:40 b:28'],
    );
  });

  it('the river in one province against another province: apart', () => {
    assert.deepEqual(
      warnings({
        a: 'قال الدفاع المدني إن فيضان نهر الدندر في ولاية سنار أودى بحياة 6 أشخاص',
        b: 'قال الدفاع المدني إن السيول في ولاية كسلا أودت بحياة 9 أشخاص',
      }),
      [],
    );
  });
});
