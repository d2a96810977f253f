// Builds a document context with figures, places and sources placed by hand,
// so the claims reader and the story index are tested apart from the
// detectors that will feed them.
import { emptyContext, type DocContext } from '../../server/src/core/parse/context.js';
import { tokenize } from '../../server/src/core/parse/tokenize.js';
import type { Figure, FigureKind, PlaceType, Qualifier, SourceType } from '../../server/src/core/types.js';

export interface FigSpec {
  /** The figure's text; the nth (default first) occurrence in the document. */
  at: string;
  nth?: number;
  value?: number;
  min?: number;
  max?: number;
  kind?: FigureKind;
  qualifier?: Qualifier;
  unit?: string;
  /** The counted noun as written, searched after the figure. */
  counted?: string;
  detail?: string;
  source?: string;
  sourceType?: SourceType;
}

export interface PlaceSpec {
  at: string;
  nth?: number;
  name?: string;
  type?: PlaceType;
  id?: string;
}

function find(text: string, s: string, nth = 0, from = 0): number {
  let i = from - 1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`fixture: «${s}» #${nth} not in text`);
  }
  return i;
}

export function figure(text: string, f: FigSpec): Figure {
  const start = find(text, f.at, f.nth);
  const end = start + f.at.length;
  const value = f.value ?? (f.min !== undefined && f.min === f.max ? f.min : null);
  const out: Figure = {
    start,
    end,
    text: f.at,
    kind: f.kind ?? 'count',
    value,
    min: f.min ?? value ?? 0,
    max: f.max ?? value ?? 0,
    qualifier: f.qualifier ?? null,
    unit: f.unit ?? null,
    counted: null,
  };
  if (f.detail) out.detail = f.detail;
  if (f.counted) {
    const c = find(text, f.counted, 0, start);
    out.counted = { start: c, end: c + f.counted.length, text: f.counted, lemma: f.counted };
  }
  out.source = { text: f.source ?? 'outlet', type: f.sourceType ?? (f.source ? 'official' : 'article'), chain: [f.source ?? 'outlet'], attribution: f.source ? 0 : -1 };
  return out;
}

export function doc(text: string, figures: FigSpec[] = [], places: PlaceSpec[] = []): DocContext {
  const ctx = emptyContext(text, tokenize(text));
  ctx.figures = figures.map((f) => figure(text, f)).sort((a, b) => a.start - b.start);
  ctx.places = places
    .map((p) => {
      const start = find(text, p.at, p.nth);
      return { start, end: start + p.at.length, text: p.at, name: p.name ?? p.at, type: p.type ?? 'city', id: p.id ?? null, via: 'gazetteer' as const };
    })
    .sort((a, b) => a.start - b.start);
  return ctx;
}
