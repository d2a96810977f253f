// The runs we embed in hovers and quick-fix titles are isolated (FSI/LRI …
// PDI), so an interval, a sign or an Arabic name cannot reorder its English
// (or Arabic) frame; stripping the isolates gives the words as before.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyse, type Analysis } from '../../server/src/core/analyse.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { figureLabel, placeLabel } from '../../server/src/lsp/standoff/actions.js';
import { chainText, formatValue, hoverAt, sideValue } from '../../server/src/lsp/hover.js';
import { KIRKUK, ROOT, kirkukFiles } from './corpus.js';
import { ARABIC, balancedIsolates, outsideIsolates } from '../isolates.js';

function checkArticle(a: Analysis, name: string): number {
  let n = 0;
  const spans = [...a.figures, ...a.places, ...a.attributions.map((x) => x.cue)];
  for (const s of spans) {
    const h = hoverAt(a, s.start);
    if (!h) continue;
    n++;
    assert.ok(balancedIsolates(h.markdown), `${name}: unbalanced isolates in ${h.markdown}`);
    assert.doesNotMatch(outsideIsolates(h.markdown), ARABIC, `${name}: Arabic outside an isolate in the hover of «${s.text}»:\n${h.markdown}`);
  }
  a.figures.forEach((f, i) => {
    if (f.kind === 'identifier') return;
    const label = figureLabel(f, a, i);
    assert.doesNotMatch(outsideIsolates(label), ARABIC, label);
    // the value reads left to right as one run
    assert.ok(label.startsWith(`\u2066${formatValue(f)}\u2069 (`), label);
    assert.doesNotMatch(stripIsolates(label), /\(([^,()]+), \1\)/, `a field twice: ${label}`);
  });
  for (const p of a.places) assert.doesNotMatch(outsideIsolates(placeLabel(p)), ARABIC, placeLabel(p));
  return n;
}

describe('bidi isolation of hovers and quick-fix titles', () => {
  const gazetteer = Gazetteer.load();

  it('isolates every Arabic run and value in the hovers and titles of the sample articles', () => {
    let n = 0;
    for (const f of fs.readdirSync(path.join(ROOT, 'samples')).filter((x) => x.endsWith('.txt'))) {
      n += checkArticle(analyse(fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'), { gazetteer, article: f.replace(/\.txt$/, '') }), f);
    }
    assert.ok(n > 30, `only ${n} hovers`);
  });

  it('does the same on the Kirkuk articles', function () {
    if (!fs.existsSync(KIRKUK)) {
      console.log(`      skipped: ${KIRKUK} is absent (the shared corpus is not beside this clone)`);
      return this.skip();
    }
    for (const f of kirkukFiles()) checkArticle(analyse(fs.readFileSync(f, 'utf8'), { gazetteer }), path.basename(f));
  });

  it('keeps an approximate figure\'s words and its interval in separate isolates: «نحو 40» (36–44), «أكثر من 200» (≥ 201)', () => {
    const approx = sideValue({ text: 'نحو 40', min: 36, max: 44 });
    assert.equal(approx, '\u2068نحو 40\u2069 (\u206636–44\u2069)');
    assert.equal(stripIsolates(approx), 'نحو 40 (36–44)');
    // ≥ inside a left-to-right isolate: it cannot mirror into ≤ in a right-to-left line
    const open = sideValue({ text: 'أكثر من 200', min: 201, max: Infinity });
    assert.equal(open, '\u2068أكثر من 200\u2069 (\u2066≥ 201\u2069)');
    assert.equal(sideValue({ text: '12', min: 12, max: 12 }), '\u206612\u2069');
  });

  it('a source chain is said in words, each name isolated: no arrow between two right-to-left names', () => {
    assert.equal(chainText(['قائد الشرطة', 'فرانس برس']), '\u2068قائد الشرطة\u2069 via \u2068فرانس برس\u2069');
  });

  it('a figure hover on invented text: the words as before once the isolates are stripped', () => {
    const text = 'قال مصدر أمني إن نحو 40 شخصاً أصيبوا في حلب.';
    const a = analyse(text, { gazetteer });
    const h = hoverAt(a, text.indexOf('نحو 40') + 1)!;
    assert.ok(h.markdown.includes('\u2068`نحو 40`\u2069'), h.markdown);
    assert.ok(h.markdown.includes('\u2066**40 [36, 44]**\u2069'), h.markdown);
    const plain = stripIsolates(h.markdown).split('\n').map((l) => l.trimEnd());
    assert.equal(plain[0], '**Figure** `نحو 40` → **40 [36, 44]** · count');
    assert.ok(plain.includes('Qualifier: approx (نحو)'), plain.join('\n'));
    assert.ok(plain.includes('Source: مصدر أمني'), plain.join('\n'));
  });
});

describe('conflict messages (Problems) isolate what they embed', () => {
  it('every value, interval, source and file of the sample story is a run of its own in the English message', async () => {
    const { StoryIndex } = await import('../../server/src/core/story/story-index.js');
    const { describe: describeConflict, describeCorroborations } = await import('../../server/src/core/story/describe.js');
    const samples = path.join(ROOT, 'samples');
    const index = new StoryIndex();
    for (const f of fs.readdirSync(samples).filter((x) => x.endsWith('.txt'))) {
      const a = analyse(fs.readFileSync(path.join(samples, f), 'utf8'));
      index.update(f.replace(/\.txt$/, ''), a.claims, a.figures, { path: f });
    }
    const messages = index.conflicts().flatMap((c) => c.sides.map((s) => describeConflict(c, s)));
    messages.push(...index.conflicts().flatMap((c) => c.sides.flatMap((s) => describeCorroborations(index.corroborations(s.docId, s.figure)))));
    assert.ok(messages.length > 5, `messages: ${messages.length}`);
    for (const m of messages) {
      assert.ok(balancedIsolates(m), `balanced isolates in ${JSON.stringify(m)}`);
      const frame = outsideIsolates(m);
      assert.doesNotMatch(frame, ARABIC, `no Arabic outside an isolate: ${JSON.stringify(frame)}`);
      assert.doesNotMatch(frame, /\d/, `no digit outside an isolate: ${JSON.stringify(frame)}`);
      assert.ok(m.includes('\u2066') && m.includes('\u2068'), 'an interval left to right and words by their first strong letter');
    }
    // stripping the isolates gives the words of the message
    assert.ok(messages.some((m) => /^Contradiction: .* here \(.*\), but .* in .*\.txt \(.*\)/.test(stripIsolates(m))), messages.map(stripIsolates).join('\n'));
  });
});
