// How a conflict message names a nationality or a people (docs/guidelines.md,
// Claims): English demonyms (3 Iranians killed, Iraqi women), and in Arabic
// the plural from data/claims/demonyms.json (العراقيين، الأكراد، العراقيات),
// never "nationals of" a people or a country name inside English text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe as describeIsolated, localiseStrings, STRINGS, whatText, type Strings } from '../../server/src/core/story/describe.js';
import { ROOT } from './corpus.js';
import { storyOf } from './story.fixture.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';

/** The message's words: the runs it embeds are bidi-isolated (asserted in test/unit/bidi-isolation.test.ts). */
const describeConflict = (...a: Parameters<typeof describeIsolated>): string => stripIsolates(describeIsolated(...a));

const DOCS: Record<string, string> = {
  a: 'قالت الشرطة إن 3 إيرانيين قتلوا في انفجار سيارة مفخخة صباح اليوم.',
  b: 'وأكد مصدر طبي مقتل 5 إيرانيين في الانفجار.',
};

function messages(strings?: Strings): string[] {
  const index = storyOf(DOCS);
  const c = index.conflicts().find((c) => c.group === 'nationality:ايران');
  assert.ok(c, JSON.stringify(index.conflicts()));
  return c.sides.map((s) => describeConflict(c, s, strings));
}

/** Runs `f` with the strings translated by the Arabic bundle (a table of its own: STRINGS stays English). */
function inArabic<T>(f: (arabic: Strings) => T): T {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.ar.json'), 'utf8')) as Record<string, string>;
  return f(localiseStrings((s) => bundle[s] ?? s));
}

describe('story: how a message names a nationality', () => {
  it('English: a demonym, not the Arabic country name', () => {
    const ms = messages();
    assert.ok(ms.some((m) => m.startsWith('Contradiction: 3 Iranians killed here')), ms.join('\n'));
    assert.ok(ms.some((m) => m.includes('5 Iranians killed here')), ms.join('\n'));
    for (const m of ms) assert.ok(!/nationals|ايران|إيران/.test(m), m);
  });

  it('English: the women of a nationality, a people, and a nisba the data does not list', () => {
    assert.equal(whatText('killed', 'nationality:العراق (نساء)'), 'Iraqi women killed');
    assert.equal(whatText('killed', 'nationality:الاكراد'), 'Kurds killed');
    assert.equal(whatText('wounded', 'nationality:تركيا'), 'Turks wounded');
    assert.equal(whatText('killed', 'nationality:الولايات المتحده'), 'Americans killed');
    assert.equal(whatText('killed', 'nationality:فنلند'), 'nationals of فنلند killed');
  });

  it('Arabic: the plural of the data, not مواطني', () => {
    const ms = inArabic(messages);
    assert.ok(ms.some((m) => m.startsWith('تناقض: 3 (قتلى من الإيرانيين) هنا') || m.includes('3 (قتلى من الإيرانيين) هنا')), ms.join('\n'));
    assert.ok(ms.some((m) => m.includes('5 (قتلى من الإيرانيين) هنا')), ms.join('\n'));
    for (const m of ms) assert.ok(!/مواطن|Iranian|nationals/.test(m), m);
    inArabic((ar) => {
      assert.equal(whatText('killed', 'nationality:العراق', ar), 'قتلى من العراقيين');
      assert.equal(whatText('killed', 'nationality:العراق (نساء)', ar), 'قتلى من العراقيات');
      assert.equal(whatText('killed', 'nationality:الاكراد', ar), 'قتلى من الأكراد');
      assert.equal(whatText('wounded', 'nationality:تركيا', ar), 'جرحى من الأتراك');
      assert.equal(whatText('killed', 'nationality:فنلند', ar), 'قتلى من الفنلنديين');
    });
  });

  it('the English strings are back after the Arabic test', () => {
    assert.equal(STRINGS.demonymLanguage, 'en');
    assert.equal(whatText('killed', 'police'), 'police killed');
  });
});
