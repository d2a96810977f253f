// Another article recalling this one's event: a story's report may end on an
// earlier incident of the same kind elsewhere («it came two days after a fire
// in a market of أ that injured 4»), and that incident's own report may be in
// the folder too. The recalling article sets, by its own clause, a count of
// this article's in a province where this article sets it, while it is set
// elsewhere itself (the province it names most is another), and this article
// is dated two days at least before it (the story's wounded taken to a
// hospital in another city are counted there on the story's days). Such a count ties
// the recalling article to this article's event, not this article to the
// story's: it neither joins the two as one event's figure nor makes the
// place part of the story's scene (story/off-topic.ts, story/other-scene.ts).

import settings from '../data/story/off-topic.json' with { type: 'json' };
import type { EventSignature } from './event-signature.js';

/** The province the article names most often, or ''. */
function mainProvince(s: EventSignature): string {
  let best = -1;
  for (let i = 0; i < s.provinces.ids.length; i++) if (best < 0 || s.provinces.mentions[i]! > s.provinces.mentions[best]!) best = i;
  return best < 0 ? '' : s.provinces.ids[best]!;
}

/** Where `mine` sets its i-th count: the provinces its clauses name, else the province it names most (twice at least: its own scene). */
function settingOf(mine: EventSignature, i: number): string[] {
  if (mine.figureProvinces[i]!.length) return mine.figureProvinces[i]!;
  const main = mainProvince(mine);
  return main && mine.provinces.mentions[mine.provinces.ids.indexOf(main)]! >= 2 ? [main] : [];
}

/** Does `other` recall `mine`'s event with `mine`'s i-th count? Only an earlier event is recalled: `mine` is dated two days at least before it. */
export function recallsWith(other: EventSignature, mine: EventSignature, n: number): boolean {
  // a report dated on the story's days or after that counts the same people in its city is the story's (its wounded taken there)
  if (mine.day === null || other.day === null || other.day - mine.day < settings.apartDays) return false;
  const key = mine.figures[n]!;
  const at = settingOf(mine, n);
  const i = other.figures.indexOf(key);
  if (i < 0 || !at.length) return false;
  const where = other.figureProvinces[i]!;
  if (!where.length || !where.every((p) => at.includes(p))) return false;
  const main = mainProvince(other);
  return !!main && !at.includes(main);
}

/** Does `other` set figures at `place` only as recalls of `mine`'s event (each a count of `mine`'s set there too)? */
export function recallsAt(other: EventSignature, mine: EventSignature, place: string): boolean {
  let any = false;
  for (let i = 0; i < other.figures.length; i++) {
    if (!other.figureProvinces[i]!.includes(place)) continue;
    const j = mine.figures.indexOf(other.figures[i]!);
    if (j < 0 || !recallsWith(other, mine, j)) return false;
    any = true;
  }
  return any;
}
