import assert from 'node:assert/strict';
import { addAnnotations } from '../../server/src/standoff/edit.js';
import { toWebAnnotation, fromWebAnnotation } from '../../server/src/standoff/web-annotation.js';
import { toConll } from '../../server/src/standoff/conll.js';
import { exportAnnotations, importAnnotations } from '../../server/src/standoff/formats.js';
import { figureAnnotation, placeAnnotation, attributionAnnotations, rejection, review } from '../../server/src/standoff/from-findings.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import type { Figure, Place } from '../../server/src/core/types.js';

const txt = '😀 قال مصدر أمني إن 22 شخصا قتلوا في كركوك ووصل عددهم إلى 25 قتيلا';
const at = (w: string, from = 0) => ({ start: txt.indexOf(w, from), end: txt.indexOf(w, from) + w.length });

function sampleAnn(): string {
  const fig = (w: string, value: number): Figure => ({ ...at(w), text: w, kind: 'count', value, min: value, max: value, qualifier: null, unit: null, counted: null });
  const place: Place = { ...at('كركوك'), text: 'كركوك', name: 'كركوك', nameEn: 'Kirkuk', type: 'city', id: 'geonames:94787', via: 'gazetteer' };
  const r = addAnnotations(null, txt, [
    figureAnnotation(fig('22', 22)), // T1
    figureAnnotation(fig('25', 25)), // T2
    placeAnnotation(place), // T3
    { kind: 'span', type: 'Source', ...at('مصدر أمني'), attributes: { SourceType: 'anonymous' } }, // T4
    { kind: 'relation', type: 'SourceOf', arg1: 3, arg2: 0 },
    review('Supersedes', 1, 0, 'ارتفع إلى'),
    rejection('Place', at('قال'), 'a verb, not a place'),
  ]);
  assert.ok(r.ok);
  return r.text;
}

describe('annotation files: export and import', () => {
  it('writes detections as brat lines a teammate can read', () => {
    const ann = sampleAnn();
    assert.match(ann, /^T3\tPlace 36 41\tكركوك\nA3\tPlaceType T3 city\nN1\tReference T3 GeoNames:94787\tKirkuk$/m);
    assert.match(ann, /^A1\tKind T1 count\n#1\tAnnotatorNotes T1\tvalue=22$/m);
    assert.match(ann, /^R2\tSupersedes Arg1:T2 Arg2:T1\n#3\tAnnotatorNotes R2\tارتفع إلى$/m);
    assert.match(ann, /^T5\tRejected 2 5\tقال\nA5\tRejectedType T5 Place$/m);
    assert.deepEqual(validateAnn(parseAnn(ann), txt), []);
  });

  it('exports W3C Web Annotations with quote and code point position selectors', () => {
    const { collection, skipped } = toWebAnnotation(sampleAnn(), txt, '001', 'file:///work/story');
    assert.deepEqual(skipped, []);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const place = collection.first.items.find((a) => a.id === 'file:///work/story/001.ann#T3')!;
    const target = place.target as { source: string; selector: { type: string; exact?: string; start?: number }[] };
    assert.equal(target.source, 'file:///work/story/001.txt');
    assert.deepEqual(target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(target.selector[0]!.exact, 'كركوك');
    // after the emoji: code point 36, UTF-16 37
    assert.equal(txt.indexOf('كركوك'), 37);
    assert.equal(target.selector[1]!.start, 36);
    assert.deepEqual(
      place.body.map((b) => [b.purpose, b.value]),
      [['tagging', 'Place'], ['classifying', 'PlaceType=city'], ['identifying', 'Reference GeoNames:94787\tKirkuk']],
    );
    const link = collection.first.items.find((a) => a.id === 'file:///work/story/001.ann#R1')!;
    assert.deepEqual(link.target, ['file:///work/story/001.ann#T4', 'file:///work/story/001.ann#T1']);
  });

  it('imports its own export back to the same .ann, byte for byte', () => {
    const ann = sampleAnn();
    const json = exportAnnotations('webanno', ann, txt, '001');
    const back = importAnnotations('webanno', json, txt);
    assert.deepEqual(back.skipped, []);
    assert.equal(back.text, ann);
    assert.equal(exportAnnotations('brat', ann, txt, '001'), ann);
  });

  it('places an imported quote by its context when its position is wrong, and keeps discontinuous spans', () => {
    const json = {
      type: 'Annotation',
      id: 'x#T9',
      motivation: 'tagging',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Figure' }],
      target: [
        { source: 'x.txt', selector: [{ type: 'TextQuoteSelector', exact: '22', prefix: 'إن ', suffix: ' شخصا' }, { type: 'TextPositionSelector', start: 0, end: 2 }] },
        { source: 'x.txt', selector: [{ type: 'TextQuoteSelector', exact: 'شخصا' }] },
      ],
    };
    const r = fromWebAnnotation(json, txt);
    assert.equal(r.text, 'T9\tFigure 19 21;22 26\t22 شخصا\n');
    assert.deepEqual(validateAnn(parseAnn(r.text), txt), []);
  });

  it('exports CoNLL BIO with one column per type, nested spans kept, spaces left out', () => {
    const ann = 'T1\tContent 19 32\t22 شخصا قتلوا\nT2\tFigure 19 21\t22\nT3\tPlace 36 41\tكركوك\n';
    assert.deepEqual(validateAnn(parseAnn(ann), txt), []);
    const conll = toConll(ann, txt, { types: ['Figure', 'Place', 'Content'] });
    const rows = conll.split('\n');
    // behaviour change (issue 18): the header is the CoNLL-2003 document line readers skip, not a comment conlleval scores
    assert.equal(rows[0], '-DOCSTART-\tO\tO\tO');
    assert.equal(rows[1], '');
    const row = (tok: string) => rows.find((r) => r.startsWith(tok + '\t'));
    assert.equal(row('إن'), 'إن\tO\tO\tO');
    assert.equal(row('22'), '22\tB-Figure\tO\tB-Content');
    assert.equal(row('شخصا'), 'شخصا\tO\tO\tI-Content');
    assert.equal(row('كركوك'), 'كركوك\tO\tB-Place\tO');
    assert.ok(!rows.some((r) => /^\s+\t/.test(r)));
  });
});
