// Acceptance on the Kirkuk story (../shared/corpus/kirkuk-2016/EXPECTED.md):
// the whole pipeline, analyse() on each article, then the story index.
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { analyse } from '../../server/src/core/analyse.js';
import { describe as describeConflict } from '../../server/src/core/story/describe.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Conflict, ConflictSide } from '../../server/src/core/story/types.js';
import { kirkukFiles, describeShared, hasShared } from './corpus.js';

const index = new StoryIndex();
const figures = new Map<string, ReturnType<typeof analyse>['figures']>();
before(() => {
  if (!hasShared) return;
  for (const f of kirkukFiles()) {
    const id = path.basename(f).slice(0, 3);
    const a = analyse(fs.readFileSync(f, 'utf8'));
    figures.set(id, a.figures);
    index.update(id, a.claims, a.figures, { path: f });
  }
});

const has = (sides: ConflictSide[], doc: string, text: RegExp) => sides.some((s) => s.docId === doc && text.test(s.text));
const camp = (c: Conflict, k: 0 | 1) => c.sides.filter((s) => s.camp === k);

/** The conflict with one camp holding every `a` and the other every `b` ([doc, figure text]). */
function find(a: [string, RegExp][], b: [string, RegExp][]): Conflict | undefined {
  return index.conflicts().find((c) =>
    ([0, 1] as const).some((k) => a.every(([d, t]) => has(camp(c, k), d, t)) && b.every(([d, t]) => has(camp(c, k === 0 ? 1 : 0), d, t))),
  );
}

/** The figures of a document that agree with its figure matching `text`. */
function corroborating(doc: string, text: RegExp): string[] {
  const i = figures.get(doc)!.findIndex((f) => text.test(f.text));
  assert.ok(i >= 0, `figure ${text} in ${doc}`);
  return index.corroborations(doc, i).map((c) => `${c.docId}:${c.text}`);
}

describeShared('story acceptance: the Kirkuk story (EXPECTED.md)', () => {
  it('K1: 255 km (000) against 240 km (001) between Kirkuk and Baghdad', () => {
    const c = find([['000', /^255$/]], [['001', /^240$/]]);
    assert.ok(c, 'K1 reported');
    assert.equal(c.measure, 'distance');
  });

  it('K2: 22 people killed (001) against 18 of security forces and workers (002)', () => {
    assert.ok(find([['001', /^22$/]], [['002', /^18$/]]), 'K2 reported');
  });

  it('K3: six police killed (001, 002, 003) against five (004)', () => {
    const c = find([['001', /^ستة$/], ['002', /^ستة$/], ['003', /^ستة$/]], [['004', /^خمسة$/]]);
    assert.ok(c, 'K3 reported');
    assert.equal(c.group, 'police');
  });

  it('K4: 12 militants killed (001–004) against 48 (004), offered as an update', () => {
    const c = find([['001', /12/], ['003', /^12$/], ['004', /^12$/]], [['004', /^48$/]]);
    assert.ok(c, 'K4 reported');
    assert.equal(c.offerUpdate, true);
    const msg = describeConflict(c, camp(c, 1)[0]!);
    assert.match(msg, /48/);
    assert.match(msg, /12/);
  });

  it('K5 (stretch): three suicide bombers blew themselves up (001, 002) against at least five (004)', () => {
    assert.ok(find([['001', /^ثلاثة$/], ['002', /^ثلاثة$/]], [['004', /^خمسة$/]]), 'K5 reported');
  });

  it('K6 (stretch): 18 killed (002) against at least 25 security forces (004)', () => {
    assert.ok(find([['002', /^18$/]], [['004', /25/]]), 'K6 reported');
  });

  it('shows agreements as corroboration: police wounded, Iranians, half the city, the teacher’s age', () => {
    assert.ok(corroborating('001', /^12$/).includes('002:12'), 'police wounded 12');
    assert.ok(corroborating('001', /^أربعة$/).includes('002:4'), 'four Iranians = 4 Iranians');
    const half = corroborating('000', /نصف/);
    for (const d of ['001', '002', '003']) assert.ok(half.some((h) => h.startsWith(`${d}:`)), `half the city in ${d}: ${half}`);
    assert.ok(corroborating('001', /^35$/).some((h) => h.startsWith('003:')), 'the age 35');
  });

  it('reports none of the traps', () => {
    const all = index.conflicts();
    const sides = all.flatMap((c) => c.sides);
    const never: [string, RegExp][] = [
      ['002', /^15$/], ['002', /^50$/], // Daquq: another place
      ['002', /7/], ['004', /20/], // other pairs of places
      ['000', /34/], // killed-or-wounded bounds killed from above only
      ['004', /133/], ['002', /550/], ['004', /50/], ['004', /5000/], ['004', /1\.2/], ['004', /اثنين/], // no counterpart
      ['001', /0012022773659/], ['000', /2014/], ['004', /2014/], // identifiers and dates
    ];
    for (const [d, t] of never) assert.ok(!has(sides, d, t), `trap ${d} ${t} reported: ${all.map((c) => describeConflict(c, c.sides[0]!)).join('\n')}`);
    // a total and its part
    assert.ok(!all.some((c) => has(c.sides, '004', /^46$/) && has(c.sides, '004', /25/)), '46 in all, at least 25 of them');
    // killed and wounded are different measures
    assert.ok(!sides.some((s) => s.measure === 'wounded'), 'no wounded count conflicts with a killed count');
    // ages and shares are never compared
    assert.ok(!sides.some((s) => s.measure === 'age' || s.measure === 'share'));
  });

  it('reports nothing beyond K1–K6 but the next day’s toll, offered as a later count (precision)', () => {
    const all = index.conflicts();
    const known = [
      find([['000', /^255$/]], [['001', /^240$/]]),
      find([['001', /^22$/]], [['002', /^18$/]]),
      find([['001', /^ستة$/]], [['004', /^خمسة$/]]),
      find([['003', /^12$/]], [['004', /^48$/]]),
      find([['001', /^ثلاثة$/]], [['004', /^خمسة$/]]),
      find([['002', /^18$/]], [['004', /25/]]),
      // K6's part is above 001's total as well: one pair per disagreeing total (issue 13)
      find([['001', /^22$/]], [['004', /25/]]),
    ];
    // 46 killed in Kirkuk (004, written the next day) against 22 and 18: the same
    // incident's later toll — reported, and offered as an update like K4. 22 and 18
    // disagree with each other, so 46 is a pair with each (issue 13: no bundling)
    const later = [find([['004', /^46$/]], [['001', /^22$/]]), find([['004', /^46$/]], [['002', /^18$/]])];
    for (const l of later) assert.equal(l?.offerUpdate, true);
    const rest = all.filter((c) => !known.includes(c) && !later.includes(c));
    assert.deepEqual(rest.map((c) => describeConflict(c, c.sides[0]!)), []);
    assert.equal(all.length, 9);
  });
});
