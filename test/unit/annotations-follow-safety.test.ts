// Issue 15, harm 1 and 2: a span is never moved onto other words by distance
// alone, and a line Isnad cannot place is kept byte for byte while the others
// keep following the text.
import assert from 'node:assert/strict';
import { followTextChanges } from '../../server/src/standoff/follow-edits.js';
import { reanchor } from '../../server/src/standoff/reanchor.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { SourceText } from '../../server/src/standoff/text-spans.js';

/** Code point offset of the n-th (0-based) occurrence of `word`. */
function cpAt(txt: string, word: string, n = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= n; k++) i = txt.indexOf(word, i + 1);
  assert.ok(i >= 0, `${word} #${n} in the text`);
  const s = [...txt.slice(0, i)].length;
  return [s, s + [...word].length];
}

const lines = (ann: string) => ann.split('\n');

describe('annotation files: never silently moved (issue 15)', () => {
  it('editing an annotated figure (ستة → سبعة) keeps it on the edited word, marked, never on the other ستة of the sentence', () => {
    const txt = 'قتل ستة أشخاص وأصيب ستة آخرون في كركوك.';
    const [s, e] = cpAt(txt, 'ستة', 0);
    const ann = `T1\tFigure ${s} ${e}\tستة\n#1\tAnnotatorNotes T1\tالشرطة\n`;
    const u = txt.indexOf('ستة');
    const r = followTextChanges(ann, txt, [{ start: u, end: u + 3, text: 'سبعة' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.moved, [], 'not moved to the second ستة');
    assert.deepEqual(r.problems.map((p) => [p.line, p.code]), [[0, 'unanchored']]);
    assert.match(r.problems[0]!.message, /T1 «ستة» was changed by an edit/);
    // kept on the edited word, with the text the annotator saw, and its note
    assert.equal(lines(r.text)[0], `T1\tFigure ${s} ${s + 4}\tستة`);
    assert.equal(lines(r.text)[1], '#1\tAnnotatorNotes T1\tالشرطة');
    assert.deepEqual(r.marked, ['T1']);
    // undo: the marked span keeps following by position and is whole again
    const after = txt.replace('ستة', 'سبعة');
    const undone = followTextChanges(r.text, after, [{ start: u, end: u + 4, text: 'ستة' }], new Set(r.marked));
    assert.ok(undone.ok);
    assert.deepEqual(undone.problems, []);
    assert.equal(undone.text, ann);
  });

  it('deleting an annotated word never writes an empty span: its line is kept as written, the others follow', () => {
    const txt = 'قتل 22 شخصا في كركوك وداقوق';
    const ann = 'T1\tFigure 4 6\t22\nT2\tPlace 15 20\tكركوك\nT3\tPlace 22 27\tداقوق\n';
    const u = txt.indexOf('كركوك');
    const r = followTextChanges(ann, txt, [{ start: u, end: u + 6, text: '' }]);
    assert.ok(r.ok);
    assert.doesNotMatch(r.text, /\t\w+ (\d+) \1\t/, 'no empty span');
    assert.equal(lines(r.text)[1], 'T2\tPlace 15 20\tكركوك');
    assert.equal(lines(r.text)[2], 'T3\tPlace 16 21\tداقوق');
    assert.match(r.problems[0]!.message, /T2 «كركوك» was deleted/);
    // a later edit still moves the others (the file did not become read-only)
    const now = txt.slice(0, u) + txt.slice(u + 6);
    const next = followTextChanges(r.text, now, [{ start: 0, end: 0, text: 'أمس ' }]);
    assert.ok(next.ok);
    assert.equal(lines(next.text)[0], 'T1\tFigure 8 10\t22');
    assert.equal(lines(next.text)[2], 'T3\tPlace 20 25\tداقوق');
    assert.equal(lines(next.text)[1], 'T2\tPlace 15 20\tكركوك');
  });

  it('keeps lines it cannot place byte for byte (wrong text, past the end, start after end, duplicate id) and moves the others', () => {
    const txt = 'قتل ستة أشخاص في كركوك.';
    const bad = [
      'T2\tFigure 5 8\tستة', // the text at 5-8 is not ستة
      'T3\tPlace 900 905\tكركوك', // past the end
      'T4\tPlace 20 17\tكركوك', // start after end
      'T5\tPlace 17 22\tكركوك',
      'T5\tPlace 4 7\tستة', // the same id twice
      'A1\tPlaceType T9 city', // a missing reference
    ];
    const ann = ['T1\tPlace 17 22\tكركوك', ...bad, ''].join('\n');
    const r = followTextChanges(ann, txt, [{ start: 0, end: 0, text: 'أمس ' }]);
    assert.ok(r.ok);
    assert.equal(lines(r.text)[0], 'T1\tPlace 21 26\tكركوك');
    assert.deepEqual(lines(r.text).slice(1, 1 + bad.length), bad);
    const onDisk = reanchor(ann, 'أمس ' + txt, txt);
    assert.ok(onDisk.ok);
    assert.equal(lines(onDisk.text)[0], 'T1\tPlace 21 26\tكركوك');
    assert.deepEqual(lines(onDisk.text).slice(1, 1 + bad.length), bad);
  });

  it('a pull that deletes the annotated sentence does not move the annotation and its note to the same word far away', () => {
    const filler = 'وقال شهود إن الطريق بقي مغلقا حتى المساء. '.repeat(30);
    const old = `بدأ الهجوم فجرا. انفجرت سيارة مفخخة في كركوك صباح اليوم. ${filler}وعاد الهدوء إلى كركوك مساء.`;
    const [s, e] = cpAt(old, 'كركوك', 0);
    const ann = `T1\tPlace ${s} ${e}\tكركوك\n#1\tAnnotatorNotes T1\tالانفجار\n`;
    const pulled = old.replace('انفجرت سيارة مفخخة في كركوك صباح اليوم. ', '');
    const r = reanchor(ann, pulled, old);
    assert.ok(r.ok);
    assert.deepEqual(r.moved, []);
    assert.equal(r.text, ann, 'kept as written');
    assert.match(r.problems[0]!.message, /T1 «كركوك» is no longer in the text where it was/);
    // and when the old text is unknown, a word that occurs twice is not guessed either
    const twice = reanchor(ann, 'في كركوك ' + pulled);
    assert.ok(twice.ok);
    assert.equal(twice.text, ann);
  });

  it('a pull seen half written (its first line, then the whole file) moves nothing, and the whole file fits again', () => {
    const old = 'قتل ستة أشخاص في كركوك.\nوأصيب عشرة في كركوك أيضا.\nوقالت الشرطة في داقوق إن الوضع هادئ.\n';
    const words: [string, number][] = [['كركوك', 0], ['كركوك', 1], ['داقوق', 0]];
    const ann = words.map(([w, n], i) => `T${i + 1}\tPlace ${cpAt(old, w, n).join(' ')}\t${w}`).join('\n') + '\n';
    const half = old.slice(0, old.indexOf('\n') + 1);
    const r1 = reanchor(ann, half, old);
    assert.ok(r1.ok);
    assert.equal(r1.text, ann, 'nothing moved onto the first line');
    assert.deepEqual(r1.edits, []);
    const r2 = reanchor(r1.text, old, half);
    assert.ok(r2.ok);
    assert.equal(r2.text, ann);
    assert.deepEqual(validateAnn(parseAnn(r2.text), old), []);
  });

  it('a pull that changes several places follows every span (a word diff, not one changed region)', () => {
    const old = 'كركوك ثم داقوق ثم كركوك ثم داقوق ثم كركوك';
    const ann = [0, 1, 2].map((n) => `T${n + 1}\tPlace ${cpAt(old, 'كركوك', n).join(' ')}\tكركوك`).join('\n') + '\n';
    const pulled = 'خبر: كركوك ثم داقوق، ثم كركوك ثم داقوق وبعدها ثم كركوك';
    const r = reanchor(ann, pulled, old);
    assert.ok(r.ok);
    assert.deepEqual(r.problems, []);
    const src = new SourceText(pulled);
    assert.deepEqual(
      parseAnn(r.text).lines.flatMap((l) => (l.kind === 'textbound' ? [l.fragments[0]] : [])),
      [0, 1, 2].map((n) => cpAt(pulled, 'كركوك', n)),
    );
    assert.deepEqual(validateAnn(parseAnn(r.text), src), []);
  });
});
