// Follows docs/architecture.md "Add a detector" with a toy that lives only
// here: a detector of e-mail addresses (the tokenizer already makes e-mail
// tokens), registered through the route the shipped detectors take (the
// detectors list analyse() runs), with its kind's row. Its findings show in
// the hover, in `isnad check --json` and its text report, and in the spans the
// server sends the client to decorate, without a line of the product knowing
// about e-mails; the product without the toy is unchanged.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/core/analyse.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { documentJson, type MarkJson } from '../../server/src/cli/json.js';
import { documentText } from '../../server/src/cli/text.js';
import { Analyses } from '../../server/src/lsp/documents.js';
import { findingsOf } from '../../server/src/lsp/findings.js';
import { hoverAt } from '../../server/src/lsp/hover.js';
import { stripIsolates } from '../../server/src/core/text/bidi.js';
import { ADDRESS, TEXT, WITH_EMAILS } from './email-detector.js';

describe('adding a detector, as docs/architecture.md says: a toy detector of e-mail addresses', () => {
  const gazetteer = Gazetteer.load();
  const at = TEXT.indexOf(ADDRESS);
  const analysis = analyse(TEXT, { gazetteer, detectors: WITH_EMAILS });

  it('the analysis holds its marks, and the shipped detectors still ran', () => {
    assert.deepEqual(analysis.marks.map((m) => [m.kind, m.start, m.end, m.text]), [['email', at, at + ADDRESS.length, ADDRESS]]);
    assert.ok(analysis.figures.some((f) => f.text === '3'), 'the figure 3 is found as without the toy');
    assert.ok(analysis.kinds.some((k) => k.kind === 'email'), 'the analysis knows the kind');
  });

  it('the hover over the address names the kind, the address and its facts', () => {
    const h = hoverAt(analysis, at + 3);
    assert.ok(h, 'a hover over the address');
    assert.deepEqual([h.start, h.end], [at, at + ADDRESS.length]);
    const plain = stripIsolates(h.markdown);
    assert.match(plain, /\*\*E-mail address\*\* info@example\.org/);
    assert.match(plain, /domain: example\.org/);
  });

  it('isnad check --json lists it under the kind\'s JSON name, in code points with line and column; the text report too', () => {
    const d = documentJson('a.txt', analysis);
    const list = d.emails as MarkJson[];
    assert.deepEqual(list, [{ start: at, end: at + ADDRESS.length, line: 1, column: at + 1, text: ADDRESS, detail: null, facts: { domain: 'example.org' } }]);
    const report = documentText(d, analysis.kinds);
    assert.match(report, new RegExp(`  emails \\(1\\)\\n    a\\.txt:1:${at + 1}  info@example\\.org`));
  });

  it('the server sends its span to the client to decorate, and counts it', () => {
    const state = new Analyses((_uri, text) => analyse(text, { gazetteer, detectors: WITH_EMAILS })).update(TextDocument.create('file:///s/a.txt', 'plaintext', 1, TEXT), Infinity);
    const f = findingsOf(state);
    const spans = f.spans.filter((s) => s.kind === 'email');
    assert.deepEqual(spans, [{ start: { line: 0, character: at }, end: { line: 0, character: at + ADDRESS.length }, kind: 'email' }]);
    assert.equal(f.counts.emails, 1);
    const plain = findingsOf(new Analyses((_uri, text) => analyse(text, { gazetteer })).update(TextDocument.create('file:///s/a.txt', 'plaintext', 1, TEXT), Infinity));
    assert.ok(f.counts.figures > 0);
    assert.deepEqual([f.counts.figures, f.counts.places, f.counts.attributions], [plain.counts.figures, plain.counts.places, plain.counts.attributions], 'the shipped counts as before');
  });

  it('without the toy, the product is unchanged: no marks, no e-mail spans, no "emails" in the JSON', () => {
    const plain = analyse(TEXT, { gazetteer });
    assert.deepEqual(plain.marks, []);
    assert.ok(!('emails' in documentJson('a.txt', plain)));
    assert.equal(hoverAt(plain, at + 3), null);
    const state = new Analyses((_uri, text) => analyse(text, { gazetteer })).update(TextDocument.create('file:///s/a.txt', 'plaintext', 1, TEXT), Infinity);
    assert.ok(!findingsOf(state).spans.some((s) => s.kind === 'email'));
    assert.ok(!('emails' in findingsOf(state).counts));
  });
});
