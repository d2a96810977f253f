// A WebAnno TSV 3.x reader for the tests, following the rules of
// INCEpTION's reader (Tsv3XDeserializer, read, not copied): the #FORMAT line,
// the layer declarations up to a blank line, one more blank line; sentences
// of a #Text header and token lines with at least columns + 3 fields; the
// text rebuilt from the sentences (a gap before a sentence filled with
// spaces, a line break after each, dropped when the next sentence starts
// right there); in a cell `_` is no annotation, stacked values split at an
// unescaped `|`, a `[n]` suffix is a disambiguation id (a span seen again
// with it is extended to this token), `*` a value left empty; a BT_ cell is
// the source token and `[source_target]` ids, resolved after all spans exist.
// Anything off these rules throws, as INCEpTION's import would fail.

export interface TsvSpan {
  begin: number;
  end: number;
  features: Record<string, string | null>;
}
export interface TsvRelation {
  source: TsvSpan;
  target: TsvSpan;
  features: Record<string, string | null>;
}
export interface TsvDocument {
  text: string;
  spans: TsvSpan[];
  relations: TsvRelation[];
}

function unescapeText(s: string): string {
  return s.replace(/\\([\s\S])/g, (_m, c: string) => ({ t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' })[c] ?? c);
}

function unescapeValue(s: string): string {
  return s.replace(/\\(->|[\\[\]|_;*tn])/g, (_m, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}

/** Splits at separators not preceded by a backslash (the reader's (?<!\\)\| pattern). */
const splitUnescaped = (s: string, sep: string): string[] => s.split(new RegExp(`(?<!\\\\)${sep.replace(/[|]/g, '\\|')}`));

interface Column {
  layer: string;
  kind: 'span' | 'relation';
  feature: string;
  ref: boolean;
}

export function readWebAnnoTsv(tsv: string, knownLayers: Record<string, string[]>): TsvDocument {
  const lines = tsv.split(/\r\n|\r|\n/); // Java's readLine
  let i = 0;
  const next = () => lines[i++];
  const format = next();
  if (!/^#FORMAT=.* \d+\.\d+$/.test(format ?? '')) throw new Error(`bad format header ${format}`);
  const columns: Column[] = [];
  for (let line = next(); line !== undefined && line.trim() !== ''; line = next()) {
    const m = /^#T_(SP|RL|CH)=(.*)$/.exec(line);
    if (!m) break;
    const [layer, ...decls] = m[2]!.split('|');
    const features = knownLayers[layer!];
    if (!features) throw new Error(`CAS type system does not contain a type named [${layer}]`);
    for (const d of decls) {
      if (m[1] === 'RL' && d.startsWith('BT_')) {
        if (!knownLayers[d.slice(3)]) throw new Error(`CAS does not contain a type called [${d.slice(3)}]`);
        columns.push({ layer: layer!, kind: 'relation', feature: 'source', ref: true });
      } else {
        if (!features.includes(d)) throw new Error(`Type [${layer}] does not contain a feature called [${d}]`);
        columns.push({ layer: layer!, kind: m[1] === 'RL' ? 'relation' : 'span', feature: d, ref: false });
      }
    }
  }
  if ((next() ?? '').trim() !== '') throw new Error('expected the second blank line after the schema');

  let text = '';
  let sentenceText = '';
  let inSentence = false;
  let prev: 'gap' | 'header' | 'token' = 'gap';
  const spans: TsvSpan[] = [];
  const relations: TsvRelation[] = [];
  const byDisambiguation = new Map<number, TsvSpan>();
  const unitAnnotations = new Map<string, Map<string, (TsvSpan | TsvRelation)[]>>(); // unit → layer → by stacking index
  const deferred: (() => void)[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' && i === lines.length - 1) break;
    if ((prev === 'gap' || prev === 'header') && line.startsWith('#Text=')) {
      sentenceText += unescapeText(line.slice('#Text='.length)) + '\n';
      prev = 'header';
      continue;
    }
    if (line === '') {
      if (prev === 'header') throw new Error(`line ${i + 1}: expected a token after the sentence header`);
      inSentence = false;
      prev = 'gap';
      continue;
    }
    if (prev === 'gap') throw new Error(`line ${i + 1}: expected sentence header`);
    const fields = line.split('\t');
    if (fields.length < columns.length + 3) throw new Error(`line ${i + 1}: expected ${columns.length + 3} fields but found ${fields.length}`);
    const unit = fields[0]!;
    const [begin, end] = fields[1]!.split('-').map(Number) as [number, number];
    if (unit.includes('.')) throw new Error('sub-tokens are not expected in an Isnad export');
    if (prev === 'header') {
      if (text.length > begin) {
        if (text.length !== begin + 1 || !text.endsWith('\n')) throw new Error(`line ${i + 1}: sentence starts at ${begin}, inside the text before (${text.length})`);
        text = text.slice(0, -1);
      }
      text += ' '.repeat(begin - text.length);
      text += sentenceText;
      sentenceText = '';
      inSentence = true;
    }
    if (!inSentence) throw new Error(`line ${i + 1}: token outside a sentence`);
    prev = 'token';
    const here = new Map<string, (TsvSpan | TsvRelation)[]>();
    unitAnnotations.set(unit, here);
    columns.forEach((col, c) => {
      const raw = fields[c + 3]!;
      if (raw === '_') return;
      splitUnescaped(raw, '|').forEach((value, stack) => {
        let v = value;
        let dis: string | null = null;
        if (v.endsWith(']') && !v.endsWith('\\]')) {
          dis = v.slice(v.lastIndexOf('[') + 1, -1);
          v = v.slice(0, v.lastIndexOf('['));
        }
        const list = here.get(col.layer) ?? [];
        here.set(col.layer, list);
        if (col.kind === 'span') {
          const n = dis === null ? -1 : Number(dis);
          let a = list[stack] as TsvSpan | undefined;
          if (!a && n > 0) {
            a = byDisambiguation.get(n);
            if (a) {
              a.end = end;
              list[stack] = a;
            }
          }
          if (!a) {
            a = { begin, end, features: {} };
            spans.push(a);
            list[stack] = a;
          }
          if (n > 0) byDisambiguation.set(n, a);
          a.features[col.feature] = v === '*' ? null : unescapeValue(v);
        } else {
          let r = list[stack] as TsvRelation | undefined;
          if (!r) {
            r = { source: null as unknown as TsvSpan, target: null as unknown as TsvSpan, features: {} };
            relations.push(r);
            list[stack] = r;
          }
          if (!col.ref) r.features[col.feature] = v === '*' ? null : unescapeValue(v);
          else {
            const [s, t] = dis ? dis.split('_').map(Number) : [-1, -1];
            const rel = r;
            const sourceUnit = v;
            deferred.push(() => {
              const resolve = (d: number, u: string): TsvSpan => {
                const found = d > 0 ? byDisambiguation.get(d) : (unitAnnotations.get(u)?.get(Object.keys(knownLayers).find((k) => k !== col.layer)!)?.[0] as TsvSpan | undefined);
                if (!found) throw new Error(`Unable to resolve reference to disambiguation ID [${d}]`);
                return found;
              };
              rel.source = resolve(s!, sourceUnit);
              rel.target = resolve(t!, unit);
            });
          }
        }
      });
    });
  }
  for (const f of deferred) f();
  if (inSentence && !text.endsWith('\n')) text += '\n';
  return { text, spans, relations };
}
