// Every English message the annotation store gives a user, in one place, with
// named placeholders: the server translates them once (localiseMessages), the
// CLI keeps English.

export const MESSAGES = {
  noTab: 'no tab after the id: expected ID<TAB>DATA',
  badEquiv: 'cannot read an Equiv line: expected {syntax}',
  badId: '"{id}" is not a brat id (a letter prefix and a number, e.g. T1)',
  cannotRead: 'cannot read {id}: expected {syntax}',
  keptAsWritten: 'Line {line} kept as written: {why}',
  conflictMarker: 'Line {line}: git merge-conflict marker; resolve the conflict before the file can be edited',
  foreign: 'Line {line}: {id} has a prefix Isnad does not read; it is kept as written',
  unanchored: 'Line {line}: {id} «{text}» {why}; the line is kept as it was',
  noLongerInText: 'is no longer in the text where it was (its words changed or were removed)',
  changedByEdit: 'was changed by an edit (quick fix: accept the new text, re-attach or delete)',
  deletedByEdit: 'was deleted from the text (quick fix: re-attach or delete)',
  notAtOffsets: 'is not at its offsets and cannot be placed without guessing',
  onLine: 'Line {line}: {message}',
  duplicateId: '{id} is already used on line {first}',
  startsAfterEnd: '{id} starts at {start}, after its end {end}',
  pastEnd: '{id} ends at {end}, past the end of the text ({length} characters)',
  overlap: '{id}: its fragments overlap or are out of order',
  textMismatch: '{id} stores «{stored}» but the text at {at} is «{actual}»',
  missingRef: '{id} refers to {ref}, which is not in the file',
  badConflict: 'Line {line}: {why}; resolve this conflict by hand',
  unexpectedMarker: 'unexpected {marker} marker',
};

/** The message with its placeholders filled. */
export function message(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Replaces every message by its translation (the server calls it once, after its l10n is set). */
export function localiseMessages(translate: (s: string) => string): void {
  for (const k of Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]) MESSAGES[k] = translate(MESSAGES[k]);
}
