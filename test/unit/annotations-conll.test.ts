// The CoNLL export read back by a strict IOB2 reader: nested spans of one
// type kept in their own columns, every Unicode line separator a space, a
// header readers skip.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { conllColumns, toConll } from '../../server/src/standoff/conll.js';
import { readIob2 } from '../formats/iob2.js';
import { sampleAnn, TEXT } from '../formats/sample.js';

const cpLen = (s: string) => Array.from(s).length;

/** T lines for spans given as [type, first word, last word] over words joined by `seps`. */
function build(words: string[], seps: string[], spans: [string, number, number][]): { txt: string; ann: string } {
  let txt = '';
  const at: [number, number][] = [];
  words.forEach((w, i) => {
    const s = cpLen(txt);
    txt += w;
    at.push([s, s + cpLen(w)]);
    txt += seps[i] ?? ' ';
  });
  const cps = Array.from(txt);
  const ann = spans.map(([type, a, b], k) => `T${k + 1}\t${type} ${at[a]![0]} ${at[b]![1]}\t${cps.slice(at[a]![0], at[b]![1]).join('')}\n`).join('');
  return { txt, ann };
}

describe('annotation files: CoNLL read by a strict IOB2 reader', () => {
  it('keeps a content inside a content in a second Content column', () => {
    const ann = sampleAnn();
    const conll = toConll(ann, TEXT);
    const read = readIob2(conll);
    assert.deepEqual(conllColumns(ann, TEXT), ['Figure', 'Place', 'Cue', 'Source', 'Content', 'Content/2']);
    const contents = read.entities.filter((e) => e.type === 'Content').map((e) => [e.column, read.tokens.slice(e.first, e.last + 1).join(' ')]);
    assert.deepEqual(contents, [
      [5, '22 شخصا قتلوا في كوخ الصيادين'],
      [5, 'العدد ارتفع إلى 25 قتيلا'],
      [6, 'ارتفع إلى 25'],
    ]);
    assert.deepEqual(read.entities.filter((e) => e.type === 'Place').map((e) => read.tokens.slice(e.first, e.last + 1).join(' ')), ['كوخ الصيادين']);
    assert.ok(!read.tokens.includes('\uFEFF') && read.tokens[0] === '😀', 'the BOM is no token, the emoji is');
  });

  it('starts with a -DOCSTART- line of as many fields, so conlleval finds no phrase in it', () => {
    const conll = toConll(sampleAnn(), TEXT, { offsets: true });
    const [first, second, third] = conll.split('\n');
    assert.equal(first, '-DOCSTART-\t-X-\t-X-\tO\tO\tO\tO\tO\tO');
    assert.equal(second, '');
    assert.equal(third!.split('\t').length, first!.split('\t').length);
    assert.equal(readIob2(conll, 3).columns, 6);
    assert.match(toConll(sampleAnn(), TEXT, { header: 'columns' }), /^# global\.columns = FORM ISNAD:FIGURE ISNAD:PLACE ISNAD:CUE ISNAD:SOURCE ISNAD:CONTENT ISNAD:CONTENT\/2\n/);
  });

  it('reads every Unicode line separator as a space: no token of its own, none inside a token', () => {
    const seps = ['\u0085', '\u2028', '\u2029', '\r', '\r\n', '\u000b', '\u000c', '\u00a0', '\t', ' \u0085 '];
    const words = ['قال', 'مصدر', 'أمني', 'إن', '22', 'شخصا', 'قتلوا', 'في', 'كركوك', 'أمس', 'الأول'];
    const { txt, ann } = build(words, seps, [['Figure', 4, 4], ['Content', 7, 9]]);
    const read = readIob2(toConll(ann, txt));
    assert.deepEqual(read.tokens, words);
    assert.deepEqual(read.entities.map((e) => [e.type, e.first, e.last]), [['Figure', 4, 4], ['Content', 7, 9]]);
  });

  it('any spans, nested or overlapping, on any separators: every column is strict IOB2 and every span comes back (property)', () => {
    const word = fc.constantFrom('قال', 'مصدر', '22', 'شخصا', '😀', 'وكركوك', 'x');
    const sep = fc.constantFrom(' ', '\u0085', '\u2028', '\u2029', '\r', '\n', '\t', '  ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 14 }),
        fc.array(fc.tuple(fc.constantFrom('Content', 'Figure'), fc.nat(), fc.nat()), { maxLength: 6 }),
        (ws, raw) => {
          const words = ws.map(([w]) => w);
          const spans = raw.map(([t, a, b]) => [t, Math.min(a, b) % words.length, Math.max(a, b) % words.length] as [string, number, number]).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as [string, number, number]);
          const { txt, ann } = build(words, ws.map(([, s]) => s), spans);
          const read = readIob2(toConll(ann, txt, { types: ['Figure', 'Content'] }));
          assert.deepEqual(read.tokens, words);
          // a span is one entity per sentence it covers (a line break may end a sentence)
          const want = spans
            .flatMap(([t, a, b]) => {
              const parts: string[] = [];
              for (let i = a; i <= b; i++) if (i === a || read.sentenceOf[i] !== read.sentenceOf[i - 1]) parts.push(`${t} ${i}`);
              return parts.map((p, k) => {
                const start = Number(p.split(' ')[1]);
                let end = start;
                while (end < b && read.sentenceOf[end + 1] === read.sentenceOf[start]) end++;
                return `${t} ${start}-${end}`;
              });
            })
            .sort();
          const got = read.entities.map((e) => `${e.type} ${e.first}-${e.last}`).sort();
          assert.deepEqual(got, want);
        },
      ),
      { numRuns: 300 },
    );
  });
});
