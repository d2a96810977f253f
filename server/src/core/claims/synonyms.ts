// Counted nouns that name the same people (data/claims/synonyms.json):
// «200 متظاهر» and «350 محتجا» count one group. Sets are matched by stem
// (noun-stem.ts), so a linguist lists each noun once, with its broken plural
// if it has one.

import synonymsData from '../data/claims/synonyms.json' with { type: 'json' };
import wholeData from '../data/claims/whole-groups.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { stemOf } from './noun-stem.js';

type SynonymSet = { group: string | null; nouns: string[]; measure?: string };

/** Each listed stem's set: its first stem, and the group of groups.json it counts if any. */
const SET_OF_STEM = new Map<string, { first: string; group: string | null; measure?: string }>();
/** The measure of each set that has one, by the set's key (noun:متظاهر → participants). */
const MEASURE_OF_GROUP = new Map<string, string>();
/** The key of every set: each names people (migrants, pupils, crews …). */
const PERSON_GROUPS = new Set<string>();
for (const set of (synonymsData as unknown as { sets: SynonymSet[] }).sets) {
  const stems = set.nouns.map((n) => stemOf(normalize(n)));
  PERSON_GROUPS.add(set.group ?? `noun:${stems[0]!}`);
  for (const s of stems) if (!SET_OF_STEM.has(s)) SET_OF_STEM.set(s, { first: stems[0]!, group: set.group, ...(set.measure ? { measure: set.measure } : {}) });
  if (set.measure) MEASURE_OF_GROUP.set(set.group ?? `noun:${stems[0]!}`, set.measure);
}
// the people of a scene (مدعو، معتمر: claims/whole-group.ts) name people too, wherever they are counted
// (a name in Latin letters is a group of groups.json, named already)
const whole = wholeData as { scene: string[]; sited: { groups: string[] }[] };
for (const noun of [...whole.scene, ...whole.sited.flatMap((e) => e.groups)]) if (!/^[a-z*-]+$/.test(noun)) PERSON_GROUPS.add(nounGroupKey([stemOf(normalize(noun))]));

/** The measure a counted noun's set says when nothing else does (متظاهر → participants), by the noun's stem; null for none. */
export function measureOfNoun(stem: string): string | null {
  return SET_OF_STEM.get(stem)?.measure ?? null;
}

/** Is the group a set of person nouns (noun:مهاجر, noun:شاب)? */
export function isPersonGroup(group: string): boolean {
  return PERSON_GROUPS.has(group);
}

/**
 * Does a counted noun's group name people: a set of person nouns, or, when
 * the noun as written (normalised) is known, a masculine plural or accusative
 * of the pattern of a derived participle (م and four letters or more:
 * مهاجرين، مقاتلا، مواطنين), which names doers. منزل، مركب (م and three) are
 * not, nor a feminine plural (المستشفيات، مستودعات: places, things). The
 * doers' broken plural فُعّال (حراس، عمال) names people too.
 */
export function namesPeople(group: string, written?: string): boolean {
  if (isPersonGroup(group)) return true;
  if (written === undefined) return false;
  // the doers' broken plural فُعّال, its doubling unwritten (حراس، عمال، ركاب، تجار): four letters, alif third
  if (/^[^ا]{2}ا[^ا]$/.test(written)) return true;
  return /(ين|ون|ا)$/.test(written) && /^noun:م[^ ]{4,}$/.test(group);
}

/** Does this group's set name the people a measure counts (noun:متظاهر and participants)? Then they are everyone it counts. */
export function isMeasureOwnGroup(group: string, measure: string): boolean {
  return MEASURE_OF_GROUP.get(group) === measure;
}

/**
 * The group a counted noun's stems name: a listed group when one noun of a
 * set that counts it (a listed group), else `noun:` and each stem as its set's
 * first (محتج → متظاهر), so «الجيش السوري» and «الجيش التركي» stay apart.
 */
export function nounGroupKey(stems: string[]): string {
  const one = stems.length === 1 ? SET_OF_STEM.get(stems[0]!) : undefined;
  if (one?.group) return one.group;
  return `noun:${stems.map((s) => SET_OF_STEM.get(s)?.first ?? s).join(' ')}`;
}
