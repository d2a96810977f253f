// Number agreement of an elided subject (وأضافوا، قائلاً): a verb in the
// plural stands for speakers in the plural, a singular one for one speaker.
// Only the sound masculine plural shows on the word (دبلوماسيون، ناشطين،
// مسؤولون): human groups take it, and a broken plural of things (المصادر)
// agrees with a feminine singular verb anyway, so it counts as singular here.
import { isPersonName } from '../lexicon/people.js';
import { normalize } from '../text/normalize.js';

/** Does the verb form (normalised, proclitics on) have a plural subject? قالوا، يقولون، مؤكدين. */
export function pluralCue(norm: string): boolean {
  return norm.length >= 4 && /(وا|ون|ين)$/.test(norm);
}

/** Is the source, as written, a group in the sound plural (its first word, ال cut: الدبلوماسيون، ناشطين)? */
export function pluralSource(text: string): boolean {
  const first = normalize(text).split(/\s+/, 1)[0] ?? '';
  const w = first.startsWith('ال') ? first.slice(2) : first;
  // a name ends so too (حسين، بوتين، ياسين): a given name or a listed surname is one person
  return w.length >= 5 && /(ون|ين)$/.test(w) && !isPersonName(w) && !isPersonName(first);
}
