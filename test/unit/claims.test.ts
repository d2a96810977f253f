import assert from 'node:assert/strict';
import { extractClaims } from '../../server/src/core/claims/detect.js';
import type { Claim } from '../../server/src/core/types.js';
import { doc, type FigSpec, type PlaceSpec } from './claims.fixture.js';

interface Row {
  name: string;
  text: string;
  figures: FigSpec[];
  places?: PlaceSpec[];
  /** Expected claim per figure text (first occurrence); null: no claim. */
  expect: Record<string, Partial<Claim> | null>;
}

const rows: Row[] = [
  {
    name: 'a verbal noun before the figure and a coordinated wounded count share «من X» (002)',
    text: 'مما أدى إلى مقتل ستة وإصابة 12 من عناصر الشرطة، إضافة إلى مقتل ما لا يقل عن 12 مسلحاً.',
    figures: [{ at: 'ستة', value: 6 }, { at: '12', value: 12 }, { at: 'ما لا يقل عن 12', min: 12, max: Infinity, qualifier: 'at-least', counted: 'مسلحاً' }],
    expect: {
      ستة: { measure: 'killed', group: 'police', event: '' },
      '12': { measure: 'wounded', group: 'police' },
      'ما لا يقل عن 12': { measure: 'killed', group: 'militants', min: 12, max: Infinity },
    },
  },
  {
    name: '«آخرون» takes the group of the figure before it (001)',
    text: 'وأكد ضابط في شرطة كركوك أن حصيلة الاشتباكات حتى الآن مقتل ستة من عناصر الشرطة وإصابة 12 آخرون بجروح.',
    figures: [{ at: 'ستة', value: 6 }, { at: '12', value: 12 }],
    places: [{ at: 'كركوك' }],
    expect: { ستة: { measure: 'killed', group: 'police', event: '' }, '12': { measure: 'wounded', group: 'police', event: '' } },
  },
  {
    name: 'a verb after the counted noun, and a nationality part with بينهم (001)',
    text: 'وقالت وكالة الصحافة الفرنسية إن 22 شخصاً قتلوا في الهجوم بينهم أربعة إيرانيين.',
    figures: [{ at: '22', value: 22, counted: 'شخصاً' }, { at: 'أربعة', value: 4, counted: 'إيرانيين' }],
    expect: { '22': { measure: 'killed', group: '*', role: 'total' }, أربعة: { measure: 'killed', group: 'nationality:ايران', role: 'part' } },
  },
  {
    name: 'a list of groups is the whole toll (002)',
    text: 'مما أسفر عن مقتل 18 من قوات الأمن والعاملين بمحطة للطاقة خارج المدينة بينهم 4 إيرانيين.',
    figures: [{ at: '18', value: 18 }, { at: '4', value: 4, counted: 'إيرانيين' }],
    expect: { '18': { measure: 'killed', group: '*', members: ['security-forces', 'workers'] }, '4': { measure: 'killed', group: 'nationality:ايران' } },
  },
  {
    name: 'a verb stepped over an aside, and a coordinated figure with its own group (003)',
    text: 'وقتل، وفق الشرطة العراقية، ستة عناصر من الشرطة و12 جهاديا في الاشتباكات التي تلت الهجوم.',
    figures: [{ at: 'ستة', value: 6 }, { at: '12', value: 12, counted: 'جهاديا' }],
    expect: { ستة: { measure: 'killed', group: 'police' }, '12': { measure: 'killed', group: 'militants' } },
  },
  {
    name: 'an aside that opens with any reporting preposition is stepped over (طبقاً لـ، تبعاً لـ، استناداً إلى)',
    text: 'وقتل، طبقاً للمصادر الأمنية، ستة عناصر من الشرطة. وأصيب، استناداً إلى مصادر طبية، تسعة مدنيين. واعتقل، تبعاً للجيش، أربعة مسلحين.',
    figures: [{ at: 'ستة', value: 6 }, { at: 'تسعة', value: 9, counted: 'مدنيين' }, { at: 'أربعة', value: 4, counted: 'مسلحين' }],
    expect: { ستة: { measure: 'killed', group: 'police' }, تسعة: { measure: 'wounded', group: 'civilians' }, أربعة: { measure: 'arrested', group: 'militants' } },
  },
  {
    name: 'منهم resolves to the group named before (004)',
    text: 'واصلت قوات الأمن مطاردة عناصر «داعش»، الذين تسللوا إلى مدينة كركوك، وتمكنت من قتل 48 منهم، بينما وصل الوزير إلى بغداد.',
    figures: [{ at: '48', value: 48 }],
    places: [{ at: 'كركوك' }, { at: 'بغداد' }],
    expect: { '48': { measure: 'killed', group: 'militants', event: '' } },
  },
  {
    name: 'killed-or-wounded, a revised total, at the place a locator names (000)',
    text: 'واشارت وزارة الكهرباء إلى ان عدد ضحايا هجوم عناصر داعش على محطة كهرباء دبس في&كركوك قد ارتفع الى 34 قتيلا وجريحا بينهم عاملون إيرانيون.',
    figures: [{ at: 'ارتفع الى 34', value: 34, qualifier: 'revised', counted: 'قتيلا' }],
    places: [{ at: 'دبس', type: 'subdistrict' }, { at: 'كركوك' }],
    expect: { 'ارتفع الى 34': { measure: 'killed-or-wounded', group: '*', event: 'دبس', update: true } },
  },
  {
    name: 'another place after the figure is another event (002, Daquq)',
    text: 'وفي تطور موازٍ، قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف حسينية خلال مجلس عزاء في داقوق جنوب كركوك، بحسب قائممقام القضاء.',
    figures: [{ at: '15', value: 15, counted: 'امرأة' }, { at: '50', value: 50 }],
    places: [{ at: 'داقوق' }, { at: 'كركوك' }],
    expect: { '15': { measure: 'killed', group: 'women', event: 'داقوق' }, '50': { measure: 'wounded', group: 'women', event: 'داقوق' } },
  },
  {
    name: 'suicide bombers who blew themselves up, «آخرون» after «أحد الانتحاريين» (001)',
    text: 'وأضاف أن "قوات الأمن تمكنت من قتل أحد الانتحاريين داخل مقر مديرية الشرطة فيما فجر ثلاثة آخرون أنفسهم بعد محاصرتهم".',
    figures: [{ at: 'أحد', value: 1, counted: 'الانتحاريين' }, { at: 'ثلاثة', value: 3 }],
    expect: { أحد: { measure: 'killed', group: 'suicide-bombers' }, ثلاثة: { measure: 'self-detonated', group: 'suicide-bombers' } },
  },
  {
    name: 'a distance is between the place before the bracket and the one after the unit (000)',
    text: 'واكد مصدر امني في مدينة كركوك (255 كم شمال شرق بغداد) استمرار الاشتباكات.',
    figures: [{ at: '255', value: 255, kind: 'measure', unit: 'km' }],
    places: [{ at: 'كركوك' }, { at: 'بغداد' }],
    expect: { '255': { measure: 'distance', group: '*', event: 'بغداد|كركوك' } },
  },
  {
    name: 'a distance with one place named makes no claim (002)',
    text: 'وأعلن قائد جهاز مكافحة الإرهاب أن قواته تبعد نحو 7 كيلومترات عن «عمق» مدينة الموصل.',
    figures: [{ at: 'نحو 7', min: 6.3, max: 7.7, qualifier: 'approx', kind: 'measure', unit: 'km' }],
    places: [{ at: 'الموصل', name: 'الموصل' }],
    expect: { 'نحو 7': null },
  },
  {
    name: 'a share of a city named again as المدينة (002)',
    text: 'مؤكداً أن «قوات الدولة الإسلامية تهاجم كركوك من عدة محاور، وأحكمت السيطرة على نحو نصف المدينة».',
    figures: [{ at: 'نحو نصف', min: 0.45, max: 0.55, qualifier: 'approx', detail: 'fraction' }],
    places: [{ at: 'كركوك' }],
    expect: { 'نحو نصف': { measure: 'share', group: 'كركوك' } },
  },
  {
    name: 'an age in brackets belongs to the name before it (001)',
    text: 'وروى حيدر عبد الحسين (35 عاما)، وهو مدرس من كركوك أنه شاهد.',
    figures: [{ at: '35 عاما', value: 35, kind: 'age', unit: 'years' }],
    expect: { '35 عاما': { measure: 'age', group: 'حيدر عبد الحسين' } },
  },
  {
    name: 'dates, ordinals and identifiers never make claims',
    text: 'سيطر عليها التنظيم في يونيو عام 2014، وهذا خامس أيام العملية، على الرقم 0012022773659.',
    figures: [{ at: '2014', value: 2014, kind: 'date' }, { at: 'خامس', value: 5, kind: 'ordinal' }, { at: '0012022773659', value: 12022773659, kind: 'identifier' }],
    expect: { '2014': null, خامس: null, '0012022773659': null },
  },
  {
    name: 'a count of a thing of no list is a count of its noun (issue 13: tally); a count of a known group of people is a plain count',
    text: 'ويحملون 3 قنابل يدوية، واقتادوا 550 عائلة من قرى حول الموصل، وتحصن نحو 5000 إلى 6000 متشدد في المدينة.',
    figures: [{ at: '3', value: 3 }, { at: '550', value: 550, counted: 'عائلة' }, { at: 'نحو 5000 إلى 6000', min: 5000, max: 6000, qualifier: 'range', counted: 'متشدد' }],
    places: [{ at: 'الموصل' }],
    expect: { '3': { measure: 'tally', group: 'noun:قنابل' }, '550': { measure: 'abducted', group: 'families', event: 'موصل' }, 'نحو 5000 إلى 6000': { measure: 'count', group: 'militants' } },
  },
  {
    name: 'a figure with no group makes no claim',
    text: 'وأسفر الهجوم عن مقتل ستة.',
    figures: [{ at: 'ستة', value: 6 }],
    expect: { ستة: null },
  },
  {
    name: 'a later total and its wounded (004)',
    text: 'قال عميد في وزارة الداخلية، إن 46 شخصاً قتلوا، وأصيب 133 بجروح، خلال الاشتباكات في مدينة كركوك.',
    figures: [{ at: '46', value: 46, counted: 'شخصاً' }, { at: '133', value: 133 }],
    places: [{ at: 'كركوك' }],
    expect: { '46': { measure: 'killed', group: '*', event: 'كركوك' }, '133': { measure: 'wounded', group: '*', event: 'كركوك' } },
  },
  {
    name: 'a revised toll: ارتفعت … إلى marks both coordinated figures as updates (samples)',
    text: 'ارتفعت حصيلة ضحايا حريق السوق الشعبي في مدينة البصرة إلى 14 قتيلاً و38 جريحاً، بحسب ما أعلنت دائرة الصحة.',
    figures: [{ at: '14', value: 14, counted: 'قتيلاً' }, { at: '38', value: 38, counted: 'جريحاً' }],
    places: [{ at: 'البصرة' }],
    expect: { '14': { measure: 'killed', group: '*', update: true, event: 'بصره' }, '38': { measure: 'wounded', group: '*', update: true } },
  },
  {
    name: 'a revised toll whose long subject «إلى» closes: ارتفعت, thirteen words back, still marks the figure an update',
    text: 'ارتفعت حصيلة ضحايا انهيار جسر خشبي فوق قناة الري في ضواحي مدينة البصرة جنوب العراق بعد الظهر إلى 11 قتيلاً.',
    figures: [{ at: '11', value: 11, counted: 'قتيلاً' }],
    places: [{ at: 'البصرة' }],
    expect: { '11': { measure: 'killed', group: '*', update: true } },
  },
  {
    name: 'a noun that is itself the figure counts only itself, not the list after it (samples)',
    text: 'وأشارت المصادر إلى أن بين الضحايا امرأتين وطفلاً، وأن ثلاثة من المصابين نقلوا إلى بغداد.',
    figures: [{ at: 'امرأتين', value: 2, counted: 'امرأتين', detail: 'dual' }],
    places: [{ at: 'بغداد' }],
    expect: { امرأتين: { measure: 'killed-or-wounded', group: 'women', role: 'part', event: '' } },
  },
  {
    name: 'things destroyed are counted by what they are (samples)',
    text: 'مضيفاً أن النيران أتت على أكثر من 200 محل تجاري.',
    figures: [{ at: 'أكثر من 200', min: 201, max: Infinity, qualifier: 'more-than', counted: 'محل' }],
    expect: { 'أكثر من 200': { measure: 'destroyed', group: 'shops' } },
  },
  {
    name: 'a part list: the second item takes the measure and is a part too; a figure word ends a coordination (invented)',
    text: 'وأضاف المصدر أن بين القتلى ثلاثة من عناصر الشرطة وطفلين.',
    figures: [{ at: 'ثلاثة', value: 3 }, { at: 'طفلين', value: 2, counted: 'طفلين', detail: 'dual' }],
    expect: { ثلاثة: { measure: 'killed', group: 'police', role: 'part' }, طفلين: { measure: 'killed', group: 'children', role: 'part' } },
  },
  {
    name: '«آخرين» after a part named in between are more of the main count (invented)',
    text: 'قالت مصادر أمنية إن 9 أشخاص قتلوا في التفجير، بينهم شرطيان، فيما أصيب نحو 20 آخرين.',
    figures: [{ at: '9', value: 9, counted: 'أشخاص' }, { at: 'شرطيان', value: 2, counted: 'شرطيان', detail: 'dual' }, { at: 'نحو 20', min: 18, max: 22, qualifier: 'approx' }],
    expect: { '9': { group: '*', role: 'total' }, شرطيان: { measure: 'killed', group: 'police', role: 'part' }, 'نحو 20': { measure: 'wounded', group: '*' } },
  },
  {
    name: 'killed by a phrase, arrested by a verb with its clitic, suspects are everyone arrested (invented)',
    text: 'وكان انفجار قد أودى بحياة 3 أشخاص في مدينة الفلوجة. واعتقلت القوات الأمنية 5 مشتبه بهم.',
    figures: [{ at: '3', value: 3, counted: 'أشخاص' }, { at: '5', value: 5 }],
    places: [{ at: 'الفلوجة' }],
    expect: { '3': { measure: 'killed', group: '*', event: 'فلوجه' }, '5': { measure: 'arrested', group: '*' } },
  },
  {
    name: 'the group of a toll named before the figure: عدد القتلى، حصيلة قتلى الشرطة (invented)',
    text: 'وارتفع عدد القتلى إلى 30. وبلغت حصيلة قتلى الشرطة 7. وقتل مسلحون 4.',
    figures: [{ at: '30', value: 30 }, { at: '7', value: 7 }, { at: '4', value: 4 }],
    expect: { '30': { measure: 'killed', group: '*' }, '7': { measure: 'killed', group: 'police' }, '4': null },
  },
  {
    name: 'a sentence about another incident is its own event (invented)',
    text: 'قتل 8 أشخاص في انفجار اليوم. وكان 12 شخصاً قد قتلوا في هجوم مماثل الأسبوع الماضي.',
    figures: [{ at: '8', value: 8, counted: 'أشخاص' }, { at: '12', value: 12, counted: 'شخصاً' }],
    expect: { '8': { measure: 'killed', group: '*', event: '' } },
  },
  {
    name: 'a forecast or a charge is no count (invented)',
    text: 'وقال المسؤول إن عدد القتلى قد يرتفع إلى 100. واعتقلت الشرطة 5 أشخاص بتهمة قتل 3 آخرين.',
    figures: [{ at: '100', value: 100 }, { at: '5', value: 5, counted: 'أشخاص' }, { at: '3', value: 3 }],
    expect: { '100': null, '5': { measure: 'arrested', group: '*' }, '3': null },
  },
  {
    name: 'a figure «من» a definite toll noun is some of that toll, a part of it (invented)',
    text: 'وأصيب 60 شخصا في المواجهات، وقال الأطباء إن 9 من الجرحى أصيبوا بالرصاص الحي، وقتل 12 من الجنود.',
    figures: [{ at: '60', value: 60, counted: 'شخصا' }, { at: '9', value: 9, counted: 'جرحى' }, { at: '12', value: 12, counted: 'جنود' }],
    expect: { '60': { measure: 'wounded', group: '*' }, '9': { measure: 'wounded', role: 'part' }, '12': { measure: 'killed', group: 'soldiers' } },
  },
  {
    name: 'a bare figure closing its clause takes no group from a figure after the comma (invented)',
    text: 'أسفر الحادث عن وفاة 3 أشخاص وإصابة 25، مضيفا أن 30 سيارة إسعاف نقلت المصابين.',
    figures: [{ at: '3', value: 3, counted: 'أشخاص' }, { at: '25', value: 25 }, { at: '30', value: 30, counted: 'سيارة' }],
    expect: { '3': { measure: 'killed', group: '*' }, '25': { measure: 'wounded', group: '*' } },
  },
  {
    name: '«توفي» before a count says they died; an age after it is no count of anyone (invented)',
    text: 'توفي 23 شخصا جراء موجة الحر في الإقليم. وتوفي الشاعر عن 90 عاما.',
    figures: [{ at: '23', value: 23, counted: 'شخصا' }, { at: '90', value: 90, kind: 'measure', unit: 'years' }],
    expect: { '23': { measure: 'killed', group: '*' }, '90': null },
  },
  {
    name: 'a bare count after a part takes not the part\'s group (invented)',
    text: 'أسفر الانهيار عن مصرع 9 أشخاص بينهم 4 أطفال وإصابة 6.',
    figures: [{ at: '9', value: 9, counted: 'أشخاص' }, { at: '4', value: 4, counted: 'أطفال' }, { at: '6', value: 6 }],
    expect: { '4': { measure: 'killed', group: 'children', role: 'part' }, '6': { measure: 'wounded', group: '*' } },
  },
  {
    name: 'a warrant is no arrest: the people it names are no count of the arrested (invented)',
    text: 'واعتقلت قوات الأمن 20 شخصا في حملة دهم، وأصدرت النيابة مذكرات توقيف بحق 35 شخصا آخرين.',
    figures: [{ at: '20', value: 20, counted: 'شخصا' }, { at: '35', value: 35, counted: 'شخصا' }],
    expect: { '20': { measure: 'arrested', group: '*' }, '35': null },
  },
  {
    name: '«آخرون» in the next sentence are more of the toll that closed the sentence before; the missing (invented)',
    text: 'ارتفع عدد الشهداء إلى 30 شهيداً، بينهم 10 أطفال. وأصيب أكثر من 100 آخرين بجروح، فيما لا يزال 20 شخصاً في عداد المفقودين.',
    figures: [{ at: '30', value: 30, counted: 'شهيداً' }, { at: '10', value: 10, counted: 'أطفال' }, { at: 'أكثر من 100', min: 101, max: Infinity, qualifier: 'more-than' }, { at: '20', value: 20, counted: 'شخصاً' }],
    expect: { '30': { measure: 'killed', group: '*', update: true }, '10': { measure: 'killed', group: 'children', role: 'part' }, 'أكثر من 100': { measure: 'wounded', group: '*' }, '20': { measure: 'missing', group: '*' } },
  },
];

describe('claims: reading a figure as a claim (GUIDELINES §4)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const ctx = doc(row.text, row.figures, row.places);
      const claims = extractClaims(ctx);
      for (const [at, want] of Object.entries(row.expect)) {
        const fi = ctx.figures.findIndex((f) => f.text === at);
        assert.ok(fi >= 0, `figure ${at}`);
        const got = claims.find((c) => c.figure === fi);
        if (want === null) {
          assert.equal(got, undefined, `${at}: no claim expected, got ${JSON.stringify(got)}`);
          continue;
        }
        assert.ok(got, `${at}: a claim expected; claims: ${JSON.stringify(claims)}`);
        for (const [k, v] of Object.entries(want)) assert.deepEqual((got as unknown as Record<string, unknown>)[k], v, `${at}.${k}`);
      }
    });
  }

  it('gives another incident an event that only the same sentence elsewhere shares', () => {
    const other = 'وكان 12 شخصاً قد قتلوا في هجوم مماثل الأسبوع الماضي.';
    const event = (text: string) => extractClaims(doc(text, [{ at: '12', value: 12, counted: 'شخصاً' }]))[0]?.event;
    const e = event(other);
    assert.ok(e && e !== '', 'an event of its own');
    assert.equal(event(`قتل 8 أشخاص اليوم. ${other}`), e, 'the same sentence in another article');
    assert.notEqual(event('وكان 12 شخصاً قد قتلوا في هجوم آخر الشهر الماضي.'), e);
    const placed = extractClaims(doc('وقتل 12 شخصاً في انفجار آخر في المدينة نفسها.', [{ at: '12', value: 12, counted: 'شخصاً' }], [{ at: 'المدينة', name: 'X' }]))[0]?.event;
    assert.match(placed ?? '', /^~/, 'another incident in a named place is still another incident');
  });

  it('carries the source the attribution linker gave the figure', () => {
    const ctx = doc('وأكد ضابط أن حصيلة الاشتباكات مقتل ستة من عناصر الشرطة.', [{ at: 'ستة', value: 6, source: 'ضابط' }]);
    const [c] = extractClaims(ctx);
    assert.equal(c?.source.text, 'ضابط');
  });
});
