// The gazetteer: the shipped data, parent chains for the hover, and what the
// team teaches it (its file and the names it annotated).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import supplement from '../../server/src/core/data/gazetteer-supplement.json' with { type: 'json' };
import { ROOT } from './corpus.js';
import { placesOf } from './places.helpers.js';

describe('gazetteer: shipped data', () => {
  const g = Gazetteer.load();

  it('is loaded once and shared', () => {
    assert.equal(Gazetteer.load(), g);
    assert.ok(g.size > 9000, `only ${g.size} entries`);
  });

  it('ships compact (under 2 MB)', () => {
    const size = fs.statSync(path.join(ROOT, 'server/src/core/data/gazetteer.json')).size;
    assert.ok(size < 2_000_000, `${size} bytes`);
  });

  it('has Arabic and English names, type and coordinates', () => {
    const k = g.get('geonames:94787')!;
    assert.equal(k.ar, 'كركوك');
    assert.equal(k.en, 'Kirkuk');
    assert.equal(k.type, 'city');
    assert.ok(Math.abs(k.lat! - 35.47) < 0.1 && Math.abs(k.lon! - 44.39) < 0.1);
    assert.equal(g.get('iso3166:SY')!.en, 'Syria');
  });

  it('walks a parent chain from a city to its country', () => {
    const info = g.info('geonames:99072')!; // Mosul
    assert.deepEqual(info.parents.map((p) => p.id), ['geonames:IQ.15', 'iso3166:IQ']);
    assert.equal(info.parents[0]!.ar, 'نينوى');
  });

  it('walks Dibis → Kirkuk Governorate → Iraq', () => {
    assert.deepEqual(g.info('isnad:iq-dibis')!.parents.map((p) => p.en), ['Kirkuk Governorate', 'Iraq']);
  });

  it('credits GeoNames for its entries and names the supplement source of the others', () => {
    assert.match(g.credit(g.get('geonames:94787')!), /GeoNames.*CC-BY-4\.0/);
    assert.match(g.credit(g.get('isnad:iq-dibis')!), /Iraq/);
  });

  it('finds an entry by any spelling of its name', () => {
    for (const n of ['سوريا', 'سورية', 'الجمهورية العربية السورية']) assert.deepEqual(g.lookup(n).map((e) => e.id), ['iso3166:SY'], n);
    for (const n of ['دبس', 'الدبس']) assert.equal(g.lookup(n)[0]!.id, 'isnad:iq-dibis', n);
  });

  it('names a known source for every supplement entry, and a parent that exists', () => {
    const sources = supplement.sources as Record<string, string>;
    for (const e of supplement.entries as Array<{ id: string; source: string; parent?: string | null; drop?: boolean }>) {
      assert.ok(sources[e.source], `${e.id}: source ${e.source}`);
      if (!e.drop && e.parent) assert.ok(g.get(e.parent), `${e.id}: parent ${e.parent}`);
    }
  });

  it('keeps administrative prefixes out of the names it matches alone (محافظة كركوك → كركوك)', () => {
    const ps = placesOf('في محافظة كركوك');
    assert.deepEqual(ps.map((p) => [p.text, p.id]), [['كركوك', 'geonames:IQ.13']]);
  });
});

describe('gazetteer: the team file', () => {
  const g = Gazetteer.load();

  it('adds a new place, found with via "team"', () => {
    const { gazetteer, problems } = g.withTeamEntries({ entries: [{ ar: 'عين الصقر', type: 'village', parent: 'geonames:IQ.13' }] });
    assert.deepEqual(problems, []);
    const ps = placesOf('وصلوا إلى عين الصقر أمس', gazetteer);
    assert.deepEqual(ps.map((p) => [p.text, p.via, p.type]), [['عين الصقر', 'team', 'village']]);
    assert.deepEqual(gazetteer.info(ps[0]!.id!)!.parents.map((p) => p.id), ['geonames:IQ.13', 'iso3166:IQ']);
    assert.equal(placesOf('وصلوا إلى عين الصقر أمس').length, 0, 'the shipped gazetteer is unchanged');
  });

  it('adds a variant to an entry by id', () => {
    const { gazetteer } = g.withTeamEntries({ entries: [{ id: 'isnad:iq-dibis', variants: ['دبز'] }] });
    const ps = placesOf('محطة دبز', gazetteer);
    assert.deepEqual(ps.map((p) => [p.text, p.id, p.via]), [['دبز', 'isnad:iq-dibis', 'team']]);
    assert.ok(gazetteer.lookup('الدبس').length, 'the old names stay');
  });

  it('silences a name the team says is no place', () => {
    const { gazetteer } = g.withTeamEntries({ notPlaces: ['الموصل'] });
    assert.deepEqual(placesOf('في الموصل وبغداد', gazetteer).map((p) => p.text), ['بغداد']);
  });

  it('reports bad entries with their index instead of throwing, and keeps the good ones', () => {
    const { gazetteer, problems } = g.withTeamEntries({
      entries: [{ ar: 'تل الزعتر', type: 'village' }, { type: 'town' }, { ar: 'Kirkuk' }, { ar: 'خربة', type: 'hamlet' }, { ar: 'قرية', lat: 200 }, 'x', { id: 'nope', drop: true }],
    });
    assert.deepEqual(problems.map((p) => p.index), [1, 2, 3, 4, 5, 6]);
    for (const p of problems) assert.ok(p.message.length > 10);
    assert.equal(gazetteer.lookup('تل الزعتر').length, 1);
  });

  it('keeps an entry whose parent is unknown but says so', () => {
    const { gazetteer, problems } = g.withTeamEntries({ entries: [{ ar: 'تل الورد', parent: 'geonames:XX.99' }] });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /parent/);
    assert.equal(gazetteer.lookup('تل الورد').length, 1);
  });

  it('reports a file that is no object', () => {
    for (const bad of [null, [], 'text', { entries: {} }]) {
      const { problems } = g.withTeamEntries(bad);
      assert.ok(problems.length > 0 && problems[0]!.index === -1, JSON.stringify(bad));
    }
  });

  it('finds names annotated in annotation files wherever they occur', () => {
    const learnt = g.withLearnt([{ name: 'كوخ الصيادين', type: 'village' }]);
    const ps = placesOf('مر الموكب قرب كوخ الصيادين', learnt);
    assert.deepEqual(ps.map((p) => [p.text, p.type, p.via]), [['كوخ الصيادين', 'village', 'team']]);
    assert.equal(g.withLearnt([{ name: 'بغداد', type: 'city' }]), g, 'a known name adds nothing');
  });
});
