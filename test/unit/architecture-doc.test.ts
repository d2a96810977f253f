// docs/architecture.md draws the layout a newcomer finds: every file and
// folder it names (in `code` and in its layout drawing) exists.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.js';

const DOC = path.join(ROOT, 'docs/architecture.md');
const FILE = /^[\w.\/-]+\.(?:ts|md|json|conf|mjs|lua)$/;
const FOLDER = /^[\w.\/-]+\/$/;
/** Where a path the document names may start: the repository, the server's sources, the core, the LSP layer. */
const BASES = ['', 'server/src', 'server/src/core', 'server/src/lsp'].map((b) => path.join(ROOT, b));

/** Every file and folder below these folders, by base name (for a name given alone, e.g. `analyse.ts`). */
function names(dirs: string[]): Set<string> {
  const out = new Set<string>();
  for (const d of dirs) {
    for (const f of fs.readdirSync(path.join(ROOT, d), { recursive: true, encoding: 'utf8' })) out.add(path.basename(f));
  }
  return out;
}

/** The paths in `code` spans, and the names in the layout drawing with the folder they are under. */
function named(doc: string): { inline: string[]; drawn: string[] } {
  const inline = [...doc.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!).filter((s) => !s.includes('<') && (FILE.test(s) || FOLDER.test(s)));
  const drawing = /The layout[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const drawn: string[] = [];
  // folders by indentation: a line's first folder is below the nearest less indented line's
  const stack: { indent: number; dir: string }[] = [];
  for (const line of drawing.split('\n')) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const words = line.trim().split(/[\s,:→()]+/).filter(Boolean);
    const first = words[0]!;
    while (stack.length && stack[stack.length - 1]!.indent >= indent && FOLDER.test(first)) stack.pop();
    const parent = [...stack].reverse().find((s) => s.indent < indent || !FOLDER.test(first))?.dir ?? '';
    let dir = parent;
    for (const w of words) {
      if (FOLDER.test(w)) {
        const d = path.posix.join(parent, w);
        drawn.push(d + '/');
        if (w === first) (dir = d), stack.push({ indent, dir: d });
      } else if (FILE.test(w)) drawn.push(path.posix.join(dir, w));
    }
  }
  return { inline, drawn };
}

describe('docs/architecture.md', () => {
  const doc = fs.readFileSync(DOC, 'utf8');
  const { inline, drawn } = named(doc);
  const anywhere = names(['server/src', 'client/src', 'test', 'scripts', 'docs', 'brat', 'l10n']);

  it('names files and draws the layout', () => {
    assert.ok(inline.length >= 40, `only ${inline.length} paths in code spans`);
    assert.ok(drawn.length >= 40, `only ${drawn.length} paths in the drawing`);
    assert.ok(drawn.includes('server/src/lsp/standoff/service.ts'), drawn.join(' '));
  });

  it('every path it names in code exists', () => {
    // a path is found from one of the bases; a bare name (`analyse.ts`, `parse/`) anywhere in the sources
    const bare = (p: string): boolean => !p.replace(/\/$/, '').includes('/');
    const missing = inline.filter((p) => !BASES.some((b) => fs.existsSync(path.join(b, p))) && !(bare(p) && anywhere.has(p.replace(/\/$/, ''))));
    assert.deepEqual(missing, []);
  });

  it('every file and folder of its layout drawing is where it is drawn', () => {
    assert.deepEqual(drawn.filter((p) => !fs.existsSync(path.join(ROOT, p))), []);
  });
});
