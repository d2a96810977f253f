// Checks a .ann against its .txt: offsets in range, stored text equal to the
// text at the offsets, unique ids, references to ids that exist. A file with
// any error is never rewritten by the server (canRewrite).

import type { AnnDocument, AnnLine, AnnProblem, LineRange } from './model.js';
import { isIdLine, refsOf } from './model.js';
import { SourceText } from './text-spans.js';
import { said, saying, type Said } from './messages.js';

function range(l: AnnLine, part: 'id' | 'data' | 'tail'): LineRange {
  return l.at?.[part] ?? [0, l.raw.length];
}

/** Range of a referenced id inside the data field, for a precise squiggle. */
function refRange(l: AnnLine, ref: string): LineRange {
  const [ds, de] = range(l, 'data');
  const data = l.raw.slice(ds, de);
  const re = new RegExp(`(^|[ :])${ref.replace(/[#]/g, '\\#')}(?=$| )`);
  const m = re.exec(data);
  if (!m) return [ds, de];
  const s = ds + m.index + m[1]!.length;
  return [s, s + ref.length];
}

function err(l: AnnLine, [start, end]: LineRange, code: string, text: Said): AnnProblem {
  return { line: l.line, start, end, severity: 'error', code, ...saying(said('onLine', { line: l.line + 1, message: text })) };
}

/** Every problem of the file: syntax (from parsing) and against the text. */
export function validateAnn(doc: AnnDocument, txt: string | SourceText): AnnProblem[] {
  const src = typeof txt === 'string' ? new SourceText(txt) : txt;
  const out: AnnProblem[] = [...doc.problems];
  const seen = new Map<string, number>();
  for (const l of doc.lines) {
    if (!('id' in l) || !l.id) continue;
    const first = seen.get(l.id);
    if (first !== undefined) out.push(err(l, range(l, 'id'), 'duplicate-id', said('duplicateId', { id: l.id, first: first + 1 })));
    else seen.set(l.id, l.line);
  }
  const defined = new Set(seen.keys());

  for (const l of doc.lines) {
    if (l.kind === 'textbound') {
      let ok = true;
      let prevEnd = -1;
      for (const [s, e] of l.fragments) {
        if (s > e) {
          out.push(err(l, range(l, 'data'), 'bad-offsets', said('startsAfterEnd', { id: l.id, start: s, end: e })));
          ok = false;
        } else if (e > src.length) {
          out.push(err(l, range(l, 'data'), 'offset-out-of-range', said('pastEnd', { id: l.id, end: e, length: src.length })));
          ok = false;
        } else if (s < prevEnd) {
          out.push(err(l, range(l, 'data'), 'bad-offsets', said('overlap', { id: l.id })));
          ok = false;
        }
        prevEnd = e;
      }
      if (ok) {
        const actual = src.textOf(l.fragments);
        if (actual !== l.text) {
          out.push(err(l, l.at?.tail ?? range(l, 'data'), 'text-mismatch', said('textMismatch', { id: l.id, stored: l.text, at: l.fragments.map((f) => f.join('-')).join(','), actual })));
        }
      }
    }
    if (isIdLine(l) || l.kind === 'equiv') {
      for (const r of refsOf(l)) {
        if (!defined.has(r)) out.push(err(l, refRange(l, r), 'missing-ref', said('missingRef', { id: 'id' in l ? l.id : 'Equiv', ref: r })));
      }
    }
  }
  return out;
}

/** True when the server may write to this file: no error in it or against the text. */
export function canRewrite(doc: AnnDocument, txt?: string | SourceText): boolean {
  const problems = txt === undefined ? doc.problems : validateAnn(doc, txt);
  return !doc.conflicted && !problems.some((p) => p.severity === 'error');
}
