import assert from 'node:assert/strict';
import { addAnnotations, removeAnnotation } from '../../server/src/standoff/edit.js';
import { applyEdits } from '../../server/src/standoff/line-edits.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn } from '../../server/src/standoff/validate.js';

const txt = 'قال مصدر أمني إن 22 شخصا قتلوا في كركوك 😀 وداقوق';
const at = (w: string) => ({ start: txt.indexOf(w), end: txt.indexOf(w) + w.length });

describe('annotation files: adding and removing', () => {
  it('creates the file when it is missing, with code point offsets and every field', () => {
    const r = addAnnotations(null, txt, [
      { kind: 'span', type: 'Place', ...at('داقوق'), attributes: { PlaceType: 'district' }, normalizations: [{ db: 'GeoNames', id: '94000', text: 'Daquq' }] },
      { kind: 'span', type: 'Figure', ...at('22'), attributes: { Kind: 'count', Negated: true }, note: 'value=22' },
      { kind: 'span', type: 'Source', ...at('مصدر أمني') },
      { kind: 'relation', type: 'SourceOf', arg1: 2, arg2: 1 },
    ]);
    assert.ok(r.ok);
    assert.equal(r.create, true);
    assert.deepEqual(r.ids, ['T1', 'T2', 'T3', 'R1']);
    // داقوق is at UTF-16 44 but code point 43: the emoji before it counts once
    assert.equal(
      r.text,
      [
        'T1\tPlace 43 48\tداقوق',
        'A1\tPlaceType T1 district',
        'N1\tReference T1 GeoNames:94000\tDaquq',
        'T2\tFigure 17 19\t22',
        'A2\tKind T2 count',
        'A3\tNegated T2',
        '#1\tAnnotatorNotes T2\tvalue=22',
        'T3\tSource 4 13\tمصدر أمني',
        'R1\tSourceOf Arg1:T3 Arg2:T2',
        '',
      ].join('\n'),
    );
    assert.deepEqual(validateAnn(parseAnn(r.text), txt), []);
  });

  it('appends with the next free ids as one insertion, leaving every existing byte in place (CRLF, no final newline)', () => {
    const before = 'T7\tPlace 34 39\tكركوك\r\n\r\nX1\tforeign stuff\r\n#3\tAnnotatorNotes T7\tchecked';
    const r = addAnnotations(before, txt, [{ kind: 'span', type: 'Place', ...at('داقوق') }, { kind: 'note', target: 0, text: 'two\nlines' }]);
    assert.ok(r.ok);
    assert.equal(r.edits.length, 1);
    assert.equal(r.edits[0]!.start, before.length);
    assert.equal(r.text, before + '\r\nT8\tPlace 43 48\tداقوق\r\n#4\tAnnotatorNotes T8\ttwo lines\r\n');
    assert.equal(applyEdits(before, r.edits), r.text);
  });

  it('splits a span that crosses a line break into fragments, because a T line cannot hold one', () => {
    const t = 'مدينة\nكركوك';
    const r = addAnnotations('', t, [{ kind: 'span', type: 'Place', start: 0, end: t.length }]);
    assert.ok(r.ok);
    assert.equal(r.text, 'T1\tPlace 0 5;6 11\tمدينة كركوك\n');
  });

  it('refuses to touch a file with problems', () => {
    const r = addAnnotations('T1\tPlace 0 5\tداقوق\n', txt, [{ kind: 'span', type: 'Place', ...at('كركوك') }]);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.problems.some((p) => p.code === 'text-mismatch'));
    const conflicted = addAnnotations('<<<<<<< a\n=======\n>>>>>>> b\n', txt, []);
    assert.equal(conflicted.ok, false);
  });

  it('removes an annotation with everything that refers to it, and nothing else', () => {
    const before = [
      'T1\tPlace 34 39\tكركوك',
      'T2\tFigure 17 19\t22',
      'A1\tKind T2 count',
      'T3\tSource 4 13\tمصدر أمني',
      'R1\tSourceOf Arg1:T3 Arg2:T2',
      '#1\tAnnotatorNotes R1\treviewed',
      'N1\tReference T1 GeoNames:94787\tKirkuk',
      '',
    ].join('\n');
    const r = removeAnnotation(before, txt, 'T2');
    assert.ok(r.ok);
    assert.deepEqual(new Set(r.ids), new Set(['T2', 'A1', 'R1', '#1']));
    assert.equal(r.text, ['T1\tPlace 34 39\tكركوك', 'T3\tSource 4 13\tمصدر أمني', 'N1\tReference T1 GeoNames:94787\tKirkuk', ''].join('\n'));
    assert.equal(applyEdits(before, r.edits), r.text);
    // two deletions: T2+A1 together, R1+#1 together
    assert.equal(r.edits.length, 2);
  });
});
