// CoNLL-style BIO export for training taggers: one token per line (the
// tokenizer's tokens, spaces left out), a blank line between sentences, one
// BIO column per span type so nested spans (a Figure inside a Content) are
// all kept. A token is inside a span when they overlap: a proclitic glued to
// a name (وحلب) makes the whole token a Place, the tagger's unit.

import { tokenize } from '../core/parse/tokenize.js';
import { parseAnn } from './parse.js';
import { SourceText } from './text-spans.js';

export const DEFAULT_BIO_TYPES = ['Figure', 'Place', 'Cue', 'Source', 'Content'];

export interface ConllOptions {
  /** Span types, one column each, in this order. */
  types?: string[];
  /** Add start and end code point offsets of each token as columns 2 and 3. */
  offsets?: boolean;
}

/** BIO tags per token for one type: 'B-Place', 'I-Place' or 'O'. */
export function bioTags(annText: string, txt: string, type: string): string[] {
  return conllRows(annText, txt, [type]).flatMap((s) => s.map((r) => r.tags[0]!));
}

interface Row {
  token: string;
  start: number;
  end: number;
  tags: string[];
}

function conllRows(annText: string, txt: string, types: string[]): Row[][] {
  const src = new SourceText(txt);
  const doc = parseAnn(annText);
  // every fragment in UTF-16, per type; a discontinuous span is one entity
  const spans = types.map((type) =>
    doc.lines.flatMap((l) => (l.kind === 'textbound' && l.type === type ? [l.fragments.map((f) => src.toUtf16(f))] : [])),
  );
  const { tokens, sentences } = tokenize(txt);
  const rows: Row[][] = [];
  for (const s of sentences) {
    const sent: Row[] = [];
    const last = types.map(() => -1);
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.type === 'space') continue;
      const tags = types.map((type, k) => {
        const hit = spans[k]!.findIndex((frags) => frags.some(([a, b]) => a < t.end && t.start < b));
        if (hit < 0) {
          last[k] = -1;
          return 'O';
        }
        const tag = (last[k] === hit ? 'I-' : 'B-') + type;
        last[k] = hit;
        return tag;
      });
      sent.push({ token: t.text, start: src.cp.toCodePoint(t.start), end: src.cp.toCodePoint(t.end), tags });
    }
    if (sent.length) rows.push(sent);
  }
  return rows;
}

export function toConll(annText: string, txt: string, options: ConllOptions = {}): string {
  const types = options.types ?? DEFAULT_BIO_TYPES;
  const header = `# token${options.offsets ? '\tstart\tend' : ''}\t${types.join('\t')}\n`;
  return (
    header +
    conllRows(annText, txt, types)
      .map((sent) => sent.map((r) => [r.token, ...(options.offsets ? [r.start, r.end] : []), ...r.tags].join('\t') + '\n').join(''))
      .join('\n')
  );
}
