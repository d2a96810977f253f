// The folder-is-a-story rule (core/story/story-of.ts) names the same folder
// and outlet as node's path functions did in the server and the CLI.
import assert from 'node:assert/strict';
import path from 'node:path';
import { groupByStory, isArticle, outletOf, storyOf } from '../../server/src/core/story/story-of.js';

describe('story: which articles form a story', () => {
  it('a story is the folder of its articles, as path.dirname names it', () => {
    for (const f of ['/news/basra/a.txt', '/a.txt', '/news/basra/sub/b c.txt', 'rel/x.txt', 'x.txt']) assert.equal(storyOf(f), path.posix.dirname(f), f);
    for (const f of ['C:\\news\\basra\\a.txt', 'C:\\a.txt']) assert.equal(storyOf(f), path.win32.dirname(f), f);
  });

  it('the outlet of an article without a byline is its file name without .txt', () => {
    for (const f of ['/n/gulf-daily.txt', '/n/.txt', '/n/notes.TXT', '/n/a.b.txt']) assert.equal(outletOf(f), path.posix.basename(f, '.txt'), f);
  });

  it('only .txt files are articles; articles group by folder, folders sorted', () => {
    assert.ok(isArticle('/n/a.txt'));
    assert.ok(!isArticle('/n/a.ann') && !isArticle('/n/a.txt.bak'));
    const groups = groupByStory(['/z/a.txt', '/b/x.txt', '/z/b.txt'], (f) => f);
    assert.deepEqual([...groups], [['/b', ['/b/x.txt']], ['/z', ['/z/a.txt', '/z/b.txt']]]);
  });
});
