// Builds server/src/core/data/places/word-frequencies.json: how the
// one-word gazetteer names are used in running Arabic text the project may
// use (the README beside the data file says which). For each name (folded,
// without ال) two counts over the text's words, proclitics and ال cut off
// (core/lexicon/proclitics.ts):
//   n        the name as a whole word;
//   owned    the name with a pronoun suffix (ـها ـهم ـهما ـهن ـنا ـكم ـكما):
//            a place name takes none, a common noun does (صورهم، جدتنا);
//   construct the name, without ال, before a word with ال that is no place
//            adjective (صور الضحايا): a common noun's construct;
//   located  the name where a place stands: after a preposition of place
//            (data/places/name-context.json "locative"), a trigger noun
//            (data/place-triggers.json) or through the proclitic ب (في الخليل،
//            مدينة الخليل، بالخليل). A common noun is rarely there (الخبر the
//            news is published, denied, confirmed, not gone to);
//   definite, definiteLocated  the same two counts for the name written with
//            ال only (الخبر the news, where خبر alone is mostly a predicate;
//            خليل a given name, الخليل the city).
// Only the tokens' text is read (the Wojood tags are not): the list says how
// words are used, it does not copy anyone's names.
// Run: npx tsx scripts/gazetteer/frequencies.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readings } from '../../server/src/core/lexicon/proclitics.js';
import { normalize } from '../../server/src/core/text/normalize.js';
import nameContext from '../../server/src/core/data/places/name-context.json' with { type: 'json' };
import placeTriggers from '../../server/src/core/data/place-triggers.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const SHARED = path.resolve(ROOT, '../shared/corpus');
const OUT = path.join(ROOT, 'server/src/core/data/places/word-frequencies.json');
const GAZ = path.join(ROOT, 'server/src/core/data/gazetteer.json');
const SUPPLEMENT = path.join(ROOT, 'server/src/core/data/gazetteer-supplement.json');

const SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'نا', 'كم'];

/** The texts: the Wojood sample's tokens (first column), every article of the stories and samples/. */
function texts(): { source: string; words: string[] }[] {
  const out: { source: string; words: string[] }[] = [];
  const wojood = path.join(SHARED, 'wojood-sample-dev');
  const tokens: string[] = [];
  for (const f of ['train.txt', 'val.txt']) {
    const p = path.join(wojood, f);
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
      const tok = line.trim().split(/\s+/)[0];
      if (tok && tok !== '$#$') tokens.push(tok);
    }
  }
  out.push({ source: 'wojood-sample-dev (train, val: token column only)', words: tokens });
  const articles = (dir: string): string[] =>
    fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : [];
  for (const [source, dir] of [
    ['stories-dev (every article)', path.join(SHARED, 'stories-dev')],
    ['kirkuk-2016 (every article)', path.join(SHARED, 'kirkuk-2016')],
    ['samples/', path.join(ROOT, 'samples')],
  ] as const) {
    const words: string[] = [];
    for (const f of articles(dir)) words.push(...fs.readFileSync(f, 'utf8').split(/[^\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u065F\u0640]+/u).filter(Boolean));
    out.push({ source, words });
  }
  return out;
}

const names = new Set<string>();
const addName = (n: unknown) => {
  if (typeof n !== 'string' || /\s/.test(n.trim())) return;
  const k = normalize(n.trim()).replace(/^ال/, '');
  if (k.length >= 2) names.add(k);
};
for (const r of JSON.parse(fs.readFileSync(GAZ, 'utf8')).entries as unknown[][]) for (const n of [r[2], ...((r[8] as string[] | undefined) ?? [])]) addName(n);
for (const e of JSON.parse(fs.readFileSync(SUPPLEMENT, 'utf8')).entries as { ar?: string; variants?: string[] }[]) for (const n of [e.ar, ...(e.variants ?? [])]) addName(n);

/** The keys a word may stand for: its readings, each also without ال. */
function keysOf(norm: string): { key: string; article: boolean; ba: boolean }[] {
  const out: { key: string; article: boolean; ba: boolean }[] = [];
  for (const r of readings(norm)) {
    // the proclitic ب among the letters the reading cuts (بالخليل، وبالخليل)
    const ba = norm.slice(0, r.skip).includes('ب');
    if (r.key.startsWith('ال') && r.key.length > 3) out.push({ key: r.key.slice(2), article: true, ba });
    else out.push({ key: r.key, article: false, ba });
  }
  return out;
}

const LOCATIVE = new Set(nameContext.locative.map((w) => normalize(w)));
const TRIGGERS = new Set([...Object.keys(placeTriggers.singular), ...Object.keys(placeTriggers.plural)].map((w) => normalize(w)));
/** Does the word before (normalised, its proclitics cut) stand where a place follows? */
const placeBefore = (prev: string | undefined) => prev !== undefined && readings(prev).some((r) => LOCATIVE.has(r.key) || TRIGGERS.has(r.key));

const counts = new Map<string, [number, number, number, number, number, number]>();
const bump = (k: string, i: 0 | 1 | 2 | 3 | 4 | 5) => {
  let c = counts.get(k);
  if (!c) counts.set(k, (c = [0, 0, 0, 0, 0, 0]));
  c[i]++;
};
const sources: { source: string; words: number }[] = [];
let total = 0;
for (const { source, words } of texts()) {
  sources.push({ source, words: words.length });
  total += words.length;
  const norms = words.map((w) => normalize(w));
  for (let i = 0; i < norms.length; i++) {
    const seen = new Set<string>();
    for (const { key, article, ba } of keysOf(norms[i]!)) {
      if (names.has(key) && !seen.has(key)) {
        seen.add(key);
        bump(key, 0);
        const located = ba || placeBefore(norms[i - 1]);
        if (located) bump(key, 3);
        if (article) bump(key, 4);
        if (article && located) bump(key, 5);
        const next = norms[i + 1];
        // a construct: the bare noun, then a definite word that is no adjective in ـي/ـية
        if (!article && next && next.startsWith('ال') && next.length > 3 && !/(ي|يه|يين|يون)$/.test(next)) bump(key, 2);
      }
      for (const s of SUFFIXES) {
        if (key.length - s.length < 2 || !key.endsWith(s)) continue;
        const stem = key.slice(0, -s.length);
        // ت of a ة before the suffix (جدتنا → جده)
        for (const k of stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ه'] : [stem]) if (names.has(k) && !seen.has(k + '+')) {
          seen.add(k + '+');
          bump(k, 1);
        }
      }
    }
  }
}

const rows = [...counts].filter(([, c]) => c[0] + c[1] > 0).sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1));
fs.writeFileSync(
  OUT,
  JSON.stringify(
    {
      _comment: 'Generated by scripts/gazetteer/frequencies.ts (README.md beside this file): one-word gazetteer names (folded, without ال) and how running text uses them, [n, owned, construct, located, definite, definiteLocated]: as a word, with a pronoun suffix, as a bare noun before a definite noun, where a place stands (after a preposition of place, a trigger noun or ب), and the first and fourth counts again for the name written with ال. Regenerate rather than edit.',
      sources,
      words: total,
      // the detector reads a name as ambiguous (positive context wanted) when text uses it with a pronoun suffix this often
      ambiguousWhen: { minOwned: 1, minLetters: 3 },
      // a dictionary noun (dictionary-words.json) that text writes in one form (with ال or without) at least
      // minSeen times, where a place stands in under maxLocatedShare of them, is a word first, even for a well-known place
      wordFirstWhen: { minSeen: 5, maxLocatedShare: 0.25 },
      counts: Object.fromEntries(rows),
    },
    null,
    0,
  ).replace(/\],"/g, '],\n"') + '\n',
);
console.log(`${rows.length} names seen in ${total} words; written ${path.relative(ROOT, OUT)}`);
