import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence } from 'nlcst';
import { analyse } from '../../server/src/core/analyse.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import { article, kirkukFiles, itShared } from './corpus.js';

function sentences(tree: Root): string[] {
  const out: string[] = [];
  for (const p of tree.children) if (p.type === 'ParagraphNode') for (const s of p.children) if (s.type === 'SentenceNode') out.push(toString(s as Sentence));
  return out;
}

function tokensOf(text: string): string[] {
  return tokenize(text).tokens.filter((t) => t.type !== 'space').map((t) => t.text);
}

describe('Arabic parser', () => {
  itShared('serialises every corpus article back to its exact text', () => {
    for (const f of kirkukFiles()) {
      const text = fs.readFileSync(f, 'utf8');
      assert.equal(toString(analyse(text).tree), text, f);
    }
  });

  it('keeps digits of every script with their separators as one token', () => {
    assert.deepEqual(tokensOf('٣٫٥ و١٬٠٠٠ و5,000 و1.2 و۲۲'), ['٣٫٥', 'و', '١٬٠٠٠', 'و', '5,000', 'و', '1.2', 'و', '۲۲']);
  });

  it('keeps URLs, e-mail addresses and hashtags whole', () => {
    const t = tokenize('#كركوك_بخير https://twitter.com/a/status/789419264939786240. كتب a.b@c.org');
    const kinds = t.tokens.filter((x) => x.type !== 'space').map((x) => `${x.type}:${x.text}`);
    assert.deepEqual(kinds, ['hashtag:#كركوك_بخير', 'url:https://twitter.com/a/status/789419264939786240', 'punct:.', 'word:كتب', 'email:a.b@c.org']);
  });

  it('keeps tatweel, diacritics, ZWNJ and direction marks inside words', () => {
    assert.deepEqual(tokensOf('لـ«فرانس وَقُتِلَ مي\u200cخواهم كر\u200fكوك'), ['لـ', '«', 'فرانس', 'وَقُتِلَ', 'مي\u200cخواهم', 'كر\u200fكوك']);
  });

  itShared('splits sentences glued with no space after a full stop (article 002)', () => {
    const s = sentences(analyse(article('002')).tree);
    assert.ok(s.some((x) => x.endsWith('بينهم 4 إيرانيين.')), 'sentence ends at the glued full stop');
    assert.ok(s.some((x) => x.startsWith('واستيقظت كركوك فجر أمس')), 'the next sentence starts right after it');
  });

  it('does not end a sentence at an abbreviation', () => {
    const s = sentences(analyse('قال د. أحمد إن الوضع هادئ. وأضاف م. علي أنه بخير؟ نعم').tree);
    assert.deepEqual(s, ['قال د. أحمد إن الوضع هادئ.', 'وأضاف م. علي أنه بخير؟', 'نعم']);
  });

  it('treats Arabic punctuation as punctuation and the question mark as a sentence end', () => {
    const t = tokenize('نعم، لا؛ لماذا؟ هكذا۔ تم');
    assert.deepEqual(t.tokens.filter((x) => x.type === 'punct').map((x) => x.text), ['،', '؛', '؟', '۔']);
    assert.equal(t.sentences.length, 3);
  });

  itShared('keeps the no-break space between a number and its noun as white space (article 001)', () => {
    const text = article('001');
    const t = tokenize(text);
    const nbsp = t.tokens.filter((x) => x.type === 'space' && x.text.includes('\u00a0'));
    assert.ok(nbsp.length >= 1, 'article 001 has a no-break space');
  });

  it('gives every node an exact position', () => {
    const text = 'أ😀ب\r\nقال: «٥ قتلى».\n\nثم';
    const tree = analyse(text).tree;
    const check = (n: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[]; value?: string }): void => {
      if (n.value !== undefined) assert.equal(text.slice(n.position!.start.offset, n.position!.end.offset), n.value);
      for (const c of (n.children ?? []) as (typeof n)[]) check(c);
    };
    check(tree as never);
  });

  it('serialises any generated text back exactly (property)', () => {
    const alphabet = fc.constantFrom(...'كركوك قال ٣٫٥ 5,000 . ، « » " \n \r\n 😀 \ud800 # @ http://a.b/c د. ـ َ \u200c \u00a0 x'.split(' '));
    fc.assert(
      fc.property(fc.array(fc.oneof(alphabet, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        const { tree } = analyse(text);
        assert.equal(toString(tree), text);
      }),
      { numRuns: 300 },
    );
  });
});
