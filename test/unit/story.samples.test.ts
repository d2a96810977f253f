// Acceptance on the project's own sample story (samples/README.md): a second
// story, so that nothing is tuned to Kirkuk alone.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Conflict } from '../../server/src/core/story/types.js';
import { ROOT } from './corpus.js';

const SAMPLES = path.join(ROOT, 'samples');
const index = new StoryIndex();
before(() => {
  for (const f of fs.readdirSync(SAMPLES).filter((x) => x.endsWith('.txt'))) {
    const a = analyse(fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    index.update(f.replace(/\.txt$/, ''), a.claims, a.figures, { path: f });
  }
});

const texts = (c: Conflict, camp: 0 | 1) => c.sides.filter((s) => s.camp === camp).map((s) => `${s.docId}:${s.text}`).sort();

/** The conflict of the measure with `high` in its higher camp (and `low` in the other, when given: a value is a pair with each value it disagrees with). */
function find(measure: string, high: string, low?: string): Conflict | undefined {
  return index.conflicts().find((c) => c.measure === measure && texts(c, 1).includes(high) && (!low || texts(c, 0).includes(low)));
}

describe('story acceptance: the Basra sample story (samples/README.md)', () => {
  it('reports 12 killed against تسعة as a contradiction', () => {
    const c = find('killed', 'al-rafidain-today:12');
    assert.ok(c && texts(c, 0).includes('shatt-news-agency:تسعة'), JSON.stringify(index.conflicts().map((x) => [x.kind, texts(x, 0), texts(x, 1)])));
    assert.equal(c.kind, 'contradiction');
  });

  it('shows the revised toll (ارتفعت … إلى 14 قتيلاً و38 جريحاً) as an update', () => {
    assert.equal(find('killed', 'gulf-daily:14')?.kind, 'update');
    assert.equal(find('wounded', 'gulf-daily:38')?.kind, 'update');
  });

  it('reports the Basra–Baghdad distance, 545 km against 590 km', () => {
    const c = find('distance', 'gulf-daily:590');
    assert.ok(c && texts(c, 0).includes('al-rafidain-today:545'));
  });

  it('reports the shops burnt: more than 200 against about 150', () => {
    const c = find('destroyed', 'al-rafidain-today:أكثر من 200', 'shatt-news-agency:نحو 150');
    assert.ok(c && texts(c, 0).includes('shatt-news-agency:نحو 150'));
  });

  it('reports none of the traps (phone number, link digits, age, ordinal, date, the parts of a toll)', () => {
    const sides = index.conflicts().flatMap((c) => c.sides);
    for (const t of [/0096/, /2026/, /^45$/, /ثاني/, /14 أيار/, /امرأتين/, /^ثلاثة$/, /خمسة/, /ألف/]) assert.ok(!sides.some((s) => t.test(s.text)), `${t} reported`);
  });
});
