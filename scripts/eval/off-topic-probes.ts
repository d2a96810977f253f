// Off-topic articles of the held-out kind, in our own wording: each row puts
// one article into an invented story's folder (test/stories/invented), often
// another event of the story's kind at another place or an earlier date, told
// as its own article, and says whether it should be set apart (`off`). A row
// may drop files of the folder or edit one (a story's report that recalls the
// other event). Prints each row that the index decides otherwise and any
// article of the story set apart, then a summary; rows expected off that stay
// in are what is still missing, a story's own article set apart is a defect.
// Run: npx tsx scripts/eval/off-topic-probes.ts [--all]
import fs from 'node:fs';
import path from 'node:path';
import { INVENTED, LISTS } from './expected.js';
import { analyseArticle, storyIndex } from './pairs.js';

interface Probe {
  story: string;
  name: string;
  text: string;
  off: boolean;
  drop?: string[];
  edit?: Record<string, [string, string]>;
}
const all = process.argv.includes('--all');
const probes = JSON.parse(fs.readFileSync(path.join(LISTS, 'off-topic-probes.json'), 'utf8')) as Probe[];
let right = 0;
let wrongOwn = 0;
let offRight = 0;
let offTotal = 0;
for (const p of probes) {
  const dir = path.join(INVENTED, p.story);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && !(p.drop ?? []).includes(f));
  const articles = files.map((f) => {
    let text = fs.readFileSync(path.join(dir, f), 'utf8');
    const e = p.edit?.[f];
    if (e) text = text.replace(e[0], e[1]);
    return analyseArticle(f, text);
  });
  const index = storyIndex([...articles, analyseArticle('probe.txt', p.text)]);
  const off = index.offTopic('probe.txt');
  const own = files.filter((f) => index.offTopic(f));
  wrongOwn += own.length;
  const ok = !!off === p.off;
  if (ok) right++;
  if (p.off) {
    offTotal++;
    if (off) offRight++;
  }
  if (!ok || own.length || all) console.log(`${ok ? 'ok  ' : p.off ? 'kept' : 'WRONG'} ${p.story}: ${p.name}${off ? ` ${JSON.stringify(off)}` : ''}${own.length ? ` (the story's own set apart: ${own.join(', ')})` : ''}`);
}
console.log(`off-topic probes: ${right} of ${probes.length} decided as expected; set apart ${offRight} of ${offTotal} expected off; on-topic probes set apart ${probes.length - offTotal - (right - offRight)}; the story's own set apart ${wrongOwn}`);
