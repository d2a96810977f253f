import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addAnnotations, type NewAnnotation } from '../../server/src/standoff/edit.js';
import { resolveConflicts } from '../../server/src/standoff/merge-conflicts.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import type { TextBoundLine } from '../../server/src/standoff/model.js';

const txt = 'قال مصدر أمني إن 22 شخصا قتلوا في كركوك 😀 وداقوق و25 في الموصل';
const words = [...txt.matchAll(/[^\s]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const item = fc.record({ w: fc.nat(words.length - 1), type: fc.constantFrom('Figure', 'Place', 'Source'), note: fc.constantFrom(undefined, 'checked') });
const items = fc.array(item, { maxLength: 6 });

function annOf(prefix: string, list: { w: number; type: string; note: string | undefined }[]): string {
  const spec: NewAnnotation[] = list.map((x) => ({ kind: 'span', type: x.type, ...words[x.w]!, ...(x.note ? { note: x.note } : {}) }));
  const r = addAnnotations(prefix, txt, spec);
  assert.ok(r.ok);
  return r.text.slice(prefix.length);
}

const spanKey = (l: TextBoundLine) => `${l.type}|${l.fragments.join(';')}|${l.text}`;
const spans = (ann: string) => parseAnn(ann).lines.filter((l): l is TextBoundLine => l.kind === 'textbound');

describe('annotation files: resolving any conflict (property)', () => {
  it('keeps every span of both sides once, with unique ids and valid references', () => {
    fc.assert(
      fc.property(items, items, items, (common, ours, theirs) => {
        const base = annOf('', common);
        const o = annOf(base, ours);
        const t = annOf(base, theirs);
        const conflicted = `${base}<<<<<<< HEAD\n${o}=======\n${t}>>>>>>> theirs\n`;
        const r = resolveConflicts(conflicted);
        assert.ok(r.ok);
        const merged = parseAnn(r.text);
        assert.equal(merged.conflicted, false);
        assert.deepEqual(validateAnn(merged, txt), []);
        const want = new Set([...spans(base + o), ...spans(base + t)].map(spanKey));
        assert.deepEqual(new Set(spans(r.text).map(spanKey)), want);
        // nothing twice: ours as it was, plus each span only theirs has, once
        const oursKeys = new Set(spans(base + o).map(spanKey));
        const onlyTheirs = new Set(spans(base + t).map(spanKey).filter((k) => !oursKeys.has(k)));
        assert.equal(spans(r.text).length, spans(base + o).length + onlyTheirs.size);
        // the lines of ours are untouched
        assert.ok(r.text.startsWith(base + o));
      }),
      { numRuns: 200 },
    );
  });
});
