// Every figure that the Kirkuk acceptance list (EXPECTED.md) names, read by
// the whole pipeline on the real articles: value, qualifier, kind, unit and
// counted noun; and the traps that must not read as quantities.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import type { Figure, FigureKind, Qualifier } from '../../server/src/core/types.js';
import { article, describeShared } from './corpus.js';
import { describe as show } from './figures.helpers.js';

const figures = new Map<string, { text: string; figs: Figure[] }>();
function doc(id: string): { text: string; figs: Figure[] } {
  let d = figures.get(id);
  if (!d) {
    const text = article(id);
    d = { text, figs: analyse(text).figures };
    figures.set(id, d);
  }
  return d;
}

/** The figure spanning `span` whose surroundings contain `near`. */
function find(id: string, span: string, near: string): Figure {
  const { text, figs } = doc(id);
  const at = text.indexOf(near);
  assert.ok(at >= 0, `context "${near}" not in ${id}`);
  const f = figs.find((x) => x.text === span && x.start >= at && x.end <= at + near.length);
  assert.ok(f, `${id}: no figure "${span}" in "${near}"; found ${figs.filter((x) => x.start >= at && x.end <= at + near.length).map(show).join(' | ') || 'nothing there'}`);
  return f;
}

interface Want {
  value?: number | null;
  min?: number;
  max?: number;
  qualifier?: Qualifier | null;
  kind?: FigureKind;
  unit?: string | null;
  lemma?: string;
  detail?: string;
}

function check(f: Figure, w: Want): void {
  if ('value' in w) assert.equal(f.value, w.value, `value of ${show(f)}`);
  if ('min' in w) assert.ok(Math.abs(f.min - w.min!) < 1e-9 || f.min === w.min, `min of ${show(f)}`);
  if ('max' in w) assert.ok(Math.abs(f.max - w.max!) < 1e-9 || f.max === w.max, `max of ${show(f)}`);
  if ('qualifier' in w) assert.equal(f.qualifier, w.qualifier, `qualifier of ${show(f)}`);
  if ('kind' in w) assert.equal(f.kind, w.kind, `kind of ${show(f)}`);
  if ('unit' in w) assert.equal(f.unit, w.unit, `unit of ${show(f)}`);
  if ('lemma' in w) assert.equal(f.counted?.lemma, w.lemma, `counted noun of ${show(f)}`);
  if ('detail' in w) assert.equal(f.detail, w.detail, `detail of ${show(f)}`);
}

// [article, span, context around it, meaning]
const expected: [string, string, string, Want][] = [
  // K1: distance Kirkuk–Baghdad
  ['000', '255', '(255 كم شمال شرق بغداد)', { value: 255, kind: 'measure', unit: 'km', qualifier: null }],
  ['001', '240', '(240 كلم شمال بغداد)', { value: 240, kind: 'measure', unit: 'km' }],
  // K2: killed, Iranians among them
  ['001', '22', '22\u00A0شخصاً قتلوا', { value: 22, kind: 'count', lemma: 'شخص' }],
  ['001', 'أربعة', 'بينهم أربعة إيرانيين', { value: 4, kind: 'count', lemma: 'ايراني' }],
  ['002', '18', 'مقتل 18 من قوات الأمن', { value: 18, kind: 'count', lemma: 'عنصر امن' }],
  ['002', '4', 'بينهم 4 إيرانيين', { value: 4, kind: 'count', lemma: 'ايراني' }],
  // K3: police killed
  ['001', 'ستة', 'مقتل ستة من عناصر الشرطة', { value: 6, kind: 'count', qualifier: null, lemma: 'شرطي' }],
  ['002', 'ستة', 'مقتل ستة وإصابة', { value: 6, kind: 'count' }],
  ['003', 'ستة', 'ستة عناصر من الشرطة', { value: 6, kind: 'count', lemma: 'شرطي' }],
  ['004', 'خمسة', 'خمسة من الشرطة', { value: 5, kind: 'count', lemma: 'شرطي' }],
  // police wounded
  ['001', '12', 'وإصابة 12 آخرون', { value: 12, kind: 'count', qualifier: null }],
  ['002', '12', 'وإصابة 12 من عناصر الشرطة', { value: 12, kind: 'count', lemma: 'شرطي' }],
  // K4: militants killed
  ['001', 'حوالي 12', 'قتل حوالي 12 مسلحاً', { value: 12, qualifier: 'approx', min: 10.8, max: 13.2, lemma: 'مسلح' }],
  ['002', 'ما لا يقل عن 12', 'مقتل ما لا يقل عن 12 مسلحاً', { value: 12, qualifier: 'at-least', min: 12, max: Infinity, lemma: 'مسلح' }],
  ['003', '12', 'و12 جهاديا', { value: 12, qualifier: null, lemma: 'جهادي' }],
  ['004', '12', 'و12 عنصراً من التنظيم', { value: 12, qualifier: null, lemma: 'عنصر' }],
  ['004', '48', 'قتل 48 مسلحاً', { value: 48, kind: 'count', lemma: 'مسلح' }],
  ['004', '48', 'قتل 48 منهم', { value: 48, kind: 'count' }],
  // K5: suicide bombers
  ['001', 'ثلاثة', 'فجر ثلاثة آخرون', { value: 3, kind: 'count' }],
  ['002', 'ثلاثة', 'فجر ثلاثة آخرون', { value: 3, kind: 'count' }],
  ['004', 'خمسة', 'خمسة انتحاريين أنفسهم على الأقل', { value: 5, qualifier: 'at-least', min: 5, max: Infinity, lemma: 'انتحاري' }],
  ['001', 'أحد', 'أحد الانتحاريين', { value: 1, lemma: 'انتحاري' }],
  // K6 and the total with its part
  ['004', '46', '46 شخصاً قتلوا', { value: 46, lemma: 'شخص' }],
  ['004', '133', 'وأصيب 133 بجروح', { value: 133, kind: 'count' }],
  ['004', 'ما لا يقل عن 25', 'ما لا يقل عن 25 من عناصر الأمن', { value: 25, qualifier: 'at-least', min: 25, max: Infinity, lemma: 'عنصر امن' }],
  // Daquq
  ['002', '15', 'قُتلت 15 امرأة', { value: 15, lemma: 'امراه' }],
  ['002', '50', 'وأصيبت 50 بجروح', { value: 50, kind: 'count' }],
  // distances
  ['002', 'نحو 7', 'نحو 7 كيلومترات', { value: 7, qualifier: 'approx', kind: 'measure', unit: 'km' }],
  ['004', 'نحو 20', 'نحو 20 كيلومتراً', { value: 20, qualifier: 'approx', kind: 'measure', unit: 'km' }],
  // Dibis power station, killed-or-wounded, a revised total
  ['000', '34', '34 قتيلا وجريحا', { value: 34, kind: 'count', qualifier: 'revised', lemma: 'قتيل وجريح' }],
  // no counterpart
  ['002', '550', '550 عائلة', { value: 550, lemma: 'عائله' }],
  ['004', 'نحو 50', 'نحو 50 قرية', { value: 50, qualifier: 'approx', lemma: 'قريه' }],
  ['004', 'نحو 5000 إلى 6000', 'نحو 5000 إلى 6000 متشدد', { value: null, qualifier: 'range', min: 4500, max: 6600, lemma: 'متشدد' }],
  ['004', 'نحو 1.2 مليون', 'نحو 1.2 مليون نسمة', { value: 1200000, qualifier: 'approx', min: 1080000, max: 1320000, lemma: 'نسمه' }],
  ['004', 'اثنين', 'مدنيين اثنين', { value: 2, kind: 'count', lemma: 'مدني' }],
  // agreements
  ['000', 'نحو نصف', 'نحو نصف مدينة كركوك', { value: 0.5, qualifier: 'approx', min: 0.45, max: 0.55 }],
  ['001', 'نحو نصف', 'نحو نصف مدينة كركوك', { value: 0.5, qualifier: 'approx' }],
  ['002', 'نحو نصف', 'نحو نصف المدينة', { value: 0.5, qualifier: 'approx' }],
  ['003', 'نحو نصف', 'نحو نصف المدينة', { value: 0.5, qualifier: 'approx' }],
  ['001', '35', '(35 عاما)', { value: 35, kind: 'age', unit: 'years' }],
  ['003', '35', '(35 عاما)', { value: 35, kind: 'age', unit: 'years' }],
  ['003', '19', '(19 عاما)', { value: 19, kind: 'age', unit: 'years' }],
  ['003', '12', 'بعد 12 ساعة', { value: 12, kind: 'measure', unit: 'hours' }],
  // vague quantities
  ['000', 'عشرات', 'هاجموها بالعشرات', { value: null, min: 20, max: 99, qualifier: 'vague' }],
  ['001', 'عشرات', 'شن عشرات من مسلحي', { value: null, min: 20, max: 99, qualifier: 'vague', lemma: 'مسلح' }],
  ['003', 'عشرات', 'عشرات الجهاديين', { min: 20, max: 99, lemma: 'جهادي' }],
  ['003', 'عشرات', 'من عشرات عناصر', { min: 20, max: 99 }],
  ['000', 'عددا كبيرا', 'قتلت عددا كبيرا من مسلحي', { value: null, min: 3, max: Infinity, qualifier: 'vague', lemma: 'مسلح' }],
  ['000', 'عديد', 'واصابة العديد من الاشخاص', { min: 3, max: Infinity, lemma: 'شخص' }],
  ['003', 'تسعة', 'تسعة جهاديين', { value: 9, kind: 'count', lemma: 'جهادي' }],
  ['003', 'ثلاثة الى خمسة', 'ثلاثة الى خمسة من عناصر داعش', { value: null, min: 3, max: 5, qualifier: 'range' }],
  // dates, times, ordinals
  ['000', '2014', 'عام 2014', { kind: 'date', detail: 'year', value: 2014 }],
  ['004', '2014', 'منذ 2014', { kind: 'date', detail: 'year' }],
  ['004', '2014', 'إخلاؤها في 2014', { kind: 'date', detail: 'year' }],
  ['001', '21 تشرين الأول', '21 تشرين الأول/أكتوبر', { kind: 'date', value: 21 }],
  ['003', 'حوالى الثالثة', 'حوالى الثالثة ضد', { kind: 'date', detail: 'time', value: 3 }],
  ['000', 'ثاني', 'ثاني أكبر مدن', { kind: 'ordinal', value: 2 }],
  ['002', 'ثاني', 'ثاني أكبر مدن', { kind: 'ordinal', value: 2 }],
  ['003', 'ثاني', 'ثاني أكبر مدينة', { kind: 'ordinal', value: 2 }],
  ['003', 'خامس', 'خامس أيام', { kind: 'ordinal', value: 5 }],
  ['004', 'تاسعة', 'الفرقة التاسعة', { kind: 'ordinal', value: 9 }],
  // identifiers
  ['001', '0012022773659', 'الرقم 0012022773659', { kind: 'identifier', value: null }],
];

describeShared('figures: the Kirkuk acceptance list', () => {
  for (const [id, span, near, want] of expected) {
    it(`${id}: ${near} → ${span}`, () => check(find(id, span, near), want));
  }

  it('reads no digit of a URL or a hashtag, and no phone number as a quantity', () => {
    const { text, figs } = doc('001');
    for (const f of figs) {
      const inside = /https?:\/\/\S*$/.test(text.slice(Math.max(0, f.start - 80), f.start)) && !/\s/.test(text.slice(f.start - 1, f.start));
      assert.ok(!inside, `figure inside a URL: ${show(f)}`);
      if (f.text.includes('0012022773659')) assert.equal(f.kind, 'identifier');
    }
    assert.ok(!figs.some((f) => /789419264939786240|789397236111118336/.test(f.text)));
  });

  it('reads the neighbourhoods التسعين / تسعين and واحد حزيران as names, not figures', () => {
    for (const [id, near] of [
      ['000', 'وحي واحد حزيران'],
      ['001', 'أحياء التسعين وحزيران ودوميز'],
      ['001', 'في حي تسعين'],
      ['002', 'أحياء التسعين وحزيران ودوميز'],
      ['003', 'في حي تسعين'],
    ] as const) {
      const { text, figs } = doc(id);
      const at = text.indexOf(near);
      assert.ok(at >= 0);
      const inside = figs.filter((f) => f.start < at + near.length && f.end > at);
      assert.deepEqual(inside.map(show), [], `${id}: ${near}`);
    }
  });

  it('finds no count or measure figure that the articles do not state', () => {
    // every count/measure figure of the five articles, as span texts
    const got = ['000', '001', '002', '003', '004'].map((id) => doc(id).figs.filter((f) => f.kind === 'count' || f.kind === 'measure').map((f) => f.text));
    for (const list of got) for (const t of list) assert.ok(!/^(تسعين|التسعين|واحد|حزيران|0012022773659)$/.test(t), t);
    // the five articles state about 55 quantities; a flood of spurious ones would show here
    const total = got.reduce((n, l) => n + l.length, 0);
    assert.ok(total >= 45 && total <= 75, `count/measure figures: ${total}`);
  });
});
