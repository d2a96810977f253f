// WebAnno TSV 3.3, the format INCEpTION (and WebAnno) import with every
// layer, feature and relation, unlike its brat reader (which stops at an N
// line and drops notes). INCEpTION links relations only between annotations
// of one span layer, and Source → Figure joins two types, so every Isnad span
// is one layer, `webanno.custom.Isnad`, whose `category` feature is its brat
// type; the attributes, the normalisations and the notes (where review
// decisions live) are its other features. Relations are one relation layer,
// `webanno.custom.IsnadRelation` (category, note), attached to it.
//
// What the format requires (INCEpTION's Tsv3X reader): a `#FORMAT=` line, the
// layer declarations, two blank lines; per sentence a blank line, `#Text=`
// (escaped: \t \n \r \f \b \\) and one line per token, `SENT-TOK<TAB>BEGIN-END
// <TAB>TOKEN<TAB>` then one cell per feature column and a final tab.
// Offsets are UTF-16 units of the text (Java's), the sentence's text starts at
// its first token; the reader rebuilds the text from the sentences, filling
// gaps with spaces. A span covers whole tokens, so tokens are the tokenizer's
// cut at every span boundary (a proclitic و before a Place is its own token).
// Every span carries a disambiguation id `[n]`, so stacked, nested and
// multi-token spans are one annotation each and relations name them exactly
// (`SOURCE-TOKEN[source_target]` in the BT_ column, at the target's first token).

import { tokenize } from '../core/parse/tokenize.js';
import type { AnnLine, Fragment, TextBoundLine } from './model.js';
import { parseAnn } from './parse.js';
import { SourceText } from './text-spans.js';

export const TSV_SPAN_LAYER = 'webanno.custom.Isnad';
export const TSV_RELATION_LAYER = 'webanno.custom.IsnadRelation';

/** Attributes with a feature of their own; any other goes to `attributes` as name=value lines. */
const ATTRIBUTE_FEATURES: Record<string, string> = {
  Kind: 'kind',
  Qualifier: 'qualifier',
  Negated: 'negated',
  PlaceType: 'placeType',
  SourceType: 'sourceType',
  RejectedType: 'rejectedType',
};

/** The span layer's features, in column order. */
export const TSV_SPAN_FEATURES = ['category', ...Object.values(ATTRIBUTE_FEATURES), 'reference', 'note', 'attributes', 'fragments'];
export const TSV_RELATION_FEATURES = ['category', 'note'];

/** A feature value as the reader unescapes it (\ [ ] | _ -> ; tab, line feed, *). */
export function escapeTsvValue(v: string): string {
  return v.replace(/\\|\[|\]|\||_|->|;|\t|\n|\*|\r/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\n' : '\\' + c));
}

/** Sentence text as the reader unescapes it (3.2 and later). */
export function escapeTsvText(t: string): string {
  return t.replace(/[\u0000-\u001f\\]/g, (c) => {
    switch (c) {
      case '\t':
        return '\\t';
      case '\n':
        return '\\n';
      case '\f':
        return '\\f';
      case '\r':
        return '\\r';
      case '\b':
        return '\\b';
      case '\\':
        return '\\\\';
      case '\u000b':
        return c; // the reader leaves U+000B as it is, and so does a line reader
      default:
        return '\\' + c;
    }
  });
}

/**
 * A relation's feature value. One ending with a backslash would hide the `|`
 * after it from the reader (it splits at a `|` not preceded by one), so it
 * gets an empty `[0]` suffix, which the reader strips and relations ignore.
 */
function relationValue(v: string): string {
  const e = escapeTsvValue(v);
  return e.endsWith('\\') ? e + '[0]' : e;
}

interface Span {
  line: TextBoundLine;
  /** Disambiguation id, 1… in file order. */
  n: number;
  start: number; // UTF-16, first fragment
  end: number; // UTF-16, last fragment
  features: Map<string, string>;
  units: number[];
}

function addFeature(f: Map<string, string>, name: string, value: string): void {
  const old = f.get(name);
  f.set(name, old === undefined ? value : `${old}\n${value}`);
}

function spanFeatures(l: TextBoundLine, lines: AnnLine[]): Map<string, string> {
  const f = new Map<string, string>([['category', l.type]]);
  for (const x of lines) {
    if (!('target' in x) || x.target !== l.id) continue;
    if (x.kind === 'attribute') {
      const name = ATTRIBUTE_FEATURES[x.type];
      if (name) addFeature(f, name, x.value ?? 'true');
      else addFeature(f, 'attributes', x.value === null ? x.type : `${x.type}=${x.value}`);
    } else if (x.kind === 'normalization') addFeature(f, 'reference', `${x.type === 'Reference' ? '' : x.type + ' '}${x.refDb}:${x.refId}${x.text ? '\t' + x.text : ''}`);
    else if (x.kind === 'note') addFeature(f, 'note', x.type === 'AnnotatorNotes' ? x.text : `${x.type}\t${x.text}`);
  }
  if (l.fragments.length > 1) f.set('fragments', l.fragments.map(([s, e]) => `${s} ${e}`).join(';'));
  return f;
}

export interface TsvResult {
  text: string;
  /** 0-based .ann lines with no form in the TSV (events, equivalences, foreign lines, relations not between two spans). */
  skipped: number[];
}

/** The .ann of a .txt as WebAnno TSV 3.3. */
export function toWebAnnoTsv(annText: string, txt: string): TsvResult {
  const doc = parseAnn(annText);
  const src = new SourceText(txt);
  const skipped: number[] = [];
  const spans: Span[] = [];
  const byId = new Map<string, Span>();
  for (const l of doc.lines) {
    if (l.kind !== 'textbound') continue;
    const [start] = src.toUtf16(l.fragments[0]!);
    const [, end] = src.toUtf16(l.fragments[l.fragments.length - 1]! as Fragment);
    const s: Span = { line: l, n: spans.length + 1, start: start!, end: end!, features: spanFeatures(l, doc.lines), units: [] };
    spans.push(s);
    byId.set(l.id, s);
  }
  const relations = doc.lines.flatMap((l) => {
    if (l.kind !== 'relation') return [];
    const from = byId.get(l.args[0]!.ref);
    const to = byId.get(l.args[1]!.ref);
    if (!from || !to) return [];
    const note = doc.lines.flatMap((x) => (x.kind === 'note' && x.target === l.id ? [x.text] : [])).join('\n');
    return [{ line: l.line, id: l.id, type: l.type, from, to, note }];
  });
  const relationIds = new Set(relations.map((r) => r.id));
  for (const l of doc.lines) {
    if (l.kind === 'event' || l.kind === 'equiv' || l.kind === 'foreign' || l.kind === 'unparsed') skipped.push(l.line);
    else if (l.kind === 'relation' && !relationIds.has(l.id)) skipped.push(l.line);
    else if ((l.kind === 'attribute' || l.kind === 'normalization') && !byId.has(l.target)) skipped.push(l.line);
    else if (l.kind === 'note' && !byId.has(l.target) && !relationIds.has(l.target)) skipped.push(l.line);
  }

  // units: the tokenizer's tokens, cut at every span boundary
  const cuts = new Set<number>();
  for (const s of spans) cuts.add(s.start).add(s.end);
  const { tokens, sentences } = tokenize(txt);
  interface Unit {
    start: number;
    end: number;
    id: string;
  }
  const units: Unit[] = [];
  const sentenceUnits: [number, number][] = [];
  sentences.forEach((s, si) => {
    const first = units.length;
    let k = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.type === 'space' || /^[\s\u0085]*$/u.test(t.text)) continue;
      let a = t.start;
      for (let c = t.start + 1; c < t.end; c++) {
        if (!cuts.has(c)) continue;
        units.push({ start: a, end: c, id: `${si + 1}-${++k}` });
        a = c;
      }
      units.push({ start: a, end: t.end, id: `${si + 1}-${++k}` });
    }
    if (units.length > first) sentenceUnits.push([first, units.length]);
  });
  // renumber sentences that kept no token away: ids must count the sentences written
  sentenceUnits.forEach(([a, b], si) => {
    for (let u = a, k = 1; u < b; u++, k++) units[u]!.id = `${si + 1}-${k}`;
  });
  // each span's units (by overlap), in order
  const unitSpans: Span[][] = units.map(() => []);
  let from = 0;
  const ordered = [...spans].sort((x, y) => x.start - y.start);
  for (const s of ordered) {
    while (from < units.length && units[from]!.end <= s.start) from++;
    for (let u = from; u < units.length && units[u]!.start < Math.max(s.end, s.start + 1); u++) {
      if (units[u]!.end > s.start) {
        s.units.push(u);
        unitSpans[u]!.push(s);
      }
    }
  }
  for (const list of unitSpans) list.sort((x, y) => x.n - y.n);
  const unitRelations: (typeof relations)[] = units.map(() => []);
  for (const r of relations) if (r.to.units.length && r.from.units.length) unitRelations[r.to.units[0]!]!.push(r);
  for (const r of relations) if (!r.to.units.length || !r.from.units.length) skipped.push(r.line);
  for (const s of spans) if (!s.units.length) skipped.push(s.line.line);

  const cell = (values: string[]): string => (values.length ? values.join('|') : '_');
  let out = `#FORMAT=WebAnno TSV 3.3\n#T_SP=${TSV_SPAN_LAYER}|${TSV_SPAN_FEATURES.join('|')}\n#T_RL=${TSV_RELATION_LAYER}|${TSV_RELATION_FEATURES.join('|')}|BT_${TSV_SPAN_LAYER}\n\n`;
  for (const [a, b] of sentenceUnits) {
    out += `\n#Text=${escapeTsvText(txt.slice(units[a]!.start, units[b - 1]!.end))}\n`;
    for (let u = a; u < b; u++) {
      const unit = units[u]!;
      const here = unitSpans[u]!;
      const rels = unitRelations[u]!;
      const fields = [unit.id, `${unit.start}-${unit.end}`, escapeTsvText(txt.slice(unit.start, unit.end))];
      for (const name of TSV_SPAN_FEATURES) {
        fields.push(
          cell(
            here.map((s) => {
              const v = s.features.get(name);
              return `${v === undefined ? '*' : escapeTsvValue(v)}[${s.n}]`;
            }),
          ),
        );
      }
      fields.push(cell(rels.map((r) => relationValue(r.type))));
      fields.push(cell(rels.map((r) => (r.note ? relationValue(r.note) : '*'))));
      fields.push(cell(rels.map((r) => `${units[r.from.units[0]!]!.id}[${r.from.n}_${r.to.n}]`)));
      out += fields.join('\t') + '\t\n';
    }
  }
  return { text: out, skipped: [...new Set(skipped)].sort((x, y) => x - y) };
}
