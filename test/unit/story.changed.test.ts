// After an update the story index reports the documents whose diagnostics
// may change. Every document it leaves out must read exactly the messages it
// read before; in an archive-sized conflict a change far down the list
// reports few documents, not all of them.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { describe as describeSide } from '../../server/src/core/story/describe.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';

const article = (n: number): string => `قتل ${n} من عناصر الشرطة في هجوم على مدينة حمص أمس.`;

function messages(index: StoryIndex, docId: string): string[] {
  return index
    .conflictsFor(docId)
    .flatMap((c) => c.sides.filter((s) => s.docId === docId).map((s) => describeSide(c, s)))
    .sort();
}

describe('story index: which documents an update touches', () => {
  const index = new StoryIndex();
  const ids: string[] = [];
  for (let i = 0; i < 60; i++) {
    const id = `a${String(i).padStart(2, '0')}.txt`;
    const a = analyse(article(i < 30 ? 6 : 9));
    index.update(id, a.claims, a.figures, { path: id });
    ids.push(id);
  }

  it('has one conflict between the 6 and the 9', () => {
    assert.ok(messages(index, 'a00.txt').length > 0, 'a contradiction for the first article');
    assert.match(messages(index, 'a00.txt')[0]!, /and others/);
  });

  for (const [label, target, text] of [
    ['deep in a camp', 'a25.txt', 'قال مصدر إن الوضع في حمص هادئ.'],
    ['among the first sides', 'a01.txt', article(7)],
    ['moving to the other camp', 'a40.txt', article(6)],
    ['a new value deep in a camp', 'a27.txt', article(7)],
  ] as const) {
    it(`leaves every unreported document's messages as they were (a change ${label})`, () => {
      const before = new Map(ids.map((id) => [id, messages(index, id)]));
      const a = analyse(text);
      const changed = index.update(target, a.claims, a.figures, { path: target });
      assert.ok(changed.has(target));
      for (const id of ids) if (!changed.has(id)) assert.deepEqual(messages(index, id), before.get(id), `${id} changed but was not reported`);
      if (label === 'deep in a camp') assert.ok(changed.size < 10, `a change deep in the list reports ${changed.size} documents`);
    });
  }
});

describe('story index: the order of a conflict\'s sides', () => {
  const build = (order: number[]): StoryIndex => {
    const index = new StoryIndex();
    for (const i of order) {
      const id = `b${String(i).padStart(2, '0')}.txt`;
      const a = analyse(article(i < 30 ? 6 : 9));
      index.update(id, a.claims, a.figures, { path: id });
    }
    return index;
  };
  const range = [...Array(60).keys()];

  it('does not depend on the order the articles were filed in', () => {
    const a = build(range);
    const b = build([...range].reverse());
    for (const i of range) {
      const id = `b${String(i).padStart(2, '0')}.txt`;
      assert.deepEqual(messages(b, id), messages(a, id), id);
    }
  });

  it('re-filing an article unchanged (opening it, saving it) reports that article alone', () => {
    const index = build(range);
    const before = new Map(range.map((i) => [`b${String(i).padStart(2, '0')}.txt`, messages(index, `b${String(i).padStart(2, '0')}.txt`)]));
    // the first of the 6s: the side every message of the 9s names first
    const a = analyse(article(6));
    const changed = index.update('b00.txt', a.claims, a.figures, { path: 'b00.txt' });
    assert.deepEqual([...changed], ['b00.txt']);
    for (const [id, m] of before) assert.deepEqual(messages(index, id), m, id);
  });
});
