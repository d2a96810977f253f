// A place after «مع» (على الحدود مع أ) is beside the event, not where it
// happened: it is not the article's country either. A headline that names only
// such a place is set in the country its army or police belong to
// (claims/detect.ts, claims/setting.ts).
import assert from 'node:assert/strict';
import { claimAt, warnings } from './headline-pair.fixture.js';

describe('claims: a border with a country does not set the article in it', () => {
  const b = 'الجيش العراقي يضبط 500 ألف حبة مخدرة على الحدود مع إيران';
  it('the army\'s country is the article\'s, not the neighbour across the border', () => {
    assert.equal(claimAt(b, '500 ألف')?.country, 'iso3166:IQ');
  });
  it('so its seizure is compared with another outlet\'s of the same border', () => {
    assert.deepEqual(warnings('إحباط تهريب 3 ملايين حبة مخدرة على الحدود العراقية الإيرانية', b), ['3 ملايين ↔ 500 ألف']);
  });
  it('a country named plainly is still the article\'s', () => {
    assert.equal(claimAt('ضبط 500 ألف حبة مخدرة في إيران', '500 ألف')?.country, 'iso3166:IR');
  });
});
