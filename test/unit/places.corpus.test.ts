// The places of the Kirkuk story (EXPECTED.md): every listed place is found
// with the span GUIDELINES §2 gives it, and none of the listed non-places is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Place } from '../../server/src/core/types.js';
import { article, kirkukFiles, describeShared } from './corpus.js';
import { placesOf } from './places.helpers.js';

const places = (prefix: string): Place[] => placesOf(article(prefix));
const texts = (ps: Place[]) => ps.map((p) => p.text);

/** Places whose text is exactly `text`. */
const named = (ps: Place[], text: string) => ps.filter((p) => p.text === text);

describeShared('places in the Kirkuk corpus', () => {
  const all = new Map(
    kirkukFiles().map((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return [f, { text, places: placesOf(text) }];
    }),
  );

  it('gives spans that are exactly the text they cover', () => {
    for (const [f, a] of all) for (const p of a.places) assert.equal(a.text.slice(p.start, p.end), p.text, f);
  });

  // EXPECTED.md, "Places that must be found": [article, text as written, canonical name, type]
  const cases: Array<[string, string, string, string]> = [
    ['000', 'كركوك', 'كركوك', 'city'],
    ['000', 'بغداد', 'بغداد', 'city'],
    ['000', 'الموصل', 'الموصل', 'city'],
    ['000', 'العراق', 'العراق', 'country'],
    ['000', 'دبس', 'الدبس', 'district'],
    ['000', 'الدبس', 'الدبس', 'district'],
    ['000', 'دوميز', 'دوميز', 'neighbourhood'],
    ['000', 'واحد حزيران', 'واحد حزيران', 'neighbourhood'],
    ['001', 'حزيران', 'حزيران', 'neighbourhood'],
    ['001', 'التسعين', 'التسعين', 'neighbourhood'],
    ['001', 'تسعين', 'تسعين', 'neighbourhood'],
    ['001', 'الوسطي', 'الوسطي', 'neighbourhood'],
    ['002', 'داقوق', 'داقوق', 'district'],
    ['002', 'برطلة', 'برطلة', 'town'],
    ['002', 'الرقة', 'الرقة', 'city'],
    ['002', 'سورية', 'سوريا', 'country'],
    ['003', 'الدوميز', 'دوميز', 'neighbourhood'],
    ['003', 'اربيل', 'أربيل', 'city'],
    ['003', 'إقليم كردستان', 'إقليم كردستان', 'region'],
    ['004', 'قره قوش', 'قره قوش', 'town'],
    ['004', 'قرة قوش', 'قره قوش', 'town'],
    ['004', 'تلكيف', 'تلكيف', 'town'],
    ['004', 'سهل نينوى', 'سهل نينوى', 'region'],
    ['004', 'القيارة', 'القيارة', 'town'],
  ];
  for (const [prefix, text, name, type] of cases) {
    it(`finds ${text} in ${prefix} as ${name} (${type})`, () => {
      const found = named(places(prefix), text);
      assert.ok(found.length > 0, `${text} not among ${texts(places(prefix)).join('، ')}`);
      assert.equal(found[0]!.name, name);
      assert.equal(found[0]!.type, type);
    });
  }

  it('finds the neighbourhoods of a dual list with a quoted member (حيَّي الوسطي و”دوميز”)', () => {
    const text = article('003');
    const at = text.indexOf('حيَّي الوسطي');
    const inList = places('003').filter((p) => p.start > at && p.start < at + 30);
    assert.deepEqual(texts(inList), ['الوسطي', 'دوميز']);
  });

  it('finds every name of the list أحياء التسعين وحزيران ودوميز without the conjunction', () => {
    const text = article('001');
    const at = text.indexOf('أحياء التسعين');
    const inList = places('001').filter((p) => p.start > at && p.start < at + 40);
    assert.deepEqual(texts(inList), ['التسعين', 'حزيران', 'دوميز']);
  });

  it('keeps the proclitic out of the span (بكركوك، وبغداد)', () => {
    const ps = places('004');
    const text = article('004');
    const at = text.indexOf('بكركوك');
    const p = ps.find((x) => x.start === at + 1);
    assert.ok(p, 'بكركوك gives كركوك');
    assert.equal(p.text, 'كركوك');
  });

  it('links Kirkuk and Erbil to their GeoNames ids and Kurdistan to the supplement', () => {
    assert.equal(named(places('000'), 'كركوك')[0]!.id, 'geonames:94787');
    assert.equal(named(places('003'), 'اربيل')[0]!.id, 'geonames:95446');
    assert.equal(named(places('003'), 'إقليم كردستان')[0]!.via, 'gazetteer');
    assert.match(named(places('003'), 'إقليم كردستان')[0]!.id!, /^isnad:/);
  });

  it('reads محافظة كركوك as the governorate, without the trigger noun in the span', () => {
    const p = places('001').find((x) => x.type === 'governorate');
    assert.ok(p);
    assert.equal(p.text, 'كركوك');
    assert.equal(p.id, 'geonames:IQ.13');
  });

  it('finds no facility, outlet or nationality as a place', () => {
    for (const [f, a] of all) {
      const bad = a.places.filter((p) => /فندق|الجهاد|مسجد|المحمدي|بلازا|مول|جامعة|شرطة|إيراني|ايراني|السومرية|فرانس/.test(p.text));
      assert.deepEqual(texts(bad), [], f);
    }
  });

  it('keeps the place inside جامعة كركوك and شرطة كركوك, never the whole', () => {
    const text = article('003');
    for (const phrase of ['جامعة كركوك', 'شرطة كركوك']) {
      const at = text.indexOf(phrase);
      const p = places('003').find((x) => x.start >= at && x.start < at + phrase.length);
      assert.ok(p, phrase);
      assert.equal(p.text, 'كركوك');
    }
  });

  it('reads neither number words of names nor months as anything but the neighbourhood', () => {
    // حي واحد حزيران: one place covering both words, not واحد alone
    const ps = places('000');
    assert.equal(named(ps, 'واحد').length, 0);
    assert.equal(named(ps, 'واحد حزيران').length, 1);
  });

  it('finds nothing in the common words that small foreign towns are named (كان، إطار، ساري، المدينة)', () => {
    for (const [f, a] of all) {
      const bad = a.places.filter((p) => ['كان', 'إطار', 'ساري', 'المدينة', 'فإن', 'وإن', 'تلا', 'ميدان', 'حمد', 'العقبة'].includes(p.text));
      assert.deepEqual(texts(bad), [], f);
    }
  });
});
