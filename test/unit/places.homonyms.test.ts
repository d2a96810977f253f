// A name several places share is the place in the country the article names,
// by the country's name or its nisba adjective, or by a place of that country
// whose name no other country's place bears (places/homonyms.ts).
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

  it('beside a place no other country bears the name of (ريف إدلب), a shared name is the town of that country (apart-event)', () => {
    const alone = idOf('قصف مدفعي على أحياء في أريحا صباح اليوم.', 'أريحا');
    const beside = idOf('قال مسعفون في ريف إدلب إن قصفا مدفعيا طال أحياء في أريحا صباح اليوم.', 'أريحا');
    assert.equal(alone, 'geonames:284899');
    assert.equal(beside, 'isnad:sy-ariha');
  });

  it('beside places of two countries the pick stays: nothing tells which', () => {
    assert.equal(idOf('وصل وفد من إدلب ونابلس إلى أريحا صباح اليوم.', 'أريحا'), idOf('وصل وفد إلى أريحا صباح اليوم.', 'أريحا'));
  });
});
