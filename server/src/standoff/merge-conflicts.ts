// Resolves git merge conflicts in a .ann by keeping both sides: the lines of
// "ours" stay as written; the lines of "theirs" are added after them, minus
// duplicates (same type, offsets and text; or the same attribute, relation,
// note … after renaming), with ids renumbered where they collide and every
// reference in their A/R/E/N/#/* lines renamed with them.
// The diff3 base section, when present, is dropped: both sides already hold
// what they kept of it.

import type { AnnLine, AnnProblem, TextEdit } from './model.js';
import { isIdLine, refsOf } from './model.js';
import { parseAnn, parseLine } from './parse.js';
import { reanchor } from './reanchor.js';
import { formatLine } from './serialize.js';
import { definedIds, IdAllocator, idPrefix } from './ids.js';
import { said, saying, type Said } from './messages.js';

export interface Renamed {
  from: string;
  to: string;
  /** 0-based line of the conflicted file it came from. */
  line: number;
}

export type MergeResult =
  | {
      ok: true;
      text: string;
      /** One edit replacing the whole file (for an undoable workspace edit). */
      edits: TextEdit[];
      renamed: Renamed[];
      /** Lines of theirs dropped as duplicates, with the id they were merged into. */
      duplicates: { line: number; id: string | null; sameAs: string | null }[];
    }
  | { ok: false; problems: AnnProblem[] };

type Side = 'common' | 'ours' | 'base' | 'theirs';

/** Identity of an annotation apart from its own id. */
function keyOf(l: AnnLine, ref: (id: string) => string): string | null {
  switch (l.kind) {
    case 'textbound':
      return `T|${l.type}|${l.fragments.join(';')}|${l.text}`;
    case 'attribute':
      return `A|${l.type}|${ref(l.target)}|${l.value ?? ''}`;
    case 'relation':
      return `R|${l.type}|${l.args.map((a) => `${a.role}:${ref(a.ref)}`).join(' ')}`;
    case 'event':
      return `E|${l.type}|${ref(l.trigger)}|${l.args.map((a) => `${a.role}:${ref(a.ref)}`).join(' ')}`;
    case 'normalization':
      return `N|${l.type}|${ref(l.target)}|${l.refDb}:${l.refId}|${l.text}`;
    case 'note':
      return `#|${l.type}|${ref(l.target)}|${l.text}`;
    case 'equiv':
      return `*|${l.type}|${l.refs.map(ref).join(' ')}`;
    case 'blank':
      return null;
    default:
      return `raw|${l.raw}`;
  }
}

// references before the lines that refer to them
const ORDER: Record<string, number> = { textbound: 0, event: 1, relation: 2 };

/** Is there any conflict to resolve? (parseAnn(text).conflicted says the same.) */
export function hasConflicts(annText: string): boolean {
  return parseAnn(annText).conflicted;
}

/** The article as each side of the merge had it, and as merged: each side's spans are re-anchored from its text to the merged one. */
export interface MergeTexts {
  ours: string;
  theirs: string;
  merged: string;
}

/**
 * The T lines of one side, re-anchored from the text they were made for to
 * the merged text: a span that cannot be followed keeps its line (and is
 * reported by validation afterwards, like any other).
 */
function reanchorSide(lines: AnnLine[], from: string, to: string): Map<number, AnnLine> {
  const tLines = lines.filter((l) => l.kind === 'textbound');
  const out = new Map<number, AnnLine>();
  if (!tLines.length || from === to) return out;
  const r = reanchor(tLines.map((l) => l.raw).join('\n') + '\n', to, from);
  if (!r.ok) return out;
  const moved = parseAnn(r.text).lines;
  tLines.forEach((l, i) => {
    const m = moved[i];
    if (m && m.raw !== l.raw) out.set(l.line, parseLine(m.raw, l.line, l.eol));
  });
  return out;
}

export function resolveConflicts(annText: string, texts?: MergeTexts): MergeResult {
  const parsed = parseAnn(annText);
  const sides: Side[] = [];
  let side: Side = 'common';
  const bad = (l: AnnLine, why: Said): MergeResult => ({
    ok: false,
    problems: [{ line: l.line, start: 0, end: l.raw.length, severity: 'error', code: 'bad-conflict', ...saying(said('badConflict', { line: l.line + 1, why })) }],
  });
  for (const l of parsed.lines) {
    sides.push(side);
    if (l.kind !== 'conflict-marker') continue;
    const expected: Record<typeof l.marker, Side[]> = { ours: ['common'], base: ['ours'], separator: ['ours', 'base'], theirs: ['theirs'] };
    if (!expected[l.marker].includes(side)) return bad(l, said('unexpectedMarker', { marker: l.raw.slice(0, 7) }));
    side = l.marker === 'ours' ? 'ours' : l.marker === 'base' ? 'base' : l.marker === 'separator' ? 'theirs' : 'common';
  }
  if (side !== 'common') return bad(parsed.lines[parsed.lines.length - 1]!, said('notClosed'));
  // "keep both sides" after a merge where the article changed too: each side's offsets follow its own text to the merged one
  let doc = parsed;
  if (texts) {
    const ours = reanchorSide(parsed.lines.filter((_, i) => sides[i] === 'common' || sides[i] === 'ours'), texts.ours, texts.merged);
    const theirs = reanchorSide(parsed.lines.filter((_, i) => sides[i] === 'theirs'), texts.theirs, texts.merged);
    doc = { ...parsed, lines: parsed.lines.map((l) => ours.get(l.line) ?? theirs.get(l.line) ?? l) };
  }

  const kept = doc.lines.filter((l, i) => (sides[i] === 'common' || sides[i] === 'ours') && l.kind !== 'conflict-marker');
  const theirs = doc.lines.filter((l, i) => sides[i] === 'theirs' && l.kind !== 'conflict-marker');
  const keptIds = definedIds(kept);
  const alloc = new IdAllocator(definedIds(doc.lines));
  const keptKeys = new Map<string, string | null>();
  for (const l of kept) {
    const k = keyOf(l, (x) => x);
    if (k) keptKeys.set(k, 'id' in l && l.id ? l.id : null);
  }

  const rename = new Map<string, string>(); // their id → id in the merged file
  const theirIds = definedIds(theirs);
  const ref = (id: string) => rename.get(id) ?? id;
  const out = new Map<AnnLine, string | null>(); // their line → new raw, null = dropped
  const renamed: Renamed[] = [];
  const duplicates: { line: number; id: string | null; sameAs: string | null }[] = [];
  const usedByTheirs = new Set<string>();

  const ordered = [...theirs].sort((a, b) => (ORDER[a.kind] ?? 3) - (ORDER[b.kind] ?? 3) || a.line - b.line);
  for (const l of ordered) {
    // only lines Isnad can write back get new ids; others stay as written
    const own = isIdLine(l) ? l.id : undefined;
    const key = keyOf(l, ref);
    if (key !== null && keptKeys.has(key)) {
      const same = keptKeys.get(key)!;
      if (own && same) rename.set(own, same);
      out.set(l, null);
      duplicates.push({ line: l.line, id: own ?? null, sameAs: same });
      continue;
    }
    let id = own;
    if (own && (keptIds.has(own) || usedByTheirs.has(own))) {
      id = alloc.take(idPrefix(own) || own.replace(/\d+$/, ''));
      rename.set(own, id);
      renamed.push({ from: own, to: id, line: l.line });
    }
    if (id) usedByTheirs.add(id);
    if (key !== null) keptKeys.set(keyOf(l, ref)!, id ?? null);
    const refsChange = refsOf(l).some((r) => theirIds.has(r) && ref(r) !== r);
    out.set(l, id !== own || refsChange ? reformat(l, id, ref) : l.raw);
  }

  // each hunk: ours as written, then what is new in theirs
  let text = '';
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i]!;
    if (l.kind === 'conflict-marker') {
      if (l.marker === 'theirs') text += theirHunkEnding(doc.lines, sides, i, out);
      continue;
    }
    if (sides[i] === 'common' || sides[i] === 'ours') text += l.raw + l.eol;
  }
  return { ok: true, text, edits: [{ start: 0, end: annText.length, newText: text }], renamed, duplicates };
}

/** The kept lines of the theirs section that ends at marker index `end`. */
function theirHunkEnding(lines: AnnLine[], sides: Side[], end: number, out: Map<AnnLine, string | null>): string {
  let start = end;
  while (start > 0 && sides[start - 1] === 'theirs' && lines[start - 1]!.kind !== 'conflict-marker') start--;
  let s = '';
  for (let i = start; i < end; i++) {
    const r = out.get(lines[i]!);
    if (r === null) continue;
    s += (r ?? lines[i]!.raw) + (lines[i]!.eol || '\n');
  }
  return s;
}

function reformat(l: AnnLine, id: string | undefined, ref: (id: string) => string): string {
  switch (l.kind) {
    case 'textbound':
      return formatLine({ ...l, id: id! });
    case 'attribute':
      return formatLine({ ...l, id: id!, target: ref(l.target) });
    case 'relation':
      return formatLine({ ...l, id: id!, args: l.args.map((a) => ({ ...a, ref: ref(a.ref) })) });
    case 'event':
      return formatLine({ ...l, id: id!, trigger: ref(l.trigger), args: l.args.map((a) => ({ ...a, ref: ref(a.ref) })) });
    case 'normalization':
      return formatLine({ ...l, id: id!, target: ref(l.target) });
    case 'note':
      return formatLine({ ...l, id: id!, target: ref(l.target) });
    case 'equiv':
      return formatLine({ ...l, refs: l.refs.map(ref) });
    default:
      return l.raw;
  }
}
