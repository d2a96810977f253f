import assert from 'node:assert/strict';
import { describe as describeIsolated, describeCorroborations } from '../../server/src/core/story/describe.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import type { Claim, Figure } from '../../server/src/core/types.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';

/** The message's words: the runs it embeds are bidi-isolated (asserted in test/unit/bidi-isolation.test.ts). */
const describeConflict = (...a: Parameters<typeof describeIsolated>): string => stripIsolates(describeIsolated(...a));

interface C {
  text: string;
  min: number;
  max?: number;
  measure: string;
  group: string;
  event?: string;
  source?: string;
  update?: boolean;
  members?: string[];
}

/** Files a document made of the given claims (one figure each) into the index. */
function file(index: StoryIndex, docId: string, list: C[]): Set<string> {
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  let at = 0;
  for (const c of list) {
    const max = c.max ?? c.min;
    figures.push({ start: at, end: at + c.text.length, text: c.text, kind: 'count', value: c.min === max ? c.min : null, min: c.min, max, qualifier: null, unit: null, counted: null });
    const source = { text: c.source ?? `outlet ${docId}`, type: c.source ? ('official' as const) : ('article' as const), chain: [c.source ?? `outlet ${docId}`], attribution: c.source ? 0 : -1 };
    const claim: Claim = { figure: figures.length - 1, measure: c.measure, group: c.group, event: c.event ?? '', min: c.min, max, source };
    if (c.update) claim.update = true;
    if (c.members) claim.members = c.members;
    claims.push(claim);
    at += c.text.length + 10;
  }
  return index.update(docId, claims, figures, { path: `/story/${docId}.txt` });
}

function story(docs: Record<string, C[]>): StoryIndex {
  const index = new StoryIndex();
  for (const [id, list] of Object.entries(docs)) file(index, id, list);
  return index;
}

const killed = (text: string, min: number, group: string, extra: Partial<C> = {}): C => ({ text, min, measure: 'killed', group, ...extra });

interface Row {
  name: string;
  docs: Record<string, C[]>;
  /** Each expected conflict as its two camps' figure texts, low camp first; [] for none. */
  conflicts: [string[], string[]][];
}

const rows: Row[] = [
  {
    name: 'K3: six police killed against five (§4: no overlap)',
    docs: { a: [killed('ستة', 6, 'police', { source: 'ضابط في شرطة كركوك' })], b: [killed('6', 6, 'police')], c: [killed('خمسة', 5, 'police')] },
    conflicts: [[['خمسة'], ['ستة', '6']]],
  },
  {
    name: 'K4: about 12, at least 12 and 12 militants against 48',
    docs: {
      a: [killed('حوالي 12', 10.8, 'militants', { max: 13.2 })],
      b: [killed('ما لا يقل عن 12', 12, 'militants', { max: Infinity })],
      c: [killed('12', 12, 'militants'), killed('48', 48, 'militants', { source: 'قائد شرطة كركوك' })],
    },
    conflicts: [[['حوالي 12', '12'], ['48']]],
  },
  {
    name: 'K2: 22 people killed against 18 of security forces and workers (a list of groups is the toll)',
    docs: { a: [killed('22', 22, '*')], b: [killed('18', 18, '*', { members: ['security-forces', 'workers'] })] },
    conflicts: [[['18'], ['22']]],
  },
  {
    name: 'K6: at least 25 security forces killed against 18 killed in all (a part above its whole)',
    docs: { a: [killed('18', 18, '*', { members: ['security-forces', 'workers'] })], b: [killed('ما لا يقل عن 25', 25, 'security-forces', { max: Infinity })] },
    conflicts: [[['18'], ['ما لا يقل عن 25']]],
  },
  {
    name: 'K1: 255 km against 240 km between the same two places',
    docs: { a: [{ text: '255', min: 255, measure: 'distance', group: '*', event: 'بغداد|كركوك' }], b: [{ text: '240', min: 240, measure: 'distance', group: '*', event: 'بغداد|كركوك' }] },
    conflicts: [[['240'], ['255']]],
  },
  {
    name: 'trap: a total and its part (46 killed, at least 25 security forces)',
    docs: { a: [killed('46', 46, '*'), killed('ما لا يقل عن 25', 25, 'security-forces', { max: Infinity })] },
    conflicts: [],
  },
  {
    name: 'trap: 34 killed-or-wounded only bounds killed from above (22 and 18 killed)',
    docs: { a: [{ text: '34', min: 34, measure: 'killed-or-wounded', group: '*' }], b: [killed('22', 22, '*')], c: [killed('12', 12, 'police')] },
    conflicts: [],
  },
  {
    name: 'killed above a killed-or-wounded bound of the same event is a conflict',
    docs: { a: [{ text: '34', min: 34, measure: 'killed-or-wounded', group: '*' }], b: [killed('46', 46, '*')] },
    conflicts: [[['34'], ['46']]],
  },
  {
    name: 'trap: six police killed and twelve police wounded are different measures',
    docs: { a: [killed('ستة', 6, 'police'), { text: '12', min: 12, measure: 'wounded', group: 'police' }] },
    conflicts: [],
  },
  {
    name: 'trap: another place is another event (15 women in Daquq; 7 km and 20 km between other places)',
    docs: {
      a: [killed('15', 15, 'women', { event: 'داقوق' }), { text: '7', min: 7, measure: 'distance', group: '*', event: 'قواته|موصل' }],
      b: [killed('3', 3, 'women'), { text: '20', min: 20, measure: 'distance', group: '*', event: 'قره قوش|موصل' }],
    },
    conflicts: [],
  },
  {
    name: 'trap: militants are not among the people of a toll (48 militants, 46 people)',
    docs: { a: [killed('46', 46, '*'), killed('48', 48, 'militants')] },
    conflicts: [],
  },
  {
    name: 'trap: ages, shares and plain counts are shown, never compared',
    docs: {
      a: [{ text: '35', min: 35, measure: 'age', group: 'حيدر' }, { text: 'نصف', min: 0.45, max: 0.55, measure: 'share', group: 'كركوك' }, { text: 'تسعة', min: 9, measure: 'count', group: 'militants' }],
      b: [{ text: '36', min: 36, measure: 'age', group: 'حيدر' }, { text: 'ربع', min: 0.25, measure: 'share', group: 'كركوك' }, { text: 'عشرات', min: 20, max: 99, measure: 'count', group: 'militants' }],
    },
    conflicts: [],
  },
];

describe('story: contradictions across the documents of a story (GUIDELINES §4)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const index = story(row.docs);
      const got = index.conflicts().map((c) => [c.sides.filter((s) => s.camp === 0).map((s) => s.text).sort(), c.sides.filter((s) => s.camp === 1).map((s) => s.text).sort()]);
      const want = row.conflicts.map(([lo, hi]) => [[...lo].sort(), [...hi].sort()]);
      assert.deepEqual(got, want);
    });
  }

  it('a revised figure of the same source is an update, not a contradiction', () => {
    const index = story({ a: [{ text: '30', min: 30, measure: 'killed-or-wounded', group: '*', source: 'وزارة' }], b: [{ text: 'ارتفع الى 34', min: 34, measure: 'killed-or-wounded', group: '*', source: 'وزارة', update: true }] });
    const [c] = index.conflicts();
    assert.equal(c?.kind, 'update');
    assert.equal(c?.offerUpdate, false);
    const [low, high] = [c!.sides.find((s) => s.docId === 'a')!, c!.sides.find((s) => s.docId === 'b')!];
    assert.match(describeConflict(c!, high), /^Update: ارتفع الى 34 \(34\) .* revises 30 in a\.txt/);
    assert.match(describeConflict(c!, low), /^Update: 30 .* since revised: ارتفع الى 34 \(34\) in b\.txt/);
  });

  it('offers a disagreeing toll as a possible later count', () => {
    const [c] = story({ a: [killed('12', 12, 'militants')], b: [killed('48', 48, 'militants')] }).conflicts();
    assert.equal(c?.kind, 'contradiction');
    assert.equal(c?.offerUpdate, true);
  });

  it('describes a conflict with both values, both sources and the other file', () => {
    const index = story({ a: [killed('ستة', 6, 'police', { source: 'ضابط في شرطة كركوك' })], b: [killed('خمسة', 5, 'police')] });
    const [c] = index.conflictsFor('a');
    const here = c!.sides.find((s) => s.docId === 'a')!;
    const msg = describeConflict(c!, here);
    for (const part of ['ستة (6)', 'ضابط في شرطة كركوك', 'خمسة (5)', 'b.txt', 'outlet b', 'police killed']) assert.ok(msg.includes(part), `${part} in «${msg}»`);
  });

  it('shows agreement (ستة and 6, ما لا يقل عن 12 and 12) as corroboration, not as a conflict', () => {
    const index = story({
      a: [killed('ستة', 6, 'police'), killed('ما لا يقل عن 12', 12, 'militants', { max: Infinity })],
      b: [killed('6', 6, 'police'), killed('12', 12, 'militants')],
      c: [killed('عددا كبيرا', 3, 'militants', { max: Infinity })],
    });
    assert.deepEqual(index.conflicts(), []);
    assert.deepEqual(index.corroborations('a', 0).map((x) => x.text), ['6']);
    assert.deepEqual(index.corroborations('b', 1).map((x) => x.text), ['ما لا يقل عن 12']);
    assert.deepEqual(index.corroborations('c', 0), [], 'an open vague count corroborates nothing');
    assert.match(stripIsolates(describeCorroborations(index.corroborations('a', 0))[0]!), /6 in b\.txt \(outlet b\)/);
  });

  it('reports a conflict inside one document', () => {
    const index = story({ a: [killed('12', 12, 'militants'), killed('48', 48, 'militants')] });
    assert.equal(index.conflictsFor('a').length, 1);
  });

  it('a claim placed at the story’s own place (named by most documents) is the story’s incident', () => {
    const index = story({
      a: [killed('8', 8, '*', { event: 'X' })],
      b: [killed('9', 9, '*')],
      c: [{ text: '3', min: 3, measure: 'count', group: 'villages', event: 'X' }, killed('2', 2, 'women', { event: 'Y' })],
    });
    assert.equal(index.homeEvent(), 'X');
    assert.deepEqual(index.conflicts().map((c) => c.sides.map((s) => s.text).sort()), [['8', '9']]);
  });

  it('without a majority place, a placed claim is not compared with an unplaced one', () => {
    const index = story({ a: [killed('8', 8, '*', { event: 'X' })], b: [killed('9', 9, '*')], c: [killed('4', 4, '*', { event: 'Y' })] });
    assert.equal(index.homeEvent(), '');
    assert.deepEqual(index.conflicts(), []);
  });

  it('when the home changes, the documents whose conflicts appear are returned', () => {
    const index = story({ a: [killed('8', 8, '*', { event: 'X' })], b: [killed('9', 9, '*')] });
    assert.deepEqual(index.conflicts(), []);
    const changed = file(index, 'c', [{ text: '3', min: 3, measure: 'count', group: 'villages', event: 'X' }]);
    assert.deepEqual([...changed].sort(), ['a', 'b', 'c']);
    assert.equal(index.conflicts().length, 1);
    assert.deepEqual([...index.remove('c')].sort(), ['a', 'b']);
    assert.deepEqual(index.conflicts(), []);
  });

  it('an update returns exactly the documents whose conflicts changed', () => {
    const index = new StoryIndex();
    assert.deepEqual([...file(index, 'a', [killed('ستة', 6, 'police')])], ['a']);
    assert.deepEqual([...file(index, 'x', [{ text: '255', min: 255, measure: 'distance', group: '*', event: 'p|q' }])], ['x'], 'another bucket: nobody else');
    assert.deepEqual([...file(index, 'b', [killed('خمسة', 5, 'police')])].sort(), ['a', 'b']);
    assert.deepEqual([...file(index, 'b', [killed('ستة', 6, 'police')])].sort(), ['a', 'b'], 'the conflict is gone from both');
    assert.deepEqual(index.conflicts(), []);
    file(index, 'b', [killed('خمسة', 5, 'police')]);
    assert.deepEqual([...index.remove('b')], ['a']);
    assert.deepEqual(index.conflictsFor('a'), []);
  });
});
