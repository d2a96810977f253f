// Off-topic articles on folders nobody wrote a list for: every invented
// story's on-topic articles (test/stories/invented), each time with one
// on-topic article of another invented story put in. Prints how many of
// those intruders the story index sets apart (recall) and how many of the
// story's own articles it sets apart by mistake (must be 0). An intruder
// counting a toll the story counts too (3 killed in two countries) stays in
// by design: the same figure is taken for one event's.
// --days N: the intruder's date line is rewritten to N days before the
// story's first (another event of the same days: the harder case).
// Run: npx tsx scripts/eval/off-topic-mixed.ts [--missed] [--days N]
import { Articles, loadInvented, storyDir } from './expected.js';
import { analyseArticle, storyIndex, type Article } from './pairs.js';
import { articleDay, dateOfFigure } from '../../server/src/core/story/claim-day.js';

const showMissed = process.argv.includes('--missed');
const shift = process.argv.includes('--days') ? Number(process.argv[process.argv.indexOf('--days') + 1]) : null;
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** The article with its first full date (its date line) replaced by `day`, or null when it has none. */
function redated(a: Article, day: number): Article | null {
  const figures = a.analysis.figures;
  for (let i = 0; i < figures.length && figures[i]!.start < 600; i++) {
    if (dateOfFigure(a.text, figures, i) === null) continue;
    const f = figures[i]!;
    const end = f.detail === 'day' ? figures[i + 1]!.end : f.end;
    const d = new Date(day * 86400000);
    const text = a.text.slice(0, f.start) + `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` + a.text.slice(end);
    return analyseArticle(a.file, text);
  }
  return null;
}
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
    const first = Math.min(...articles.map((a) => articleDay(a.text, a.analysis.figures) ?? Infinity));
    for (const original of theirs) {
      const intruder = shift === null ? original : Number.isFinite(first) ? redated(original, first - shift) : null;
      if (!intruder) continue;
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
