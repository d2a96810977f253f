// The Isnad annotation scheme as brat types. brat/annotation.conf and
// docs/annotation-format.md say the same; keep the three in step (the span
// types come from the kinds table, core/kinds.ts, and scripts/gen-kinds.ts
// writes them into brat/).

import { KINDS } from '../core/kinds.js';
import type { FigureKind, PlaceType, Qualifier, SourceType } from '../core/types.js';

type SuggestedType = NonNullable<(typeof KINDS)[number]['brat']>['type'];

/** The span types a detector suggests (what `RejectedType` can name): the brat types of the kinds table. */
export const SUGGESTED_TYPES: readonly SuggestedType[] = KINDS.flatMap((k) => (k.brat ? [k.brat.type] : []));

/** Span (T) types. `Rejected` records a detector suggestion an annotator turned down. */
export const SPAN_TYPES: readonly (SuggestedType | 'Rejected')[] = [...SUGGESTED_TYPES, 'Rejected'];
export type SpanType = (typeof SPAN_TYPES)[number];

/** Relation (R) types, Arg1 → Arg2. */
export const RELATIONS = {
  /** Arg1 Source said the Arg2 Figure. */
  SourceOf: ['Source', 'Figure'],
  /** Arg1 Source said the Arg2 Content. */
  Says: ['Source', 'Content'],
  /** Arg1 Cue introduces the Arg2 Source. */
  CueOf: ['Cue', 'Source'],
  /** Reviewed: the two figures do contradict each other. */
  Conflicts: ['Figure', 'Figure'],
  /** Reviewed: a reported contradiction that is none (total and part, different events …). */
  NotConflicting: ['Figure', 'Figure'],
  /** Arg1 Figure revises (ارتفع إلى) the older Arg2 Figure, which is superseded. */
  Supersedes: ['Figure', 'Figure'],
} as const satisfies Record<string, readonly [SpanType, SpanType]>;
export type RelationType = keyof typeof RELATIONS;

const FIGURE_KINDS: FigureKind[] = ['count', 'measure', 'age', 'date', 'ordinal', 'identifier'];
const QUALIFIERS: Qualifier[] = ['approx', 'at-least', 'more-than', 'less-than', 'at-most', 'range', 'revised', 'vague'];
const PLACE_TYPES: PlaceType[] = ['country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'neighbourhood', 'region', 'river', 'mountain', 'place'];
const SOURCE_TYPES: SourceType[] = ['person', 'official', 'anonymous', 'agency', 'armed-group', 'witness', 'article'];

/** Attribute (A) types: the span type they apply to and their values (null = binary). */
export const ATTRIBUTES: Record<string, { on: SpanType; values: readonly string[] | null }> = {
  Kind: { on: 'Figure', values: FIGURE_KINDS },
  Qualifier: { on: 'Figure', values: QUALIFIERS },
  Negated: { on: 'Figure', values: null },
  PlaceType: { on: 'Place', values: PLACE_TYPES },
  SourceType: { on: 'Source', values: SOURCE_TYPES },
  RejectedType: { on: 'Rejected', values: SUGGESTED_TYPES },
};

/** The normalisation (N) type and the databases it points to. */
export const REFERENCE = 'Reference';
export const NORMALIZATION_DBS: Record<string, string> = { geonames: 'GeoNames', isnad: 'Isnad' };

/** The note (#) type brat shows in its annotation dialog. */
export const NOTES = 'AnnotatorNotes';
