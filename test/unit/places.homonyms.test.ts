// A name several places share is the place in the country the article names,
// by the country's name or its nisba adjective (places/homonyms.ts).
import assert from 'node:assert/strict';
import { placesOf } from './places.helpers.js';

const idOf = (text: string, name: string) => placesOf(text).find((p) => p.text === name)?.id;

describe('places: a shared name is the place in the country the article names', () => {
  it('طرابلس alone is the larger place; with لبنان or a Lebanese nisba it is the Lebanese city', () => {
    const alone = idOf('وقع انفجار في مدينة طرابلس مساء الأحد.', 'طرابلس');
    const named = idOf('وقع انفجار في مدينة طرابلس شمال لبنان مساء الأحد.', 'طرابلس');
    const nisba = idOf('وقع انفجار في طرابلس، وقال الجيش اللبناني إن فرقه تعمل في المكان.', 'طرابلس');
    assert.ok(alone && named && alone !== named, JSON.stringify({ alone, named }));
    assert.equal(nisba, named);
  });

  it('a name whose pick lies in the named country keeps it', () => {
    const a = idOf('وقع انفجار في مدينة طرابلس الليبية، وقالت الحكومة الليبية إن الوضع تحت السيطرة.', 'طرابلس');
    const b = idOf('وقع انفجار في مدينة طرابلس مساء الأحد.', 'طرابلس');
    assert.equal(a, b);
  });
});
