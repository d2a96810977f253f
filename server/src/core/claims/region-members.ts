// Regions across borders with a fixed list of member countries (أمريكا الوسطى:
// data/places/region-members.json). One is an area of one event as a country
// is: a story that places its event in one member country and at the region
// tells of one event there (story/scenes.ts), never when it names two members.

import data from '../data/places/region-members.json' with { type: 'json' };

const MEMBERS = new Map<string, readonly string[]>(Object.entries(data.members));

/** The member countries of a region that lists them, or null. */
export function membersOf(region: string): readonly string[] | null {
  return MEMBERS.get(region) ?? null;
}

/** The regions that list the country among their members. */
export function regionsOfCountry(country: string): string[] {
  const out: string[] = [];
  for (const [region, members] of MEMBERS) if (members.includes(country)) out.push(region);
  return out;
}
