// Places the team annotated: every Place of a .ann (with its PlaceType) is
// found wherever the same name occurs. Parsed once per text of each file.
import { parseAnn } from '../../standoff/index.js';
import type { LearntName } from '../../core/places/team.js';
import type { PlaceType } from '../../core/types.js';

function placeNames(ann: string): LearntName[] {
  const doc = parseAnn(ann);
  const types = new Map<string, string>();
  for (const l of doc.lines) if (l.kind === 'attribute' && l.type === 'PlaceType' && l.value) types.set(l.target, l.value);
  const out: LearntName[] = [];
  for (const l of doc.lines) {
    if (l.kind !== 'textbound' || l.type !== 'Place' || !l.text.trim()) continue;
    const type = types.get(l.id) as PlaceType | undefined;
    out.push({ name: l.text, ...(type ? { type } : {}) });
  }
  return out;
}

export class LearntPlaces {
  private readonly cache = new Map<string, { ann: string; names: LearntName[] }>();

  /** The places of these .ann files (`read` gives a file's text, null when there is none); one entry per name. */
  of(annUris: Iterable<string>, read: (annUri: string) => string | null): LearntName[] {
    const out = new Map<string, LearntName>();
    for (const annUri of annUris) {
      const ann = read(annUri);
      if (!ann) continue;
      let cached = this.cache.get(annUri);
      if (!cached || cached.ann !== ann) this.cache.set(annUri, (cached = { ann, names: placeNames(ann) }));
      for (const n of cached.names) out.set(n.name, n);
    }
    return [...out.values()];
  }
}
