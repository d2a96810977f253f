// Issue 13, an article of the folder about another event (a search result):
// its event signature (places with their containers, date line, figures)
// agrees with the rest of the folder on nothing, so its figures are not
// compared with the story's; an article of the story told from another town
// of the same province, or counting the same figure, stays in the story.
import assert from 'node:assert/strict';
import { MIN_CONFIDENCE } from '../../server/src/core/story/confidence.js';
import * as analyser from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import { describeOffTopic } from '../../server/src/core/story/describe.js';
import { storyOf } from './story.fixture.js';

const warnings = (index: ReturnType<typeof storyOf>) => index.conflicts().filter((c) => c.confidence >= MIN_CONFIDENCE).map((c) => c.sides.map((s) => `${s.docId}:${s.text}`).sort().join(' '));

describe('story: off-topic articles (issue 13)', () => {
  const story = {
    a: 'الخميس 3 مايو 2019. انفجار في الموصل. قتل 12 شخصا في انفجار سيارة مفخخة في سوق بمدينة الموصل، وقال مسؤول في نينوى إن الحصيلة 12 قتيلا.',
    b: 'الخميس 3 مايو 2019. الموصل: قالت الشرطة إن 12 شخصا قتلوا في انفجار سيارة مفخخة في سوق الموصل صباح اليوم.',
    c: 'الجمعة 4 مايو 2019. أعلنت مصادر طبية في الموصل أن 15 شخصا قتلوا في انفجار السوق في الموصل بمحافظة نينوى.',
  };
  // another event: a page about Basra months earlier, its toll in a clause that names no place
  const other = 'الأحد 20 يناير 2019. البصرة. غرق مركب في شط العرب قرب البصرة. وقالت السلطات في البصرة إن 40 شخصا قتلوا.';

  it('an article about another place and time is set apart: its figure is not compared with the story\'s', () => {
    const index = storyOf({ ...story, d: other });
    assert.ok(index.offTopic('d'), 'd is about another event');
    for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
    const pairs = warnings(index);
    assert.deepEqual(pairs.filter((p) => p.includes('d:')), [], 'no warning joins the other event\'s 40 to the story');
    assert.deepEqual(index.conflicts().filter((c) => c.sides.some((s) => s.docId === 'd')), [], 'nor a hint');
    assert.ok(pairs.some((p) => p.includes('c:15') && p.includes('12')), `the story's own disagreement stays: ${pairs.join(' | ')}`);
  });

  it('an article told from another town of the same province, on the same days, stays in the story', () => {
    const near = 'الجمعة 4 مايو 2019. قال مسؤول في تلعفر بمحافظة نينوى إن 14 شخصا قتلوا في انفجار سوق الموصل.';
    const index = storyOf({ ...story, e: near });
    assert.equal(index.offTopic('e'), undefined);
    assert.ok(warnings(index).some((p) => p.includes('e:14')));
  });

  it('an article that counts a figure another article counts is the story\'s, wherever it is set', () => {
    const same = 'الثلاثاء 2 يناير 2018. البصرة. وقالت السلطات في البصرة إن 15 شخصا قتلوا في انفجار سوق.';
    const index = storyOf({ ...story, f: same });
    assert.equal(index.offTopic('f'), undefined);
  });

  it('the same count in another country is a coincidence: that article is set apart all the same', () => {
    // invented: a Jordanian bus crash counting 15 killed, as the story's third article does
    const abroad = 'الجمعة 4 مايو 2019. إربد - قتل 15 شخصا في انقلاب حافلة على الطريق الصحراوي قرب إربد، وقالت مديرية الأمن العام في إربد إن 30 راكبا أصيبوا.';
    const index = storyOf({ ...story, g: abroad });
    assert.ok(index.offTopic('g'), 'g is about another event');
    for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
    assert.deepEqual(index.conflicts().filter((c) => c.sides.some((s) => s.docId === 'g')), [], 'its 15 and 30 are compared with nothing of the story');
  });

  it('a page read months later whose header also names its own day stays in the story (the date line is the day it was read)', () => {
    // invented: the reading day first, then the day it was published, from the capital
    const archived = 'الأحد 12 يناير 2020 | أرشيف الأخبار. نشر في 4 مايو 2019. بغداد - قال مسؤول في بغداد إن 17 شخصا قتلوا في انفجار سوق الموصل، وإن وزير الداخلية وصل من بغداد إلى بغداد.';
    const index = storyOf({ ...story, e: archived });
    assert.equal(index.offTopic('e'), undefined, JSON.stringify(index.offTopic('e')));
    assert.ok(warnings(index).some((p) => p.includes('e:17')), 'its toll is compared with the story\'s');
  });

  it('the decision follows edits: with the story\'s articles gone it has no majority to be apart from, with them back it is apart again', () => {
    const index = storyOf({ ...story, d: other });
    assert.ok(index.offTopic('d'));
    index.remove('a');
    const changed = index.remove('b');
    assert.equal(index.offTopic('d'), undefined, 'two articles: no majority');
    assert.ok(changed.has('d'), 'its diagnostics may change');
    const x = analyser.analyse(story.a);
    const back = index.update('a', x.claims, x.figures, { path: 'a.txt' }, story.a, x.places);
    assert.ok(index.offTopic('d'));
    assert.ok(back.has('d'));
  });

  describe('another event of the same weeks (table: each row fails without its rule)', () => {
    // the story: a warehouse fire in Sfax, told by three outlets on one day
    const fire = {
      a: 'الثلاثاء 12 مارس 2024. صفاقس. قتل 6 عمال في حريق شب في مستودع للأخشاب بمدينة صفاقس، وقالت الحماية المدنية إن الحريق أتى على المستودع.',
      b: 'الثلاثاء 12 مارس 2024. لقي 6 عمال حتفهم في حريق مستودع بصفاقس، وأصيب 4 آخرون نقلوا إلى مستشفى صفاقس.',
      c: 'الأربعاء 13 مارس 2024. أعلنت السلطات في صفاقس أن حصيلة حريق المستودع ارتفعت إلى 7 قتلى.',
    };
    const rows: { name: string; text: string; off: boolean }[] = [
      // towns of its own that no other article names, places barely like the rest's, the day before
      { name: "another city's fire the day before", text: 'الاثنين 11 مارس 2024. سوسة. قتل 3 أشخاص في حريق اندلع في سوق شعبية بمدينة سوسة، وقال الدفاع المدني في سوسة إن النيران امتدت إلى محلات مجاورة.', off: true },
      // no town at all, dated four days before the day the others agree on
      { name: 'a protest in the country four days before', text: 'الجمعة 8 مارس 2024. تظاهر نحو 200 معلم أمام وزارة التربية في تونس للمطالبة بتسوية أوضاعهم، وقالت النقابة إن 35 منهم دخلوا في إضراب عن الطعام.', off: true },
      // the story's own: a next-day report that names no town of the others' stays
      { name: 'a next-day report naming only the country', text: 'الأربعاء 13 مارس 2024. قالت وزارة الداخلية التونسية إن التحقيق في حريق المستودع متواصل وإن 9 عمال ما زالوا في المستشفى.', off: false },
      // the story's own: the same day, from a town of the same province
      { name: 'the same day, from a town of the same province', text: 'الثلاثاء 12 مارس 2024. قال مسؤول في ساقية الزيت بولاية صفاقس إن 5 عمال قتلوا في حريق المستودع.', off: false },
      // a log of many days in the story's own city, one of its lines counting the story's 6 workers: no one event's report
      { name: 'a log of fifteen days in the same city', text: ['سجل الحوادث في صفاقس خلال شهر فبراير 2024:', ...Array.from({ length: 15 }, (_, i) => `${i + 1} فبراير 2024: أصيب ${i + 2} أشخاص في حادث سير بمدينة صفاقس.`), '28 فبراير 2024: قتل 6 عمال في انهيار سقف ورشة في صفاقس.'].join('\n'), off: true },
      // the story's count by coincidence, but its own clause sets it in another city the story never names
      { name: "another city's fire the day before, counting the story's 6 workers", text: 'الاثنين 11 مارس 2024. سوسة - قتل 6 عمال في حريق اندلع في ورشة للنجارة بمدينة سوسة، وقال الدفاع المدني في سوسة إن النيران امتدت إلى محلات مجاورة.', off: true },
    ];
    for (const row of rows)
      it(`${row.name}: ${row.off ? 'set apart' : 'stays in the story'}`, () => {
        const index = storyOf({ ...fire, d: row.text });
        assert.equal(!!index.offTopic('d'), row.off, JSON.stringify(index.offTopic('d')));
        for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
      });
  });

  it('bulk indexing (defer, then flush) sets the same article apart and reports it as changed', () => {
    const index = new StoryIndex();
    index.defer();
    for (const [id, text] of Object.entries({ ...story, d: other })) {
      const x = analyser.analyse(text);
      index.update(id, x.claims, x.figures, { path: `${id}.txt` }, text, x.places);
    }
    const changed = index.flush();
    assert.ok(index.offTopic('d'));
    assert.ok(changed.has('d'), 'its hint must be published');
    assert.deepEqual(index.conflicts().filter((c) => c.sides.some((s) => s.docId === 'd')), []);
  });
  describe('another place\'s event, its city named in passing by the story (table: each row fails without its rule)', () => {
    // two stories of two countries, each told by three outlets within a day; one of them names the capital in passing
    const stories: Record<string, Record<string, string>> = {
      // a train derailment near Sohag
      train: {
        a: 'السبت 6 سبتمبر 2025. سوهاج - قتل 9 ركاب وأصيب 31 آخرون في خروج قطار عن القضبان قرب مدينة سوهاج، بحسب مديرية الصحة في سوهاج.',
        b: 'السبت 6 سبتمبر 2025. أعلنت محافظة سوهاج أن حصيلة خروج القطار قرب قرية الشيخ مرزوق بلغت 11 قتيلا، وأن المصابين نقلوا إلى مستشفى سوهاج الجامعي. وتقع سوهاج على بعد 390 كيلومترا جنوب القاهرة.',
        c: 'الأحد 7 سبتمبر 2025. قالت وزارة الصحة إن 9 أشخاص قتلوا في حادث قطار سوهاج، فيما غادر 20 من المصابين مستشفيات سوهاج.',
      },
      // a gas explosion in a restaurant in Kafr el-Zayat; its wounded taken to the province's capital
      gas: {
        a: 'الاثنين 10 نوفمبر 2025. كفر الزيات - قتل 3 أشخاص وأصيب 14 في انفجار أسطوانة غاز داخل مطعم بمدينة كفر الزيات في محافظة الغربية.',
        b: 'الاثنين 10 نوفمبر 2025. ارتفعت حصيلة انفجار مطعم كفر الزيات إلى 4 قتلى، ونقل المصابون إلى مستشفى طنطا الجامعي.',
        c: 'الثلاثاء 11 نوفمبر 2025. قالت مديرية الصحة بالغربية إن 4 أشخاص قتلوا في انفجار مطعم في كفر الزيات، وإن 9 مصابين ما زالوا في المستشفى.',
      },
      // floods in Bejaia reaching Jijel
      flood: {
        a: 'السبت 8 نوفمبر 2025. بجاية - قتل 3 أشخاص في فيضانات اجتاحت أحياء مدينة بجاية، فيما امتدت السيول إلى جيجل.',
        b: 'السبت 8 نوفمبر 2025. ارتفعت حصيلة فيضانات بجاية إلى 5 قتلى، وأعلنت الحماية المدنية حالة التأهب في بجاية وجيجل.',
        c: 'الأحد 9 نوفمبر 2025. قالت السلطات في بجاية إن 5 أشخاص قتلوا في الفيضانات، وإن الطرق بين بجاية وجيجل قطعت.',
      },
      // a market fire in Fez
      fire: {
        a: 'الثلاثاء 3 يونيو 2025. فاس - قتل 4 أشخاص وأصيب 12 في حريق سوق الخضار وسط مدينة فاس، وقالت الوقاية المدنية في فاس إن النيران أتت على 60 محلا.',
        b: 'الثلاثاء 3 يونيو 2025. ارتفعت حصيلة حريق سوق فاس إلى 5 قتلى، وقال مسؤول في وزارة الداخلية بالدار البيضاء إن لجنة تحقيق شكلت.',
        c: 'الأربعاء 4 يونيو 2025. قالت المندوبية الصحية في فاس إن 5 أشخاص قتلوا في حريق السوق وإن 8 جرحى غادروا مستشفى فاس.',
      },
    };
    // the same story, one report setting a figure of it in the other city (its wounded taken to a hospital there)
    stories.fireHospital = { ...stories.fire!, b: 'الثلاثاء 3 يونيو 2025. ارتفعت حصيلة حريق سوق فاس إلى 5 قتلى، وقال مسؤول إن 7 من المصابين نقلوا إلى مستشفى في الدار البيضاء.' };
    const rows: { story: string; name: string; text: string; off: boolean; hint?: RegExp[] }[] = [
      // set in the capital (dateline, clauses), two days before; the story names the capital once: another province's event
      { story: 'train', name: 'a collision in the capital two days before', text: 'الخميس 4 سبتمبر 2025. القاهرة - أصيب 5 ركاب في تصادم قطارين بمحطة رمسيس في القاهرة، وقالت هيئة السكك الحديدية في القاهرة إن حركة القطارات عادت بعد ساعتين.', off: true, hint: [/القاهرة/, /سوهاج/] },
      { story: 'fire', name: 'a fire in another city the day before', text: 'الاثنين 2 يونيو 2025. الدار البيضاء - أصيب 3 أشخاص في حريق شقة سكنية في الدار البيضاء، وقالت الوقاية المدنية إن فرقها في الدار البيضاء أخمدت النيران خلال ساعة.', off: true, hint: [/الدار البيضاء/, /فاس/] },
      // two days before every report of the story, the story's province named once in passing, no figure of its own set there
      { story: 'train', name: 'a collision in the capital two days before, naming the province in passing', text: 'الخميس 4 سبتمبر 2025. القاهرة - أصيب 5 ركاب في تصادم قطارين بمحطة رمسيس في القاهرة، وقالت هيئة السكك الحديدية في القاهرة إن حركة القطارات عادت بعد ساعتين، وإن قطارات الصعيد المتجهة إلى سوهاج تأخرت.', off: true, hint: [/القاهرة/, /سوهاج/] },
      // the same on the story's days: the province named there may be the story's, it stays
      { story: 'train', name: 'the same words on the story\'s day', text: 'الأحد 7 سبتمبر 2025. القاهرة - أصيب 5 ركاب في تصادم قطارين بمحطة رمسيس في القاهرة، وقالت هيئة السكك الحديدية في القاهرة إن حركة القطارات عادت بعد ساعتين، وإن قطارات الصعيد المتجهة إلى سوهاج تأخرت.', off: false },
      // another town of the same province, four days before: another day's event there
      { story: 'gas', name: 'a bakery explosion in the next town four days before', text: 'الخميس 6 نوفمبر 2025. طنطا - أصيب 6 أشخاص في انفجار أسطوانة غاز داخل مخبز في مدينة طنطا، وقالت الحماية المدنية في طنطا إن النيران أخمدت.', off: true, hint: [/طنطا/, /كفر الزيات/, /dated/] },
      // the story's own: the next town of the same province on the same day (its hospitals)
      { story: 'gas', name: 'a report from the next town on the same day', text: 'الاثنين 10 نوفمبر 2025. طنطا - قال مسؤول في طنطا إن 5 من مصابي الانفجار نقلوا إلى مستشفيات طنطا.', off: false },
      // a place the story sets a figure at is part of its scene: the other city's article stays
      { story: 'fireHospital', name: 'a fire in a city where the story sets a figure of its own', text: 'الاثنين 2 يونيو 2025. الدار البيضاء - أصيب 3 أشخاص في حريق شقة سكنية في الدار البيضاء، وقالت الوقاية المدنية إن فرقها في الدار البيضاء أخمدت النيران خلال ساعة.', off: false },
      // the story's own: that city's report of the same 7 wounded, days later: a count of the story's, not a recall of another event
      { story: 'fireHospital', name: 'the other city\'s report of the story\'s wounded taken there, days later', text: 'الجمعة 6 يونيو 2025. الدار البيضاء - قال مدير مستشفى ابن رشد في الدار البيضاء إن 7 من المصابين نقلوا إلى مستشفى في الدار البيضاء، وإن حالتهم مستقرة.', off: false },
      // the story's own: its second province, named by every other article, two days later
      { story: 'flood', name: 'a report from the story\'s second province two days later', text: 'الثلاثاء 11 نوفمبر 2025. جيجل - أعلنت الحماية المدنية في جيجل إجلاء 40 عائلة من أحياء غمرتها مياه الأمطار في جيجل.', off: false },
      // the story's own, told from the capital: it names the story's province
      { story: 'train', name: 'a report from the capital that names the province', text: 'الأحد 7 سبتمبر 2025. القاهرة - قال وزير النقل في القاهرة إن 12 راكبا قتلوا في حادث قطار سوهاج.', off: false },
      // the story's own: a wire line from the capital on the story's day that never names the story's place, with a figure of its own
      { story: 'train', name: 'a line from the capital on the story\'s day, naming no place of the story', text: 'الأحد 7 سبتمبر 2025. القاهرة - قال وزير الصحة في القاهرة إن 13 راكبا قتلوا في حادث القطار، وإن فرقا طبية من القاهرة توجهت إلى موقع الحادث.', off: false },
      // the story's own: the same line the day after the last report; its toll is set at no place, so the capital is only where it was said
      { story: 'train', name: 'a line from the capital the day after, naming no place of the story', text: 'الاثنين 8 سبتمبر 2025. القاهرة - قال وزير الصحة في القاهرة إن 13 راكبا قتلوا في حادث القطار، وإن فرقا طبية من القاهرة توجهت إلى موقع الحادث.', off: false },
      // the story's own: its village, unknown to the gazetteer, is the one another article names
      { story: 'train', name: 'a report from the capital naming the story\'s village', text: 'الأحد 7 سبتمبر 2025. القاهرة - قال مسؤول في القاهرة إن 4 ركاب ما زالوا في العناية المركزة بعد حادث القطار في قرية الشيخ مرزوق، وإن وزير النقل وصل إلى القاهرة.', off: false },
    ];
    for (const row of rows)
      it(`${row.story}: ${row.name}: ${row.off ? 'set apart, the hint says where' : 'stays in the story'}`, () => {
        const index = storyOf({ ...stories[row.story]!, d: row.text });
        const off = index.offTopic('d');
        assert.equal(!!off, row.off, JSON.stringify(off));
        for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
        if (off) {
          const hint = describeOffTopic(off);
          for (const h of row.hint ?? []) assert.match(hint, h);
          assert.deepEqual(index.conflicts().filter((c) => c.sides.some((s) => s.docId === 'd')), [], 'its figures are compared with none of the story\'s');
        }
      });

    it('the others not one event\'s reports (dated months apart): nothing is set apart', () => {
      const far = { a: stories.train!.a!, b: stories.train!.b!.replace('السبت 6 سبتمبر', 'الأحد 6 يوليو'), c: stories.train!.c!.replace('الأحد 7 سبتمبر', 'الخميس 6 نوفمبر') };
      const index = storyOf({ ...far, d: rows[0]!.text });
      assert.equal(index.offTopic('d'), undefined);
    });
  });
  describe('another city\'s crash, and what does not tie it to the story (table: each row fails without its rule)', () => {
    // the story: a coach overturned near Karak, told by three outlets; two quote a statement («في بيان»)
    const crash = {
      a: 'السبت 5 يوليو 2025. الكرك - قتل 7 ركاب وأصيب 19 في انقلاب حافلة على طريق الكرك، وقالت مديرية الأمن العام في بيان إن الحافلة كانت تقل 40 راكبا.',
      b: 'السبت 5 يوليو 2025. أعلنت مديرية صحة الكرك في بيان إن حصيلة انقلاب الحافلة في الكرك بلغت 8 قتلى، وإن المصابين نقلوا إلى مستشفى الكرك الحكومي.',
      c: 'الأحد 6 يوليو 2025. قال محافظ الكرك إن 8 ركاب قتلوا في انقلاب الحافلة وإن 6 جرحى غادروا المستشفى في الكرك، فيما قال مسؤول في مديرية السير في إربد إن التحقيق بدأ.',
    };
    const rows: { name: string; text: string; off: boolean }[] = [
      // a crash in a city the story names once, three days before, quoting a statement too: «بيان» is no place the two share
      // its toll set at a river (a place in no one province) by its own clause: it is its own event's, not a line from elsewhere
      { name: 'a drowning in a river near another city three days before', text: 'الأربعاء 2 يوليو 2025. إربد - لقي 3 أشخاص مصرعهم غرقا في نهر الأردن قرب إربد، وقالت مديرية الدفاع المدني في إربد إن فرقها انتشلت الجثث.', off: true },
      // its toll in a sentence naming no place, but dated five days before the story: it cannot be a line of the story's
      { name: 'a crash near another city five days before, its toll in a sentence naming no place', text: 'الاثنين 30 يونيو 2025. إربد - انقلبت حافلة صغيرة على الطريق الدولي قرب مدينة إربد صباح اليوم. وأفادت مديرية الدفاع المدني بأن الحادث أسفر عن وفاة 2 وإصابة 9 آخرين، وإن فرقها في إربد أخلت الطريق.', off: true },
      { name: 'a crash in another city three days before, quoting a statement', text: 'الأربعاء 2 يوليو 2025. إربد - أصيب 11 شخصا في تصادم حافلة صغيرة بشاحنة قرب مدينة إربد، وقالت مديرية الدفاع المدني في بيان إن الحادث أسفر عن وفاة 2 منهم، وإن فرقها في إربد أخلت الطريق.', off: true },
    ];
    for (const row of rows)
      it(`${row.name}: ${row.off ? 'set apart' : 'stays in the story'}`, () => {
        const index = storyOf({ ...crash, d: row.text });
        assert.equal(!!index.offTopic('d'), row.off, JSON.stringify(index.offTopic('d')));
        for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
      });
  });
  describe('a story that recalls an earlier incident elsewhere, whose own report is in the folder (table: each row fails without its rule)', () => {
    // the story: a building collapse in Kairouan; one report ends on a house that fell in Sousse a week before
    const collapse = {
      a: 'الأحد 16 مارس 2025. القيروان - قتل 5 أشخاص وأصيب 9 في انهيار مبنى قديم وسط مدينة القيروان، وقالت الحماية المدنية في القيروان إن البحث متواصل.',
      b: 'الأحد 16 مارس 2025. ارتفعت حصيلة انهيار المبنى في القيروان إلى 6 قتلى بحسب مصادر طبية في القيروان. وجاء الانهيار بعد أسبوع من انهيار منزل في سوسة أصيب فيه 3 أشخاص.',
      c: 'الاثنين 17 مارس 2025. قال والي القيروان إن 6 أشخاص لقوا حتفهم في انهيار المبنى وإن 4 جرحى غادروا المستشفى.',
    };
    const sousse = 'الأحد 9 مارس 2025. سوسة - أصيب 3 أشخاص في انهيار منزل قديم بمدينة سوسة، وقالت الحماية المدنية في سوسة إن السكان أخلوا المنازل المجاورة.';
    const rows: { name: string; text: string; off: boolean; c?: string }[] = [
      // the Sousse house's own report, counting the 3 the story's report recalls: the recall ties b to it, not it to the story
      { name: 'the recalled incident\'s own report, a week before', text: sousse, off: true },
      // another report names Sousse in passing: with the recall, two of three name it, yet the recall is not the story naming it
      { name: 'the same, another report naming the city in passing', text: sousse, off: true, c: 'الاثنين 17 مارس 2025. قال والي القيروان إن 6 أشخاص لقوا حتفهم في انهيار المبنى وإن 4 جرحى غادروا المستشفى، فيما وصلت فرق إنقاذ من سوسة.' },
    ];
    for (const row of rows)
      it(`${row.name}: ${row.off ? 'set apart' : 'stays in the story'}`, () => {
        const index = storyOf({ ...collapse, ...(row.c ? { c: row.c } : {}), d: row.text });
        assert.equal(!!index.offTopic('d'), row.off, JSON.stringify(index.offTopic('d')));
        for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
      });
  });
  describe('another kind of incident before the story, in the same town (table: each row fails without its rule)', () => {
    // the story: a building collapse in Kairouan, told on two days
    const collapse = {
      a: 'الأحد 16 مارس 2025. القيروان - قتل 5 أشخاص وأصيب 9 في انهيار مبنى قديم وسط مدينة القيروان، وقالت الحماية المدنية في القيروان إن البحث متواصل.',
      b: 'الأحد 16 مارس 2025. ارتفعت حصيلة انهيار المبنى في القيروان إلى 6 قتلى بحسب مصادر طبية في القيروان.',
      c: 'الاثنين 17 مارس 2025. قال والي القيروان إن 6 أشخاص لقوا حتفهم في انهيار المبنى وإن 3 جرحى غادروا المستشفى.',
    };
    const rows: { name: string; text: string; off: boolean }[] = [
      // a warehouse fire in the same town three days before: another incident
      { name: 'a fire three days before', text: 'الخميس 13 مارس 2025. القيروان - أصيب 4 أشخاص في حريق اندلع في مستودع للأثاث بالقيروان، وقالت الحماية المدنية في القيروان إن الحريق أخمد.', off: true },
      // the story's kind three days before (a first crack, a wall): it may be the story's own, it stays
      { name: 'a collapse of the same kind three days before', text: 'الخميس 13 مارس 2025. القيروان - أصيب 4 أشخاص في انهيار جدار في القيروان، وقالت الحماية المدنية في القيروان إن المبنى أخلي.', off: false },
      // a fire on the story's day (the collapse set it off): it stays
      { name: 'a fire on the story\'s day', text: 'الأحد 16 مارس 2025. القيروان - أصيب 4 أشخاص في حريق اندلع في مستودع بالقيروان، وقالت الحماية المدنية في القيروان إن الحريق أخمد.', off: false },
    ];
    for (const row of rows)
      it(`${row.name}: ${row.off ? 'set apart, the hint names both kinds' : 'stays in the story'}`, () => {
        const index = storyOf({ ...collapse, d: row.text });
        const off = index.offTopic('d');
        assert.equal(!!off, row.off, JSON.stringify(off));
        for (const id of ['a', 'b', 'c']) assert.equal(index.offTopic(id), undefined, `${id} is the story's`);
        if (off) assert.match(describeOffTopic(off), /of fire, the other articles. of collapse, and it is dated before/);
      });
  });
});
