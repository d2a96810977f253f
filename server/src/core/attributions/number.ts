// Number agreement of an elided subject (وأضافوا، قائلاً): a verb in the
// plural stands for speakers in the plural, a singular one for one speaker.
// Only the sound masculine plural shows on the word (دبلوماسيون، ناشطين،
// مسؤولون): human groups take it, and a broken plural of things (المصادر)
// agrees with a feminine singular verb anyway, so it counts as singular here.
import { isPersonName } from '../lexicon/people.js';

/** Does the verb form (normalised, proclitics on) have a plural subject? قالوا، يقولون، مؤكدين. */
export function pluralCue(norm: string): boolean {
  return norm.length >= 4 && /(وا|ون|ين)$/.test(norm);
}

/** Is a source whose first word is this (normalised) a group in the sound plural (الدبلوماسيون، ناشطين)? */
export function pluralSource(first: string): boolean {
  if (first.length < 5 || (first.charCodeAt(first.length - 1) !== 0x646 /* ن */)) return false;
  const w = first.startsWith('ال') ? first.slice(2) : first;
  // a name ends so too (حسين، بوتين، ياسين): a given name or a listed surname is one person
  return w.length >= 5 && /(ون|ين)$/.test(w) && !isPersonName(w) && !isPersonName(first);
}
