// Names a story has learnt. An article reads a name the gazetteer does not
// know as a place after a trigger noun (مدينة أ); another article of the
// folder writes it bare (في أ شمالي ب), and its claims are filed under the
// place that locates it. Each claim keeps the words its clause places it at
// that its article does not read as places (Claim.alias, claims/event.ts);
// where any article of the story names such a word as a place, the claim is
// set there. Incremental: an article's names are counted in and out, and
// only the articles that use a name whose place changed are filed again.

import type { Gazetteer } from '../places/gazetteer.js';
import type { Place } from '../types.js';
import { chainOf } from '../claims/area.js';
import { placeKey } from '../claims/event.js';
import { regionOf } from '../claims/setting.js';
import { normalize } from '../text/normalize.js';
import { strippedForms } from '../lexicon/proclitics.js';
import type { StoryClaim } from './types.js';
import { withFields } from './with-fields.js';

/** A place's text as a name (normalised, no article): place names repeat across an archive, so each is folded once. */
const folded = new Map<string, string>();
function nameOf(text: string): string {
  let name = folded.get(text);
  if (name === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(text, (name = normalize(text).replace(/^ال(?=..)/, '').replace(/\s+/g, ' ')));
  }
  return name;
}

/** The places of one or two words an article names, as name (normalised, no article) → the place's key. */
export function namesOf(places: readonly Place[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of places) {
    const name = nameOf(p.text);
    if (name.split(' ').length > 2 || name.length < 3 || out.has(name)) continue;
    out.set(name, placeKey(p));
  }
  return out;
}

/** Do two articles' names say the same (most edits leave them as they were)? */
function sameNames(a: Map<string, string> | undefined, b: Map<string, string>): boolean {
  if ((a?.size ?? 0) !== b.size) return false;
  for (const [k, v] of b) if (a!.get(k) !== v) return false;
  return true;
}

export class LearntNames {
  /** name → place key → how many articles name it so */
  private byName = new Map<string, Map<string, number>>();
  /** article → its names */
  private byDoc = new Map<string, Map<string, string>>();
  /** name → the articles whose claims use it as an alias */
  private users = new Map<string, Set<string>>();
  /** article → the names its claims use */
  private used = new Map<string, Set<string>>();

  /** The place most articles give the name (the first key in order on a tie), or undefined. */
  key(name: string): string | undefined {
    const keys = this.byName.get(name);
    if (!keys) return undefined;
    let best: string | undefined;
    let top = 0;
    for (const [k, n] of keys) if (n > top || (n === top && best !== undefined && k < best)) [best, top] = [k, n];
    return best;
  }

  /** Replaces an article's names; returns the names whose place changed. */
  teach(docId: string, names: Map<string, string>): Set<string> {
    const old = this.byDoc.get(docId);
    if (sameNames(old, names)) return new Set();
    const touched = new Set<string>([...(old?.keys() ?? []), ...names.keys()]);
    const before = new Map<string, string | undefined>();
    for (const n of touched) before.set(n, this.key(n));
    if (old) this.count(old, -1);
    if (names.size) this.byDoc.set(docId, names);
    else this.byDoc.delete(docId);
    this.count(names, 1);
    const changed = new Set<string>();
    for (const n of touched) if (this.key(n) !== before.get(n)) changed.add(n);
    return changed;
  }

  /** Forgets an article; returns the names whose place changed. */
  forget(docId: string): Set<string> {
    this.use(docId, new Set());
    return this.teach(docId, new Map());
  }

  /** Records the names an article's claims use as aliases. */
  use(docId: string, names: Set<string>): void {
    for (const n of this.used.get(docId) ?? []) {
      const s = this.users.get(n);
      s?.delete(docId);
      if (s && !s.size) this.users.delete(n);
    }
    if (!names.size) {
      this.used.delete(docId);
      return;
    }
    this.used.set(docId, names);
    for (const n of names) {
      let s = this.users.get(n);
      if (!s) this.users.set(n, (s = new Set()));
      s.add(docId);
    }
  }

  /** The articles whose claims use one of the names. */
  dependents(names: Set<string>): Set<string> {
    const out = new Set<string>();
    for (const n of names) for (const d of this.users.get(n) ?? []) out.add(d);
    return out;
  }

  private count(names: Map<string, string>, delta: 1 | -1): void {
    for (const [name, key] of names) {
      let keys = this.byName.get(name);
      if (!keys) this.byName.set(name, (keys = new Map()));
      const n = (keys.get(key) ?? 0) + delta;
      if (n > 0) keys.set(key, n);
      else keys.delete(key);
      if (!keys.size) this.byName.delete(name);
    }
  }
}

/**
 * The claim set at the first of its aliases the story names as a place: that
 * place's key is its event, its area that place's chain (a gazetteer place)
 * or the place then the area that located it (في أ شمالي ب: أ, then ب's).
 * The claim itself when the story knows none of them.
 */
export function resolveAlias(c: StoryClaim, names: LearntNames, gaz: () => Gazetteer): StoryClaim {
  for (const form of c.alias ?? []) {
    const key = names.key(form);
    if (!key) continue;
    const known = key.includes(':') ? chainOf(gaz(), key) : null;
    const area = known ?? [key, ...(c.area ?? []).filter((k) => k !== key)];
    const out: StoryClaim = withFields(c, { event: key, place: c.place ?? form, area });
    const region = known ? regionOf(gaz(), key) : c.region;
    if (region) out.region = region;
    else delete out.region;
    delete out.places;
    delete out.alias;
    return out;
  }
  return c;
}

/** Is the event key a name the gazetteer does not know (no id, not a pair of places, not another incident)? */
const unknownKey = (event: string): boolean => event.length > 0 && !/[:|~@]/.test(event);

/**
 * The names an unknown place's key may stand for with its clitics cut off
 * (بزمفارا: ب + زمفارا; والزاوية: و + ال + زاوية), without the article, as
 * the story learns names; none for a gazetteer place.
 */
export function cliticNames(event: string): string[] {
  if (!unknownKey(event) || event.includes(' ')) return [];
  const out: string[] = [];
  for (const f of strippedForms(event).slice(1)) {
    const name = f.replace(/^ال(?=..)/, '');
    if (name !== event && name.length >= 3 && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * A claim set at an unknown name written with a clitic (قرية بزمفارا) that
 * another article names bare as a place (بولاية زمفارا): the clitic is a
 * preposition, the place that name. The claim itself when the story knows no
 * such name, or when the name as written is one the story learnt too.
 */
export function resolveClitic(c: StoryClaim, names: LearntNames, gaz: () => Gazetteer): StoryClaim {
  for (const name of cliticNames(c.event)) {
    const key = names.key(name);
    if (!key || key === c.event) continue;
    const known = key.includes(':') ? chainOf(gaz(), key) : null;
    const area = known ?? [key, ...(c.area ?? []).filter((k) => k !== key && k !== c.event)];
    const out: StoryClaim = { ...c, event: key, area };
    const region = known ? regionOf(gaz(), key) : c.region;
    if (region) out.region = region;
    else delete out.region;
    return out;
  }
  return c;
}
