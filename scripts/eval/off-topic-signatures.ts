// Reading aid for the off-topic rules (story/off-topic.ts): every article of
// the lists' folders with its event signature (date line, provinces and towns
// with how often each is named, kinds, counted figures), whether the index
// sets it apart and whether the list does (with its why).
// Run: npx tsx scripts/eval/off-topic-signatures.ts [story…]
import { Articles, loadLists, storyDir } from './expected.js';
import { analyseArticle, storyIndex } from './pairs.js';
import { eventSignature } from '../../server/src/core/story/event-signature.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';

const only = process.argv.slice(2);
const gaz = Gazetteer.load();
const lists = [...loadLists(), ...loadLists(`${process.cwd()}/test/stories/invented`)];
const date = (d: number | null) => (d === null ? '—' : new Date(d * 86400000).toISOString().slice(0, 10));
for (const list of lists) {
  if (only.length && !only.includes(list.story)) continue;
  let articles: ReturnType<typeof analyseArticle>[];
  try {
    const dir = new Articles(storyDir(list));
    articles = dir.files().map((f) => analyseArticle(f, dir.text(f)));
  } catch {
    continue;
  }
  const index = storyIndex(articles);
  console.log(`\n##### ${list.story} (${articles.length})`);
  for (const a of articles) {
    const s = eventSignature(gaz, a.analysis.places, a.analysis.claims, a.analysis.figures, a.text);
    const listed = list.offTopic.find((o) => o.file === a.file);
    const off = index.offTopic(a.file);
    const mark = listed ? (off ? 'OFF+' : 'MISS') : off ? 'WRONG' : '    ';
    console.log(`${mark} ${a.file} day=${date(s.day)} hdr=${s.headerDays.map(date).join(',')} len=${a.text.length}${listed ? `  «${listed.why}»` : ''}${off ? ` ${JSON.stringify(off)}` : ''}`);
    console.log(`     prov: ${s.provinces.ids.map((id, i) => `${s.provinces.names[i]}×${s.provinces.mentions[i]}`).join(' ')}`);
    console.log(`     towns: ${s.towns.ids.map((id, i) => `${s.towns.names[i]}×${s.towns.mentions[i]}`).join(' ')}`);
    console.log(`     countries: ${s.areas.filter((x) => x.startsWith('iso3166:')).join(' ')} kinds: ${s.kinds.join(',')} figs: ${s.figures.length} claimProv: ${s.claimScenes.provinces.map((p) => gaz.get(p)?.ar ?? p).join(',')} unknown: ${s.unknown.slice(0, 6).join('،')}`);
  }
}
