// A vowel mark the writer gave a name can tell two entries of one spelling
// apart: «عمّان» with a shadda is Amman, while bare «عمان» is ranked as any
// name (the country Oman first). Data in data/places/vowelled-names.json.

import data from '../data/places/vowelled-names.json' with { type: 'json' };

/** Marks other than the shadda, and the tatweel: ignored when matching. */
const OTHER_MARKS = /[\u064B-\u0650\u0652\u0640]/g;
const NAMES = Object.entries(data.names as Record<string, string>).map(([written, id]) => ({ written: written.replace(OTHER_MARKS, ''), id }));

/** The entry id the name's written marks pick among ids (the word as written, proclitics and all), or undefined. */
export function vowelledEntry(written: string, ids: readonly string[]): string | undefined {
  if (!written.includes('\u0651')) return undefined;
  const w = written.replace(OTHER_MARKS, '');
  for (const n of NAMES) if (w.endsWith(n.written) && w.length - n.written.length <= 3 && ids.includes(n.id)) return n.id;
  return undefined;
}
