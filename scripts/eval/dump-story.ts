// Reading aid for writing an acceptance list: prints each article's claims
// (figure, measure, group, event, source, context) and the story's conflicts
// as today's engine computes them. Run: npx tsx scripts/eval/dump-story.ts <folder> [--attr]
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../../server/src/core/analyse.js';
import { StoryIndex } from '../../server/src/core/story/story-index.js';
import { describe } from '../../server/src/core/story/describe.js';

const dir = path.resolve(process.argv[2] ?? '.');
const showAttr = process.argv.includes('--attr');
const index = new StoryIndex();
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const flat = (s: string) => s.replace(/\s+/g, ' ');
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  const a = analyse(text);
  index.update(f, a.claims, a.figures, { path: f, outlet: path.basename(f, '.txt') }, text, a.places);
  console.log(`\n=== ${f} (${text.length} chars, ${a.figures.length} figures, ${a.claims.length} claims)`);
  for (const c of a.claims) {
    const fig = a.figures[c.figure]!;
    console.log(`  [${fig.start}] ${fig.text} | ${c.measure}/${c.group} ev=${c.event} role=${c.role ?? ''}${c.update ? ' upd' : ''} src=${c.source.text} :: ${flat(text.slice(Math.max(0, fig.start - 60), fig.end + 40))}`);
  }
  if (showAttr)
    for (const t of a.attributions)
      console.log(`  ATTR cue=${text.slice(t.cue.start, t.cue.end)} src=${text.slice(t.source.start, t.source.end)} (${t.source.type})`);
}
console.log('\n=== conflicts');
for (const c of index.conflicts()) {
  console.log(`- ${c.kind} ${c.relation} ${c.measure}/${c.group} ev=${c.event}`);
  for (const s of c.sides) console.log(`    camp${s.camp} ${s.path} ${s.text} [${s.start}] src=${s.source.text}`);
  console.log('    ' + describe(c, c.sides[0]!));
}
