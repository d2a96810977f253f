// The annotation files core: what the language server calls. Pure: no editor
// or protocol types; positions inside .ann lines are UTF-16 (LSP characters),
// offsets into the .txt are UTF-16 in and out of this API, code points only
// inside the files.

export type { AnnDocument, AnnLine, AnnProblem, Fragment, TextEdit, Severity } from './model.js';
export { parseAnn } from './parse.js';
export { serializeAnn, formatLine } from './serialize.js';
export { validateAnn, canRewrite } from './validate.js';
export { addAnnotations, removeAnnotation, type NewAnnotation, type AnnChange, type Ref } from './edit.js';
export { applyEdits } from './line-edits.js';
export { followTextChanges, type TextChange, type FollowResult } from './follow-edits.js';
export { toTextChanges, type ContentChange } from './text-changes.js';
export { reanchor, type ReanchorResult, type Moved } from './reanchor.js';
export { repairsFor, misplacedLines, type Repair } from './repair.js';
export { resolveConflicts, hasConflicts, type MergeResult, type MergeTexts } from './merge-conflicts.js';
export { toWebAnnotation, fromWebAnnotation } from './web-annotation.js';
export { toConll, bioTags } from './conll.js';
export { exportAnnotations, importAnnotations, type ExportFormat } from './formats.js';
export { toWebAnnoTsv } from './webanno-tsv.js';
export { agreement, cohensKappa, type Agreement } from './agreement.js';
export { shiftView, everySpanPlaced } from './shift-view.js';
export { viewAnnotations, isRejected, supersededIds, reviewOf, type AnnotationsView, type SpanView } from './view.js';
export { figureAnnotation, placeAnnotation, attributionAnnotations, rejection, review, crossReview, figureNote } from './from-findings.js';
export { annotationPathFor, textPathFor } from './paths.js';
export * as schema from './schema.js';
