// The acceptance lists of test/stories/ (one per story: contradictions,
// agreements, traps, attributions) against the whole pipeline, through the
// same adapter and scoring as `npm run eval` (docs/evaluation.md). Kirkuk's
// K1–K4 and its traps are enforced; so are, with ENFORCE_DEV_THRESHOLDS,
// the development stories' traps and the issue's thresholds over their 24
// lists (on since every list of stories-dev exists and the engine meets them).
// The invented stories (test/stories/invented: our own articles, held out)
// need no ../shared: their lists must be well formed and resolve; their
// scores are printed, not enforced.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Articles, loadInvented, loadLists, SHARED, storyDir, type ExpectedStory } from '../../scripts/eval/expected.js';
import { analyseArticle, storyPairs } from '../../scripts/eval/pairs.js';
import { describePair, scoreStory, trapsHit, type StoryScore } from '../../scripts/eval/score.js';

/** On: recall ≥ 0.8, pair precision ≥ 0.9 and no trap over the development lists are held, not only measured. */
const ENFORCE_DEV_THRESHOLDS = true;
const RECALL = 0.8;
const PRECISION = 0.9;

const lists = loadLists();
const shared = fs.existsSync(SHARED);
const scores = new Map<string, StoryScore>();

const report = (s: StoryScore) =>
  [
    ...s.missing.map((id) => `missing ${id}`),
    ...s.wrong.map((p) => `wrong ${describePair(p)}`),
    ...s.traps.map((t) => `trap ${t.trap} (${t.why}): ${describePair(t.pair)}`),
  ].join('\n  ');

describe('acceptance lists (test/stories)', function () {
  before(function () {
    if (!shared) {
      console.log(`    skipped: ${SHARED} is absent (the shared corpora)`);
      this.skip();
    }
    this.timeout(300_000);
    for (const list of lists) {
      const articles = new Articles(storyDir(list));
      const analysed = articles.files().map((f) => analyseArticle(f, articles.text(f)));
      scores.set(list.story, scoreStory(list, articles, storyPairs(analysed)));
    }
  });

  it('at least ten development stories and Kirkuk have a list', () => {
    assert.ok(lists.some((l) => l.story === 'kirkuk-2016'), 'the Kirkuk list');
    const dev = lists.filter((l) => l.corpus.startsWith('stories-dev/'));
    assert.ok(dev.length >= 10, `${dev.length} development lists: ${dev.map((l) => l.story).join(', ')}`);
  });

  it('every list names files of its folder, and every on-topic or off-topic article once', () => {
    for (const l of lists) {
      const files = new Articles(storyDir(l)).files();
      const named = [...l.onTopic, ...l.offTopic.map((o) => o.file)];
      for (const f of named) assert.ok(files.includes(f), `${l.story}: ${f} is not in the folder`);
      assert.equal(new Set(named).size, named.length, `${l.story}: an article is both on and off topic`);
      assert.deepEqual([...named].sort(), files, `${l.story}: every article of the folder is on or off topic`);
    }
  });

  describe('Kirkuk (../shared/corpus/kirkuk-2016/EXPECTED.md)', () => {
    const kirkuk = () => scores.get('kirkuk-2016')!;
    for (const id of ['K1', 'K2', 'K3', 'K4']) it(`${id} is reported`, () => assert.ok(!kirkuk().missing.includes(id), report(kirkuk())));
    it('no trap is reported and no agreement is a conflict', () => assert.deepEqual(trapsHit(kirkuk()), [], report(kirkuk())));
  });

  describe('development stories', () => {
    const dev = lists.filter((l: ExpectedStory) => l.corpus.startsWith('stories-dev/'));
    const enforced = ENFORCE_DEV_THRESHOLDS ? it : it.skip;
    for (const l of dev)
      enforced(`${l.story}: no trap is reported`, () => {
        const s = scores.get(l.story)!;
        assert.deepEqual(trapsHit(s), [], report(s));
      });
    enforced(`recall ≥ ${RECALL} and pair precision ≥ ${PRECISION} over the development lists`, () => {
      const all = dev.map((l) => scores.get(l.story)!);
      const expected = all.reduce((n, s) => n + s.expected, 0);
      const matched = all.reduce((n, s) => n + s.matched, 0);
      const found = all.reduce((n, s) => n + s.found, 0);
      const correct = all.reduce((n, s) => n + s.correct, 0);
      const recall = expected ? matched / expected : 1;
      const precision = found ? correct / found : 1;
      const perStory = all.filter((s) => s.missing.length || s.wrong.length).map((s) => `${s.story}:\n  ${report(s)}`).join('\n');
      assert.ok(recall >= RECALL && precision >= PRECISION, `recall ${matched}/${expected}, precision ${correct}/${found}\n${perStory}`);
    });
  });
});

describe('invented stories (test/stories/invented, held out)', function () {
  this.timeout(300_000);
  const invented = loadInvented();
  const scores = new Map<string, StoryScore>();
  /** Words: runs holding a letter or a digit (a page's spaced punctuation is no word). */
  const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  before(function () {
    // resolving every reference is part of scoring: a missing or ambiguous snippet throws here
    for (const list of invented) {
      const articles = new Articles(storyDir(list));
      const analysed = articles.files().map((f) => analyseArticle(f, articles.text(f)));
      scores.set(list.story, scoreStory(list, articles, storyPairs(analysed)));
    }
  });

  it('six stories or more of 3–5 articles of 120–500 words, each with 1–4 required contradictions', () => {
    assert.ok(invented.length >= 6, `${invented.length} invented stories`);
    for (const l of invented) {
      const articles = new Articles(storyDir(l));
      const files = articles.files();
      assert.ok(files.length >= 3 && files.length <= 5, `${l.story}: ${files.length} articles`);
      for (const f of files) {
        const n = words(articles.text(f));
        assert.ok(n >= 120 && n <= 500, `${l.story}/${f}: ${n} words`);
      }
      const required = l.contradictions.filter((c) => !c.stretch).length;
      assert.ok(required >= 1 && required <= 4, `${l.story}: ${required} required contradictions`);
    }
  });

  it('every list names each article of its folder once, on or off topic', () => {
    for (const l of invented) {
      const files = new Articles(storyDir(l)).files();
      const named = [...l.onTopic, ...l.offTopic.map((o) => o.file)];
      assert.deepEqual([...named].sort(), files, `${l.story}: every article of the folder is on or off topic, once`);
    }
  });

  it('is scored (recall, pair precision and traps are printed, not enforced)', () => {
    assert.equal(scores.size, invented.length);
    const all = [...scores.values()];
    const add = (k: 'expected' | 'matched' | 'found' | 'correct') => all.reduce((n, s) => n + s[k], 0);
    const traps = all.reduce((n, s) => n + trapsHit(s).length, 0);
    for (const s of all) assert.equal(s.correct + s.wrong.length, s.found, `${s.story}: every pair is correct or wrong`);
    console.log(`    invented stories: recall ${add('matched')}/${add('expected')}, pair precision ${add('correct')}/${add('found')}, traps hit ${traps} (targets 0.8, 0.9, 0; not enforced)`);
  });
});
