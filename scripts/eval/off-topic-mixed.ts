// Off-topic articles on folders nobody wrote a list for: every invented
// story's on-topic articles (test/stories/invented), each time with one
// on-topic article of another invented story put in. Prints how many of
// those intruders the story index sets apart (recall) and how many of the
// story's own articles it sets apart by mistake (must be 0). An intruder
// counting a toll the story counts too (3 killed in two countries) stays in
// by design: the same figure is taken for one event's.
// Run: npx tsx scripts/eval/off-topic-mixed.ts [--missed]
import { Articles, loadInvented, storyDir } from './expected.js';
import { analyseArticle, storyIndex, type Article } from './pairs.js';

const showMissed = process.argv.includes('--missed');
const stories = new Map<string, Article[]>();
for (const list of loadInvented()) {
  const articles = new Articles(storyDir(list));
  const off = new Set(list.offTopic.map((o) => o.file));
  stories.set(list.story, articles.files().filter((f) => !off.has(f)).map((f) => analyseArticle(f, articles.text(f))));
}
let caught = 0;
let intruders = 0;
let own = 0;
const wrong: string[] = [];
for (const [story, articles] of stories)
  for (const [other, theirs] of stories) {
    if (other === story) continue;
    for (const intruder of theirs) {
      const id = `intruder-${other}-${intruder.file}`;
      const index = storyIndex([...articles, { ...intruder, file: id }]);
      intruders++;
      if (index.offTopic(id)) caught++;
      else if (showMissed) console.log(`missed: ${other}/${intruder.file} in ${story}`);
      for (const a of articles) {
        own++;
        if (index.offTopic(a.file)) wrong.push(`${story}/${a.file} (with ${other}/${intruder.file})`);
      }
    }
  }
console.log(`intruders set apart: ${caught} of ${intruders} (${((100 * caught) / intruders).toFixed(1)} %); the story's own set apart: ${wrong.length} of ${own}`);
for (const w of wrong) console.log(`  wrong: ${w}`);
