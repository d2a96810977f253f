// Every normalisation Isnad writes is read back, whatever name produced it:
// the four namespaces a place id comes from (a gazetteer: GeoNames, ISO 3166,
// Isnad's supplement; the team's file; a name learnt from an annotation file)
// become one DB:ID token for Isnad's parser and for brat's (which splits on
// Python's whitespace, wider than JavaScript's \s).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addAnnotations } from '../../server/src/standoff/edit.js';
import { placeAnnotation } from '../../server/src/standoff/from-findings.js';
import { refToken, refTokenText } from '../../server/src/standoff/ids.js';
import { parseAnn } from '../../server/src/standoff/parse.js';
import { resolveConflicts } from '../../server/src/standoff/merge-conflicts.js';
import { validateAnn } from '../../server/src/standoff/validate.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import type { Place } from '../../server/src/core/types.js';
import { placesOf } from './places.helpers.js';

/** brat's reading of an N line: ID, then the data split on Python's whitespace, then the name. */
function bratNormalization(line: string): { type: string; target: string; db: string; id: string } | null {
  const [id, data] = line.split('\t');
  if (!id || data === undefined) return null;
  const fields = data.split(/[\s\u001c-\u001f\u0085]+/u).filter((x) => x !== '');
  if (fields.length !== 3) return null;
  const [type, target, ref] = fields as [string, string, string];
  const colon = ref.indexOf(':');
  if (colon <= 0 || colon === ref.length - 1) return null;
  return { type, target, db: ref.slice(0, colon), id: ref.slice(colon + 1) };
}

const TEXT = 'وصل الوفد إلى كوخ الصيادين قرب النهر.\n';
const placeAt = (id: string): Place => ({ start: 14, end: 26, text: 'كوخ الصيادين', name: 'كوخ الصيادين', type: 'village', id, via: 'team' });

function written(id: string): string {
  const r = addAnnotations(null, TEXT, [placeAnnotation(placeAt(id))]);
  assert.ok(r.ok);
  return r.text;
}

function assertReadBack(ann: string, id: string): void {
  const doc = parseAnn(ann);
  assert.deepEqual(doc.lines.filter((l) => l.kind === 'unparsed').map((l) => l.raw), [], `Isnad reads back what it wrote for ${JSON.stringify(id)}`);
  assert.deepEqual(validateAnn(doc, TEXT).filter((p) => p.severity === 'error'), []);
  const n = doc.lines.find((l) => l.kind === 'normalization');
  assert.ok(n && n.kind === 'normalization', 'an N line');
  const brat = bratNormalization(n.raw);
  assert.ok(brat, `brat reads ${JSON.stringify(n.raw)}`);
  assert.deepEqual([brat.type, brat.target, brat.db, brat.id], [n.type, n.target, n.refDb, n.refId], 'both readers see the same fields');
  assert.equal(doc.lines.length, 3, 'T, A and N: no line was split');
}

describe('annotation ids: every normalisation is one token both readers read back', () => {
  it('a place learnt from another article, whose name has a space, is written as one encoded token', () => {
    const learnt = Gazetteer.load().withLearnt([{ name: 'كوخ الصيادين', type: 'village' }]);
    const [place] = placesOf('مر الموكب قرب كوخ الصيادين', learnt);
    assert.ok(place?.id?.startsWith('learnt:'), `a learnt id, got ${place?.id}`);
    const ann = addAnnotations(null, 'مر الموكب قرب كوخ الصيادين', [placeAnnotation(place)]);
    assert.ok(ann.ok);
    const n = ann.text.split('\n').find((l) => l.startsWith('N1'))!;
    assert.equal(n, 'N1\tReference T1 learnt:كوخ%20الصيادين\tكوخ الصيادين');
    assert.equal(refTokenText('كوخ%20الصيادين'), 'كوخ الصيادين', 'shown with its space again');
  });

  it('every namespace, with any name (property): parses, validates, and brat reads the same DB and id', () => {
    const prefixes = ['learnt:', 'team:', 'geonames:', 'iso3166:', 'isnad:', '', ':', 'two words:'];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n', '\u0085', '\u2028', '\u2029', '\u00a0', '\u001f', '%', ':', 'ك', '😀'), maxLength: 8 }), (prefix, a, b) => {
        const id = prefix + a + b + a;
        if (!id) return;
        assertReadBack(written(id), id);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: a line read back and rewritten (a merge renumbering it) keeps its token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 16 }), (s) => {
        assert.equal(refToken(refToken(s)), refToken(s));
        assert.equal(refToken(refToken(s, 'db'), 'db'), refToken(s, 'db'));
        assert.doesNotMatch(refToken(s), /[\s\u0085]/u);
        assert.doesNotMatch(refToken(s, 'db'), /[\s\u0085:]/u);
      }),
    );
    const ann = written('learnt:تل الورد');
    const conflicted = `<<<<<<< ours\n${ann}=======\n${ann.replace('T1', 'T1').replace(/^N1/m, 'N1')}>>>>>>> theirs\n`;
    const merged = resolveConflicts(conflicted);
    assert.ok(merged.ok, JSON.stringify(merged));
    assert.match(merged.text, /learnt:تل%20الورد\t/);
    assert.doesNotMatch(merged.text, /%2520/, 'not encoded twice');
  });
});
