// Bulk indexing files every article first and compares once: the conflicts
// must be exactly those of filing the articles one by one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import { kirkukFiles, describeShared } from './corpus.js';

const summary = (i: StoryIndex): string[] => i.conflicts().map((c) => `${c.kind}|${c.measure}|${c.group}|${c.event}|${c.sides.map((s) => `${s.docId}:${s.start}:${s.camp}`).sort().join(',')}`).sort();

describeShared('story index, bulk indexing', () => {
  const docs = kirkukFiles().map((f) => ({ f, a: analyse(fs.readFileSync(f, 'utf8')) }));

  it('finds the same conflicts deferred as one by one, and reports every article on flush', () => {
    const oneByOne = new StoryIndex();
    for (const { f, a } of docs) oneByOne.update(f, a.claims, a.figures, { path: f });
    const bulk = new StoryIndex();
    bulk.defer();
    for (const { f, a } of docs) assert.deepEqual([...bulk.update(f, a.claims, a.figures, { path: f })], [f], 'deferred: only the article itself');
    assert.deepEqual(bulk.conflicts(), [], 'nothing compared before flush');
    const changed = bulk.flush();
    assert.ok(summary(oneByOne).length >= 4, 'the Kirkuk story has conflicts');
    assert.deepEqual(summary(bulk), summary(oneByOne));
    for (const c of bulk.conflicts()) for (const s of c.sides) assert.ok(changed.has(s.docId), `${s.docId} is reported as changed`);
  });

  it('an article removed while deferred leaves no conflict behind', () => {
    const bulk = new StoryIndex();
    bulk.defer();
    for (const { f, a } of docs) bulk.update(f, a.claims, a.figures, { path: f });
    for (const { f } of docs) bulk.remove(f);
    bulk.flush();
    assert.deepEqual(bulk.conflicts(), []);
  });
});
