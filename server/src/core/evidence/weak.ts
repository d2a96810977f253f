// Which detections rest on weak evidence, and why: the client draws them
// differently and the hover says the reason, so a guess never looks as sure
// as a gazetteer match. Pure and linear: one look at a few words before each
// span. The reasons are codes with the word that caused them; the LSP layer
// words them.
import type { Analysis } from '../analyse.js';
import weakNumbers from '../data/evidence/weak-number-words.json' with { type: 'json' };
import { TITLES, trigger } from '../places/lexicon.js';
import { normalize } from '../text/normalize.js';
import type { Figure, Place } from '../types.js';

export type WeakReason =
  /** Not in any gazetteer: read as a name because a trigger noun (حي، قرية) comes before it. */
  | { code: 'trigger-only'; word: string }
  /** Not in any gazetteer: a repeat of a name that a trigger noun introduced elsewhere in the article. */
  | { code: 'repeat-of-unknown' }
  /** A gazetteer name right after a title and a given name (العميد كاظم جاسم): likely a person's name. */
  | { code: 'person-name'; word: string }
  /** A figure read from a word that usually is no number (أحد المخازن: one of the stores). */
  | { code: 'word-not-number'; word: string };

export interface Evidence {
  /** By index into analysis.places / analysis.figures; null when the evidence is ordinary. */
  places: (WeakReason | null)[];
  figures: (WeakReason | null)[];
}

const WEAK_NUMBER_WORDS = new Set((weakNumbers.words as string[]).map(normalize));
const NORM_TITLES = new Set([...TITLES].map(normalize));

// the words right before a span, in the same clause (punctuation or a line break stops the look)
const WORD = /[\p{L}\p{M}\u0640]+/gu;
function wordsBefore(text: string, start: number, n: number): string[] {
  const from = Math.max(0, start - 80);
  const slice = text.slice(from, start);
  const stop = Math.max(...['\n', '.', '،', ',', '؛', ':', '«', '»', '"', '(', ')'].map((c) => slice.lastIndexOf(c)));
  const words = slice.slice(stop + 1).match(WORD) ?? [];
  return words.slice(-n);
}

// a trigger noun, with or without a conjunction fused to it (وحي)
function isTrigger(w: string): boolean {
  const n = normalize(w);
  return !!trigger(n) || (/^[وف]/.test(n) && !!trigger(n.slice(1)));
}

function placeReason(text: string, p: Place): WeakReason | null {
  if (p.via === 'team') return null; // taught by the team: as strong as the gazetteer
  if (p.via === 'trigger') {
    // the trigger noun is just before, or heads a list the name is in (أحياء التسعين وحزيران)
    const t = wordsBefore(text, p.start, 4).reverse().find(isTrigger);
    return t ? { code: 'trigger-only', word: t } : { code: 'repeat-of-unknown' };
  }
  const before = wordsBefore(text, p.start, 2);
  // title, given name, then a one-word gazetteer name: a person's family name (العميد كاظم جاسم).
  // A definite word between is an adjective, and the name after it a real place (زار الرئيس الفرنسي بغداد).
  const given = before[1] ? normalize(before[1]) : '';
  if (!/\s/.test(p.text.trim()) && before.length === 2 && NORM_TITLES.has(normalize(before[0]!)) && !given.startsWith('ال') && !isTrigger(before[1]!)) {
    return { code: 'person-name', word: `${before[0]} ${before[1]}` };
  }
  return null;
}

function figureReason(f: Figure): WeakReason | null {
  if (f.kind === 'identifier') return null;
  return WEAK_NUMBER_WORDS.has(normalize(f.text.trim())) ? { code: 'word-not-number', word: f.text.trim() } : null;
}

const cache = new WeakMap<Analysis, Evidence>();

/** The weak detections of an analysis (computed once per analysis). */
export function evidenceOf(a: Analysis): Evidence {
  let e = cache.get(a);
  if (!e) cache.set(a, (e = { places: a.places.map((p) => placeReason(a.text, p)), figures: a.figures.map(figureReason) }));
  return e;
}
