// A list of places before its figure (ولايات أ وب وج سجلت 17 وفاة) is one
// set whose event is its first place, as when the list follows the figure
// (claims/event.ts listHead): two outlets naming one list in either order
// are compared. A definite compound number (الأربع والعشرين ساعة) is one
// figure, not a toll of four (figures/cardinals.ts). Invented sentences.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { claimAt } from './headline-pair.fixture.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

describe('claims: a list of places before its figure (apart-event)', () => {
  it('the list before the figure has its first place as the event and the whole list as its set', () => {
    const c = claimAt('قالت الوزارة إن محافظات البصرة وميسان وذي قار سجلت 9 وفيات', '9');
    assert.equal(c?.event, 'geonames:IQ.02');
    assert.equal(c?.places?.length, 3);
  });

  it('one list after the figure in one outlet and before it in the other: compared', () => {
    assert.deepEqual(
      warnings({
        a: 'سجلت وزارة الصحة 9 وفيات بالكوليرا في محافظات البصرة وميسان وذي قار',
        b: 'قالت الوزارة إن محافظات البصرة وميسان وذي قار سجلت 14 وفاة بالكوليرا',
      }),
      ['a:9 b:14'],
    );
  });

  it('«الأربع والعشرين ساعة» is one figure of 24 hours, not a count of four', () => {
    const a = analyse('سجلت 11 وفاة خلال الأربع والعشرين ساعة الماضية');
    assert.deepEqual(
      a.figures.map((f) => f.value),
      [11, 24],
    );
  });
});
