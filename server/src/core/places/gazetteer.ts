// The gazetteer: entries by id, a trie over all their names, and the words
// that are names only after a trigger noun. Built from the shipped data
// (GeoNames + ISO 3166 via scripts/gazetteer/build.mjs, plus the hand-written
// regional supplement), then layered with the team's own file.

import base from '../data/gazetteer.json' with { type: 'json' };
import supplement from '../data/gazetteer-supplement.json' with { type: 'json' };
import nouns from '../data/places/common-nouns.json' with { type: 'json' };
import weakRules from '../data/places/weak-names.json' with { type: 'json' };
import { NAME_PREFIXES, trigger } from './lexicon.js';
import { spellingVariants, vowelVariants, withoutArticle } from '../lexicon/variants.js';
import { normalize } from '../text/normalize.js';
import type { PlaceType } from '../types.js';
import type { GazetteerEntry, GazetteerProblem, PlaceInfo } from './entry.js';
import { nisbaStem } from './nisba.js';
import { ambiguousWord, wordFirst } from './readings.js';
import { isCommonWord, isDictionaryWord, isGivenNameWord } from './common-word.js';
import { wellKnown } from './rank.js';
import { readTeamFile, type LearntName } from './team.js';
import { NameTrie, nameKey, type TrieNode } from './trie.js';

export type { GazetteerEntry, GazetteerProblem, PlaceInfo } from './entry.js';
export type { LearntName, TeamFile, TeamEntry } from './team.js';

/** The generated file: rows of [id, type, ar, en, parent, lat, lon, population, variants?]. */
export interface BaseData {
  entries: unknown[][];
}

/** The supplement: entries that add to or override the base by id. */
export interface SupplementData {
  entries: Array<Partial<GazetteerEntry> & { id: string; drop?: boolean; source?: string }>;
}

/** Common nouns of the lexicon's classes (diseases …): a weak place of that name is no place alone. */
const NOUNS = new Set(Object.entries(nouns).flatMap(([k, v]) => (k.startsWith('_') ? [] : (v as string[]).map(normalize))));
/** Name prefixes a compound may be written joined to (بيرزيت، كفرنبل): those of data/places/unknown-names.json but the article-like ones. */
const JOINABLE = new Set([...NAME_PREFIXES].filter((p) => p.length >= 3 && !p.startsWith('ال')));
const ARAB_WORLD = new Set(weakRules.arabWorld.map((c) => `iso3166:${c}`));

/**
 * Every entry is made here, with all its fields in one order, so that all
 * entries share one hidden class: the detector reads them at every name, and
 * entries of several shapes made its compiled code fall back and recompile.
 */
function entry(
  id: string, type: PlaceType, ar: string | null, en: string | null, parent: string | null, lat: number | null, lon: number | null,
  population: number, variants: string[], source: string, triggerOnly: boolean | undefined,
): GazetteerEntry {
  return { id, type, ar, en, parent, lat, lon, population, variants, source, triggerOnly };
}

function fromRow(r: unknown[]): GazetteerEntry {
  // read by index, not destructured: destructuring walks an iterator, 9 000 rows at startup
  const id = r[0] as string;
  const population = r[7] as number | undefined;
  const variants = r[8] as string[] | undefined;
  return entry(id, r[1] as PlaceType, r[2] as string | null, r[3] as string | null, r[4] as string | null, r[5] as number | null, r[6] as number | null, population ?? 0, variants ?? [], id.slice(0, id.indexOf(':') >>> 0), undefined);
}

/** Entry fields given by an override replace the entry's; the rest stay. */
export function mergeEntry(old: GazetteerEntry | undefined, o: Partial<GazetteerEntry> & { id: string }, source: string): GazetteerEntry {
  const e: GazetteerEntry = old
    ? entry(old.id, old.type, old.ar, old.en, old.parent, old.lat, old.lon, old.population, [...old.variants], old.source, old.triggerOnly)
    : entry(o.id, 'place', null, null, null, null, null, 0, [], source, undefined);
  if (o.ar !== undefined) e.ar = o.ar;
  if (o.en !== undefined) e.en = o.en;
  if (o.type !== undefined) e.type = o.type;
  if (o.parent !== undefined) e.parent = o.parent;
  if (o.lat !== undefined) e.lat = o.lat;
  if (o.lon !== undefined) e.lon = o.lon;
  if (o.population !== undefined) e.population = o.population;
  if (o.variants !== undefined) e.variants = [...o.variants];
  if (o.triggerOnly !== undefined) e.triggerOnly = o.triggerOnly;
  e.source = source;
  return e;
}

export class Gazetteer {
  private readonly trie = new NameTrie();
  /** Normalised single-word names that stand alone only for some entries (common words, nisba forms). */
  private readonly weak = new Map<string, Set<string>>();
  /** Normalised single-word names that stand alone for some entries only after a preposition of place. */
  private readonly contextual = new Map<string, Set<string>>();

  private constructor(
    private readonly entries: Map<string, GazetteerEntry>,
    /** Normalised names the team says are never places. */
    private readonly notPlaces: Set<string>,
  ) {
    // each name is normalised and split once (nameKey), for the trie and for the weak words
    const single: Array<[GazetteerEntry, string]> = [];
    for (const e of entries.values()) {
      const keys = names(e).map(nameKey);
      for (const words of indexedKeys(e, keys)) {
        this.trie.addWords(words, e.id);
        // spellings the sources do not list (بير زيت ↔ بيرزيت، بئر → بير), found as the name is
        for (const v of spellingVariants(words, JOINABLE)) this.trie.addWords(v, e.id);
      }
      for (const words of keys) if (words.length === 1) single.push([e, words[0]!]);
    }
    // single-word names that are common words or nisba adjectives of another name
    const isName = (s: string): boolean => (this.trie.start(s)?.ids.length ? true : false);
    for (const [e, w] of single) {
      const stem = nisbaStem(w, isName);
      const isWeak = isCommonWord(w) || (isGivenNameWord(w) && !wellKnown(e)) || e.triggerOnly || (stem !== null && !wellKnown(e)) || this.shortAndSmall(e, w) || (NOUNS.has(w) && this.weakBesideNoun(e));
      // a noun of the dictionary: a small place called so wants a preposition of place or a trigger,
      // and so does a well-known one (not a country) when running text writes the name mostly as the word (الخبر)
      if (!isWeak && isDictionaryWord(w) && (!wellKnown(e) || (e.type !== 'country' && wordFirst(w)))) {
        let s = this.contextual.get(w);
        if (!s) this.contextual.set(w, (s = new Set()));
        s.add(e.id);
      }
      if (isWeak) {
        let s = this.weak.get(w);
        if (!s) this.weak.set(w, (s = new Set()));
        s.add(e.id);
      }
    }
    this.addGeneratedVariants(single, isName);
  }

  /**
   * Spellings the data implies but does not list (weak-names.json, variants):
   * a transliterated name with a medial long vowel left out (ميونخ for
   * ميونيخ), found alone, and a name with ال without it (رقة for الرقة),
   * found after a trigger noun only. A variant that is already a name is not
   * added, nor a vowel variant that is a common or ambiguous word.
   */
  private addGeneratedVariants(single: Array<[GazetteerEntry, string]>, isName: (s: string) => boolean): void {
    const v = weakRules.variants;
    const word = (w: string) => isCommonWord(w) || isGivenNameWord(w) || isDictionaryWord(w);
    const taken = (w: string) => isName(w) || word(w) || word('ال' + w) || ambiguousWord(w);
    const added: Array<[string, string, boolean]> = [];
    for (const [e, w] of single) {
      const bare = withoutArticle(w, v.articleMinLetters);
      // read after a trigger only, where an ambiguous word may be a name (مدينة رقة), not a trigger or a name's first word (قضاء مدينة جنين، قرية عين حوض)
      if (bare && !isName(bare) && !isCommonWord(bare) && !isCommonWord(w) && trigger(bare) === undefined && !NAME_PREFIXES.has(bare)) added.push([bare, e.id, true]);
      if (e.type !== 'country' && (e.population < v.vowelMinPopulation || this.inArabWorld(e))) continue;
      for (const x of vowelVariants(w, v.vowelMinLetters, v.vowelMax)) if (!taken(x)) added.push([x, e.id, false]);
    }
    for (const [w, id, weak] of added) {
      this.trie.addWords([w], id);
      if (!weak) continue;
      let s = this.weak.get(w);
      if (!s) this.weak.set(w, (s = new Set()));
      s.add(id);
    }
  }

  /** A short one-word GeoNames name of a small place (کان، وان، ساري): a word more often than a place. */
  private shortAndSmall(e: GazetteerEntry, w: string): boolean {
    if (e.source !== 'geonames') return false;
    if ((w.startsWith('ال') ? w.length - 2 : w.length) > weakRules.shortLetters) return false;
    const arab = ARAB_WORLD.has(this.countryOf(e) ?? '');
    if (arab && e.type === 'governorate') return false;
    const min = arab ? weakRules.minPopulationArabWorld : weakRules.minPopulationElsewhere;
    return e.population < min;
  }

  /** A place a common noun of its name outweighs (data/places/common-nouns.json): not a country, governorate or region, nor a well-known place of the Arab world. */
  private weakBesideNoun(e: GazetteerEntry): boolean {
    if (e.type === 'country' || e.type === 'governorate' || e.type === 'region') return false;
    return !(this.inArabWorld(e) && wellKnown(e));
  }

  /** Is the place in the Arab world (data/places/weak-names.json), where names are Arabic words too? */
  inArabWorld(e: GazetteerEntry): boolean {
    return ARAB_WORLD.has(this.countryOf(e) ?? '');
  }

  private countryOf(e: GazetteerEntry): string | undefined {
    if (e.id.startsWith('iso3166:')) return e.id;
    let p = e.parent;
    for (let k = 0; p && k < 8; k++) {
      if (p.startsWith('iso3166:')) return p;
      p = this.entries.get(p)?.parent ?? null;
    }
    return undefined;
  }

  static empty(): Gazetteer {
    return new Gazetteer(new Map(), new Set());
  }

  /** Builds a gazetteer from the generated data and a supplement. */
  static fromData(data: BaseData, extra?: SupplementData): Gazetteer {
    const entries = new Map<string, GazetteerEntry>();
    for (const r of data.entries) {
      const e = fromRow(r);
      entries.set(e.id, e);
    }
    for (const o of extra?.entries ?? []) {
      if (o.drop) entries.delete(o.id);
      else entries.set(o.id, mergeEntry(entries.get(o.id), o, o.source ?? 'isnad'));
    }
    return new Gazetteer(entries, new Set());
  }

  private static shipped: Gazetteer | undefined;

  /** The gazetteer shipped with Isnad (built once, then cached). */
  static load(): Gazetteer {
    return (Gazetteer.shipped ??= Gazetteer.fromData(base as BaseData, supplement as SupplementData));
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): GazetteerEntry | undefined {
    return this.entries.get(id);
  }

  /** The entry and its parent chain (Dibis → Kirkuk Governorate → Iraq), for the hover. */
  info(id: string): PlaceInfo | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const parents: GazetteerEntry[] = [];
    const seen = new Set([id]);
    let p = entry.parent;
    while (p && !seen.has(p)) {
      seen.add(p);
      const e = this.entries.get(p);
      if (!e) break;
      parents.push(e);
      p = e.parent;
    }
    return { entry, parents };
  }

  /** Where an entry comes from, for the hover: GeoNames must be credited (CC-BY-4.0). */
  credit(e: GazetteerEntry): string {
    if (e.source === 'geonames') return 'GeoNames (geonames.org), CC-BY-4.0';
    if (e.source === 'iso3166') return 'ISO 3166-1 (Debian iso-codes)';
    if (e.source === 'team') return 'team gazetteer';
    return (supplement as { sources?: Record<string, string> }).sources?.[e.source] ?? `Isnad supplement (${e.source})`;
  }

  /** Entries with exactly this name (any spelling variant). */
  lookup(name: string): GazetteerEntry[] {
    const words = nameKey(name);
    let n: TrieNode | undefined = words.length ? this.trie.start(words[0]!) : undefined;
    for (let k = 1; n && k < words.length; k++) n = n.next.get(words[k]!);
    return (n?.ids ?? []).map((id) => this.entries.get(id)!).filter(Boolean);
  }

  /** The trie node of a name's first (normalised) word. */
  start(word: string): TrieNode | undefined {
    return this.trie.start(word);
  }

  /** Is this single normalised word a name of that entry only after a trigger noun? */
  isWeak(word: string, id: string): boolean {
    return this.weak.get(word)?.has(id) ?? false;
  }

  /** Does this single normalised word name that entry alone only after a preposition of place (a noun of the dictionary)? */
  needsContext(word: string, id: string): boolean {
    return this.contextual.get(word)?.has(id) ?? false;
  }

  /** Is this normalised word a common word that some place is also called (data/places/common-words.json)? */
  isCommonWord(word: string): boolean {
    return isCommonWord(word) || isGivenNameWord(word) || isDictionaryWord(word);
  }

  /** Has the team said this normalised name is never a place? */
  isNotPlace(norm: string): boolean {
    return this.notPlaces.size > 0 && this.notPlaces.has(norm);
  }

  /**
   * This gazetteer with the team's file applied (.isnad/gazetteer.json, see
   * docs/gazetteer.md): entries that add names or override entries by id,
   * and names that are never places. Bad entries are skipped and reported.
   */
  withTeamEntries(file: unknown): { gazetteer: Gazetteer; problems: GazetteerProblem[] } {
    const { entries, notPlaces, problems } = readTeamFile(file, (id) => this.entries.has(id));
    const map = new Map(this.entries);
    for (const o of entries) {
      if (o.drop) map.delete(o.id);
      else {
        const old = map.get(o.id);
        const merged = mergeEntry(old, o, 'team');
        // a team entry adds its variants to those the entry had
        if (old && o.variants) merged.variants = [...new Set([...old.variants, ...o.variants])];
        map.set(o.id, merged);
      }
    }
    const stop = new Set(this.notPlaces);
    for (const n of notPlaces) stop.add(nameKey(n).join(' '));
    return { gazetteer: new Gazetteer(map, stop), problems };
  }

  /** This gazetteer with names annotated in the team's annotation files, found wherever they occur. */
  withLearnt(learnt: LearntName[]): Gazetteer {
    const map = new Map(this.entries);
    let added = 0;
    for (const l of learnt) {
      const key = nameKey(l.name).join(' ');
      if (!key || this.lookup(l.name).length) continue;
      const id = `learnt:${key}`;
      if (map.has(id)) continue;
      map.set(id, entry(id, l.type ?? 'place', l.name.trim(), null, null, null, null, 0, [], 'team', undefined));
      added++;
    }
    return added ? new Gazetteer(map, new Set(this.notPlaces)) : this;
  }
}

function names(e: GazetteerEntry): string[] {
  return e.ar ? [e.ar, ...e.variants] : e.variants;
}

/**
 * The names put in the trie, as the keys (nameKey) of names(e). A variant
 * that starts with a trigger noun (محافظة حمص) is left out, so the trigger
 * stays out of the span, unless the canonical name starts with one too
 * (إقليم كردستان، مدينة الصدر).
 */
function indexedKeys(e: GazetteerEntry, keys: string[][]): string[][] {
  const startsWithTrigger = (words: string[]) => trigger(words[0] ?? '') !== undefined;
  const canonicalTrigger = e.ar ? startsWithTrigger(keys[0]!) : false;
  return keys.filter((words, k) => (k === 0 && e.ar ? true : canonicalTrigger || !startsWithTrigger(words) || words.length === 1));
}
