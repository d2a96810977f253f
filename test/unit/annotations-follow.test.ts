import assert from 'node:assert/strict';
import { followTextChanges } from '../../server/src/standoff/follow-edits.js';
import { reanchor } from '../../server/src/standoff/reanchor.js';
import { applyEdits } from '../../server/src/standoff/line-edits.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { addAnnotations } from '../../server/src/standoff/edit.js';
import { toTextChanges } from '../../server/src/standoff/text-changes.js';
import { article, itShared } from './corpus.js';

const txt = 'قتل 22 شخصا في كركوك وداقوق';
const ann = 'T1\tFigure 4 6\t22\nT2\tPlace 15 20\tكركوك\nT3\tPlace 22 27\tداقوق\n';

describe('annotation files: following edits in the editor', () => {
  it('shifts spans after an insertion, leaves those before it byte-identical', () => {
    const r = followTextChanges(ann, txt, [{ start: 14, end: 14, text: ' مدينة 😀' }]);
    assert.ok(r.ok);
    // 9 UTF-16 units but 8 code points were inserted
    assert.equal(r.text, 'T1\tFigure 4 6\t22\nT2\tPlace 23 28\tكركوك\nT3\tPlace 30 35\tداقوق\n');
    assert.equal(r.edits.length, 2);
    const newTxt = 'قتل 22 شخصا في مدينة 😀 كركوك وداقوق';
    assert.deepEqual(validateAnn(parseAnn(r.text), newTxt), []);
  });

  it('applies several changes in order, each in the text left by the one before', () => {
    // delete "22 " then insert "نحو " at the start
    const r = followTextChanges(ann, txt, [
      { start: 4, end: 7, text: '' },
      { start: 0, end: 0, text: 'نحو ' },
    ]);
    assert.ok(r.ok);
    const newTxt = 'نحو قتل شخصا في كركوك وداقوق';
    assert.deepEqual(validateAnn(parseAnn(r.text), newTxt).map((p) => p.line), [0]);
    assert.deepEqual(r.problems.map((p) => [p.line, p.code]), [[0, 'unanchored']]);
    assert.match(r.text, /^T1\tFigure \d+ \d+\t22\n/, 'the deleted figure is kept with its text, never dropped');
    assert.equal(r.text.split('\n')[1], 'T2\tPlace 16 21\tكركوك');
  });

  it('stretches a span edited inside and updates its stored text', () => {
    const r = followTextChanges(ann, txt, [{ start: 17, end: 17, text: 'ر' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.retexted, [{ id: 'T2', line: 1, before: 'كركوك', after: 'كرركوك' }]);
    assert.equal(r.text.split('\n')[2], 'T3\tPlace 23 28\tداقوق');
  });

  it('re-anchors a span when an edit crosses its boundary but its text survives nearby', () => {
    // retype "في كركوك" as "في  كركوك" by replacing the range over the start of كركوك
    const r = followTextChanges(ann, txt, [{ start: 12, end: 17, text: 'في  كر' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.moved.map((m) => [m.id, m.to]), [['T2', [[16, 21]]]]);
    assert.deepEqual(r.problems, []);
  });

  it('flags a deleted span instead of moving it to another occurrence far away, and undo brings it back', () => {
    const long = 'كركوك ' + 'ثم '.repeat(40) + 'قتل في كركوك اليوم';
    const at = long.lastIndexOf('كركوك');
    const ann1 = `T1\tPlace ${at} ${at + 5}\tكركوك\n`;
    const deleted = followTextChanges(ann1, long, [{ start: at, end: at + 6, text: '' }]);
    assert.ok(deleted.ok);
    assert.deepEqual(deleted.moved, []);
    assert.deepEqual(deleted.problems.map((p) => [p.line, p.code]), [[0, 'unanchored']]);
    // issue 15: an empty span (T1 Place N N) is never written; the deleted word's line is kept as written
    assert.equal(deleted.text, ann1);
    const afterDelete = long.slice(0, at) + long.slice(at + 6);
    const undone = followTextChanges(deleted.text, afterDelete, [{ start: at, end: at, text: 'كركوك ' }]);
    assert.ok(undone.ok);
    assert.deepEqual(undone.problems, []);
    assert.equal(undone.text, ann1);
  });

  it('refuses to follow edits in a conflicted file', () => {
    assert.equal(followTextChanges('<<<<<<< a\n' + ann, txt, [{ start: 0, end: 0, text: 'x' }]).ok, false);
  });
});

describe('annotation files: re-anchoring after an external change', () => {
  itShared("finds every span again after a teammate's commit changed the article", () => {
    const old = article('001');
    const word = 'كركوك';
    const items = [] as { kind: 'span'; type: string; start: number; end: number }[];
    for (let i = old.indexOf(word); i >= 0; i = old.indexOf(word, i + 1)) items.push({ kind: 'span', type: 'Place', start: i, end: i + word.length });
    assert.ok(items.length >= 3);
    const made = addAnnotations(null, old, items);
    assert.ok(made.ok);
    const changed = 'تحديث 😀: ' + old.slice(0, 200) + ' فقرة جديدة ' + old.slice(200);
    const r = reanchor(made.text, changed, old);
    assert.ok(r.ok);
    assert.equal(r.moved.length, items.length);
    assert.deepEqual(validateAnn(parseAnn(r.text), changed), []);
    assert.equal(applyEdits(made.text, r.edits), r.text);
  });

  it('picks the occurrence nearest to the old place when the word repeats', () => {
    const old = 'كركوك ثم كركوك ثم كركوك';
    const annOld = 'T1\tPlace 9 14\tكركوك\n';
    const r = reanchor(annOld, 'خبر: ' + old, old);
    assert.ok(r.ok);
    assert.equal(r.text, 'T1\tPlace 14 19\tكركوك\n');
  });

  it('falls back to a normalisation-insensitive match and stores the text found', () => {
    const r = reanchor('T1\tPlace 0 4\tالأنبار\n', 'في محافظة الانبار');
    assert.ok(r.ok);
    assert.equal(r.text, 'T1\tPlace 10 17\tالانبار\n');
    assert.equal(r.moved[0]!.how, 'normalized');
  });

  it('reports a span it cannot find and keeps its line unchanged', () => {
    const before = 'T1\tPlace 15 20\tكركوك\r\nT2\tPlace 22 27\tداقوق\r\n';
    const r = reanchor(before, 'قتل 22 شخصا في الموصل وداقوق');
    assert.ok(r.ok);
    assert.deepEqual(r.problems.map((p) => [p.line, p.code]), [[0, 'unanchored']]);
    assert.equal(r.text.split('\r\n')[0], 'T1\tPlace 15 20\tكركوك');
    assert.equal(r.text.split('\r\n')[1], 'T2\tPlace 23 28\tداقوق');
  });
});

describe('annotation files: editor change events', () => {
  it('reads line/character ranges in the text left by the previous change, and a whole-text change', () => {
    const before = 'سطر\r\nقتل 22 شخصا';
    const { changes, after } = toTextChanges(before, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'نحو ' },
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } }, text: 'قُتل' },
    ]);
    assert.equal(after, 'سطر\r\nنحو قُتل 22 شخصا');
    assert.deepEqual(changes, [{ start: 5, end: 5, text: 'نحو ' }, { start: 9, end: 12, text: 'قُتل' }]);
    assert.deepEqual(toTextChanges('abc', [{ text: 'xyz' }]).changes, [{ start: 0, end: 3, text: 'xyz' }]);
  });
});
