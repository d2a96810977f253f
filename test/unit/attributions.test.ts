// The attributions of the Kirkuk story that EXPECTED.md lists, read the way
// an analyst reads them: who speaks (as written, with its type), through whom,
// what they say, and which figures are theirs.
import assert from 'node:assert/strict';
import { analyse, type Analysis } from '../../server/src/core/analyse.js';
import type { Attribution } from '../../server/src/core/types.js';
import { article, describeShared } from './corpus.js';

const cache = new Map<string, Analysis>();
function doc(id: string): Analysis {
  let a = cache.get(id);
  if (!a) cache.set(id, (a = analyse(article(id))));
  return a;
}

const contentOf = (a: Analysis, x: Attribution) => a.text.slice(x.content.start, x.content.end);

/** The attribution whose source starts with `source` and whose content contains `says`. */
function find(id: string, source: string, says: string): Attribution {
  const a = doc(id);
  const hit = a.attributions.find((x) => x.source.text.startsWith(source) && contentOf(a, x).includes(says));
  assert.ok(hit, `${id}: no attribution to «${source}» saying «${says}»; found:\n${a.attributions.map((x) => `  ${x.source.text} | ${contentOf(a, x).slice(0, 50)}`).join('\n')}`);
  return hit;
}

function figure(id: string, text: string, nth = 0) {
  const f = doc(id).figures.filter((x) => x.text === text)[nth];
  assert.ok(f, `${id}: no figure ${text}`);
  return f;
}

describeShared('attributions in the Kirkuk story (EXPECTED.md)', () => {
  it('000: an anonymous security source confirms the clashes go on, not the distance to Baghdad', () => {
    const x = find('000', 'مصدر امني', 'استمرار الاشتباكات');
    assert.equal(x.source.text, 'مصدر امني في مدينة كركوك');
    assert.equal(x.source.type, 'anonymous');
    assert.equal(x.cue.lemma, 'أكد');
    const c = contentOf(doc('000'), x);
    assert.ok(c.startsWith('استمرار الاشتباكات'), c);
    assert.ok(!c.includes('255'), 'the bracketed distance is the outlet’s');
  });

  it('000: the ministry of electricity states the 34 killed and wounded', () => {
    const x = find('000', 'وزارة الكهرباء', '34 قتيلا وجريحا');
    assert.equal(x.source.text, 'وزارة الكهرباء');
    assert.equal(x.source.type, 'official');
    assert.equal(x.cue.text, 'اشارت');
    assert.equal(figure('000', '34').source?.text, 'وزارة الكهرباء');
  });

  it('000 and 003: the governor of Kirkuk, title and name as one source', () => {
    const x = find('000', 'محافظ كركوك', 'تمت السيطرة');
    assert.equal(x.source.text, 'محافظ كركوك نجم الدين كريم');
    assert.equal(x.source.type, 'official');
    assert.ok(contentOf(doc('000'), x).startsWith('تمت السيطرة'));
    const y = find('003', 'محافظ كركوك', 'خلايا نائمة');
    assert.equal(y.source.text, 'محافظ كركوك نجم الدين كريم');
  });

  it('001: «حسب وكالة الصحافة الفرنسية» after the content attributes the clause before it', () => {
    const a = doc('001');
    const x = a.attributions.find((x) => x.cue.text === 'حسب');
    assert.ok(x);
    assert.equal(x.source.text, 'وكالة الصحافة الفرنسية');
    assert.equal(x.source.type, 'agency');
    assert.ok(x.content.end <= x.cue.start, 'the content comes before the cue');
    assert.ok(contentOf(a, x).includes('الاشتباكات بدأت فجر الجمعة'));
    // and the sources it quotes speak through the agency
    const inner = find('001', 'مصادر أمنية ومحلية', 'الاشتباكات بدأت');
    assert.deepEqual(inner.source.chain.slice(-1), ['وكالة الصحافة الفرنسية']);
  });

  it('001: وأضاف أن and وتابع أن resolve to the Kurdish security captain', () => {
    const a = doc('001');
    for (const cue of ['أضاف', 'تابع']) {
      const x = a.attributions.find((x) => x.cue.text === cue);
      assert.ok(x, cue);
      assert.equal(x.source.text, 'نقيب في قوات الأمن الكردية', cue);
      assert.equal(x.source.resolved, true);
      assert.equal(x.source.type, 'official');
    }
    const added = a.attributions.find((x) => x.cue.text === 'أضاف')!;
    assert.ok(contentOf(a, added).startsWith('قوات الأمن تمكنت'), 'a content that is one quotation excludes its marks');
    assert.ok(contentOf(a, added).endsWith('من قوات الأمن'));
  });

  it('001: the police officer’s toll is his (ستة killed, 12 wounded)', () => {
    const x = find('001', 'ضابط في شركة كركوك', 'حصيلة الاشتباكات');
    assert.equal(x.source.type, 'official');
    assert.equal(figure('001', 'ستة').source?.text, 'ضابط في شركة كركوك');
    assert.equal(figure('001', '12').source?.text, 'ضابط في شركة كركوك');
  });

  it('001: 22 killed is the agency’s; the distance in brackets and the byline are the article’s', () => {
    assert.ok(figure('001', '22').source?.text.includes('وكالة الصحافة الفرنسية'));
    const km = figure('001', '240');
    assert.equal(km.source?.type, 'article');
    assert.equal(km.source?.text, 'إلسي مِلكونيان');
    assert.equal(figure('000', '255').source?.text, 'أسامة مهدي');
  });

  it('002: «بحسب قائممقام القضاء …» after the content gives him the Daquq toll', () => {
    const x = find('002', 'قائممقام القضاء', '15 امرأة');
    assert.equal(x.source.text, 'قائممقام القضاء أمير هدى كرم');
    assert.equal(x.source.type, 'official');
    assert.equal(x.cue.text, 'بحسب');
    assert.equal(figure('002', '15').source?.text, 'قائممقام القضاء أمير هدى كرم');
  });

  it('002: داعش claims the attack through its agency «أعماق»; مؤكداً resolves to it', () => {
    const x = find('002', 'داعش', 'العملية الاستشهادية');
    assert.equal(x.source.type, 'armed-group');
    assert.deepEqual(x.source.chain, ['داعش', 'وكالة «أعماق»']);
    const y = find('002', 'داعش', 'قوات الدولة الإسلامية تهاجم');
    assert.equal(y.source.resolved, true);
    assert.equal(y.cue.text, 'مؤكداً');
    assert.deepEqual(y.source.chain, ['داعش', 'وكالة «أعماق»']);
  });

  it('002: the police toll after the sources’ quotation is still theirs', () => {
    assert.equal(figure('002', 'ستة').source?.text, 'مصادر أمنية ومحلية');
  });

  it('003: according to the Iraqi police (وفق الشرطة العراقية) mid-sentence covers the whole sentence', () => {
    const x = find('003', 'الشرطة العراقية', 'ستة عناصر');
    assert.equal(x.source.type, 'official');
    assert.equal(figure('003', 'ستة').source?.text, 'الشرطة العراقية');
  });

  it('004: the Kirkuk police chief, rank and name, relayed by فرانس برس', () => {
    const x = find('004', 'قائد شرطة كركوك', '48 مسلحاً');
    assert.equal(x.source.text, 'قائد شرطة كركوك، العميد خطاب عمر عارف');
    assert.equal(x.source.type, 'official');
    assert.equal(x.cue.text, 'حسبما أفاد');
    assert.deepEqual(x.source.chain, ['قائد شرطة كركوك، العميد خطاب عمر عارف', 'فرانس برس']);
    const f = figure('004', '48', 1);
    assert.ok(f.source?.text.startsWith('قائد شرطة كركوك'));
    assert.deepEqual(f.source?.chain.slice(-1), ['فرانس برس']);
  });

  it('004: a brigadier in the interior ministry — not «يوجد في كركوك» — via فرانس برس', () => {
    const x = find('004', 'عميد', '46 شخصاً');
    assert.equal(x.source.text, 'عميد في وزارة الداخلية');
    assert.equal(x.source.type, 'official');
    assert.deepEqual(x.source.chain, ['عميد في وزارة الداخلية', 'فرانس برس']);
    assert.ok(contentOf(doc('004'), x).startsWith('46 شخصاً'));
    // وأكد «مقتل ما لا يقل عن 25 …» is his too
    const y = find('004', 'عميد', 'ما لا يقل عن 25');
    assert.equal(y.source.resolved, true);
  });

  it('000: وقالت الوكالة refers to the agency «أعماق» the group spoke through', () => {
    const x = find('000', 'الوكالة', 'قوات الدولة الإسلامية');
    assert.equal(x.source.type, 'agency');
    assert.deepEqual(x.source.chain, ['تنظيم الدولة الاسلامية داعش', 'وكالة "أعماق"']);
  });

  it('003: وقالت with no subject after a group and its agency resolves to the agency', () => {
    const x = find('003', 'وكالة', 'تهاجم كركوك من عدة محاور');
    assert.equal(x.source.text, 'وكالة “أعماق”');
    assert.equal(x.source.resolved, true);
  });

  it('no span carries a proclitic or surrounding punctuation, and every span is its slice', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const a = doc(id);
      for (const x of a.attributions) {
        assert.equal(a.text.slice(x.cue.start, x.cue.end), x.cue.text);
        assert.equal(a.text.slice(x.source.start, x.source.end), x.source.text);
        assert.ok(!/^[«»“”"(),،.:\s]/.test(x.source.text) && !/[,،.:\s]$/.test(x.source.text), `${id}: source «${x.source.text}»`);
        assert.ok(!/^[وف]/.test(x.cue.text) || x.cue.text.startsWith('وفق'), `${id}: cue «${x.cue.text}»`);
        const c = contentOf(a, x);
        assert.ok(c.length > 0 && !/^[\s،,.:]/.test(c) && !/[\s،,.:]$/.test(c), `${id}: content «${c}»`);
      }
    }
  });
});
