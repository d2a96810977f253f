import assert from 'node:assert/strict';
import { resolveConflicts } from '../../server/src/standoff/merge-conflicts.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn, canRewrite } from '../../server/src/standoff/validate.js';

const txt = 'قتل 22 شخصا في كركوك وداقوق';

describe('annotation files: resolving a git conflict', () => {
  // Salma (ours) and Omar (theirs) both annotated the article from T2 on.
  const conflicted = [
    'T1\tFigure 4 6\t22',
    '<<<<<<< HEAD',
    'T2\tPlace 15 20\tكركوك',
    'A1\tPlaceType T2 city',
    '=======',
    'T2\tPlace 22 27\tداقوق',
    'A1\tPlaceType T2 district',
    'T3\tPlace 15 20\tكركوك',
    'A2\tPlaceType T3 city',
    'R1\tLocatedIn Arg1:T1 Arg2:T2',
    '>>>>>>> omar',
    'A3\tKind T1 count',
    '',
  ].join('\n');

  it('is detected, reported and never considered rewritable', () => {
    const doc = parseAnn(conflicted);
    assert.equal(doc.conflicted, true);
    assert.equal(canRewrite(doc, txt), false);
  });

  it('keeps both sides, drops the duplicates and renumbers colliding ids with their references', () => {
    const r = resolveConflicts(conflicted);
    assert.ok(r.ok);
    assert.equal(
      r.text,
      [
        'T1\tFigure 4 6\t22',
        'T2\tPlace 15 20\tكركوك',
        'A1\tPlaceType T2 city',
        'T4\tPlace 22 27\tداقوق',
        'A4\tPlaceType T4 district',
        'R1\tLocatedIn Arg1:T1 Arg2:T4',
        'A3\tKind T1 count',
        '',
      ].join('\n'),
    );
    assert.deepEqual(r.renamed.map((x) => [x.from, x.to]), [['T2', 'T4'], ['A1', 'A4']]);
    // their T3 (كركوك) was ours T2, and their A2 on it was ours A1
    assert.deepEqual(r.duplicates.map((d) => [d.id, d.sameAs]), [['T3', 'T2'], ['A2', 'A1']]);
    const merged = parseAnn(r.text);
    assert.equal(canRewrite(merged, txt), true);
    assert.deepEqual(validateAnn(merged, txt), []);
  });

  it('keeps CRLF line ends, drops a diff3 base section and handles a hunk where one side is empty', () => {
    const crlf = ['<<<<<<< ours', '||||||| base', 'T1\tPlace 0 3\tقتل', '=======', 'T1\tFigure 4 6\t22', '>>>>>>> theirs', ''].join('\r\n');
    const r = resolveConflicts(crlf);
    assert.ok(r.ok);
    assert.equal(r.text, 'T1\tFigure 4 6\t22\r\n');
  });

  it('refuses a conflict that is not closed', () => {
    const r = resolveConflicts('<<<<<<< a\nT1\tPlace 0 3\tقتل\n=======\n');
    assert.equal(r.ok, false);
  });
});
