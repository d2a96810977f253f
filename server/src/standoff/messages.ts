// Every English message the annotation store gives a user, in one place, with
// named placeholders. The store says a message as data (said: its key and
// values) besides its English text, so each server says it in its own
// language (say with its localisedMessages table) and the CLI keeps English;
// nothing here is changed at run time.

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
  notClosed: 'the conflict is not closed by >>>>>>>',
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** A table of the store's messages: MESSAGES, or a translation of it. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** A message as data: its key and the values of its placeholders (which may be messages themselves). */
export interface Said {
  key: MessageKey;
  values: Readonly<Record<string, string | number | Said>>;
}

export function said(key: MessageKey, values: Said['values'] = {}): Said {
  return { key, values };
}

/** The message in a language (English by default), its placeholders filled, nested messages said too. */
export function say(s: Said, table: Messages = MESSAGES): string {
  return message(table[s.key], Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, typeof v === 'object' ? say(v, table) : v])));
}

/** What a problem carries: its English text and the message as data. */
export function saying(s: Said): { message: string; said: Said } {
  return { message: say(s), said: s };
}

/** The message with its placeholders filled. */
export function message(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** A new table with every message translated (MESSAGES itself is left as it is). */
export function localisedMessages(translate: (s: string) => string): Messages {
  return Object.fromEntries(Object.entries(MESSAGES).map(([k, v]) => [k, translate(v)])) as Record<MessageKey, string>;
}
