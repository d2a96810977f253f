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

const definite = (forms: string[]) => forms.flatMap((f) => [f, 'ال' + f]);

export function demonymForms(): DemonymForms {
  const out: DemonymForms = { plurals: [], singulars: [], parents: [] };
  for (const e of (data as { demonyms: { name: string; nisba: string[]; plural?: string[] }[] }).demonyms) {
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
