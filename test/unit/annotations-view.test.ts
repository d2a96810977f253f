import assert from 'node:assert/strict';
import { viewAnnotations, isRejected, supersededIds, reviewOf } from '../../server/src/standoff/view.js';
import { annotationPathFor, textPathFor } from '../../server/src/standoff/paths.js';

const txt = '😀 قتل 22 ثم ارتفع إلى 25 في كركوك';
const ann = [
  'T1\tFigure 7 9\t22',
  'T2\tFigure 22 24\t25',
  'R1\tSupersedes Arg1:T2 Arg2:T1',
  'T3\tRejected 2 5\tقتل',
  'A1\tRejectedType T3 Place',
  'T4\tPlace 28 33\tكركوك',
  'N1\tReference T4 GeoNames:94787\tKirkuk',
  'A2\tPlaceType T4 city',
  'R2\tNotConflicting Arg1:T1 Arg2:T2',
  '#1\tAnnotatorNotes R2\ta revision, not a contradiction',
  '',
].join('\n');

describe('annotation files: reading decisions for the editor', () => {
  const v = viewAnnotations(ann, txt);

  it('gives spans in UTF-16 offsets of the text, with attributes and links', () => {
    const place = v.spans.find((s) => s.id === 'T4')!;
    assert.deepEqual(place.ranges, [[txt.indexOf('كركوك'), txt.indexOf('كركوك') + 5]]);
    assert.deepEqual(place.attributes, { PlaceType: 'city' });
    assert.deepEqual(place.references, [{ db: 'GeoNames', id: '94787', text: 'Kirkuk' }]);
  });

  it('knows which suggestions were rejected, which figures are superseded and which pairs were reviewed', () => {
    const qatal = txt.indexOf('قتل');
    assert.equal(isRejected(v, 'Place', qatal, qatal + 3), true);
    assert.equal(isRejected(v, 'Figure', qatal, qatal + 3), false);
    assert.deepEqual([...supersededIds(v)], ['T1']);
    assert.equal(reviewOf(v, 'T2', 'T1'), 'NotConflicting');
    assert.equal(reviewOf(v, 'T1', 'T4'), null);
    assert.deepEqual(v.relations.find((r) => r.id === 'R2')!.notes, ['a revision, not a contradiction']);
  });

  it('puts NAME.ann beside NAME.txt', () => {
    assert.equal(annotationPathFor('file:///story/001_x.txt'), 'file:///story/001_x.ann');
    assert.equal(textPathFor('/story/001_x.ann'), '/story/001_x.txt');
  });
});
