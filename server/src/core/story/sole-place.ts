// The home of a folder that names one place only. A folder of several
// articles where one places its toll in a town and another gives a toll with
// no place (its headline names none) has no majority for a home, yet nothing
// tells of another place: the unplaced figures are the story's own, and the
// one place named is its home. Refused when the unplaced article names any
// place itself (its country: the toll may be the whole country's; a border
// with another: the toll may be across it), when the place is no place but
// another time's incident (@2002), and when an unplaced clause names a word
// where a place stands (في أ) that no placed article uses: that is a place
// the gazetteer does not know (another town, a region), not the same scene.
import { normalize } from '../text/normalize.js';
import type { StoryClaim } from './types.js';

export interface SoleDoc {
  votes: Set<string>;
  claims: StoryClaim[];
  text?: string;
  /** How many places its text names (any, in any clause); undefined when not given. */
  named?: number;
  off?: unknown;
}

/** The one place the folder's articles name as events, or '' (none, several, or an unplaced clause elsewhere). */
export function solePlace(votes: Map<string, number>, sceneVotes: Map<string, number>, docs: Iterable<SoleDoc>): string {
  if (votes.size !== 1) return '';
  const [only] = votes.keys();
  if (only!.startsWith('@')) return '';
  for (const p of sceneVotes.keys()) if (p !== only) return '';
  const list = [...docs].filter((d) => !d.off);
  if (list.length < 2) return '';
  const placed = list.filter((d) => d.votes.size > 0);
  const unplaced = list.filter((d) => d.votes.size === 0);
  for (const d of unplaced) {
    if (d.named !== 0) return '';
    // a country of its own (a nisba: الانتخابات الجزائرية) other than the place: the whole of which the place is part
    for (const c of d.claims) if (c.event === '' && c.country && c.country !== only) return '';
  }
  // في سوق in both headlines: one scene; في أ in one only: a place no article reads (another town, a village of the province)
  const texts = new Map<SoleDoc, string>();
  const said = (docs: SoleDoc[], keys: string[]) =>
    docs.some((o) => {
      let t = texts.get(o);
      if (t === undefined) texts.set(o, (t = normalize(o.text ?? '')));
      return keys.some((k) => t!.includes(k));
    });
  for (const d of unplaced) for (const c of d.claims) if (c.event === '' && c.alias && !said(placed, c.alias)) return '';
  for (const d of placed) for (const c of d.claims) if (c.alias && c.event === only && !said(unplaced, c.alias)) return '';
  return only!;
}
