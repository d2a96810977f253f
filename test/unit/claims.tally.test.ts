// Issue 13, open classes: a figure followed by its counted noun of any kind
// (floors, families, passengers, fire engines) is a count of that noun, with
// the state said after it; compared across articles only with the same noun
// and state. Invented sentences, read through the whole pipeline.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';

const claimsOf = (text: string) => {
  const a = analyse(text);
  return a.claims.map((c) => ({ text: text.slice(a.figures[c.figure]!.start, a.figures[c.figure]!.end), measure: c.measure, group: c.group, role: c.role }));
};
const one = (text: string, figure: string) => claimsOf(text).find((c) => c.text === figure);

/** The contradictions between articles (file name → text), as «measure/group: low ↔ high». */
function contradictions(articles: Record<string, string>): string[] {
  const index = new StoryIndex();
  for (const [path, text] of Object.entries(articles)) {
    const a = analyse(text);
    index.update(path, a.claims, a.figures, { path, outlet: path }, text, a.places);
  }
  return index
    .conflicts()
    .filter((c) => c.kind === 'contradiction' && c.confidence >= 0.5)
    .map((c) => `${c.measure}/${c.group}: ${c.sides.filter((s) => s.camp === 0).map((s) => s.text).join(',')} ↔ ${c.sides.filter((s) => s.camp === 1).map((s) => s.text).join(',')}`);
}

describe('claims: counts of a counted noun of any kind (tally)', () => {
  const table: [string, string, string, string][] = [
    // sentence, figure, measure, group
    ['قال المهندس إن العمارة المنهارة كانت تتألف من ست طبقات.', 'ست', 'tally', 'noun:طبق'],
    ['وأوضح المختار أن المبنى كانت تسكنه 18 عائلة من ذوي الدخل المحدود.', '18', 'tally', 'families'],
    ['وقال مصدر في الشرطة إن القارب كان يقل 64 راكباً عند غرقه.', '64', 'tally', 'noun:راكب'],
    ['دفعت الحماية المدنية بـ 9 سيارات إطفاء إلى موقع الحريق.', '9', 'tally', 'fire-engines'],
    // a verb after the noun that the lists know is its measure: displaced, damaged
    ['وقالت اللجنة إن نحو 900 أسرة نزحت من بيوتها في القرية.', 'نحو 900', 'displaced', 'families'],
    ['وأحصت البلدية تضرر 340 مسكناً في الحي القديم.', '340', 'damaged', 'homes'],
    // a head further back in the clause says the measure: عدد الموقوفين … تجاوز 40
    ['وقالت المنظمة إن عدد الموقوفين في مدينة قابس اليوم الأحد تجاوز 40 شخصاً.', '40', 'arrested', '*'],
  ];
  for (const [text, figure, measure, group] of table)
    it(`${figure}: ${measure}/${group}`, () => {
      const c = one(text, figure);
      assert.ok(c, JSON.stringify(claimsOf(text)));
      assert.equal(c.measure, measure, JSON.stringify(c));
      assert.equal(c.group, group, JSON.stringify(c));
    });

  it('a noun in another state is another group: protesters taken to hospital are not the protesters', () => {
    const c = one('وأشارت النقابة إلى أن 11 متظاهراً نقلوا إلى المستشفى بعد المواجهات.', '11');
    assert.ok(c && c.measure !== 'participants' && c.measure.startsWith('tally:'), JSON.stringify(c));
    const b = one('وقالت البلدية إن أكثر من 300 مبنى مهدد بالانهيار في المدينة.', 'أكثر من 300');
    assert.ok(b && b.measure !== 'tally', JSON.stringify(b));
  });

  it('a part named with بينها stays a part of its whole', () => {
    const c = one('أحصت الفرق تضرر 340 مسكناً في البلدة، بينها 25 مسكناً غير صالح للسكن.', '25');
    assert.equal(c?.role, 'part', JSON.stringify(claimsOf('أحصت الفرق تضرر 340 مسكناً في البلدة، بينها 25 مسكناً غير صالح للسكن.')));
  });

  it('units, decimals and counts of incidents are no counts of a noun', () => {
    assert.equal(one('سجل المركز 12 هزة ارتدادية خلال الليل.', '12')?.measure.startsWith('tally') ?? false, false);
    assert.equal(one('بلغت كمية الأمطار 45 ملم في المدينة.', '45')?.measure.startsWith('tally') ?? false, false);
  });

  it('two outlets disagreeing on floors and on passengers make one pair each; protesters in hospital are not compared with the protesters', () => {
    const found = contradictions({
      'a.txt': 'انهيار مبنى في حي الميناء\nقالت بلدية صور إن المبنى المنهار مؤلف من ست طبقات. وقال مصدر في الشرطة إن الحافلة كانت تقل 40 راكباً. وأضاف أن 11 متظاهراً نقلوا إلى المستشفى.',
      'b.txt': 'شاهد عيان: المبنى من تسع طبقات\nقال مختار الحي إن المبنى الذي انهار في مدينة صور اللبنانية يتألف من تسع طبقات. وقالت الشركة إن الحافلة كانت تقل 55 راكباً. وشارك نحو 700 متظاهر في الاحتجاج.',
    });
    assert.ok(found.some((p) => p.startsWith('tally/noun:طبق: ست ↔ تسع')), found.join(' | '));
    assert.ok(found.some((p) => p.startsWith('tally/noun:راكب: 40 ↔ 55')), found.join(' | '));
    assert.ok(!found.some((p) => p.includes('11')), found.join(' | '));
  });
});
