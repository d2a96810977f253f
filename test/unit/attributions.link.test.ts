// Linking figures to their sources, the article's own voice (byline), and
// robustness on any input (property).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, articleSource } from '../../server/src/core/analyse.js';
import { detectAttributions, detectByline, linkSources } from '../../server/src/core/attributions/detect.js';
import { emptyContext, type DocContext } from '../../server/src/core/parse/context.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import type { Figure } from '../../server/src/core/types.js';
import { article, itShared } from './corpus.js';

function ctxOf(text: string): DocContext {
  const ctx = emptyContext(text, tokenize(text));
  ctx.attributions = detectAttributions(ctx);
  return ctx;
}

/** A bare count figure on the n-th occurrence of `what`. */
function fig(text: string, what: string, nth = 0): Figure {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(what, start + 1);
  assert.ok(start >= 0, what);
  return { start, end: start + what.length, text: what, kind: 'count', value: 0, min: 0, max: 0, qualifier: null, unit: null, counted: null };
}

describe('attributions: linking figures to sources', () => {
  it('gives a figure inside a content that attribution, and one outside the article', () => {
    const text = 'قتل 3 أشخاص أمس. وقال مصدر أمني إن 5 آخرين قتلوا.';
    const ctx = ctxOf(text);
    // given out of order on purpose: the linker sorts
    ctx.figures = [fig(text, '5'), fig(text, '3')];
    linkSources(ctx, articleSource('الجريدة'));
    assert.deepEqual(ctx.figures[0]!.source, { text: 'مصدر أمني', type: 'anonymous', chain: ['مصدر أمني'], attribution: 0 });
    assert.deepEqual(ctx.figures[1]!.source, { text: 'الجريدة', type: 'article', chain: ['الجريدة'], attribution: -1 });
  });

  it('gives a figure in nested contents the innermost source, which speaks through the outer', () => {
    const text = 'وأكدت مصادر محلية أن 7 أشخاص قتلوا، حسب وكالة الأناضول.';
    const ctx = ctxOf(text);
    ctx.figures = [fig(text, '7')];
    linkSources(ctx, articleSource(undefined));
    const s = ctx.figures[0]!.source!;
    assert.equal(s.text, 'مصادر محلية');
    assert.deepEqual(s.chain, ['مصادر محلية', 'وكالة الأناضول']);
    assert.equal(ctx.attributions[s.attribution]!.cue.text, 'أكدت');
  });

  it('links figures of several attributions in one sweep, each to its own', () => {
    const parts = Array.from({ length: 40 }, (_, k) => `وقال الضابط ${k} إن ${k + 100} شخصاً قتلوا.`);
    const text = parts.join(' ');
    const ctx = ctxOf(text);
    ctx.figures = parts.map((_, k) => fig(text, String(k + 100)));
    linkSources(ctx, articleSource('x'));
    ctx.figures.forEach((f, k) => {
      const a = ctx.attributions[f.source!.attribution]!;
      assert.ok(a.content.start <= f.start && f.end <= a.content.end, `figure ${k}`);
      assert.ok(a.cue.start < f.start && f.start - a.cue.start < 40, `figure ${k} goes to its own sentence`);
    });
  });

  it('uses the byline as the article’s voice when no outlet is given', () => {
    const text = 'متابعة سارة أحمد:\n\nقتل 3 أشخاص في الهجوم.';
    const ctx = ctxOf(text);
    ctx.figures = [fig(text, '3')];
    linkSources(ctx, articleSource(undefined));
    assert.deepEqual(ctx.figures[0]!.source, { text: 'سارة أحمد', type: 'article', chain: ['سارة أحمد'], attribution: -1 });
    // a given outlet wins over the byline
    linkSources(ctx, articleSource('الجريدة'));
    assert.equal(ctx.figures[0]!.source!.text, 'الجريدة');
  });
});

describe('attributions: byline', () => {
  const table: [string, string | undefined][] = [
    ['أسامة مهدي: على الرغم من تطمينات المحافظ …', 'أسامة مهدي'],
    ['متابعة إلسي مِلكونيان:\n\nشن عشرات من المسلحين هجوماً', 'إلسي مِلكونيان'],
    ['بقلم محمد علي\nقتل 3 أشخاص.', 'محمد علي'],
    ['بغداد (رويترز) - قتل 3 أشخاص.', 'رويترز'],
    ['عاجل: مقتل 3 أشخاص في بغداد.', undefined],
    ['وقال المصدر: «قتل 3 أشخاص».', undefined],
    ['قتل 3 أشخاص في هجوم على مدينة كركوك شمال العراق.', undefined],
    ['', undefined],
  ];
  for (const [text, want] of table) it(`${JSON.stringify(text.slice(0, 30))} → ${want ?? 'none'}`, () => assert.equal(detectByline(ctxOf(text)), want));

  itShared('reads the corpus bylines (000, 001) and finds none where there is none (002, 004)', () => {
    assert.equal(detectByline(ctxOf(article('000'))), 'أسامة مهدي');
    assert.equal(detectByline(ctxOf(article('001'))), 'إلسي مِلكونيان');
    assert.equal(detectByline(ctxOf(article('002'))), undefined);
    assert.equal(detectByline(ctxOf(article('004'))), undefined);
  });
});

describe('attributions: any input (property)', () => {
  const pieces = [
    'قال', 'وقالت', 'يقول', 'وأضاف', 'مشيراً', 'إلى', 'أن', 'إن', 'انه', 'حسب', 'بحسب', 'وفقاً', 'لـ', 'للمصادر', 'نقلاً', 'عن', 'حسبما', 'أفاد', 'كما',
    'مصدر', 'أمني', 'وكالة', 'فرانس', 'برس', 'عبر', 'تنظيم', 'داعش', 'العميد', 'قائد', 'شرطة', 'كركوك', 'في', 'قيل', 'تبنى', 'وأكد', 'لم', 'التابعة', 'له',
    '«', '»', '“', '”', '"', '(', ')', '،', '.', ':', ' ', ' ', ' ', '\n', '22', '٣', 'ـ', '\u064E', '\u200F',
  ];
  const arb = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
    fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' ')),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );

  it('never throws, and every span lies inside the text and equals its slice', () => {
    fc.assert(
      fc.property(arb, (text) => {
        const a = analyse(text);
        for (const x of a.attributions) {
          for (const s of [x.cue, x.source]) {
            assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length);
            assert.equal(text.slice(s.start, s.end), s.text);
          }
          assert.ok(0 <= x.content.start && x.content.start <= x.content.end && x.content.end <= text.length);
          assert.ok(x.source.chain.length >= 1);
        }
        for (const f of a.figures) {
          assert.ok(f.source);
          if (f.source.attribution >= 0) {
            const c = a.attributions[f.source.attribution]!.content;
            assert.ok(c.start <= f.start && f.end <= c.end);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
