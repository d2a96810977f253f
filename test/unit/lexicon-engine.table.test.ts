// Table cases of the shared lexicon engine (issue 16), invented sentences:
// one proclitic enumeration for every detector, spellings generated from the
// gazetteer (a transliteration's long vowel, a name's ال after a trigger),
// ambiguity read from a frequency list, surnames as people, and reporting
// verbs the web splits with a space.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { readings, stems, strippedForms } from '../../server/src/core/lexicon/proclitics.js';
import { wordKey } from '../../server/src/core/lexicon/word-key.js';
import { normalize } from '../../server/src/core/text/normalize.js';
import { placesOf } from './places.helpers.js';

describe('lexicon engine: one proclitic enumeration, three views', () => {
  const cases: [string, string[], string[], string[]][] = [
    // word, figures' stems (article cut), places' reading keys (article kept), claims' forms
    ['وبالمدينة', ['وبالمدينة', 'بالمدينة', 'المدينة', 'مدينة'], ['وبالمدينة', 'بالمدينة', 'المدينة'], ['وبالمدينة', 'بالمدينة', 'المدينة']],
    ['للمدنيين', ['للمدنيين', 'لمدنيين', 'مدنيين'], ['للمدنيين', 'لمدنيين', 'المدنيين'], ['للمدنيين', 'المدنيين', 'لمدنيين']],
    // a two-letter stem only without a clitic (فالحي: no حي for a figure)
    ['فالحي', ['فالحي', 'الحي'], ['فالحي', 'الحي'], ['فالحي', 'الحي']],
    // short stems only without a clitic: لست is no ل + ست for a figure
    ['لست', ['لست'], ['لست', 'ست'], ['لست', 'ست']],
  ];
  for (const [word, figure, place, claim] of cases) {
    it(`${word}: ${figure.join(' ')} | ${place.join(' ')} | ${claim.join(' ')}`, () => {
      const n = normalize(word);
      assert.deepEqual(stems(wordKey(word)).map((s) => s.stem), figure.map(wordKey));
      assert.deepEqual(readings(n).map((r) => r.key), place.map(normalize));
      assert.deepEqual(strippedForms(n), claim.map(normalize));
    });
  }
  it('a figure after proclitics starts after them (وبخمسة)', () => {
    const text = 'وصل وبخمسة آلاف جندي.';
    const f = analyse(text).figures[0]!;
    assert.equal(text.slice(f.start, f.end).startsWith('خمسة'), true);
  });
});

describe('places: spellings generated from the data', () => {
  const cases: [string, string[]][] = [
    // a transliteration's medial long vowel left out (the gazetteer has كازاخستان)
    ['عاد الوفد إلى كزاخستان أمس.', ['كزاخستان=كازاخستان']],
    // a name written with ال, without it after a trigger: the gazetteer's place
    ['وصل الوفد إلى مدينة رقة مساء.', ['رقة=الرقة']],
    // a trigger noun is no article-less name (قضاء مدينة جنين stays one place)
    ['ولد في قرية صغيرة قضاء مدينة جنين.', ['جنين=جنين']],
  ];
  for (const [s, want] of cases)
    it(`${s} → ${want.join('، ') || 'nothing'}`, () => assert.deepEqual(placesOf(s).map((p) => `${p.text}=${p.name}`), want));
});

describe('places: people and common words told from places by data', () => {
  const cases: [string, string[]][] = [
    // a listed surname that is also a small town is the person
    ['وصل أوباما إلى المطار صباحا.', []],
    ['استقبل هولاند الوفد في قصره.', []],
    // a word running text gives a pronoun suffix (the frequency list) is ambiguous: in a construct it is the word
    ['وناقش الوفد جوهر الخلاف بين الطرفين.', []],
    // a well-known place stays a place
    ['وصل الوفد إلى بغداد صباحا.', ['بغداد']],
  ];
  for (const [s, want] of cases)
    it(`${s} → ${want.join('، ') || 'nothing'}`, () => assert.deepEqual(placesOf(s).map((p) => p.text), want));
});

describe('attributions: a reporting verb the web split with a space', () => {
  const cases: [string, string | null, string | null][] = [
    ['وأك دت وزارة الصحة أن عدد المصابين ارتفع.', 'أك دت', 'وزارة الصحة'],
    ['صر ح المتحدث بأن المعبر مغلق.', 'صر ح', 'المتحدث'],
    // a part that is a word: no rejoining (من + ح is no split verb)
    ['من ح الوزير جائزة للفريق.', null, null],
  ];
  for (const [s, cue, source] of cases) {
    it(`${s} → ${cue ?? 'no cue'}`, () => {
      const a = analyse(s).attributions[0];
      if (cue === null) return assert.equal(a, undefined);
      assert.ok(a, 'an attribution');
      assert.equal(s.slice(a.cue.start, a.cue.end), cue);
      assert.equal(a.source && s.slice(a.source.start, a.source.end), source);
    });
  }
});

describe('attributions: an elided subject resolved by salience and agreement', () => {
  // [text, cue of the attribution asked about, its source as the text writes it]
  const cases: [string, string, string][] = [
    // a plural verb goes back to the plural group, past a singular speaker named since
    ['وقال ناشطون إن القصف استمر. وقال المحافظ إن الطريق مغلق. وأضافوا أن التعزيزات وصلت.', 'أضافوا', 'ناشطون'],
    // a singular verb passes a plural group by
    ['وقال المحافظ إن الطريق مغلق. وقال ناشطون إن القصف استمر. وأضاف أن التعزيزات وصلت.', 'أضاف', 'المحافظ'],
    // an adverbial participle speaks for its clause's titled subject, not for the last source
    ['وقال الوزير إن الاجتماع انتهى. وحث الرئيس الأعضاء على الحضور مؤكدا أن الوقت ضيق.', 'مؤكدا', 'الرئيس'],
    ['حث الرئيس الفرنسي الأعضاء على التصويت قائلا إن الوقت ينفد.', 'قائلا', 'الرئيس الفرنسي'],
    // issue 16: agreement before salience: any head noun of the participle's gender after the clause's verb speaks
    ['وقال المحافظ إن الطريق مغلق. وزارت الوزيرة المستشفى مؤكدة أن الجرحى بخير.', 'مؤكدة', 'الوزيرة'],
    ['وقالت المنظمة إن المساعدات وصلت. وطالب المدير بفتح المعبر مشيرا إلى أن الوقت ضيق.', 'مشيرا', 'المدير'],
    ['وقال المحافظ إن القافلة وصلت. وطالبت المنظمة بفتح المعبر مشيرة إلى أن الوقت ضيق.', 'مشيرة', 'المنظمة'],
    // a definite noun in ى after the titled subject is its object, no nisba adjective (المستشفى)
    ['وقال المحافظ إن الطريق مغلق. وزار الرئيس المستشفى مؤكدا أن الجرحى بخير.', 'مؤكدا', 'الرئيس'],
    // a head of the other gender after the verb is its object: the speaker goes on
    ['وقال المحافظ إن الطريق مغلق. وانتقد الحكومة مؤكدا أن الوضع صعب.', 'مؤكدا', 'المحافظ'],
    // a speaker in the same sentence goes on speaking (the participle is theirs)
    ['قال المتحدث إن الوزير زار المعبر مؤكدا أن العمل مستمر.', 'مؤكدا', 'المتحدث'],
  ];
  for (const [s, cue, source] of cases) {
    it(`${cue} → ${source}`, () => {
      const a = analyse(s).attributions.find((x) => s.slice(x.cue.start, x.cue.end) === cue);
      assert.ok(a, `an attribution with the cue ${cue}`);
      assert.equal(a.source && s.slice(a.source.start, a.source.end), source);
    });
  }
});
