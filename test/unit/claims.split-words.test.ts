// Issue 13: a word the web split with a space inside a claim («وأ صيب», «قت ل»,
// «مق تل») is read as the claim's verb or noun, as split reporting verbs are;
// two real words are never joined (a part that is a word of its own).
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';

const claims = (text: string) => analyse(text).claims.map((c) => `${c.measure}/${c.group}`);

describe('claims: words split by the web', () => {
  it('a split verb or noun of a measure is read as the word', () => {
    assert.deepEqual(claims('وأ صيب 14 شرطيا بجروح في الاشتباكات.'), claims('وأصيب 14 شرطيا بجروح في الاشتباكات.'));
    assert.deepEqual(claims('قت ل 6 عمال في انهيار مبنى بالمدينة.'), ['killed/workers']);
    assert.deepEqual(claims('وأسفر القصف عن مق تل 11 مدنيا.'), ['killed/civilians']);
  });

  it('the spans stay the document\'s: the figure is where it is written', () => {
    const text = 'وأ صيب 14 شرطيا بجروح.';
    const a = analyse(text);
    const f = a.figures[a.claims[0]!.figure]!;
    assert.equal(text.slice(f.start, f.end), '14');
  });

  it('two words that are words of their own are not joined', () => {
    // «ما» and «لا» are words: «ما توا» is not read as ماتوا, «لا جئا» not as لاجئا
    assert.deepEqual(claims('وقال الطبيب إن 8 أشخاص ما توا.'), ['count/*']);
    assert.notDeepEqual(claims('ووصل 30 لا جئا إلى المخيم.'), claims('ووصل 30 لاجئا إلى المخيم.'));
  });
});
