// Issue 13: a disease's name that is also a small or faraway town's
// (data/places/common-nouns.json) is read as the disease, with or without a
// clitic (بكورونا); after a trigger noun it is the place again, and a strong
// place is never taken for a noun.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';

const places = (text: string) => analyse(text).places.map((p) => p.text);

describe('places: a common noun beats a weak place reading', () => {
  it('«بكورونا», «كورونا» and «بالكوليرا» are diseases, not places', () => {
    assert.deepEqual(places('وأعلنت الوزارة وفاة سبعة مرضى بكورونا خلال الأسبوع في الخرطوم.'), ['الخرطوم']);
    assert.deepEqual(places('ارتفع عدد المصابين بفيروس كورونا إلى 80 في تونس.'), ['تونس']);
    assert.deepEqual(places('وتوفي ثلاثة أطفال بالكوليرا في مخيم للنازحين.'), []);
  });

  it('after a trigger noun it is the town again', () => {
    assert.deepEqual(places('وقعت الحادثة في مدينة كورونا بولاية كاليفورنيا.').slice(0, 1), ['كورونا']);
  });

  it('a country, or a claim\'s place after the disease, keeps its reading', () => {
    const a = analyse('وأصيب 25 شخصا بكورونا في بغداد.');
    assert.deepEqual(a.places.map((p) => p.text), ['بغداد']);
    assert.deepEqual(a.claims.map((c) => c.place), ['بغداد']);
  });
});
