// Writes what JSON and brat's files cannot import from the kinds table
// (server/src/core/kinds.ts): package.json's theme colours, their English
// descriptions in package.nls.json, and the span types of brat/annotation.conf
// and brat/visual.conf. test/unit/kinds.test.ts fails when a file is out of
// step with the table; this script puts it back.
//
//   npm run kinds            (rewrites the files)
//   npm run kinds -- --check (exit 1 and names the files that differ)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KINDS, type FindingKind, type ThemeColour } from '../server/src/core/kinds.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ColourContribution {
  id: string;
  description: string;
  defaults: { dark: string; light: string; highContrast: string | null; highContrastLight: string | null };
}

/** Every theme colour of the kinds, id → colour: each kind's line and backgrounds, then every kind's detail colours. */
function colours(kinds: readonly FindingKind[]): [string, ThemeColour][] {
  const out: [string, ThemeColour][] = [];
  for (const k of kinds) {
    const c = k.colours;
    out.push([`isnad.${k.kind}`, c.line]);
    if (c.background) out.push([`isnad.${k.kind}.background`, c.background]);
    if (c.annotatedBackground) out.push([`isnad.${k.kind}.annotatedBackground`, c.annotatedBackground]);
  }
  for (const k of kinds) for (const [detail, c] of Object.entries(k.colours.details ?? {})) out.push([`isnad.${k.kind}.${detail}`, c]);
  return out;
}

const nlsKey = (id: string): string => `color.${id.replace(/^isnad\./, '')}`;

/** package.json `contributes.colors`. */
export function colourContributions(kinds: readonly FindingKind[] = KINDS): ColourContribution[] {
  return colours(kinds).map(([id, c]) => ({
    id,
    description: `%${nlsKey(id)}%`,
    defaults: { dark: c.dark, light: c.light, highContrast: c.highContrast, highContrastLight: c.highContrastLight },
  }));
}

/** package.nls.json's English descriptions of the colours, key → text. */
export function colourDescriptions(kinds: readonly FindingKind[] = KINDS): Record<string, string> {
  return Object.fromEntries(colours(kinds).map(([id, c]) => [nlsKey(id), c.description]));
}

type Brat = NonNullable<FindingKind['brat']>;
const bratOf = (kinds: readonly FindingKind[]): Brat[] => kinds.flatMap((k) => (k.brat ? [k.brat] : []));

/**
 * Replaces, in a section of a brat .conf, the block of span-type lines: from
 * the first line naming a type of the table to the next blank line, comment
 * or Rejected line.
 */
function replaceBlock(text: string, section: string, types: Set<string>, lines: string[]): string {
  const all = text.split('\n');
  const head = all.indexOf(`[${section}]`);
  if (head < 0) throw new Error(`no [${section}] section`);
  const first = (l: string): string => l.split(/[\t |]/)[0]!;
  let from = head + 1;
  while (from < all.length && !all[from]!.startsWith('[') && !types.has(first(all[from]!))) from++;
  if (from >= all.length || all[from]!.startsWith('[')) throw new Error(`no span types in [${section}]`);
  let to = from;
  while (to < all.length && all[to]!.trim() && !all[to]!.startsWith('#') && !all[to]!.startsWith('[') && first(all[to]!) !== 'Rejected') to++;
  all.splice(from, to - from, ...lines);
  return all.join('\n');
}

function replaceLine(text: string, start: string, line: string): string {
  const re = new RegExp(`^${start}\\t.*$`, 'm');
  if (!re.test(text)) throw new Error(`no ${start} line`);
  return text.replace(re, line);
}

/** brat/annotation.conf with the table's span types and the types a rejection may name. */
export function annotationConf(text: string, kinds: readonly FindingKind[] = KINDS): string {
  const brat = bratOf(kinds);
  const types = new Set(brat.map((b) => b.type));
  const out = replaceBlock(text, 'entities', types, brat.map((b) => b.type));
  return replaceLine(out, 'RejectedType', `RejectedType\tArg:Rejected, Value:${brat.map((b) => b.type).join('|')}`);
}

/** brat/visual.conf with the table's labels, backgrounds and rejection glyphs. */
export function visualConf(text: string, kinds: readonly FindingKind[] = KINDS): string {
  const brat = bratOf(kinds);
  const types = new Set(brat.map((b) => b.type));
  let out = replaceBlock(text, 'labels', types, brat.map((b) => [b.type, b.label, ...(b.short ? [b.short] : [])].join(' | ')));
  out = replaceBlock(out, 'drawing', types, brat.map((b) => `${b.type}\tbgColor:${b.background}`));
  return replaceLine(out, 'RejectedType', `RejectedType\tglyph:${brat.map((b) => b.glyph).join('|')}`);
}

const json = (o: unknown): string => JSON.stringify(o, null, 2) + '\n';

/** Each generated file: its path and the text it should have. */
export function generated(root = ROOT, kinds: readonly FindingKind[] = KINDS): { file: string; text: string }[] {
  const read = (f: string): string => fs.readFileSync(path.join(root, f), 'utf8');
  const pkg = JSON.parse(read('package.json')) as { contributes: { colors: unknown } };
  pkg.contributes.colors = colourContributions(kinds);
  const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
  // each colour key where it is, its text from the table; a new one after the last of them; a gone one dropped
  const described = colourDescriptions(kinds);
  const entries: [string, string][] = [];
  let last = -1;
  for (const [k, v] of Object.entries(nls)) {
    if (!k.startsWith('color.')) entries.push([k, v]);
    else if (k in described) last = entries.push([k, described[k]!]);
  }
  const added = Object.entries(described).filter(([k]) => !(k in nls));
  entries.splice(last < 0 ? entries.length : last, 0, ...added);
  const nlsOut = Object.fromEntries(entries);
  return [
    { file: 'package.json', text: json(pkg) },
    { file: 'package.nls.json', text: json(nlsOut) },
    { file: 'brat/annotation.conf', text: annotationConf(read('brat/annotation.conf'), kinds) },
    { file: 'brat/visual.conf', text: visualConf(read('brat/visual.conf'), kinds) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const stale = generated().filter(({ file, text }) => fs.readFileSync(path.join(ROOT, file), 'utf8') !== text);
  for (const { file, text } of stale) {
    if (check) console.error(`${file} is out of step with server/src/core/kinds.ts (npm run kinds)`);
    else fs.writeFileSync(path.join(ROOT, file), text);
  }
  if (!check) console.log(stale.length ? `wrote ${stale.map((s) => s.file).join(', ')}` : 'every file is in step with the kinds table');
  process.exitCode = check && stale.length ? 1 : 0;
}
