import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.js';
import { ATTRIBUTES, RELATIONS, SPAN_TYPES } from '../../server/src/standoff/schema.js';

interface Rule {
  name?: string;
  match?: string;
  include?: string;
}

const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/brat-ann.tmLanguage.json'), 'utf8')) as { scopeName: string; patterns: Rule[]; repository: Record<string, Rule> };

/** The name of the first top-level rule that matches the line, as TextMate picks it. */
function ruleFor(line: string): string {
  for (const p of grammar.patterns) {
    const key = p.include!.slice(1);
    if (new RegExp(grammar.repository[key]!.match!, 'u').test(line)) return key;
  }
  return 'none';
}

function confSection(file: string, section: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, 'brat', file), 'utf8');
  const body = text.split(/^\[/m).find((s) => s.startsWith(section + ']'))!;
  return body
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() && !l.startsWith('#'));
}

describe('annotation files: editor grammar and brat configuration', () => {
  it('colours each kind of .ann line with its own rule', () => {
    assert.equal(grammar.scopeName, 'source.brat-ann');
    const cases: [string, string][] = [
      ['T1\tPlace 120 125\tكركوك', 'textbound'],
      ['T2\tFigure 1 3;5 9\t22 شخصا', 'textbound'],
      ['A1\tNegated T1', 'attribute'],
      ['A2\tKind T1 count', 'attribute'],
      ['R1\tSourceOf Arg1:T3 Arg2:T5', 'relation'],
      ['E1\tAttack:T4 Place:T1 Agent:T2', 'event'],
      ['N1\tReference T1 GeoNames:94787\tKirkuk', 'normalization'],
      ['#1\tAnnotatorNotes T1\tvalue=6', 'note'],
      ['*\tEquiv T1 T2', 'equiv'],
      ['<<<<<<< HEAD', 'conflict-marker'],
      ['=======', 'conflict-marker'],
      ['>>>>>>> 1a2b3c (Omar)', 'conflict-marker'],
      ['# reviewed', 'comment'],
      ['X3\tsomething else', 'foreign'],
      ['T1 Place 0 5 كركوك', 'unparsed'],
    ];
    assert.deepEqual(cases.map(([l]) => ruleFor(l)), cases.map(([, r]) => r));
  });

  it('declares in brat exactly the types, relations and attributes the code writes', () => {
    assert.deepEqual(confSection('annotation.conf', 'entities'), [...SPAN_TYPES]);
    const relations = confSection('annotation.conf', 'relations').map((l) => l.split('\t'));
    for (const [name, [arg1, arg2]] of Object.entries(RELATIONS)) {
      const r = relations.find((x) => x[0] === name);
      assert.ok(r, `relation ${name} missing from annotation.conf`);
      assert.match(r[1]!, new RegExp(`^Arg1:${arg1}, Arg2:${arg2}\\b`));
    }
    const attributes = confSection('annotation.conf', 'attributes').map((l) => l.split('\t'));
    assert.deepEqual(attributes.map((a) => a[0]), Object.keys(ATTRIBUTES));
    for (const [name, spec] of attributes) {
      const want = ATTRIBUTES[name!]!;
      assert.equal(spec, `Arg:${want.on}${want.values ? ', Value:' + want.values.join('|') : ''}`);
    }
  });

  it('shows the text right to left in brat', () => {
    assert.ok(confSection('visual.conf', 'options').includes('Text direction:rtl'));
  });
});
