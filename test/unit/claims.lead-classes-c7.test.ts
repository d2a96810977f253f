// Lead sentences (batch u): a noun before «واحد» is its counted noun, so the
// one dead and «آخرين» after it are everyone's toll; a toll's wounded after a
// part (بينهم 4 أطفال وإصابة 6) are of the whole, not of the part; the
// gazetteer knows هرمزغان, the spelling Arabic news gives the Iranian province.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { warnings } from './headline-pair.fixture.js';

describe('claims: lead classes of batch u (c7)', function () {
  this.timeout(60_000);

  it('«وفاة شخص واحد وإصابة 31 آخرين»: the others are everyone wounded, compared with another outlet’s count', () => {
    assert.deepEqual(
      warnings(
        'المفرق - قالت مديرية الدفاع المدني إن تصادم شاحنة وحافلة على الطريق الدولي أسفر عن وفاة شخص واحد وإصابة 31 آخرين.',
        'المفرق - أصيب 26 شخصا وتوفي شخص في تصادم حافلة وشاحنة على الطريق الدولي، بحسب الدفاع المدني.',
      ),
      ['26 ↔ 31'],
    );
  });

  it('«بينهم 3 أطفال وإصابة 5»: five wounded of everyone, not five children against another outlet’s children', () => {
    assert.deepEqual(
      warnings(
        'حلب - أسفر انهيار مبنى سكني عن مصرع 7 أشخاص بينهم 3 أطفال وإصابة 5، وفق الدفاع المدني.',
        'حلب - قتل 7 أشخاص وأصيب 5 آخرون بينهم طفلان في انهيار مبنى سكني، حسب الدفاع المدني.',
      ),
      [],
    );
  });

  it('a quake told at هرمزغان and near one of its cities is one quake: two magnitudes disagree', () => {
    assert.deepEqual(
      warnings(
        'طهران - ضرب زلزال بقوة 5.4 درجات محافظة هرمزغان جنوبي إيران صباح الأحد، وأصيب 9 أشخاص بجروح طفيفة.',
        'بندر عباس - هزت هزة أرضية قوتها 5.9 درجات مناطق قرب مدينة بندر عباس جنوبي إيران صباح الأحد، ما أدى إلى إصابة 9 أشخاص.',
      ),
      ['5.4 ↔ 5.9'],
    );
  });

  it('هرمزغان is the Iranian province the gazetteer spells هرمزجان', () => {
    assert.deepEqual(analyse('ضرب زلزال محافظة هرمزغان جنوبي إيران.').places.filter((p) => p.text === 'هرمزغان').map((p) => p.id), ['geonames:IR.11']);
  });

  it('a measure named far before its figure, over an ordinal (نسبة الاقتراع في الجولة الثانية … بلغت 47 بالمئة), is that measure', () => {
    assert.deepEqual(
      warnings(
        'تونس - أعلنت الهيئة العليا للانتخابات أن نسبة الاقتراع في الجولة الثانية من الانتخابات التشريعية في ولاية صفاقس بلغت 47 بالمئة.',
        'صفاقس - بلغت نسبة المشاركة في الجولة الثانية من الانتخابات التشريعية في ولاية صفاقس 52%، وفق الهيئة العليا للانتخابات.',
      ),
      ['47 ↔ 52%'],
    );
  });

  it('a verb joined by و right before its figure has the sentence’s subject: homes a flood «هدمت» are destroyed, a bulldozer’s demolished', () => {
    const measureOf = (text: string, fig: string) => {
      const a = analyse(text);
      const i = a.figures.findIndex((f) => text.slice(f.start, f.end) === fig);
      return a.claims.find((c) => c.figure === i)?.measure;
    };
    assert.equal(measureOf('قال الدفاع المدني إن السيول في ولاية نهر النيل أودت بحياة 6 أشخاص وألحقت أضرارا بنحو 900 أسرة، وهدمت 1400 منزل كليا.', '1400'), 'destroyed');
    assert.equal(measureOf('اقتحمت القوات القرية، وهدمت الجرافات 12 منزلا.', '12'), 'demolished');
  });
});
