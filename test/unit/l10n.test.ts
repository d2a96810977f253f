// Every string a user reads is localisable and shipped in Arabic: each
// l10n.t('…') of the client and the server has an entry in the Arabic bundle,
// with the same placeholders.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MESSAGES } from '../../server/src/standoff/messages.js';
import { STRINGS } from '../../server/src/core/story/describe.js';
import { ROOT } from './corpus.js';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

/** The first argument of every t('…') / l10n.t('…') call. */
export function localisedStrings(): Set<string> {
  const out = new Set<string>();
  const call = /\b(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g;
  for (const f of [...sources(path.join(ROOT, 'client/src')), ...sources(path.join(ROOT, 'server/src/lsp'))]) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(call)) out.add(m[1]!.replace(/\\'/g, "'"));
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('localisation', () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.ar.json'), 'utf8')) as Record<string, string>;
  const strings = localisedStrings();

  it('finds the localised strings of the client and the server', () => {
    assert.ok(strings.size >= 20, `only ${strings.size} strings found`);
  });

  it('translates every message of the story (conflicts, corroborations) and of the annotation files into Arabic', () => {
    const leaves: string[] = [];
    const walk = (o: object): void => {
      for (const v of Object.values(o)) typeof v === 'string' ? leaves.push(v) : walk(v as object);
    };
    walk(STRINGS);
    walk(MESSAGES);
    const named = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const s of leaves) {
      assert.ok(s in bundle, `no Arabic for the story string "${s}"`);
      assert.deepEqual(named(bundle[s]!), named(s), s);
    }
  });

  it('translates every one of them into Arabic, with the same placeholders', () => {
    const missing = [...strings].filter((s) => !(s in bundle));
    assert.deepEqual(missing, [], 'strings without an Arabic translation');
    for (const s of strings) assert.deepEqual(placeholders(bundle[s]!), placeholders(s), s);
  });

  it('translates every %key% of package.json into Arabic', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const ar = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ar.json'), 'utf8')) as Record<string, string>;
    for (const k of keys) {
      assert.ok(k in en, `package.nls.json lacks ${k}`);
      assert.ok(k in ar, `package.nls.ar.json lacks ${k}`);
    }
  });
});
