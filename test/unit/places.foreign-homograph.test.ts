// A faraway place's name that the data know as a word, written where nothing
// places it, in an article of another country, is the word
// (places/foreign-homograph.ts); a side clause's place (، منتقدة … في أ) is
// not the figure's (claims/side-clause.ts). Invented sentences.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { placesOf } from './places.helpers.js';

const names = (text: string) => placesOf(text).map((p) => p.text);

describe('places: a faraway homograph no word of the article supports', () => {
  const cases: Array<[string, string, boolean]> = [
    // [text, name, kept as a place]
    ['غرق ثلاثة أطفال جراء سيول عارمة اجتاحت ولاية تطاوين في جنوب تونس.', 'سيول', false],
    ['أودت السيول بحياة خمسة أشخاص في محافظة المهرة اليمنية.', 'السيول', false],
    ['وصل وفد من المغرب إلى سيول مساء الاثنين.', 'سيول', true],
    ['قالت الحكومة الكورية إن سيول سترد على التجربة الصاروخية.', 'سيول', true],
    // placed by في, but located by a province of another country right after it: the word (issue 13, k04)
    ['مصرع 4 أشخاص في سيول بمحافظة حضرموت', 'سيول', false],
    ['انفجار في سيول بكوريا الجنوبية يقتل 4 أشخاص', 'سيول', true],
    // an indefinite feminine adjective after it (سيول جارفة): a broken plural's adjective, the word; a noun in construct (عاصمة كوريا) is not one
    ['سيول جارفة تضرب ولاية كيبي وتقتل 9 أشخاص', 'سيول', false],
    ['سيول عاصمة كوريا الجنوبية تستضيف القمة', 'سيول', true],
    // a capital that is no word stays, even where nothing else names its country
    ['قال وزير الخارجية الليبي إن موسكو لم ترد على الطلب.', 'موسكو', true],
  ];
  for (const [text, name, kept] of cases)
    it(`${kept ? 'keeps' : 'drops'} ${name} in «${text.slice(0, 40)}…»`, () => {
      assert.equal(names(text).includes(name), kept, JSON.stringify(names(text)));
    });
});

describe('claims: a place in a side clause after the figure is not its place', () => {
  it('«، منتقدة الهيئة … في مكاتب بأ» leaves the turnout unplaced', () => {
    const text = 'قالت أحزاب المعارضة التونسية، الاثنين، إن نسبة المشاركة في الانتخابات البلدية لم تتعد 30 في المئة، منتقدة الهيئة بتضخيم الأرقام في مكاتب الاقتراع بصفاقس.';
    const c = analyse(text).claims.find((x) => x.measure === 'turnout');
    assert.ok(c);
    assert.equal(c.event, '');
    assert.ok(!(c.area ?? []).some((k) => k !== 'iso3166:TN'), JSON.stringify(c.area));
    assert.equal(c.alias, undefined);
  });
});
