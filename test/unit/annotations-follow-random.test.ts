// Issue 15, the randomised check: random edits in the editor, saves, pulls
// (some seen half written first) and server restarts against a .ann on real
// files, through the store the server uses (AnnStore) and the re-anchoring it
// calls on a change on disk. After every step: no line is dropped; a span
// whose words no step touched is either at those words or reported (never
// on other words); a span Isnad placed keeps following pure edits; and the
// lines Isnad could not place from the start keep every byte. A span marked
// in doubt (annotation-uncertain, as a restart over unsaved edits finds) stays
// marked through edits, saves, pulls and restarts, on its own line only, until
// it is accepted.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { AnnStore } from '../../server/src/lsp/standoff/store.js';
import { reanchor } from '../../server/src/standoff/reanchor.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { SourceText } from '../../server/src/standoff/text-spans.js';
import type { TextBoundLine } from '../../server/src/standoff/model.js';

const WORDS = ['كركوك', 'داقوق', 'ستة', 'سبعة', 'قتل', 'مصدر', 'الشرطة', 'في', '22', '😀', 'الأنبار', 'و'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 3, maxLength: 8 }).map((w) => w.join(' ') + '.');
const article = fc.array(sentence, { minLength: 2, maxLength: 6 }).map((s) => s.join('\n') + '\n');

type Step =
  | { kind: 'edit'; at: number; len: number; text: string }
  | { kind: 'save' }
  | { kind: 'pull'; at: number; len: number; text: string; half: boolean }
  | { kind: 'restart' }
  | { kind: 'accept' };

const insert = fc.constantFrom('', ' ', 'x', 'كركوك', 'ستة', ' 😀 ', '\n', 'سبعة', 'ال');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), len: fc.nat({ max: 6 }), text: insert }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'save' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull' as const), at: fc.nat(), len: fc.nat({ max: 40 }), text: fc.oneof(insert, sentence), half: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'accept' as const }) },
);

/** A change [s, e) → text on code point boundaries of `txt`. */
function changeIn(txt: string, at: number, len: number, text: string): { start: number; end: number; text: string } {
  const bounds = [0];
  for (const ch of txt) bounds.push(bounds[bounds.length - 1]! + ch.length);
  const i = at % bounds.length;
  return { start: bounds[i]!, end: bounds[Math.min(bounds.length - 1, i + len)]!, text };
}

/** Where each span truly is (UTF-16), or null once a change touched its words. */
type Truth = Map<string, [number, number] | null>;

function track(truth: Truth, c: { start: number; end: number; text: string }): void {
  const delta = c.text.length - (c.end - c.start);
  for (const [id, at] of truth) {
    if (!at) continue;
    const [s, e] = at;
    if (c.end <= s && !(c.start === c.end && c.start > s)) truth.set(id, [s + delta, e + delta]);
    else if (c.start >= e) continue;
    else truth.set(id, null);
  }
}

const tLines = (ann: string): TextBoundLine[] => parseAnn(ann).lines.filter((l): l is TextBoundLine => l.kind === 'textbound');

describe('annotation files: random edits, pulls and restarts (property, issue 15)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-rand-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never drops a line, never puts a span on other words, keeps following edits, and never changes a byte of a line it could not place', () => {
    fc.assert(
      fc.property(article, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(step, { maxLength: 14 }), (txt0, picks, steps) => {
        const txtFile = path.join(dir, 'a.txt');
        const annFile = path.join(dir, 'a.ann');
        const txtUri = pathToFileURL(txtFile).href;
        const annUri = pathToFileURL(annFile).href;
        // spans on whole words, and lines Isnad cannot place: wrong text, past the end, reversed, a duplicate id
        const words = [...txt0.matchAll(/[^\s.]+/gu)];
        const src0 = new SourceText(txt0);
        const chosen = [...new Set(picks.map((p) => p % words.length))].sort((a, b) => a - b);
        const truth: Truth = new Map();
        const good = chosen.map((w, k) => {
          const m = words[w]!;
          const [s, e] = src0.toCodePoints(m.index, m.index + m[0].length);
          truth.set(`T${k + 1}`, [m.index, m.index + m[0].length]);
          return `T${k + 1}\tPlace ${s} ${e}\t${m[0]}`;
        });
        const n = good.length;
        const bad = [`T${n + 1}\tPlace 0 3\tليس`, `T${n + 2}\tPlace 90000 90005\tكركوك`, `T${n + 3}\tPlace 9 2\tستة`, `T${n + 4}\tPlace 0 1\tx`, `T${n + 4}\tPlace 1 2\ty`];
        const notes = good.map((_, k) => `#${k + 1}\tAnnotatorNotes T${k + 1}\tملاحظة ${k + 1}`);
        fs.writeFileSync(txtFile, txt0);
        fs.writeFileSync(annFile, [...good, ...bad, ...notes, ''].join('\n'));
        const lineCount = good.length + bad.length + notes.length;
        // a fresh folder: no mark of an earlier run's a.ann (they are kept in the folder, uncertain-marks.ts)
        fs.rmSync(path.join(dir, '.isnad'), { recursive: true, force: true });

        let store = new AnnStore();
        /** The spans marked in doubt (id → text), as a restart over unsaved edits would have left them. */
        const marked = new Map<string, string>();
        if (picks[0]! % 2 === 0) {
          store.marks.set(annUri, 'T1', good[0]!);
          marked.set('T1', words[chosen[0]!]![0]);
        }
        let disk = txt0;
        let editor = txt0;
        /** Spans anchored at their true place in the editor's text before the step (liveness for pure edits). */
        /** Ids the last re-anchoring on disk reported (kept where they were, a diagnostic on their line). */
        let reportedOnDisk = new Set<string>();
        const idsOn = (ann: string, lines: number[]): Set<string> => {
          const doc = parseAnn(ann);
          return new Set(lines.flatMap((n) => { const l = doc.lines[n]; return l && 'id' in l && l.id ? [l.id] : []; }));
        };
        const check = (where: 'editor' | 'disk', wasPlaced?: Set<string>): Set<string> => {
          const ann = where === 'disk' ? fs.readFileSync(annFile, 'utf8') : (store.current(txtUri, editor) ?? '');
          // marked: the server reports the span in doubt (annotation-uncertain) wherever its line puts it
          const doubted = store.doubtedLines(annUri, ann);
          assert.deepEqual(doubted.map((l) => [l.id, l.text]), [...marked], 'marked until accepted, on its own line only');
          const reported = new Set([...marked.keys(), ...(where === 'disk' ? reportedOnDisk : [...idsOn(ann, store.problems(txtUri).map((p) => p.line)), ...(editor === disk ? reportedOnDisk : [])])]);
          const txt = where === 'disk' ? disk : editor;
          const src = new SourceText(txt);
          const lines = ann.split('\n');
          assert.equal(parseAnn(ann).lines.filter((l) => l.kind !== 'blank').length, lineCount, 'no line dropped or added');
          for (const b of bad) assert.ok(lines.includes(b), `kept byte for byte: ${b}`);
          const placed = new Set<string>();
          for (const l of tLines(ann)) {
            const at = truth.get(l.id);
            if (at === undefined) continue;
            const anchored = l.fragments.every(([s, e]) => s <= e && e <= src.length) && src.textOf(l.fragments) === l.text;
            if (!anchored || reported.has(l.id)) continue; // reported: by validation (its text is not at its offsets) or by the re-anchoring
            if (at) {
              assert.deepEqual(l.fragments.map((f) => src.toUtf16(f)), [at], `${l.id} «${l.text}» on its own words, not on others`);
              placed.add(l.id);
            }
          }
          if (wasPlaced) for (const id of wasPlaced) if (truth.get(id)) assert.ok(placed.has(id), `${id} still follows the text`);
          return placed;
        };
        check('disk');
        for (const s of steps) {
          if (s.kind === 'edit') {
            const before = check('editor');
            const c = changeIn(editor, s.at, s.len, s.text);
            const { line: sl, character: sc } = pos(editor, c.start);
            const { line: el, character: ec } = pos(editor, c.end);
            store.follow(txtUri, editor, [{ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, text: c.text }]);
            editor = editor.slice(0, c.start) + c.text + editor.slice(c.end);
            track(truth, c);
            check('editor', before);
          } else if (s.kind === 'save') {
            fs.writeFileSync(txtFile, editor);
            store.invalidateText(txtUri);
            const w = store.toWrite(txtUri, editor);
            if (w) {
              assert.equal(fs.readFileSync(annFile, 'utf8'), w.base, 'written only over the file it was made from');
              fs.writeFileSync(annFile, w.text);
              store.invalidate(annUri, w.text);
            }
            store.discard(txtUri);
            disk = editor;
            check('disk');
          } else if (s.kind === 'pull') {
            if (editor !== disk) continue; // a pull over unsaved edits is git's to refuse
            const c = changeIn(disk, s.at, s.len, s.text);
            const next = disk.slice(0, c.start) + c.text + disk.slice(c.end);
            // seen half written first (its first line): the server waits until the file is quiet, then
            // re-anchors from the text the .ann was made for (service.ts, PULL_QUIET_MS) — never on the half
            if (s.half) {
              fs.writeFileSync(txtFile, next.slice(0, next.indexOf('\n') + 1));
              store.invalidateText(txtUri);
            }
            fs.writeFileSync(txtFile, next);
            store.invalidateText(txtUri);
            const ann = fs.readFileSync(annFile, 'utf8');
            const r = reanchor(ann, next, disk);
            if (r.ok) reportedOnDisk = idsOn(ann, r.problems.map((p) => p.line));
            if (r.ok && r.edits.length) {
              fs.writeFileSync(annFile, r.text);
              store.invalidate(annUri, r.text);
            }
            track(truth, c);
            disk = editor = next;
            check('disk');
          } else if (s.kind === 'accept') {
            const id = [...marked.keys()][0];
            if (id === undefined) continue;
            assert.ok(store.acceptPlace(annUri, id));
            marked.delete(id);
            // the annotator saw it marked where its line puts it and said so: that is its place from now on
            const l = tLines(store.current(txtUri, editor) ?? '').find((x) => x.id === id);
            const src = new SourceText(editor);
            const here = l && l.fragments.length === 1 && l.fragments[0]![1] <= src.length && src.textOf(l.fragments) === l.text;
            truth.set(id, here ? src.toUtf16(l.fragments[0]!) : null);
            check('editor');
          } else {
            store = new AnnStore();
            // over unsaved edits, the restarted server may find new spans in doubt (the marks kept are still there, checked next)
            if (editor !== disk) for (const l of store.doubtedLines(annUri, store.current(txtUri, editor))) if (!marked.has(l.id)) marked.set(l.id, l.text);
            check('editor');
          }
        }
      }),
      // a fixed seed, so CI is repeatable; ISNAD_SEED explores others (a restart case it found is open, below)
      { numRuns: 150, seed: Number(process.env.ISNAD_SEED ?? 20261207) },
    );
  });

  // Found by a random seed in CI (issue 15): unsaved edits, then a restart. A copy of the annotated word
  // typed right before it («ستة» → «ستةستة») leaves the .ann's old offsets spelling the word on the editor's
  // text, now on the typed copy; the diff cannot tell which «ستة» is the annotated one, so neither is picked.
  it('after a restart with unsaved edits, a span whose word was typed again right beside it is reported and kept, not placed on the copy', () => {
    const txt0 = 'قتل ستة أشخاص في كركوك.\n';
    const txtFile = path.join(dir, 'a.txt');
    const txtUri = pathToFileURL(txtFile).href;
    const t1 = 'T1\tFigure 4 7\tستة';
    fs.writeFileSync(txtFile, txt0);
    fs.writeFileSync(path.join(dir, 'a.ann'), `${t1}\n#1\tAnnotatorNotes T1\tملاحظة\n`);
    const before = new AnnStore();
    before.follow(txtUri, txt0, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'ستة' }]);
    const editor = 'قتل ستةستة أشخاص في كركوك.\n';
    // the server that saw the key knows: the annotated word moved on, after the typed copy
    assert.match(before.current(txtUri, editor)!, /^T1\tFigure 7 10\tستة$/m);
    // restarted, with the unsaved text in the editor: only the two texts are known
    const after = new AnnStore();
    const ann = after.current(txtUri, editor)!;
    const line = ann.split('\n').find((l) => l.startsWith('T1\t'));
    assert.equal(line, t1, 'kept as written');
    assert.ok(after.problems(txtUri).some((p) => p.line === 0), `reported: ${JSON.stringify(after.problems(txtUri))}`);
    const annUri = pathToFileURL(path.join(dir, 'a.ann')).href;
    assert.deepEqual(after.doubtedLines(annUri, ann).map((l) => l.id), ['T1'], 'its place marked in doubt');
    // the next key (after the words) keeps the line as written: it is not followed as if placed
    const key = [{ range: { start: { line: 0, character: 26 }, end: { line: 0, character: 26 } }, text: '!' }];
    after.follow(txtUri, editor, key);
    const typed = 'قتل ستةستة أشخاص في كركوك.!\n';
    assert.equal(after.current(txtUri, typed)!.split('\n')[0], t1);
    assert.deepEqual(after.doubtedLines(annUri, after.current(txtUri, typed)).map((l) => l.id), ['T1']);
    // a key before the server read the .ann for the editor's text: the same
    const early = new AnnStore();
    early.follow(txtUri, editor, key);
    assert.equal(early.current(txtUri, typed)!.split('\n')[0], t1);
    assert.deepEqual(early.doubtedLines(annUri, early.current(txtUri, typed)).map((l) => l.id), ['T1']);
  });
});

function pos(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
