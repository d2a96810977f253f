// WebAnno TSV 3.3 for INCEpTION: exported, read back by a reader that follows
// INCEpTION's rules, and compared with the .ann: every span with its extent
// and features (attributes, gazetteer link, notes), every relation.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportAnnotations } from '../../server/src/standoff/formats.js';
import { toWebAnnoTsv } from '../../server/src/standoff/webanno-tsv.js';
import { annFacts, tsvFacts } from '../formats/tsv-compare.js';
import { sampleAnn, TEXT } from '../formats/sample.js';

describe('annotation files: WebAnno TSV 3.3 (INCEpTION import)', () => {
  it('imports without loss: spans, attributes, the learnt place, notes, nested contents and review relations', () => {
    const ann = sampleAnn();
    const { text: tsv, skipped } = toWebAnnoTsv(ann, TEXT);
    assert.deepEqual(skipped, []);
    const read = tsvFacts(tsv);
    assert.deepEqual(read.facts, annFacts(ann, TEXT));
    assert.ok(read.facts.some((f) => f.includes('reference=learnt:كوخ%20الصيادين\tكوخ الصيادين')), read.facts.join('\n'));
    assert.ok(read.facts.some((f) => f.startsWith('relation Supersedes Figure') && f.endsWith('note=ارتفع إلى')));
    assert.ok(read.facts.some((f) => f.startsWith('span Rejected') && f.includes('rejectedType=Place') && f.includes('note=an institution, not a place')));
  });

  it('rebuilds the text INCEpTION will show: every span holds the same characters (BOM, emoji, CRLF)', () => {
    const ann = sampleAnn();
    const { text } = tsvFacts(exportAnnotations('tsv', ann, TEXT, '001'));
    for (const f of annFacts(ann, TEXT).filter((x) => x.startsWith('span '))) {
      const [, , range] = f.split(' ');
      const [s, e] = range!.split('-').map(Number);
      assert.equal(text.slice(s, e), TEXT.slice(s, e), f);
    }
    assert.match(exportAnnotations('tsv', ann, TEXT, '001'), /^#FORMAT=WebAnno TSV 3\.3\n#T_SP=webanno\.custom\.Isnad\|category\|/);
  });

  it('cuts a token at a span boundary: a proclitic و before a place is a token of its own', () => {
    const txt = 'قتل ستة في وكركوك أمس.\n';
    const s = txt.indexOf('كركوك');
    const ann = `T1\tPlace ${s} ${s + 5}\tكركوك\n`;
    const tsv = exportAnnotations('tsv', ann, txt, 'x');
    assert.match(tsv, new RegExp(`\\t${s - 1}-${s}\\tو\\t_\\t`));
    assert.deepEqual(tsvFacts(tsv).facts, annFacts(ann, txt));
  });

  it('any spans over any text, and relations between them, come back the same (property)', () => {
    const word = fc.constantFrom('قال', 'وكركوك', '22', '😀', 'x_y', 'a|b', 'c[1]', '\\', '*', '->');
    const sep = fc.constantFrom(' ', '. ', '\r\n', '\n\n', '\u0085', ' \u2028 ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('Figure', 'Content', 'Place')), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('SourceOf', 'Conflicts')), { maxLength: 3 }),
        fc.constantFrom('', 'سبب | مع [1] و_* ->x; \\ ', 'a\\_b\\\\c\\'),
        (ws, raw, rels, note) => {
          const txt = '\uFEFF' + ws.map(([w, s]) => w + s).join('');
          const cps = Array.from(txt);
          // spans on code points, inside one line (as Isnad writes them)
          const lines: string[] = [];
          let n = 0;
          for (const [a, b, type] of raw) {
            let s = 1 + (a % (cps.length - 1));
            let e = 1 + (b % (cps.length - 1));
            if (s > e) [s, e] = [e, s];
            if (s === e) e = Math.min(cps.length, s + 1);
            const t = cps.slice(s, e).join('');
            if (/[\r\n\u0085\u2028\u2029]/.test(t) || t.trim() !== t || !t.trim()) continue;
            n++;
            lines.push(`T${n}\t${type} ${s} ${e}\t${t}`);
            if (type === 'Figure') lines.push(`A${n}\tKind T${n} count`);
          }
          if (!n) return;
          rels.forEach(([a, b, type], k) => {
            lines.push(`R${k + 1}\t${type} Arg1:T${1 + (a % n)} Arg2:T${1 + (b % n)}`);
            if (note) lines.push(`#${k + 1}\tAnnotatorNotes R${k + 1}\t${note}`);
          });
          const ann = lines.join('\n') + '\n';
          const { text: tsv, skipped } = toWebAnnoTsv(ann, txt);
          assert.deepEqual(skipped, []);
          assert.deepEqual(tsvFacts(tsv).facts, annFacts(ann, txt));
        },
      ),
      { numRuns: 300 },
    );
  });
});
