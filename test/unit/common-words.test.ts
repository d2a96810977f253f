// The hand list of common words (data/places/common-words.json) holds only
// what no data file knows: a word a data file already lists (a month, a
// number, a trigger or facility noun, a given name that names no well-known
// place) is read from there, and repeating it by hand would let the two
// drift apart. A thesaurus noun may stay by hand: the list is stricter (no
// preposition of place makes في القصر a place).
import assert from 'node:assert/strict';
import hand from '../../server/src/core/data/places/common-words.json' with { type: 'json' };
import { isCommonWord, isDictionaryWord, knownByData } from '../../server/src/core/places/common-word.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { wellKnown } from '../../server/src/core/places/rank.js';
import { normalize } from '../../server/src/core/text/normalize.js';
import { analyse } from '../../server/src/core/analyse.js';

describe('common words: the hand list and the data', () => {
  const gaz = Gazetteer.load();
  it('the hand list repeats no word a data file lists', () => {
    const repeated = (hand.words as string[]).filter((w) => {
      const n = normalize(w);
      const k = knownByData(n);
      if (k === 'word') return true;
      // a given name that a well-known place is called stays by hand (weak for it too)
      return k === 'given' && !gaz.lookup(w).some((e) => wellKnown(e) && [e.ar, ...e.variants].some((x) => x && normalize(x) === n));
    });
    assert.deepEqual(repeated, []);
  });

  it('months, numbers, trigger nouns, given names and thesaurus nouns are known without the hand list', () => {
    for (const w of ['حزيران', 'التسعين', 'جامعة', 'مدينة']) assert.equal(knownByData(normalize(w)), 'word', w);
    // with ال a trigger noun is a name as often as a word: the Gulf is no common word
    assert.equal(knownByData(normalize('الخليج')), undefined);
    for (const w of ['سامي', 'الحسن']) assert.equal(knownByData(normalize(w)), 'given', w);
    for (const w of ['القصير', 'سالم']) assert.equal(isDictionaryWord(normalize(w)), true, w);
    assert.equal(isCommonWord(normalize('الصمود')), true);
    assert.equal(knownByData(normalize('بغداد')), undefined);
  });
});

describe('common words: a region named like a common noun', () => {
  const ids = (t: string) => analyse(t).places.map((p) => p.id);
  it('«أفراد العصابة» is a gang, so the arrests make a claim; after «ولاية» it is the region', () => {
    assert.ok(!ids('واعتقلت الشرطة 7 من أفراد العصابة في ولاية زمفارا').includes('geonames:MR.03'));
    assert.deepEqual(analyse('واعتقلت الشرطة 7 من أفراد العصابة في ولاية زمفارا').claims.map((c) => `${c.measure} ${c.min}`), ['arrested 7']);
    assert.ok(ids('فيضانات في ولاية العصابة بموريتانيا').includes('geonames:MR.03'));
  });
});
