import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import { addAnnotations, type NewAnnotation } from '../../server/src/standoff/edit.js';
import { attributionAnnotations, figureAnnotation, placeAnnotation } from '../../server/src/standoff/from-findings.js';
import { exportAnnotations, importAnnotations } from '../../server/src/standoff/formats.js';
import { reanchor } from '../../server/src/standoff/reanchor.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { serializeAnn } from '../../server/src/standoff/serialize.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { article, describeShared } from './corpus.js';

/** Every detection of the article accepted, as an annotator would. */
function acceptAll(text: string): NewAnnotation[] {
  const found = analyse(text);
  const items: NewAnnotation[] = [...found.figures.map(figureAnnotation), ...found.places.map(placeAnnotation)];
  for (const a of found.attributions) items.push(...attributionAnnotations(a, items.length));
  return items;
}

describeShared('annotation files: the Kirkuk articles', () => {
  for (const id of ['000', '001', '002', '003', '004']) {
    it(`article ${id}: accepted detections make a valid file that survives export, import and a teammate's edit`, () => {
      const text = article(id);
      const items = acceptAll(text);
      assert.ok(items.length > 0);
      const made = addAnnotations(null, text, items);
      assert.ok(made.ok);
      const doc = parseAnn(made.text);
      assert.deepEqual(validateAnn(doc, text), []);
      assert.equal(serializeAnn(doc), made.text);

      const back = importAnnotations('webanno', exportAnnotations('webanno', made.text, text, id), text);
      assert.equal(back.text, made.text);

      // one row per token (a hashtag token starts with # too), after the header
      const rows = exportAnnotations('conll', made.text, text, id).split('\n').slice(1).filter((l) => l !== '');
      assert.equal(rows.length, tokenize(text).tokens.filter((t) => t.type !== 'space' && t.sentence >= 0).length);

      const edited = 'تحديث 😀\r\n' + text.replace(/\n\n/, '\n\nفقرة أضافها زميل.\n\n');
      const r = reanchor(made.text, edited, text);
      assert.ok(r.ok);
      assert.deepEqual(r.problems, []);
      // a line was put on top: every span moved
      assert.equal(r.moved.length, doc.lines.filter((l) => l.kind === 'textbound').length);
      assert.deepEqual(validateAnn(parseAnn(r.text), edited), []);
    });
  }
});
