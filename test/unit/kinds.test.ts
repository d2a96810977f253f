// The kinds table (server/src/core/kinds.ts) is the one place a kind of
// finding is declared: what JSON and brat's files cannot import from it must
// say the same (scripts/gen-kinds.ts writes them: `npm run kinds`), and every
// word of it a user reads has its Arabic.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../../server/src/core/analyse.js';
import { COLLECTIONS, KINDS, type FindingKind } from '../../server/src/core/kinds.js';
import { Gazetteer } from '../../server/src/core/places/gazetteer.js';
import { SUGGESTED_TYPES } from '../../server/src/standoff/schema.js';
import { annotationConf, colourContributions, colourDescriptions, generated, visualConf } from '../../scripts/gen-kinds.js';
import { ROOT } from './corpus.js';

const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');

describe('the kinds table', () => {
  it('package.json contributes exactly the theme colours of the table, described in package.nls.json', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes: { colors: unknown } };
    assert.deepEqual(pkg.contributes.colors, colourContributions());
    const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const colourKeys = Object.keys(nls).filter((k) => k.startsWith('color.'));
    assert.deepEqual(Object.fromEntries(colourKeys.map((k) => [k, nls[k]])), colourDescriptions());
  });

  it('brat/annotation.conf and brat/visual.conf declare the table\'s span types, labels, backgrounds and rejection glyphs', () => {
    for (const { file, text } of generated()) assert.equal(read(file), text, `${file} is out of step with core/kinds.ts: npm run kinds`);
    assert.deepEqual([...SUGGESTED_TYPES], KINDS.flatMap((k) => (k.brat ? [k.brat.type] : [])));
  });

  it('a new row reaches the colours and both brat files (the generator is no copy of the files)', () => {
    const row: FindingKind = {
      kind: 'date-line',
      collection: 'marks',
      label: 'Date line',
      json: 'dateLines',
      style: 'underline',
      counter: null,
      unreviewed: false,
      visit: false,
      brat: { type: 'DateLine', label: 'Date line', background: '#eeeeee', glyph: 'DL' },
      colours: { line: { dark: '#111111', light: '#222222', highContrast: null, highContrastLight: null, description: 'Underline of a date line.' } },
    };
    const kinds = [...KINDS, row];
    assert.ok(colourContributions(kinds).some((c) => c.id === 'isnad.date-line' && c.description === '%color.date-line%'));
    const ann = annotationConf(read('brat/annotation.conf'), kinds);
    assert.match(ann, /\nContent\nDateLine\n# a detector suggestion/);
    assert.match(ann, /RejectedType\tArg:Rejected, Value:Figure\|Place\|Cue\|Source\|Content\|DateLine\n/);
    const visual = visualConf(read('brat/visual.conf'), kinds);
    assert.match(visual, /\nDateLine \| Date line\nRejected \|/);
    assert.match(visual, /\nDateLine\tbgColor:#eeeeee\nRejected\t/);
    assert.match(visual, /RejectedType\tglyph:F\|P\|C\|S\|Ct\|DL\n/);
  });

  it('every label, count and colour a user reads has its Arabic', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.ar.json')) as Record<string, string>;
    const ar = JSON.parse(read('package.nls.ar.json')) as Record<string, string>;
    for (const k of KINDS as readonly FindingKind[]) {
      assert.ok(k.label in bundle, `no Arabic for the label "${k.label}"`);
      for (const s of [k.counter?.text, k.counter?.tooltip]) if (s) assert.ok(s in bundle, `no Arabic for "${s}"`);
    }
    for (const key of Object.keys(colourDescriptions())) assert.ok(key in ar, `package.nls.ar.json lacks ${key}`);
  });

  it('an analysis holds one list per collection, and every kind names a collection there is', () => {
    const a = analyse('قتل 3 أشخاص في كركوك.', { gazetteer: Gazetteer.load() });
    for (const c of COLLECTIONS) assert.ok(Array.isArray(a[c.name]), `no ${c.name}`);
    const names = new Set<string>(COLLECTIONS.map((c) => c.name));
    for (const k of KINDS) assert.ok(k.collection === null || names.has(k.collection), k.kind);
    assert.equal(new Set(KINDS.map((k) => k.kind)).size, KINDS.length, 'each kind once');
  });
});
