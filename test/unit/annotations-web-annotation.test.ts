// The W3C Web Annotation export against the model's schemas (ajv) and a
// JSON-LD processor (jsonld, safe mode), with absolute ids from a base.
import assert from 'node:assert/strict';
import { exportAnnotations, importAnnotations } from '../../server/src/standoff/formats.js';
import { toWebAnnotation } from '../../server/src/standoff/web-annotation.js';
import { expandSafely, webAnnotationErrors } from '../formats/web-annotation-check.js';
import { sampleAnn, TEXT } from '../formats/sample.js';

describe('annotation files: W3C Web Annotation', () => {
  it('is valid against the W3C model schemas, with absolute ids from the folder IRI', () => {
    const ann = sampleAnn();
    const json = JSON.parse(exportAnnotations('webanno', ann, TEXT, '001', { base: 'file:///home/sara/قصة/' }));
    assert.deepEqual(webAnnotationErrors(json), []);
    assert.equal(json.id, 'file:///home/sara/%D9%82%D8%B5%D8%A9/001.ann');
    assert.equal(json.first.id, json.id + '#page-1', 'the page has its own id');
    const note = json.first.items.flatMap((a: { body: { id: string; purpose: string }[] }) => a.body).find((b: { purpose: string }) => b.purpose === 'commenting');
    assert.equal(note.id, json.id + '#%231', 'a note body has one # (its brat id #1 encoded)');
    assert.equal(json.first.items[0].target.source, 'file:///home/sara/%D9%82%D8%B5%D8%A9/001.txt');
    const bodies = json.first.items.flatMap((a: { body: { id?: string }[] }) => a.body);
    assert.deepEqual(bodies.filter((b: { id?: string }) => !b.id), [], 'every body has an id');
    assert.equal(json.first.items[0].body[0].id, json.first.items[0].id + '.type');
  });

  it('a relative or doubled id fails the checks (the checks can fail)', () => {
    const json = JSON.parse(exportAnnotations('webanno', sampleAnn(), TEXT, '001', { base: 'https://example.org/story/' }));
    json.id = '001.ann';
    json.first.items[0].body[0].id = 'https://example.org/story/001.ann##1';
    const errors = webAnnotationErrors(json);
    assert.ok(errors.some((e) => e.startsWith('collection/id')), errors.join('\n'));
    assert.ok(errors.some((e) => /\/body/.test(e)), errors.join('\n'));
  });

  it('expands as JSON-LD without errors, every annotation a oa:Annotation with its selectors', async () => {
    const json = JSON.parse(exportAnnotations('webanno', sampleAnn(), TEXT, '001', { base: 'https://example.org/story' }));
    const expanded = (await expandSafely(json)) as Record<string, unknown[]>[];
    const page = (expanded[0]!['http://www.w3.org/ns/activitystreams#first'] as Record<string, unknown[]>[])[0]!;
    const items = (page['http://www.w3.org/ns/activitystreams#items']![0] as { '@list': Record<string, unknown>[] })['@list'];
    assert.equal(items.length, json.total);
    for (const a of items) assert.deepEqual(a['@type'], ['http://www.w3.org/ns/oa#Annotation']);
    // the relative-id export of before is rejected by the same processor
    const relative = structuredClone(json);
    relative.first.items[0].id = '001.ann#T1';
    await assert.rejects(expandSafely(relative), /Safe mode validation error/);
  });

  it('keeps exact quotes of the BOM, emoji and CRLF text, and imports back byte for byte', () => {
    const ann = sampleAnn();
    const { collection, skipped } = toWebAnnotation(ann, TEXT, '001', 'file:///s/');
    assert.deepEqual(skipped, []);
    const place = collection.first.items.find((a) => a.body[0]!.value === 'Place')!;
    const sel = (place.target as { selector: { type: string; exact?: string; start?: number; end?: number }[] }).selector;
    assert.equal(sel[0]!.exact, 'كوخ الصيادين');
    assert.equal(Array.from(TEXT).slice(sel[1]!.start, sel[1]!.end).join(''), 'كوخ الصيادين', 'positions are code points of the file, BOM included');
    assert.match(JSON.stringify(place.body), /learnt:كوخ%20الصيادين/);
    assert.equal(importAnnotations('webanno', JSON.stringify(collection), TEXT).text, ann);
  });
});
