// The shared lexicon engine (server/src/core/lexicon): verb inflection from
// root and form, written agreement, proclitics, spelling variants.
import assert from 'node:assert/strict';
import { forms as claimForms } from '../../server/src/core/claims/lexicon.js';
import { readings, strippedForms } from '../../server/src/core/lexicon/proclitics.js';
import { inflect } from '../../server/src/core/lexicon/verbs.js';
import { spellingVariants } from '../../server/src/core/lexicon/variants.js';
import { agrees, written } from '../../server/src/core/lexicon/written.js';
import { normalize } from '../../server/src/core/text/normalize.js';

const formsOf = (root: string, form: number, vowel?: 'u' | 'i' | 'a', passive = false) => new Set(inflect({ root, form, vowel, passive }).map((f) => f.form));

describe('lexicon: verbs inflected from root and form', () => {
  const cases: [string, number, 'u' | 'i' | 'a' | undefined, boolean, string[]][] = [
    // hollow I: long vowel before a vowel suffix, short before a consonant, passive with ي
    ['قول', 1, 'u', true, ['قال', 'قالت', 'قالوا', 'قلنا', 'يقول', 'تقولون', 'قائلا', 'قائلة', 'قيل', 'يقال']],
    // defective I: the last letter drops before ت and وا
    ['روي', 1, 'i', false, ['روى', 'روت', 'رووا', 'روينا', 'يروي', 'يروون', 'راوية']],
    ['دعو', 1, 'u', false, ['دعا', 'دعت', 'دعوا', 'دعونا', 'يدعو', 'يدعون']],
    // hollow IV, with its passive
    ['فيد', 4, undefined, true, ['أفاد', 'أفادت', 'أفدنا', 'يفيد', 'مفيدة', 'أفيد', 'يفاد']],
    // defective V and VIII (the infixed ت assimilated after د)
    ['بني', 5, undefined, false, ['تبنى', 'تبنت', 'تبنوا', 'يتبنى', 'يتبنون', 'متبنيا']],
    ['دعو', 8, undefined, false, ['ادعى', 'ادعت', 'ادعوا', 'يدعي', 'مدعية']],
    // doubled IV and X
    ['قرر', 4, undefined, false, ['أقر', 'أقرت', 'أقررنا', 'يقر', 'مقرا']],
    ['مرر', 10, undefined, false, ['استمر', 'استمرت', 'استمررنا', 'يستمر', 'مستمرة']],
    // first hamza of form II on its seat (يؤكد، مؤكد)
    ['ءكد', 2, undefined, false, ['أكد', 'أكدت', 'يؤكد', 'مؤكدا']],
    // assimilated I: و drops in the imperfect
    ['وقع', 5, undefined, false, ['توقع', 'يتوقع', 'متوقعة']],
  ];
  for (const [root, form, vowel, passive, expected] of cases)
    it(`${root} (${form}) → ${expected.join('، ')}`, () => {
      const got = formsOf(root, form, vowel, passive);
      for (const e of expected) assert.ok(got.has(e), `${e} missing from ${[...got].join(' ')}`);
    });

  it('generates no sound forms for a weak verb (no روىت، no أفادنا)', () => {
    const rawa = formsOf('روي', 1, 'i');
    assert.ok(!rawa.has('روىت') && !rawa.has('رويوا'));
    assert.ok(!formsOf('فيد', 4).has('أفادنا'));
  });

  it('tells the person: قلنا and أقول are the writer', () => {
    const f = inflect({ root: 'قول', form: 1, vowel: 'u' });
    assert.equal(f.find((x) => x.form === 'قلنا')?.person, 'first');
    assert.equal(f.find((x) => x.form === 'أقول')?.person, 'first');
    assert.equal(f.find((x) => x.form === 'قالت')?.gender, 'f');
  });
});

describe('lexicon: matching keeps the hamza and ة the text writes', () => {
  it('a bare letter matches any marked form, a marked one only itself', () => {
    assert.ok(agrees('اكد', 'أكد'));
    assert.ok(agrees('أكد', 'أكد'));
    assert.ok(!agrees('إكد', 'أكد'));
    assert.ok(agrees('نوه', 'نوه'));
    assert.ok(!agrees('نوة', 'نوه'));
    assert.ok(agrees('مؤكده', 'مؤكدة'));
    assert.ok(!agrees('إحياء', 'أحياء'));
  });

  it('reads a word as written: diacritics and tatweel out, nothing folded', () => {
    assert.equal(written('نوّه'), 'نوه');
    assert.equal(written('أكـــد'), 'أكد');
  });
});

describe('lexicon: proclitics', () => {
  it('gives each reading with the characters it skips (وبالموصل، للموصل)', () => {
    assert.deepEqual(readings(normalize('وبالموصل')).map((r) => [r.key, r.skip]), [['وبالموصل', 0], ['بالموصل', 1], ['الموصل', 2]]);
    assert.deepEqual(readings(normalize('للموصل')).map((r) => [r.key, r.skip]), [['للموصل', 0], ['لموصل', 1], ['الموصل', 2]]);
  });

  it('gives the flat forms in the order the claims lexicon tries them (the word, without و/ف, لل → ال, without ب/ل/ك)', () => {
    const cases: [string, string[]][] = [
      ['وقتل', ['وقتل', 'قتل']],
      ['فبالمدينة', ['فبالمدينه', 'بالمدينه', 'المدينه']],
      ['للمدنيين', ['للمدنيين', 'المدنيين', 'لمدنيين']],
      ['وللجنود', ['وللجنود', 'للجنود', 'الجنود', 'لجنود']],
      ['لقي', ['لقي', 'قي']],
    ];
    for (const [w, expected] of cases) {
      assert.deepEqual(strippedForms(normalize(w)), expected, w);
      assert.deepEqual(claimForms(normalize(w)), expected, `claims: ${w}`);
    }
  });
});

describe('lexicon: spelling variants of a name', () => {
  const prefixes = new Set(['بير', 'بئر', 'كفر', 'عين', 'دير']);
  const v = (name: string) => spellingVariants(normalize(name).split(' '), prefixes).map((w) => w.join(' '));
  it('writes a hamza seat bare and a final hamza off', () => {
    assert.deepEqual(v('بئر العبد'), ['بير العبد']);
    assert.ok(v('كربلاء').includes('كربلا'));
  });
  it('joins and splits a compound after a name prefix, never before ال', () => {
    assert.ok(v('كفر نبل').includes('كفرنبل'));
    assert.ok(v('كفرنبل').includes('كفر نبل'));
    assert.deepEqual(v('دير الزور'), []);
  });
});
