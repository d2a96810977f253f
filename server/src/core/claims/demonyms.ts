// Nationalities and peoples as counted groups (data/claims/demonyms.json):
// a linguist lists the nisba once (عراقي) and its broken plurals (أتراك);
// the other forms are generated here. Plurals and duals name a group
// anywhere; singulars only as the noun right after a number, since elsewhere
// they are adjectives (مسؤول عراقي) or spelt like the country (سورياً/سوريا).

import { normalize } from '../text/normalize.js';
import data from '../data/claims/demonyms.json' with { type: 'json' };

export interface DemonymForms {
  /** [written form, group] for plurals and duals. */
  plurals: [string, string][];
  /** [written form, group] for singulars: only after a number. */
  singulars: [string, string][];
  /** Each group's parent: a nationality is in the toll, its women in the nationality. */
  parents: [string, string][];
}

/** The group key of a nationality or people; its women have their own, inside it. */
export function nationalityKey(name: string, women = false): string {
  return `nationality:${normalize(name)}${women ? ' (نساء)' : ''}`;
}

type Entry = { name: string; nisba: string[]; plural?: string[]; en?: [string, string] };
const ENTRIES = (data as unknown as { demonyms: Entry[] }).demonyms;

const definite = (forms: string[]) => forms.flatMap((f) => [f, 'ال' + f]);

export function demonymForms(): DemonymForms {
  const out: DemonymForms = { plurals: [], singulars: [], parents: [] };
  for (const e of ENTRIES) {
    const men = nationalityKey(e.name);
    const women = nationalityKey(e.name, true);
    out.parents.push([men, '*'], [women, men]);
    for (const s of e.nisba) {
      for (const f of definite([s + 'ون', s + 'ين', s + 'ان'])) out.plurals.push([f, men]);
      for (const f of definite([s + 'ات', s + 'تان', s + 'تين'])) out.plurals.push([f, women]);
      out.singulars.push([s, men], [s + 'ا', men], [s + 'ة', women]);
    }
    for (const f of definite(e.plural ?? [])) out.plurals.push([f, men]);
  }
  return out;
}

/** How a message names a nationality group: in English and in Arabic. */
export interface NationalityWords {
  /** The name in the key (the country or people; a stem for a nisba not listed). */
  name: string;
  /** The women of that nationality (nationality:<name> (نساء)). */
  women: boolean;
  /** English adjective and plural noun (Iraqi, Iraqis), when the data has them. */
  en?: [string, string];
  /** The definite Arabic plural: العراقيين، الأكراد، العراقيات. */
  ar: string;
}

let byKey: Map<string, Entry> | undefined;

/** The words for a group key nationality:<name> [(نساء)]. */
export function nationalityWords(group: string): NationalityWords {
  byKey ??= new Map(ENTRIES.map((e) => [nationalityKey(e.name), e]));
  let key = group;
  const women = key.endsWith(' (نساء)');
  if (women) key = key.slice(0, -' (نساء)'.length);
  const name = key.slice('nationality:'.length);
  const e = byKey.get(key);
  // a nisba not listed is keyed by its stem (فنلنديين → فنلند)
  const nisba = e ? e.nisba[0]! : name + 'ي';
  const men = e?.plural?.[0] ?? nisba + 'ين';
  return { name, women, ...(e?.en ? { en: e.en } : {}), ar: 'ال' + (women ? nisba + 'ات' : men) };
}

let byNisba: Map<string, string> | undefined;

/** The name (a country) whose nisba adjective this word is, definite and any gender (التونسية → تونس), or null. */
export function nisbaName(norm: string): string | null {
  if (!byNisba) {
    byNisba = new Map();
    for (const e of ENTRIES) for (const s of e.nisba) for (const f of definite([s, s + 'ة'])) byNisba.set(normalize(f), e.name);
  }
  return byNisba.get(norm) ?? null;
}
