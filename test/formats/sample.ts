// One invented article the format tests share: Arabic with an emoji, CRLF
// line ends and a BOM, annotated the way the quick fixes annotate it (figures,
// a place learnt from another article, an attribution with a content nested
// in another content, a rejection, a reviewed pair, notes).
import assert from 'node:assert/strict';
import { addAnnotations } from '../../server/src/standoff/edit.js';
import { attributionAnnotations, figureAnnotation, placeAnnotation, rejection, review } from '../../server/src/standoff/from-findings.js';
import type { Figure, Place } from '../../server/src/core/types.js';

export const TEXT = '\uFEFF😀 قال مصدر أمني إن 22 شخصا قتلوا في كوخ الصيادين.\r\nوأضاف أن «العدد ارتفع إلى 25 قتيلا» بحسب الشرطة.\r\n';

const at = (w: string, from = 0) => {
  const start = TEXT.indexOf(w, from);
  assert.ok(start >= 0, w);
  return { start, end: start + w.length };
};
const fig = (w: string, value: number): Figure => ({ ...at(w), text: w, kind: 'count', value, min: value, max: value, qualifier: null, unit: null, counted: null });

export function sampleAnn(): string {
  const place: Place = { ...at('كوخ الصيادين'), text: 'كوخ الصيادين', name: 'كوخ الصيادين', type: 'village', id: 'learnt:كوخ الصيادين', via: 'team' };
  const attribution = {
    cue: { ...at('قال'), text: 'قال' },
    source: { ...at('مصدر أمني'), text: 'مصدر أمني', type: 'anonymous' },
    content: { ...at('22 شخصا قتلوا في كوخ الصيادين'), text: '' },
  } as unknown as Parameters<typeof attributionAnnotations>[0];
  const r = addAnnotations(null, TEXT, [
    figureAnnotation(fig('22', 22)), // T1
    figureAnnotation(fig('25', 25)), // T2
    placeAnnotation(place), // T3
    ...attributionAnnotations(attribution, 3), // T4 cue, T5 source, T6 content, R1, R2
    { kind: 'span', type: 'Content', ...at('العدد ارتفع إلى 25 قتيلا') }, // T7
    { kind: 'span', type: 'Content', ...at('ارتفع إلى 25') }, // T8: a content inside a content
    review('Supersedes', 1, 0, 'ارتفع إلى'),
    rejection('Place', at('الشرطة'), 'an institution, not a place'),
  ]);
  assert.ok(r.ok, JSON.stringify(r));
  return r.text;
}
