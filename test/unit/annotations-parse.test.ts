import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { serializeAnn } from '../../server/src/standoff/serialize.js';
import { validateAnn, canRewrite } from '../../server/src/standoff/validate.js';
import type { TextBoundLine } from '../../server/src/standoff/model.js';

const roundTrip = (x: string) => serializeAnn(parseAnn(x));

describe('annotation files: lossless reading', () => {
  const samples: Record<string, string> = {
    'LF with final newline': 'T1\tPlace 0 5\tكركوك\nA1\tPlaceType T1 city\n',
    'CRLF, no final newline': 'T1\tPlace 0 5\tكركوك\r\nR1\tSourceOf Arg1:T2 Arg2:T1',
    'lone CR and blank lines': 'T1\tFigure 3 5\t22\r\r\n\n  \nA1\tNegated T1\n\n',
    'BOM, foreign and broken lines': '\uFEFFT1\tPerson 0 4\tعلي\nX9\twhatever here\nthis is not brat\nT2\tPlace zero 5\tكركوك\n',
    'comments and notes': '# reviewed by Salma\n#1\tAnnotatorNotes T1\tvalue=6\tand a tab\n',
    'emoji and astral text': 'T1\tPlace 2 7\t😀كركوك𝐀\n',
    'conflict markers': '<<<<<<< HEAD\nT1\tPlace 0 5\tكركوك\n=======\nT1\tPlace 9 14\tداقوق\n>>>>>>> theirs\n',
    empty: '',
    'only newline': '\n',
  };
  for (const [name, text] of Object.entries(samples)) {
    it(`gives back the exact bytes: ${name}`, () => assert.equal(roundTrip(text), text));
  }

  it('gives back the exact bytes of any text (property)', () => {
    const piece = fc.constantFrom('T1', 'A2', 'R3', 'N1', '#1', 'E1', '*', '\t', ' ', '\n', '\r\n', '\r', 'Place', '0 5', ';', 'Arg1:T1', 'كركوك', '😀', '<<<<<<< x', '=======', '\uFEFF', ':');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      return roundTrip(text) === text;
    }));
  });

  it('reads every kind of brat line', () => {
    const doc = parseAnn(
      [
        'T1\tPlace 120 125\tكركوك',
        'T2\tContent 10 15;20 25\tabcde fghij',
        'A1\tNegated T1',
        'A2\tKind T3 count',
        'R1\tSourceOf Arg1:T3 Arg2:T5',
        'N1\tReference T1 GeoNames:94787\tKirkuk',
        '#1\tAnnotatorNotes T1\tvalue=6',
        'E1\tAttack:T4 Place:T1 Agent:T2',
        '*\tEquiv T1 T6',
      ].join('\n'),
    );
    assert.deepEqual(
      doc.lines.map((l) => l.kind),
      ['textbound', 'textbound', 'attribute', 'attribute', 'relation', 'normalization', 'note', 'event', 'equiv'],
    );
    assert.deepEqual((doc.lines[1] as TextBoundLine).fragments, [[10, 15], [20, 25]]);
    assert.deepEqual(doc.lines[2], { ...doc.lines[2], type: 'Negated', target: 'T1', value: null });
    assert.deepEqual(doc.lines[3], { ...doc.lines[3], type: 'Kind', target: 'T3', value: 'count' });
    assert.deepEqual(doc.lines[5], { ...doc.lines[5], refDb: 'GeoNames', refId: '94787', text: 'Kirkuk' });
    assert.equal(doc.problems.length, 0);
  });

  it('keeps a line it cannot read and says which line and why', () => {
    const doc = parseAnn('T1\tPlace 0 5\tكركوك\nT2\tPlace five 9\tx\nnonsense\n');
    assert.equal(doc.lines[1]!.kind, 'unparsed');
    assert.deepEqual(doc.problems.map((p) => [p.line, p.code]), [[1, 'unparsed-line'], [2, 'unparsed-line']]);
    assert.match(doc.problems[0]!.message, /Line 2.*T2.*START END/);
    assert.equal(canRewrite(doc), false);
  });

  it('reports merge-conflict markers and never allows a rewrite', () => {
    const doc = parseAnn('T1\tPlace 0 5\tكركوك\r\n<<<<<<< HEAD\r\nT2\tPlace 6 8\tab\r\n=======\r\nT2\tFigure 6 8\tab\r\n>>>>>>> 1a2b3c\r\n');
    assert.equal(doc.conflicted, true);
    assert.deepEqual(doc.problems.filter((p) => p.code === 'conflict-marker').map((p) => p.line), [1, 3, 5]);
    assert.equal(canRewrite(doc, 'كركوك ab'), false);
  });
});

describe('annotation files: validation against the text', () => {
  it('counts offsets in code points, so an emoji before the span does not shift it', () => {
    const txt = 'خبر 😀 من كركوك اليوم';
    // كركوك starts at UTF-16 index 10 but code point 9
    assert.equal(txt.indexOf('كركوك'), 10);
    const good = parseAnn('T1\tPlace 9 14\tكركوك\n');
    assert.deepEqual(validateAnn(good, txt), []);
    const utf16 = parseAnn('T1\tPlace 10 15\tكركوك\n');
    assert.deepEqual(validateAnn(utf16, txt).map((p) => p.code), ['text-mismatch']);
  });

  it('counts CRLF as two characters, as the file holds them', () => {
    const txt = 'سطر\r\nكركوك';
    assert.deepEqual(validateAnn(parseAnn('T1\tPlace 5 10\tكركوك'), txt), []);
  });

  it('reports out-of-range offsets, wrong text, duplicate ids and missing references with their place in the line', () => {
    const txt = 'قتل 22 شخصا في كركوك';
    const ann = ['T1\tFigure 4 6\t22', 'T2\tPlace 15 20\tداقوق', 'T3\tPlace 15 99\tكركوك', 'T1\tFigure 4 6\t22', 'A1\tKind T9 count', 'R1\tSourceOf Arg1:T7 Arg2:T1'].join('\n');
    const problems = validateAnn(parseAnn(ann), txt);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [[3, 'duplicate-id'], [1, 'text-mismatch'], [2, 'offset-out-of-range'], [4, 'missing-ref'], [5, 'missing-ref']],
    );
    const missing = problems.find((p) => p.line === 5)!;
    assert.equal('R1\tSourceOf Arg1:T7 Arg2:T1'.slice(missing.start, missing.end), 'T7');
    const mismatch = problems.find((p) => p.code === 'text-mismatch')!;
    assert.equal('T2\tPlace 15 20\tداقوق'.slice(mismatch.start, mismatch.end), 'داقوق');
    assert.match(mismatch.message, /كركوك/);
  });

  it('accepts a discontinuous span whose text is the fragments joined by a space', () => {
    const txt = 'قتل 22 من رجال الشرطة';
    assert.deepEqual(validateAnn(parseAnn('T1\tFigure 4 6;15 21\t22 الشرطة\n'), txt), []);
    assert.equal(canRewrite(parseAnn('T1\tFigure 4 6;15 21\t22 الشرطة\n'), txt), true);
  });
});

describe('annotation files: what blocks a rewrite', () => {
  it('treats a broken note as an error but a foreign line or a comment as harmless', () => {
    assert.deepEqual(parseAnn('#1\tAnnotatorNotes\tno target\n').problems.map((p) => p.code), ['unparsed-line']);
    const doc = parseAnn('# checked by Omar\nZ1\tforeign tool line\nT1\tPlace 0 5\tكركوك\n');
    assert.deepEqual(doc.lines.map((l) => l.kind), ['comment', 'foreign', 'textbound']);
    assert.equal(canRewrite(doc, 'كركوك'), true);
  });
});

describe('annotation files: tolerance like brat', () => {
  it('reads an attribute value with spaces and a span with spaces after its offsets', () => {
    const doc = parseAnn('T1\tPlace 0 5 \tكركوك\nA1\tComment T1 two words\n');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.lines[1], { ...doc.lines[1], value: 'two words' });
    assert.deepEqual(validateAnn(doc, 'كركوك'), []);
  });
});
