import assert from 'node:assert/strict';
import { agreement, cohensKappa } from '../../server/src/standoff/agreement.js';

// tokens: قتل 22 شخصا في كركوك وداقوق حسب مصدر أمني (9, spaces aside)
const txt = 'قتل 22 شخصا في كركوك وداقوق حسب مصدر أمني';
const salma = ['T1\tFigure 4 6\t22', 'T2\tPlace 15 20\tكركوك', 'T3\tPlace 22 27\tداقوق', 'T4\tSource 32 41\tمصدر أمني', ''].join('\n');
const omar = ['T1\tFigure 4 11\t22 شخصا', 'T2\tPlace 15 20\tكركوك', 'T3\tSource 32 36\tمصدر', 'T4\tCue 28 31\tحسب', ''].join('\n');

const close = (x: number | null, y: number) => assert.ok(x !== null && Math.abs(x - y) < 1e-9, `${x} ≠ ${y}`);

describe('annotation files: agreement between two annotators', () => {
  const r = agreement(salma, omar, txt);
  const of = (t: string) => r.types.find((x) => x.type === t)!;

  it('scores exact span matches per type', () => {
    assert.deepEqual(r.types.map((t) => t.type), ['Figure', 'Place', 'Source', 'Cue']);
    assert.deepEqual(of('Place').exact, { a: 2, b: 1, matched: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
    assert.deepEqual(of('Figure').exact, { a: 1, b: 1, matched: 0, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(of('Cue').exact, { a: 0, b: 1, matched: 0, precision: 0, recall: null, f1: 0 });
    assert.deepEqual(r.exact, { a: 4, b: 4, matched: 1, precision: 0.25, recall: 0.25, f1: 0.25 });
  });

  it('scores overlapping spans as the lenient second figure', () => {
    assert.equal(of('Figure').overlap.f1, 1);
    assert.equal(of('Source').overlap.f1, 1);
    assert.deepEqual(r.overlap, { a: 4, b: 4, matched: 3, precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it("computes Cohen's kappa on tokens", () => {
    // Figure: 8 of 9 tokens agree; pe = (1·2 + 8·7) / 81 → κ = 14/23
    close(of('Figure').kappa, 14 / 23);
    close(of('Place').kappa, 14 / 23);
    // all types: 5 of 9 agree; pe = (4·4 + 1·2 + 2·1 + 2·1) / 81 → κ = 23/59
    close(r.kappa, 23 / 59);
    assert.equal(cohensKappa(['O', 'O'], ['O', 'O']), null);
    assert.equal(cohensKappa(['A', 'O'], ['A', 'O']), 1);
  });

  it('lists the disagreements to review', () => {
    assert.deepEqual(
      r.disagreements.map((d) => [d.kind, d.a?.text ?? null, d.b?.text ?? null]),
      [
        ['boundary', '22', '22 شخصا'],
        ['only-a', 'داقوق', null],
        ['boundary', 'مصدر أمني', 'مصدر'],
        ['only-b', null, 'حسب'],
      ],
    );
  });

  it('reports a type disagreement on the same span', () => {
    const d = agreement('T1\tPlace 15 20\tكركوك\n', 'T1\tSource 15 20\tكركوك\n', txt).disagreements;
    assert.deepEqual(d.map((x) => [x.kind, x.a?.type, x.b?.type]), [['type', 'Place', 'Source']]);
  });
});
