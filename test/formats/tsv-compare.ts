// What an .ann says, and what INCEpTION would hold after importing its TSV,
// in one comparable form: a line per span (type, UTF-16 extent, features)
// and per relation (type, its two spans, note).
import { parseAnn } from '../../server/src/standoff/parse.js';
import { SourceText } from '../../server/src/standoff/text-spans.js';
import { TSV_RELATION_FEATURES, TSV_RELATION_LAYER, TSV_SPAN_FEATURES, TSV_SPAN_LAYER } from '../../server/src/standoff/webanno-tsv.js';
import { readWebAnnoTsv, type TsvSpan } from './webanno-tsv-reader.js';

const FEATURE: Record<string, string> = { Kind: 'kind', Qualifier: 'qualifier', Negated: 'negated', PlaceType: 'placeType', SourceType: 'sourceType', RejectedType: 'rejectedType' };

export function annFacts(ann: string, txt: string): string[] {
  const doc = parseAnn(ann);
  const src = new SourceText(txt);
  const extent = new Map<string, string>();
  const out: string[] = [];
  for (const l of doc.lines) {
    if (l.kind !== 'textbound') continue;
    const [s] = src.toUtf16(l.fragments[0]!);
    const [, e] = src.toUtf16(l.fragments[l.fragments.length - 1]!);
    extent.set(l.id, `${l.type} ${s}-${e}`);
    const f: string[] = [];
    for (const x of doc.lines) {
      if (!('target' in x) || x.target !== l.id) continue;
      if (x.kind === 'attribute') f.push(`${FEATURE[x.type] ?? 'attributes'}=${FEATURE[x.type] ? (x.value ?? 'true') : x.value === null ? x.type : `${x.type}=${x.value}`}`);
      if (x.kind === 'normalization') f.push(`reference=${x.refDb}:${x.refId}\t${x.text}`);
      if (x.kind === 'note') f.push(`note=${x.text}`);
    }
    if (l.fragments.length > 1) f.push(`fragments=${l.fragments.map(([a, b]) => `${a} ${b}`).join(';')}`);
    out.push(`span ${l.type} ${s}-${e} ${f.sort().join(' | ')}`);
  }
  for (const l of doc.lines) {
    if (l.kind !== 'relation') continue;
    const note = doc.lines.flatMap((x) => (x.kind === 'note' && x.target === l.id ? [x.text] : [])).join('\n');
    out.push(`relation ${l.type} ${extent.get(l.args[0]!.ref)} -> ${extent.get(l.args[1]!.ref)}${note ? ' note=' + note : ''}`);
  }
  return out.sort();
}

export function tsvFacts(tsv: string): { facts: string[]; text: string } {
  const doc = readWebAnnoTsv(tsv, { [TSV_SPAN_LAYER]: TSV_SPAN_FEATURES, [TSV_RELATION_LAYER]: TSV_RELATION_FEATURES });
  const name = (s: TsvSpan) => `${s.features.category} ${s.begin}-${s.end}`;
  const facts = doc.spans.map((s) => {
    const f: string[] = [];
    for (const [k, v] of Object.entries(s.features)) {
      if (k === 'category' || v === null) continue;
      for (const part of v.split('\n')) f.push(`${k}=${part}`);
    }
    return `span ${name(s)} ${f.sort().join(' | ')}`;
  });
  for (const r of doc.relations) facts.push(`relation ${r.features.category} ${name(r.source)} -> ${name(r.target)}${r.features.note ? ' note=' + r.features.note : ''}`);
  return { facts: facts.sort(), text: doc.text };
}
