// The story model: claims of several documents of one workspace folder and
// the conflicts among them. Plain data, no protocol types.

import type { Claim, SourceRef } from '../types.js';

export interface DocMeta {
  /** The document's path or URI, for messages. */
  path: string;
  /** The outlet that published it, when known. */
  outlet?: string;
}

/** A claim as the story index holds it: with its document and its figure's span. */
export interface StoryClaim extends Claim {
  docId: string;
  start: number;
  end: number;
  /** The figure as written. */
  text: string;
  path: string;
  outlet?: string;
  /** The day its clause tells of (days since 1970-01-01), from «أمس», «الاثنين» and the article's date line (story/claim-day.ts). */
  day?: number;
  /** The day of its article's date line (story/claim-day.ts): weaker than `day`, used only to order revised counts (story/revision.ts). */
  articleDay?: number;
  /** The day of the year of its article's date line, with or without a year (story/claim-day.ts): readings of a level on different days (story/compare.ts). */
  datelineDay?: number;
  /** A town's spreading count filed again under a wider place of its area (story/place-part.ts): that place's id. */
  within?: string;
}

/** One side of a conflict: a figure as the index holds it, with its measure, group and camp. */
export interface ConflictSide extends Corroboration {
  measure: string;
  group: string;
  /** 0: the lower value (or the whole a part exceeds); 1: the higher value (or the part). */
  camp: 0 | 1;
  /** A revised figure (ارتفع إلى): the side that updates the other. */
  update?: boolean;
}

export interface Conflict {
  /** Stable while the same values disagree: use it to match diagnostics across updates. */
  id: string;
  /** An update when a side is a revised figure (ارتفع إلى): shown, not as an error. */
  kind: 'contradiction' | 'update';
  /** disagree: same measure and group, values apart; part-exceeds-whole: a part above its total. */
  relation: 'disagree' | 'part-exceeds-whole';
  measure: string;
  group: string;
  event: string;
  /** A count that grows with the news: the higher value may be a later count (offer "mark as update"). */
  offerUpdate: boolean;
  /** Every claim of both camps; several documents may share a camp. */
  sides: ConflictSide[];
  /** What the pair rests on (story/confidence.ts): codes, not sentences. */
  evidence: Evidence[];
  /** 0–1 from the evidence; below the editor's threshold a pair is a hint, not a warning. */
  confidence: number;
  /** A part above its whole across places (story/place-part.ts): the part's place and the whole's, as written. */
  places?: { part: string; whole: string };
}

/**
 * - articles: the camps have sides in different articles; one-article: only
 *   in one article, given by different sources there;
 * - place: both camps name the event's place in their clauses; story-place:
 *   a camp names none and stands for the story's own place;
 * - incident: both camps name the same kind of incident;
 * - part: the pair is a part above its whole, not two values of one thing;
 * - vague: a camp gives only vague quantities (عشرات، مئات): a weak denial;
 * - other-year: the camps' sentences name different years; other-article-year:
 *   they differ only by their articles' date lines (weaker);
 * - other-day: the camps' clauses name days (أمس، الاثنين) further apart
 *   than a next-day count (story/claim-day.ts): another day's toll;
 * - later-count: the higher camp's day follows the lower's by a day or two
 *   (a next-day article), from another source: maybe a later count;
 * - two-sources: one article sets two named sources' figures side by side
 *   (فيما قالت …): a disagreement it reports, not its own timeline;
 * - wider-area: the part is a town's count, the whole its province's
 *   (story/place-part.ts): it rests on the gazetteer's containment as well.
 */
export type Evidence = 'articles' | 'one-article' | 'place' | 'story-place' | 'incident' | 'part' | 'vague' | 'other-year' | 'other-article-year' | 'other-day' | 'later-count' | 'two-sources' | 'wider-area';

/** Another source that agrees with a figure (سبعة and 7): for hovers, never a problem. */
export interface Corroboration {
  docId: string;
  /** Index into that document's Findings.figures. */
  figure: number;
  start: number;
  end: number;
  text: string;
  min: number;
  max: number;
  source: SourceRef;
  path: string;
  outlet?: string;
}
