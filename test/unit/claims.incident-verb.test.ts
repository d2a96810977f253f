// «توقع» before a count is a homograph: after an incident noun it is the verb
// of what the incident caused (أوقع: inflicted), never a forecast; after a
// person or a body it stays a forecast, no count of what happened
// (claims/incident-verb.ts).
import assert from 'node:assert/strict';
import { warnings, what } from './headline-pair.fixture.js';

describe('claims: an incident that «توقع» casualties caused them', () => {
  const rows: [string, string, string][] = [
    ['غارة جوية على سوق بلدة كفرنبل توقع 17 قتيلا', '17', 'killed/*'],
    ['انفجار في مصفاة بيجي يوقع 9 جرحى', '9', 'wounded/*'],
    // a body expects: a forecast, no claim
    ['الأرصاد توقع 40 قتيلا إذا استمرت العاصفة', '40', 'none'],
  ];
  for (const [text, figure, expected] of rows)
    it(`«${text}»: ${figure} is ${expected}`, () => {
      assert.equal(what(text, figure), expected);
    });

  it('two outlets\' tolls of one airstrike disagree', () => {
    assert.deepEqual(warnings('مقتل 8 أشخاص في غارة جوية على سوق بلدة كفرنبل', 'غارة على سوق كفرنبل توقع 17 قتيلا'), ['17 ↔ 8']);
  });
});
