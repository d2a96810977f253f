// Issue 13 over real JSON-RPC: a folder of four articles, one about another
// event (other places, months earlier). The server says so on that article's
// first line as a hint, and no contradiction joins its figure to the story's;
// the story's own contradiction is still a warning on its articles.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishParams } from './client.js';

const ARTICLES: Record<string, string> = {
  'a.txt': 'الخميس 3 مايو 2019. انفجار في الموصل. قتل 12 شخصا في انفجار سيارة مفخخة في سوق بمدينة الموصل، وقال مسؤول في نينوى إن الحصيلة 12 قتيلا.',
  'b.txt': 'الخميس 3 مايو 2019. الموصل: قالت الشرطة إن 12 شخصا قتلوا في انفجار سيارة مفخخة في سوق الموصل صباح اليوم.',
  'c.txt': 'الجمعة 4 مايو 2019. أعلنت مصادر طبية في الموصل أن 15 شخصا قتلوا في انفجار السوق في الموصل بمحافظة نينوى.',
  'd.txt': 'الأحد 20 يناير 2019. البصرة.\nغرق مركب في شط العرب قرب البصرة. وقالت السلطات في البصرة إن 40 شخصا قتلوا.',
};

describe('an article about another event, over JSON-RPC (issue 13)', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-off-topic-'));
    for (const [f, t] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, f), t);
    client = new TestClient();
    await client.initialize(dir);
    for (const f of ['d.txt', 'c.txt']) await client.open(uri(f), ARTICLES[f]!);
  });

  after(async () => {
    assert.equal(await client.close(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const latest = async (f: string, pred: (p: PublishParams) => boolean) => client.diagnostics((p) => p.uri === uri(f) && pred(p));

  it('the other event\'s article gets one hint on its first line, and no contradiction', async () => {
    const p = await latest('d.txt', (x) => x.diagnostics.some((d) => d.code === 'off-topic'));
    const hint = p.diagnostics.find((d) => d.code === 'off-topic')!;
    assert.equal(hint.severity, 4, 'a hint');
    assert.deepEqual([hint.range.start.line, hint.range.end.line], [0, 0]);
    assert.equal(hint.range.end.character, ARTICLES['d.txt']!.split('\n')[0]!.length);
    assert.match(hint.message, /another event/);
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'contradiction' || d.code === 'update'), []);
  });

  it('the story\'s own contradiction is still a warning, and names no figure of the other article', async () => {
    const p = await latest('c.txt', (x) => x.diagnostics.some((d) => d.code === 'contradiction' && d.severity === 2));
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'off-topic'), []);
    for (const d of p.diagnostics.filter((x) => x.code === 'contradiction')) assert.doesNotMatch(d.message, /40/);
  });

  it('the command line says the same: the article is listed off topic, and no pair joins it to the story', () => {
    const cli = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../dist/cli.cjs');
    const r = spawnSync(process.execPath, [cli, 'check', '--json', dir], { encoding: 'utf8' });
    const json = JSON.parse(r.stdout) as { offTopic: { path: string }[]; conflicts: { sides: { path: string }[] }[] };
    assert.deepEqual(json.offTopic.map((a) => path.basename(a.path)), ['d.txt']);
    assert.ok(json.conflicts.length > 0, 'the story\'s own pair');
    for (const c of json.conflicts) assert.ok(c.sides.every((x) => path.basename(x.path) !== 'd.txt'));
  });
});

describe('another province\'s event, on the command line and in the hint (issue 13)', function () {
  this.timeout(60000);
  // a market fire in Fez, one report naming Casablanca once; a flat fire in Casablanca the day before
  const FOLDER: Record<string, string> = {
    'a.txt': 'الثلاثاء 3 يونيو 2025. فاس - قتل 4 أشخاص وأصيب 12 في حريق سوق الخضار وسط مدينة فاس، وقالت الوقاية المدنية في فاس إن النيران أتت على 60 محلا.',
    'b.txt': 'الثلاثاء 3 يونيو 2025. ارتفعت حصيلة حريق سوق فاس إلى 5 قتلى، وقال مسؤول في وزارة الداخلية بالدار البيضاء إن لجنة تحقيق شكلت.',
    'c.txt': 'الأربعاء 4 يونيو 2025. قالت المندوبية الصحية في فاس إن 5 أشخاص قتلوا في حريق السوق وإن 8 جرحى غادروا مستشفى فاس.',
    'd.txt': 'الاثنين 2 يونيو 2025. الدار البيضاء - أصيب 3 أشخاص في حريق شقة سكنية في الدار البيضاء،\nوقالت الوقاية المدنية إن فرقها في الدار البيضاء أخمدت النيران خلال ساعة.',
  };
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const cli = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../dist/cli.cjs');

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-off-province-'));
    for (const [f, t] of Object.entries(FOLDER)) fs.writeFileSync(path.join(dir, f), t);
    client = new TestClient();
    await client.initialize(dir);
    await client.open(uri('d.txt'), FOLDER['d.txt']!);
  });

  after(async () => {
    assert.equal(await client.close(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the text report lists the article with the places it and the others are set in', () => {
    const r = spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8' });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('off topic') && l.endsWith('d.txt'));
    assert.ok(at >= 0, r.stdout);
    assert.match(lines[at + 1]!, /set in الدار البيضاء .*no place in فاس/);
    assert.equal(lines.filter((l) => l.startsWith('off topic')).length, 1, 'the story\'s articles stay');
  });

  it('the JSON says why, and the editor\'s hint says the same with the names isolated', async () => {
    const r = spawnSync(process.execPath, [cli, 'check', '--json', dir], { encoding: 'utf8' });
    const json = JSON.parse(r.stdout) as { offTopic: { path: string; why: string }[] };
    assert.deepEqual(json.offTopic.map((a) => path.basename(a.path)), ['d.txt']);
    const p = await client.diagnostics((x) => x.uri === uri('d.txt') && x.diagnostics.some((d) => d.code === 'off-topic'));
    const hint = p.diagnostics.find((d) => d.code === 'off-topic')!;
    assert.equal(hint.range.start.line, 0);
    assert.equal(hint.range.end.line, 0, 'its first line only');
    assert.ok(hint.message.includes('\u2068الدار البيضاء\u2069'), hint.message);
    assert.equal(hint.message.replace(/[\u2066-\u2069]/g, ''), json.offTopic[0]!.why);
  });
});
