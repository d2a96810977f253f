// W3C Web Annotation (JSON-LD) export and import. A T line becomes an
// Annotation whose target carries a TextQuoteSelector and a
// TextPositionSelector (positions in code points, as the W3C model and brat
// both count); its A, N and # lines become bodies (classifying, identifying,
// commenting) that keep their brat ids. An R line becomes a linking
// Annotation whose targets are the two annotations, Arg1 first.
// E, *, foreign and unparsed lines have no W3C form: they are listed as skipped.
// Every id is an absolute IRI (the W3C model requires it, and a JSON-LD
// processor drops relative ones): the .ann's IRI from a base, then one
// fragment, the brat id with its `#` percent-encoded (`…/001.ann#%231`).

import type { AnnLine, Fragment, TextBoundLine } from './model.js';
import { parseAnn } from './parse.js';
import { formatLine, type LineFields } from './serialize.js';
import { SourceText } from './text-spans.js';
import { IdAllocator } from './ids.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  id?: string;
  type: 'TextualBody';
  purpose: 'tagging' | 'classifying' | 'identifying' | 'commenting';
  value: string;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SpecificResource {
  source: string;
  selector: (TextQuoteSelector | TextPositionSelector)[];
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'linking';
  body: TextualBody[];
  target: SpecificResource | SpecificResource[] | string[];
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPage;
  last: string;
}

const CONTEXT_CHARS = 32;

function quote(src: SourceText, [s, e]: Fragment): TextQuoteSelector {
  const [us, ue] = src.toUtf16([s, e]);
  const ps = src.cp.toUtf16(Math.max(0, s - CONTEXT_CHARS));
  const se = src.cp.toUtf16(Math.min(src.length, e + CONTEXT_CHARS));
  return { type: 'TextQuoteSelector', exact: src.text.slice(us, ue), prefix: src.text.slice(ps, us), suffix: src.text.slice(ue, se) };
}

export interface ExportResult {
  collection: AnnotationCollection;
  /** 0-based .ann lines that have no Web Annotation form. */
  skipped: number[];
}

/** A folder IRI: `base` with a final slash (a file:// URI of the workspace folder, or `--base`). */
export function folderIri(base: string): string {
  const u = new URL(base); // throws on a relative base: every id must be absolute
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  u.hash = '';
  return u.href;
}

/** The fragment for a brat id: one `#` only, so `#1` (a note) is `%231`. */
export function fragmentOf(id: string): string {
  return encodeURIComponent(id);
}

/**
 * Exports the .ann of `name`.txt as an AnnotationCollection with absolute
 * ids: the .txt is `base` + name.txt, the collection `base` + name.ann, its
 * page `…ann#page-1`, annotations and bodies `…ann#T1`, `…ann#A1`, `…ann#%231`.
 */
export function toWebAnnotation(annText: string, txt: string, name: string, base: string): ExportResult {
  const folder = folderIri(base);
  const source = new URL(encodeURIComponent(name) + '.txt', folder).href;
  const collectionId = new URL(encodeURIComponent(name) + '.ann', folder).href;
  const doc = parseAnn(annText);
  const src = new SourceText(txt);
  const items: WebAnnotation[] = [];
  const byTarget = new Map<string, WebAnnotation>();
  const skipped: number[] = [];
  const iri = (id: string) => `${collectionId}#${fragmentOf(id)}`;
  for (const l of doc.lines) {
    if (l.kind === 'textbound') {
      const targets = l.fragments.map((f) => ({ source, selector: [quote(src, f), { type: 'TextPositionSelector' as const, start: f[0], end: f[1] }] }));
      // the type's body is named after its annotation (…#T1.type): every body has an id
      const a: WebAnnotation = { id: iri(l.id), type: 'Annotation', motivation: 'tagging', body: [{ id: `${iri(l.id)}.type`, type: 'TextualBody', purpose: 'tagging', value: l.type }], target: targets.length === 1 ? targets[0]! : targets };
      items.push(a);
      byTarget.set(l.id, a);
    } else if (l.kind === 'relation') {
      const body: TextualBody[] = [{ id: `${iri(l.id)}.type`, type: 'TextualBody', purpose: 'tagging', value: l.type }];
      if (l.args[0]!.role !== 'Arg1' || l.args[1]!.role !== 'Arg2') body.push({ id: `${iri(l.id)}.roles`, type: 'TextualBody', purpose: 'classifying', value: `roles=${l.args.map((x) => x.role).join(',')}` });
      const a: WebAnnotation = { id: iri(l.id), type: 'Annotation', motivation: 'linking', body, target: l.args.map((x) => iri(x.ref)) };
      items.push(a);
      byTarget.set(l.id, a);
    }
  }
  for (const l of doc.lines) {
    const body = bodyOf(l, iri);
    if (body && 'target' in l && byTarget.has(l.target)) byTarget.get(l.target)!.body.push(body);
    else if (l.kind !== 'textbound' && l.kind !== 'relation' && l.kind !== 'blank') skipped.push(l.line);
  }
  return {
    collection: {
      '@context': ANNO_CONTEXT,
      id: collectionId,
      type: 'AnnotationCollection',
      label: name,
      total: items.length,
      // one page holds every annotation of the article
      first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
      last: `${collectionId}#page-1`,
    },
    skipped,
  };
}

function bodyOf(l: AnnLine, iri: (id: string) => string): TextualBody | null {
  switch (l.kind) {
    case 'attribute':
      return { id: iri(l.id), type: 'TextualBody', purpose: 'classifying', value: l.value === null ? l.type : `${l.type}=${l.value}` };
    case 'normalization':
      return { id: iri(l.id), type: 'TextualBody', purpose: 'identifying', value: `${l.type} ${l.refDb}:${l.refId}${l.text ? '\t' + l.text : ''}` };
    case 'note':
      return { id: iri(l.id), type: 'TextualBody', purpose: 'commenting', value: l.type === 'AnnotatorNotes' ? l.text : `${l.type}\t${l.text}` };
    default:
      return null;
  }
}

// ------------------------------------------------------------------ import

/** The brat id in an IRI's fragment (`#T1`, `#%231`; older exports wrote `##1`). */
function localId(iri: string | undefined): string | null {
  if (!iri) return null;
  const hash = iri.indexOf('#');
  if (hash < 0) return null;
  let frag = iri.slice(hash + 1);
  try {
    frag = decodeURIComponent(frag);
  } catch {
    return null;
  }
  return /^(?:[A-Za-z]+\d+|#[A-Za-z]*\d+)$/.test(frag) ? frag : null;
}

function itemsOf(json: unknown): WebAnnotation[] {
  if (Array.isArray(json)) return json as WebAnnotation[];
  const o = json as { type?: string; items?: WebAnnotation[]; first?: { items?: WebAnnotation[] } };
  if (o.type === 'AnnotationCollection') return o.first?.items ?? [];
  if (o.type === 'AnnotationPage') return o.items ?? [];
  return [json as WebAnnotation];
}

/** Finds a quote in the text: its position if given and right, else by exact + prefix + suffix. */
function anchor(src: SourceText | null, t: SpecificResource | undefined): { fragment: Fragment; exact: string } | null {
  if (!t || !Array.isArray(t.selector)) return null;
  const pos = t.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const q = t.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (pos && (!src || !q || src.slice([pos.start, pos.end]) === q.exact)) return { fragment: [pos.start, pos.end], exact: src ? src.slice([pos.start, pos.end]) : (q?.exact ?? '') };
  if (!q || !src) return null;
  const full = (q.prefix ?? '') + q.exact + (q.suffix ?? '');
  const i = src.text.indexOf(full);
  const at = i >= 0 ? i + (q.prefix ?? '').length : src.text.indexOf(q.exact);
  if (at < 0) return null;
  return { fragment: src.toCodePoints(at, at + q.exact.length), exact: q.exact };
}

export interface ImportResult {
  text: string;
  /** Annotations (by index in the input) that could not be placed. */
  skipped: number[];
}

/**
 * Builds a .ann from Web Annotations (a collection, a page, an array or one
 * annotation). With `txt`, quotes are checked against it and placed by their
 * TextQuoteSelector when positions are missing or wrong.
 */
export function fromWebAnnotation(json: unknown, txt?: string): ImportResult {
  const src = txt === undefined ? null : new SourceText(txt);
  const items = itemsOf(json);
  const used: string[] = [];
  for (const a of items) {
    const id = localId(a.id);
    if (id) used.push(id);
    for (const b of a.body ?? []) {
      const bid = localId(b.id);
      if (bid) used.push(bid);
    }
  }
  const alloc = new IdAllocator(used);
  const ids = new Map<string, string>(); // annotation IRI → brat id
  const lines: LineFields[] = [];
  const skipped: number[] = [];
  const tagOf = (a: WebAnnotation) => a.body?.find((b) => b.purpose === 'tagging')?.value;
  const own = (iri: string | undefined, prefix: string) => {
    const id = localId(iri);
    return id && id.replace(/\d+$/, '') === prefix ? id : alloc.take(prefix);
  };
  // ids first, so relations may point forward
  items.forEach((a) => ids.set(a.id, own(a.id, a.motivation === 'linking' ? 'R' : 'T')));
  items.forEach((a, i) => {
    const type = tagOf(a);
    const id = ids.get(a.id)!;
    if (!type) return skipped.push(i);
    if (a.motivation === 'linking') {
      const targets = (a.target as string[]).map((t) => ids.get(t) ?? localId(t));
      if (targets.length !== 2 || targets.some((t) => !t)) return skipped.push(i);
      const roles = a.body.find((b) => b.purpose === 'classifying' && b.value.startsWith('roles='))?.value.slice(6).split(',') ?? ['Arg1', 'Arg2'];
      lines.push({ kind: 'relation', id, type, args: targets.map((t, k) => ({ role: roles[k] ?? `Arg${k + 1}`, ref: t! })) });
    } else {
      const targets = Array.isArray(a.target) ? (a.target as SpecificResource[]) : [a.target as SpecificResource];
      const placed = targets.map((t) => anchor(src, t));
      if (placed.some((p) => !p)) return skipped.push(i);
      const fragments = placed.map((p) => p!.fragment);
      const text = src ? src.textOf(fragments) : placed.map((p) => p!.exact).join(' ');
      lines.push({ kind: 'textbound', id, type, fragments, text } as LineFields & TextBoundLine);
    }
    for (const b of a.body) {
      if (b.purpose === 'classifying' && !b.value.startsWith('roles=')) {
        const eq = b.value.indexOf('=');
        lines.push({ kind: 'attribute', id: own(b.id, 'A'), type: eq < 0 ? b.value : b.value.slice(0, eq), target: id, value: eq < 0 ? null : b.value.slice(eq + 1) });
      } else if (b.purpose === 'identifying') {
        const m = /^(\S+) ([^\s:]+):(\S+)(?:\t(.*))?$/s.exec(b.value) ?? /^()([^\s:]+):(\S+)(?:\t(.*))?$/s.exec(b.value);
        if (m) lines.push({ kind: 'normalization', id: own(b.id, 'N'), type: m[1] || 'Reference', target: id, refDb: m[2]!, refId: m[3]!, text: m[4] ?? '' });
      } else if (b.purpose === 'commenting') {
        const tab = b.value.indexOf('\t');
        const typed = tab > 0 && /^\S+$/.test(b.value.slice(0, tab));
        lines.push({ kind: 'note', id: own(b.id, '#'), type: typed ? b.value.slice(0, tab) : 'AnnotatorNotes', target: id, text: (typed ? b.value.slice(tab + 1) : b.value).replace(/[\r\n]+/g, ' ') });
      }
    }
    return undefined;
  });
  return { text: lines.map((l) => formatLine(l) + '\n').join(''), skipped };
}
