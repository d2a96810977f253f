// Regions across borders with a fixed list of members, countries or provinces
// (أمريكا الوسطى، كشمير: data/places/region-members.json). One is an area of
// one event as a country is: a story that places its event in one member and
// at the region tells of one event there (story/scenes.ts), never when it
// names two members.

import data from '../data/places/region-members.json' with { type: 'json' };

const MEMBERS = new Map<string, readonly string[]>(Object.entries(data.members));

/** The members of a region that lists them, or null. */
export function membersOf(region: string): readonly string[] | null {
  return MEMBERS.get(region) ?? null;
}

/** The regions that list an area of the chain among their members. */
export function regionsOfChain(chain: readonly string[]): string[] {
  const out: string[] = [];
  for (const [region, members] of MEMBERS) if (!chain.includes(region) && members.some((m) => chain.includes(m))) out.push(region);
  return out;
}
