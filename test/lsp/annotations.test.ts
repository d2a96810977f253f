// Annotation files through the real server: quick fixes write the right
// lines, offsets survive CRLF and emoji, edits and external changes move the
// annotations, a conflicted file is never rewritten, reviewed conflicts go away.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { applyEdit, positionAt, TempFolder, until } from './annotation-files.js';
import { TestClient, type Diagnostic } from './client.js';

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface TextEdit {
  range: Range;
  newText: string;
}
type DocChange = { kind: 'create'; uri: string; options?: { ignoreIfExists?: boolean } } | { textDocument: { uri: string }; edits: TextEdit[] };
interface CodeAction {
  title: string;
  kind?: string;
  disabled?: { reason: string };
  edit?: { documentChanges?: DocChange[] };
}
interface Findings {
  uri: string;
  version: number;
  spans: { start: Pos; end: Pos; kind: string; annotated?: boolean }[];
  counts: { annotated: number; unreviewed: number };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Code points before a UTF-16 offset: the offsets a .ann stores. */
const cp = (text: string, utf16: number): number => Array.from(text.slice(0, utf16)).length;

describe('annotation files through the language server', function () {
  const tmp = new TempFolder('isnad-ann-');
  const { uri, file } = tmp;
  let dir: string;
  let client: TestClient;

  async function start(): Promise<void> {
    client = new TestClient();
    await client.initialize(dir, {}, { findings: true });
  }

  const findings = (u: string): Findings[] => client.notifications.filter((n) => n.method === 'isnad/findings' && (n.params as Findings).uri === u).map((n) => n.params as Findings);

  // titles isolate their embedded runs (FSI…PDI); the assertions compare the words
  const plainTitles = (actions: CodeAction[]): CodeAction[] => actions.map((a) => ({ ...a, title: stripIsolates(a.title) }));

  async function actionsAt(u: string, text: string, start: number, end = start, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return plainTitles(await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: positionAt(text, start), end: positionAt(text, end) },
      context: { diagnostics, ...(only ? { only } : {}) },
    }));
  }

  async function openArticle(name: string, text: string): Promise<string> {
    fs.writeFileSync(file(name), text);
    const u = uri(name);
    await client.open(u, text);
    await client.diagnostics((p) => p.uri === u);
    return u;
  }

  const watched = (...changes: [string, number][]): Promise<void> =>
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([u, type]) => ({ uri: u, type })) });

  beforeEach(async () => {
    dir = tmp.make();
    await start();
  });

  afterEach(async () => {
    await client.close();
    tmp.remove();
  });

  it('annotates a place: creates NAME.ann with the span, its type and its gazetteer link; the highlight turns solid', async () => {
    const text = 'قال مصدر أمني إن ستة من عناصر الشرطة قتلوا في هجوم على مدينة كركوك أمس.\n';
    const u = await openArticle('a.txt', text);
    const at = text.indexOf('كركوك');
    const actions = await actionsAt(u, text, at + 2);
    const place = actions.find((a) => /^Annotate as Place \(Kirkuk, GeoNames 94787\)/.test(a.title));
    assert.ok(place, `a place quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title.startsWith('Reject this suggestion')), 'and a rejection');
    const killed = 'قتل ستة من عناصر الشرطة في هجوم على مدينة كركوك أمس، بحسب مصدر أمني.\n';
    const k = await openArticle('k.txt', killed);
    const figures = await actionsAt(k, killed, killed.indexOf('ستة') + 1);
    assert.ok(figures.some((a) => a.title === 'Annotate figure 6 (count, police killed)'), figures.map((a) => a.title).join(' | '));
    const create = place.edit!.documentChanges![0]!;
    assert.ok('kind' in create && create.kind === 'create' && create.uri === uri('a.ann'), 'the .ann is created first');
    applyEdit(place.edit);
    const ann = fs.readFileSync(file('a.ann'), 'utf8');
    const s = cp(text, at);
    assert.equal(ann, `T1\tPlace ${s} ${s + 5}\tكركوك\nA1\tPlaceType T1 city\nN1\tReference T1 GeoNames:94787\tKirkuk\n`);

    const before = findings(u).length;
    await watched([uri('a.ann'), 1]);
    const f = await until('findings with the annotation', () => findings(u).slice(before).find((x) => x.counts.annotated === 1));
    const span = f.spans.find((x) => x.kind === 'place' && x.start.character === at);
    assert.ok(span?.annotated, 'the place is drawn as annotated');
    assert.equal(f.spans.filter((x) => x.kind === 'place' && x.start.character === at).length, 1, 'once, not also as a detection');

    const again = await actionsAt(u, text, at + 2);
    assert.ok(!again.some((a) => a.title.startsWith('Annotate as Place')), 'an annotated place is not offered again');
    const remove = again.find((a) => a.title.startsWith('Remove annotation T1'));
    assert.ok(remove, 'it can be removed');
    applyEdit(remove.edit);
    assert.equal(fs.readFileSync(file('a.ann'), 'utf8'), '', 'with its attribute and normalisation');
  });

  it('annotates a figure after CRLF line ends and an emoji: offsets are code points of the file', async () => {
    const text = '😀 مقدمة 😀\r\nقال مصدر أمني 😀 إن 22 شخصاً قتلوا في الهجوم.\r\n';
    const u = await openArticle('crlf.txt', text);
    const at = text.indexOf('22');
    const actions = await actionsAt(u, text, at);
    const fig = actions.find((a) => a.title.startsWith('Annotate figure 22'));
    assert.ok(fig, actions.map((a) => a.title).join(' | '));
    applyEdit(fig.edit);
    const ann = fs.readFileSync(file('crlf.ann'), 'utf8');
    const first = ann.split('\n')[0]!;
    assert.equal(first, `T1\tFigure ${cp(text, at)} ${cp(text, at) + 2}\t22`);
    assert.match(ann, /A\d\tKind T1 count/);
    assert.match(ann, /#\d\tAnnotatorNotes T1\tvalue=22/);
    // the file's own offsets give back the text
    const [, s, e] = /Figure (\d+) (\d+)/.exec(first)!;
    assert.equal(Array.from(text).slice(Number(s), Number(e)).join(''), '22');
  });

  it('rejects a suggestion for the whole team: a Rejected span, and it is no longer drawn or offered', async () => {
    const text = 'قال مصدر أمني إن ستة من عناصر الشرطة قتلوا في كركوك.\n';
    const u = await openArticle('r.txt', text);
    const at = text.indexOf('كركوك');
    const reject = (await actionsAt(u, text, at)).find((a) => a.title.startsWith('Reject this suggestion: Place'));
    assert.ok(reject);
    applyEdit(reject.edit);
    const s = cp(text, at);
    assert.equal(fs.readFileSync(file('r.ann'), 'utf8'), `T1\tRejected ${s} ${s + 5}\tكركوك\nA1\tRejectedType T1 Place\n`);
    const before = findings(u).length;
    await watched([uri('r.ann'), 1]);
    const f = await until('findings without the place', () => findings(u).slice(before).pop());
    assert.ok(!f.spans.some((x) => x.kind === 'place'), 'the rejected place is not drawn');
    assert.ok(!(await actionsAt(u, text, at)).some((a) => a.title.startsWith('Annotate as Place')));
  });

  it('annotates a selection as any type, and every suggestion at once', async () => {
    const text = 'قال مصدر أمني إن ستة من عناصر الشرطة قتلوا في كركوك.\n';
    const u = await openArticle('s.txt', text);
    const s = text.indexOf('عناصر الشرطة');
    const actions = await actionsAt(u, text, s - 1, s + 'عناصر الشرطة'.length);
    const sel = actions.filter((a) => a.kind === 'refactor.isnad.annotateSelection').map((a) => a.title);
    assert.deepEqual(sel.length, 5, sel.join(' | '));
    const source = actions.find((a) => a.title.startsWith('Annotate selection as Source'))!;
    applyEdit(source.edit);
    const c = cp(text, s);
    assert.equal(fs.readFileSync(file('s.ann'), 'utf8'), `T1\tSource ${c} ${c + 12}\tعناصر الشرطة\n`, 'the selection without the space before it');

    await watched([uri('s.ann'), 1]);
    const all = (await actionsAt(u, text, 0, 0, [], ['source.isnad.annotateAll']))[0];
    assert.ok(all, 'annotate all is a source action');
    applyEdit(all.edit);
    const ann = fs.readFileSync(file('s.ann'), 'utf8');
    assert.match(ann, /^T1\tSource /, 'existing lines stay');
    assert.match(ann, /\tFigure \d+ \d+\tستة/);
    assert.match(ann, /\tPlace \d+ \d+\tكركوك/);
    assert.match(ann, /\tCue \d+ \d+\tقال/);
    assert.match(ann, /R\d\tCueOf Arg1:T\d+ Arg2:T\d+/);
  });

  it('hovers an annotation: type, attributes, normalisation and notes', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    fs.writeFileSync(file('h.ann'), `T1\tPlace 17 22\tكركوك\nA1\tPlaceType T1 city\nN1\tReference T1 GeoNames:94787\tKirkuk\n#1\tAnnotatorNotes T1\tchecked by Sara\nT2\tWeapon 0 3\tقتل\n`);
    const u = await openArticle('h.txt', text);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, 18) });
    assert.ok(hover);
    assert.match(hover.contents.value, /Annotation T1\*\* Place/);
    assert.match(hover.contents.value, /PlaceType: city/);
    assert.match(hover.contents.value, /GeoNames:94787 \(Kirkuk\)/);
    assert.match(hover.contents.value, /checked by Sara/);
    const list = await client.request<{ items: { id: string; type: string }[] }>('isnad/annotations', { uri: u });
    assert.deepEqual(list.items.map((i) => `${i.id} ${i.type}`), ['T1 Place', 'T2 Weapon'], 'a type Isnad does not know is listed too');
    const other = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, 1) });
    assert.match(other?.contents.value ?? '', /T2\*\* Weapon «قتل»/);
  });

  it('annotations follow edits in the editor and are written when the article is saved', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    fs.writeFileSync(file('f.ann'), `T1\tPlace 17 22\tكركوك\n`);
    const u = await openArticle('f.txt', text);
    const insert = 'صباح اليوم 😀 ';
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: insert }]);
    assert.equal(fs.readFileSync(file('f.ann'), 'utf8'), `T1\tPlace 17 22\tكركوك\n`, 'not written before the save');
    const after = insert + text;
    fs.writeFileSync(file('f.txt'), after);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const n = Array.from(insert).length;
    await until('the .ann written', () => fs.readFileSync(file('f.ann'), 'utf8') !== `T1\tPlace 17 22\tكركوك\n`);
    assert.equal(fs.readFileSync(file('f.ann'), 'utf8'), `T1\tPlace ${17 + n} ${22 + n}\tكركوك\n`);
  });

  it('writes into the editor\'s copy of the .ann when it is open there (workspace/applyEdit), not to the disk', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    const annText = `T1\tPlace 17 22\tكركوك\n`;
    fs.writeFileSync(file('e.ann'), annText);
    const applied: { edit: CodeAction['edit'] }[] = [];
    client.conn.onRequest('workspace/applyEdit', (p: { edit: CodeAction['edit'] }) => {
      applied.push(p);
      return { applied: true };
    });
    // the .ann open in the editor: an ordinary text document
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('e.ann'), languageId: 'brat-ann', version: 1, text: annText } });
    const u = await openArticle('e.txt', text);
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(file('e.txt'), 'أمس ' + text);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const p = await until('an edit of the open .ann', () => applied[0]);
    const change = p.edit!.documentChanges![0]! as { textDocument: { uri: string }; edits: TextEdit[] };
    assert.equal(change.textDocument.uri, uri('e.ann'));
    assert.deepEqual(change.edits, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 14 } }, newText: '21 26' }]);
    assert.equal(fs.readFileSync(file('e.ann'), 'utf8'), annText, 'the file on disk is the editor\'s to save');
  });

  it('re-anchors after the article changed on disk; a span that is gone is reported on the .ann and kept', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\nوأصيب آخرون في داقوق.\n';
    const annText = `T1\tPlace 17 22\tكركوك\nT2\tPlace 39 44\tداقوق\n`;
    fs.writeFileSync(file('d.txt'), text);
    fs.writeFileSync(file('d.ann'), annText);
    await client.diagnostics((p) => p.uri === uri('d.txt'), 15000).catch(() => undefined);
    // a teammate's version: a new first line, and Daquq gone
    const next = 'خبر عاجل 😀\n' + 'قتل ستة أشخاص في كركوك.\nوأصيب آخرون.\n';
    fs.writeFileSync(file('d.txt'), next);
    await watched([uri('d.txt'), 2]);
    const p = await client.diagnostics((x) => x.uri === uri('d.ann') && x.diagnostics.some((d) => d.code === 'unanchored'));
    const lost = p.diagnostics.find((d) => d.code === 'unanchored')!;
    assert.equal(lost.range.start.line, 1, 'on the line of T2');
    assert.match(lost.message, /T2 «داقوق»/);
    const ann = fs.readFileSync(file('d.ann'), 'utf8');
    const s = cp(next, next.indexOf('كركوك'));
    assert.equal(ann, `T1\tPlace ${s} ${s + 5}\tكركوك\nT2\tPlace 39 44\tداقوق\n`, 'T1 moved, T2 kept as it was');
  });

  it('never rewrites a .ann with merge-conflict markers, reports it, and offers to keep both sides', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    const conflicted = `T1\tPlace 17 22\tكركوك\n<<<<<<< HEAD\nT2\tFigure 4 7\tستة\n=======\nT2\tFigure 4 7\tستة\nA1\tKind T2 count\n>>>>>>> theirs\n`;
    fs.writeFileSync(file('c.ann'), conflicted);
    const u = await openArticle('c.txt', text);
    const p = await client.diagnostics((x) => x.uri === uri('c.ann') && x.diagnostics.some((d) => d.code === 'merge-conflict'));
    assert.ok(p.diagnostics.length >= 2, 'the markers are reported');
    // edits and a save, a quick fix attempt: the file stays byte for byte
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(file('c.txt'), 'أمس ' + text);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const actions = await actionsAt(u, 'أمس ' + text, 'أمس '.length + 4);
    const blocked = actions.find((a) => a.title.startsWith('Annotate figure'));
    assert.ok(blocked && !blocked.edit && /c\.ann has errors/.test(blocked.disabled?.reason ?? ''), 'an annotation is offered greyed out, with the reason');
    await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
    assert.equal(fs.readFileSync(file('c.ann'), 'utf8'), conflicted);

    const fix = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('c.ann') }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } })).find((a) =>
      a.title.startsWith('Resolve merge conflict'),
    );
    assert.ok(fix);
    applyEdit(fix.edit);
    const merged = fs.readFileSync(file('c.ann'), 'utf8');
    assert.ok(!merged.includes('<<<<<<<'));
    assert.match(merged, /T2\tFigure 4 7\tستة\nA1\tKind T2 count/);
  });

  it('learns a place annotated in any .ann of the folder and suggests it where the same name occurs', async () => {
    const name = 'زاوية البرتقال';
    const other = `وصل النازحون إلى ${name} مساء أمس.\n`;
    fs.writeFileSync(file('other.txt'), other);
    const s = cp(other, other.indexOf(name));
    fs.writeFileSync(file('other.ann'), `T1\tPlace ${s} ${s + name.length}\t${name}\nA1\tPlaceType T1 village\n`);
    await watched([uri('other.txt'), 1], [uri('other.ann'), 1]);
    const text = `عاد بعض الأهالي إلى ${name} اليوم.\n`;
    const u = await openArticle('new.txt', text);
    const at = text.indexOf(name);
    const f = await until('the learnt place drawn', () => findings(u).find((x) => x.spans.some((sp) => sp.kind === 'place' && sp.start.character === at && sp.end.character === at + name.length)));
    assert.ok(f);
    const actions = await actionsAt(u, text, at + 2);
    assert.ok(actions.some((a) => a.title.startsWith(`Annotate as Place (${name}`)), actions.map((a) => a.title).join(' | '));
  });

  it('never rewrites a .ann whose offsets are wrong, and says which line is wrong', async () => {
    const text = 'قتل ستة أشخاص في كركوك.\n';
    const wrong = `T1\tPlace 17 22\tكركوك\nT2\tFigure 5 8\tستة\nX1\tsomething a tool of ours wrote\n`;
    fs.writeFileSync(file('w.ann'), wrong);
    const u = await openArticle('w.txt', text);
    const p = await client.diagnostics((x) => x.uri === uri('w.ann') && x.diagnostics.some((d) => d.code === 'text-mismatch'));
    assert.equal(p.diagnostics.find((d) => d.code === 'text-mismatch')!.range.start.line, 1);
    await client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'أمس ' }]);
    fs.writeFileSync(file('w.txt'), 'أمس ' + text);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
    assert.equal(fs.readFileSync(file('w.ann'), 'utf8'), wrong);
  });

  it('records a revision and a confirmed contradiction inside one article as relations', async () => {
    const text = 'قتل ستة من عناصر الشرطة في هجوم على مدينة كركوك أمس، بحسب مصدر أمني.\nوقتل تسعة من عناصر الشرطة في الهجوم على مدينة كركوك، بحسب مصدر طبي.\n';
    const u = await openArticle('one.txt', text);
    const p = await client.diagnostics((x) => x.uri === u && x.diagnostics.some((d) => d.code === 'contradiction'));
    const d = p.diagnostics.find((x) => x.code === 'contradiction')!;
    const actions = plainTitles(await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } }));
    const pair = actions.find((a) => a.title.startsWith('Annotate both figures as a conflicting pair: '))!;
    const superseded = actions.find((a) => /^Mark تسعة .* as superseded by ستة/.test(a.title) || /^Mark ستة .* as superseded by تسعة/.test(a.title));
    assert.ok(pair && superseded, actions.map((a) => a.title).join(' | '));
    applyEdit(pair.edit);
    const ann = fs.readFileSync(file('one.ann'), 'utf8');
    assert.match(ann, /^T1\tFigure \d+ \d+\t(ستة|تسعة)$/m);
    assert.match(ann, /^T2\tFigure \d+ \d+\t(ستة|تسعة)$/m);
    assert.match(ann, /^R1\tConflicts Arg1:T\d Arg2:T\d$/m);
    // a confirmed contradiction is still reported
    const count = client.published.length;
    await watched([uri('one.ann'), 1]);
    await client.diagnostics((x) => client.published.indexOf(x) >= count && x.uri === u && x.diagnostics.some((y) => y.code === 'contradiction'));
  });

  it('a figure marked as superseded by the other is no longer reported as a contradiction', async () => {
    const text = 'قتل ستة من عناصر الشرطة في هجوم على مدينة كركوك أمس، بحسب مصدر أمني.\nوقتل تسعة من عناصر الشرطة في الهجوم على مدينة كركوك، بحسب مصدر طبي.\n';
    const u = await openArticle('sup.txt', text);
    const p = await client.diagnostics((x) => x.uri === u && x.diagnostics.some((d) => d.code === 'contradiction'));
    const d = p.diagnostics.find((x) => x.code === 'contradiction')!;
    const actions = plainTitles(await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } }));
    const superseded = actions.find((a) => /^Mark ستة .* as superseded by تسعة/.test(a.title))!;
    assert.ok(superseded, actions.map((a) => a.title).join(' | '));
    applyEdit(superseded.edit);
    const ann = fs.readFileSync(file('sup.ann'), 'utf8');
    const ids = Object.fromEntries([...ann.matchAll(/^(T\d+)\tFigure \d+ \d+\t(\S+)$/gm)].map((m) => [m[2], m[1]]));
    assert.match(ann, new RegExp(`^R1\\tSupersedes Arg1:${ids['تسعة']} Arg2:${ids['ستة']}$`, 'm'), ann);
    const count = client.published.length;
    await watched([uri('sup.ann'), 1]);
    await client.diagnostics((x) => client.published.indexOf(x) >= count && x.uri === u && !x.diagnostics.some((y) => y.code === 'contradiction'));
  });

  it('a conflict recorded as reviewed in the .ann files is no longer reported', async () => {
    for (const f of ['al-rafidain-today.txt', 'gulf-daily.txt', 'shatt-news-agency.txt']) fs.copyFileSync(path.join(ROOT, 'samples', f), file(f));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [] });
    const text = fs.readFileSync(file('shatt-news-agency.txt'), 'utf8');
    const u = uri('shatt-news-agency.txt');
    await client.open(u, text);
    const at = text.indexOf('تسعة');
    const p = await client.diagnostics((x) => x.uri === u && x.diagnostics.some((d) => d.code === 'contradiction' && d.range.start.character === positionAt(text, at).character && d.range.start.line === positionAt(text, at).line));
    const d = p.diagnostics.find((x) => x.code === 'contradiction' && x.range.start.line === positionAt(text, at).line && x.range.start.character === positionAt(text, at).character)!;
    const data = (d as Diagnostic & { data: { conflict: string } }).data;
    const actions = plainTitles(await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } }));
    const reviewed = actions.find((a) => a.title.startsWith('Record as reviewed (not a contradiction): تسعة and 12 '));
    assert.ok(reviewed, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.title.startsWith('Mark ')), 'superseded is offered');
    assert.ok(actions.some((a) => a.title.startsWith('Annotate both figures as a conflicting pair: تسعة and 12 ')));
    const touched = applyEdit(reviewed.edit);
    assert.ok(touched.length >= 2, 'both sides get the review');
    const mine = fs.readFileSync(file('shatt-news-agency.ann'), 'utf8');
    assert.match(mine, /^T1\tFigure \d+ \d+\tتسعة/);
    assert.match(mine, /AnnotatorNotes T1\treviewed=NotConflicting with al-rafidain-today T\d+/);
    // that article is not open: its figure is found by analysing it again
    assert.match(fs.readFileSync(file('al-rafidain-today.ann'), 'utf8'), /reviewed=NotConflicting with shatt-news-agency T1/);
    assert.match(fs.readFileSync(file('al-rafidain-today.ann'), 'utf8'), /^T\d+\tFigure \d+ \d+\t\S/m);
    const count = client.published.length;
    await watched(...touched.map((t): [string, number] => [t, 1]));
    await client.diagnostics((x) => client.published.indexOf(x) >= count && x.uri === u && !x.diagnostics.some((y) => (y as { data?: { conflict?: string } }).data?.conflict === data.conflict));
  });
});
