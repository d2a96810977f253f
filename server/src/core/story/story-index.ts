// The claims of every document of a story (one workspace folder), filed in
// buckets by event and measure family. Updating a document recomputes only
// the buckets its old and new claims touch; articles are never compared pair
// by pair.

import { Gazetteer } from '../places/gazetteer.js';
import type { Claim, Figure, Place } from '../types.js';
import { articleDay, claimDays, datelineDayOfYear } from './claim-day.js';
import { agreeing, compareFiled, measureFamily } from './compare.js';
import { VISIBLE_SIDES } from './describe.js';
import { lazySignature, type EventSignature } from './event-signature.js';
import { hasMajority, offTopicArticles, type OffTopic } from './off-topic.js';
import { isTally } from '../claims/tally.js';
import { addHead, sameScenes, sceneMap, type Heads } from './scenes.js';
import { regionsOfChain } from '../claims/region-members.js';
import { areaWide } from './area-wide.js';
import { liesToward } from '../places/compass.js';
import { wholesOf } from './place-part.js';
import { cliticNames, LearntNames, namesOf, resolveAlias, resolveClitic } from './aliases.js';
import { ownArea } from './own-area.js';
import { isDateline } from '../claims/dateline.js';
import { solePlace } from './sole-place.js';
import { measureInfo } from '../claims/lexicon.js';
import type { Conflict, ConflictSide, Corroboration, DocMeta, StoryClaim } from './types.js';
import { flatten } from './flatten.js';
import { withFields } from './with-fields.js';

interface Doc {
  id: string;
  meta: DocMeta;
  /** Its claims as given; `claims` are these with their aliases resolved (aliases.ts). */
  base: StoryClaim[];
  /** The one area its places name (own-area.ts), or null. */
  area: string[] | null;
  claims: StoryClaim[];
  buckets: Set<string>;
  /** The places this document names as events, and the scenes of its unplaced claims' sentences. */
  raw: { events: Set<string>; scenes: Set<string> };
  /** Its events as the story resolves them (scenes.ts): its votes for the story's home. */
  votes: Set<string>;
  /** Its scenes so resolved, less its votes: counted only where no place has a majority of votes. */
  scenes: Set<string>;
  /** The area chains of its claims (claims/area.ts), each once. */
  chains: string[][];
  /** Its own place (ownPlace), '' when none stands out. */
  own: string;
  /** Its towns' spreading counts filed again under their provinces, made once (place-part.ts). */
  wholes: StoryClaim[];
  /** What it tells of (places, date line, figures), when its places were given: made when first asked (event-signature.ts). */
  signature?: () => EventSignature;
  /** Set when it tells of another event than the folder's (story/off-topic.ts): its claims are filed apart. */
  off?: OffTopic;
  /** Its text, when given: a folder's sole place asks whether it uses a word another article places a figure at (sole-place.ts). */
  text?: string;
  /** How many places its text names, when given (sole-place.ts). */
  named?: number;
}

/** The bucket a claim is filed in: the event and the family of its measure; a period's totals apart (+since). */
export function bucketOf(c: Pick<Claim, 'measure' | 'event' | 'period'>, home = ''): string {
  return `${measureFamily(c.measure)}${c.period ? '+since' : ''}|${home && c.event === home ? '' : c.event}`;
}

export { VISIBLE_SIDES };

/**
 * The documents whose diagnostics a change of one conflict can alter: those
 * whose own sides came or went, and, when a change falls among the first
 * sides of a camp (the ones messages name), every document of the other camp.
 * An archive-sized conflict changed far down its list touches one document,
 * not thousands. Sides of unchanged claims are the same objects before and
 * after (compare.ts), so sets of sides tell what changed; only the sides of
 * a re-filed article (new objects, maybe equal) are compared by value.
 */
function affected(x: Conflict, y: Conflict): Set<string> {
  const out = new Set<string>();
  const whole = (): Set<string> => {
    for (const s of x.sides) out.add(s.docId);
    for (const s of y.sides) out.add(s.docId);
    return out;
  };
  if (x.kind !== y.kind || x.relation !== y.relation || x.offerUpdate !== y.offerUpdate) return whole();
  const inX = new Set(x.sides);
  const inY = new Set(y.sides);
  const visible = (c: Conflict, camp: 0 | 1): ConflictSide[] => {
    const v: ConflictSide[] = [];
    for (let i = 0; i < c.sides.length && v.length < VISIBLE_SIDES; i++) if (c.sides[i]!.camp === camp) v.push(c.sides[i]!);
    return v;
  };
  const otherCamp = (camp: 0 | 1): void => {
    for (const s of x.sides) if (s.camp !== camp) out.add(s.docId);
    for (const s of y.sides) if (s.camp !== camp) out.add(s.docId);
  };
  for (const camp of [0, 1] as const) {
    // a camp growing past the visible sides (or shrinking back) adds or drops "and others"
    const size = (c: Conflict) => c.sides.filter((s) => s.camp === camp).length > VISIBLE_SIDES;
    if (size(x) !== size(y)) {
      otherCamp(camp);
      continue;
    }
    const vx = visible(x, camp);
    const vy = visible(y, camp);
    // the same sides in the same order: messages list them in that order
    if (vx.length !== vy.length || vx.some((s, i) => !sameSide(s, vy[i]!))) otherCamp(camp);
  }
  const gone = x.sides.filter((s) => !inY.has(s));
  const added = y.sides.filter((s) => !inX.has(s));
  if (gone.length || added.length) {
    const goneKeys = new Set(gone.map(sideKey));
    const addedKeys = new Set(added.map(sideKey));
    for (const s of gone) if (!addedKeys.has(sideKey(s))) out.add(s.docId);
    for (const s of added) if (!goneKeys.has(sideKey(s))) out.add(s.docId);
  }
  return out;
}

function sideKey(s: ConflictSide): string {
  return JSON.stringify([s.docId, s.figure, s.start, s.end, s.text, s.min, s.max, s.camp, s.update ?? false, s.source.text, s.source.chain, s.outlet ?? '']);
}

function sameSide(a: ConflictSide, b: ConflictSide): boolean {
  return a === b || sideKey(a) === sideKey(b);
}

/** Is an area chain a country alone (a date line's, a count spread over the country: claims/dateline.ts, wide-scope.ts)? */
function soleCountry(area: string[]): boolean {
  return area.length === 1 && area[0]!.startsWith('iso3166:');
}

/** A place a claim names as its event (not a pair of places, not another incident). */
function votable(event: string): boolean {
  return event !== '' && !event.includes('|') && !event.startsWith('~');
}

/**
 * The article's own place: the event its claims name most often, when at
 * least two do and no other place as often (a round-up of another town's
 * tolls: its headline and paragraphs name that town). A claim whose clause
 * names no place is set there, not in the story's home, when the article
 * names the home nowhere (story-index file()): its unplaced figures tell of
 * its own place.
 */
function ownPlace(claims: StoryClaim[], eventOf: (c: StoryClaim) => string): string {
  const count = new Map<string, number>();
  for (const c of claims) if (c.place && votable(c.event)) count.set(eventOf(c), (count.get(eventOf(c)) ?? 0) + 1);
  let best = '';
  let top = 0;
  let second = 0;
  for (const [p, n] of count) {
    if (n > top) {
      second = top;
      top = n;
      best = p;
    } else if (n > second) second = n;
  }
  return top < 2 || top === second ? '' : best;
}

/** A document's raw votes: the places its claims name as events, and the scenes of its unplaced claims' sentences. */
function rawVotes(claims: StoryClaim[]): Doc['raw'] {
  const out = { events: new Set<string>(), scenes: new Set<string>() };
  for (const c of claims) {
    if (votable(c.event)) out.events.add(c.event);
    else if (c.event === '' && c.area && votable(c.area[0]!)) out.scenes.add(c.area[0]!);
  }
  return out;
}

/** A document's area chains, each once (a chain's key: its places joined). */
function areaChains(claims: StoryClaim[]): string[][] {
  const out = new Map<string, string[]>();
  for (const c of claims) if (c.area && votable(c.area[0]!)) out.set(c.area.join('>'), c.area);
  return [...out.values()];
}

export class StoryIndex {
  /** @param gazetteer the containment of places for event signatures (the shipped one by default) */
  constructor(private readonly gazetteer?: Gazetteer) {}

  private docs = new Map<string, Doc>();
  /** The names its articles read as places (aliases.ts). */
  private names = new LearntNames();
  /** The documents that tell of another event, kept so that settling the topics visits them only. */
  private offDocs = new Set<string>();
  /** bucket → document → its claims there */
  private buckets = new Map<string, Map<string, StoryClaim[]>>();
  private bucketConflicts = new Map<string, Conflict[]>();
  /** bucket → document → the bucket's conflicts with a side in that document */
  private bucketConflictsByDoc = new Map<string, Map<string, Conflict[]>>();
  /** While deferred (bulk indexing), touched buckets wait here for flush(). */
  private pending: Set<string> | null = null;

  /** Files updates without comparing until flush(): indexing N articles costs N, not N². */
  defer(): void {
    this.pending ??= new Set();
  }

  /** Compares the buckets touched since defer(); returns the documents whose conflicts changed. */
  flush(): Set<string> {
    const touched = this.pending;
    this.pending = null;
    if (!touched) return new Set();
    return this.settle(touched);
  }

  /** Settles, once, which articles are off topic, then the scenes and the home (votes came in); compares what that touched. */
  private settle(touched: Set<string>): Set<string> {
    const flipped = this.settleTopics(touched);
    const moved = this.rescene();
    const rehomed = this.rehome();
    let changed: Set<string>;
    if (moved || rehomed) changed = this.refileAll(touched);
    else {
      for (const id of flipped) this.refile(id, touched);
      changed = this.recompute(touched);
    }
    // an article set apart (or taken back) has a new hint even when no conflict of it changed
    for (const id of flipped) changed.add(id);
    return changed;
  }
  /** event place → how many documents name it */
  private votes = new Map<string, number>();
  /**
   * The story's own place: named as an event by most documents (at least two,
   * and more than any other place). A claim placed there is the story's own
   * incident, the same as a claim whose clause names no place.
   */
  private home = '';

  /**
   * Files a document's claims (replacing what it had). Returns the documents
   * whose conflicts changed, the updated one always among them. With the
   * article's text, each claim gets the day its clause names (أمس، الاثنين);
   * with its places too, the article's event signature tells whether it is
   * about the folder's event (story/off-topic.ts).
   */
  update(docId: string, claims: Claim[], figures: Figure[], meta: DocMeta, text?: string, places?: readonly Place[]): Set<string> {
    const story: StoryClaim[] = [];
    const days = text === undefined ? [] : claimDays(text, figures, claims);
    const dated = text === undefined ? null : articleDay(text, figures);
    const yearDay = text === undefined ? null : datelineDayOfYear(text, figures);
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      const f = figures[c.figure];
      if (!f) continue;
      const sc: StoryClaim = withFields(c, { docId, start: f.start, end: f.end, text: c.written ?? f.text, path: meta.path, outlet: meta.outlet });
      if (days[i] !== undefined) sc.day = days[i];
      if (dated !== null) sc.articleDay = dated;
      if (yearDay !== null) sc.datelineDay = yearDay;
      story.push(sc);
    }
    // the claims as filed: those of a figure, every claim of an analysis
    const signature = places && text !== undefined ? lazySignature(this.gaz, places, story, figures, text) : undefined;
    // the names it reads as places: another article's claims placed at such a name are set there (aliases.ts)
    const renamed = this.names.teach(docId, places ? namesOf(places) : new Map());
    // a date line's city is where the article was filed, not its own area (claims/dateline.ts)
    const own = places ? ownArea(text === undefined ? places : places.filter((p) => !isDateline(text, p)), this.gaz(), text) : null;
    const changed = this.install(docId, story, meta, signature, own, text, places?.length);
    for (const id of this.names.dependents(renamed)) if (id !== docId) for (const d of this.reinstall(id)) changed.add(d);
    return changed;
  }

  private gaz = (): Gazetteer => this.gazetteer ?? Gazetteer.load();

  /** Files a document again from its claims as given (a name it uses was learnt or forgotten). */
  private reinstall(id: string): Set<string> {
    const d = this.docs.get(id);
    return d ? this.install(id, d.base, d.meta, d.signature, d.area, d.text, d.named) : new Set();
  }

  /** Files a document's claims, their aliases resolved by the story's names, in place of what it had. */
  private install(docId: string, base: StoryClaim[], meta: DocMeta, signature: (() => EventSignature) | undefined, area: string[] | null, text?: string, named?: number): Set<string> {
    const old = this.docs.get(docId);
    const touched = new Set<string>(old?.buckets ?? []);
    this.unfile(docId);
    if (old) this.unvote(old);
    this.offDocs.delete(docId);
    const used = new Set<string>();
    // an article none of whose claims names a place: its one area is where its unplaced claims are (own-area.ts);
    // one that places some (5 in a town) and not others (20 in all) gives parts and a total, not one place
    const own = area && !base.some((c) => c.place) ? area : null;
    const story = base.map((c) => {
      let out = c;
      if (c.alias) {
        for (const n of c.alias) used.add(n);
        out = resolveAlias(c, this.names, this.gaz);
      }
      // an unknown name written with its clitic (بزمفارا) that another article names bare
      const bare = cliticNames(out.event);
      if (bare.length) {
        for (const n of bare) used.add(n);
        out = resolveClitic(out, this.names, this.gaz);
      }
      // a quake's magnitude, a rate, a national turnout: no event area (claims/detect.ts)
      if (out === c && own && c.event === '' && !c.area && !measureInfo(c.measure).unplaced && !measureInfo(c.measure).local) out = withFields(c, { area: own });
      return out;
    });
    this.names.use(docId, used);
    // every field set here, in one order: documents share one shape (an archive has thousands)
    // counts of nouns of any kind (floors, passengers: claims/tally.ts) are read more widely than tolls: they do not vote for the story's place
    const voters = story.filter((c) => !isTally(c.measure));
    const doc: Doc = { id: docId, meta, base, area, claims: story, buckets: new Set(), raw: rawVotes(voters), votes: new Set(), scenes: new Set(), chains: areaChains(voters), own: '', wholes: story.flatMap(wholesOf), signature, off: undefined, text, named };
    this.docs.set(docId, doc);
    // an edit that leaves the article's areas as they were (most keystrokes) leaves the scenes alone
    const keys = (chains: string[][]) => chains.map((c) => c.join('>')).join('|');
    if (!old || keys(old.chains) !== keys(doc.chains)) {
      if (old) this.count(old.chains, -1);
      this.count(doc.chains, 1);
    }
    this.revote(doc);
    if (this.pending) {
      // bulk indexing: file now, compare (and settle the topics and the home) at flush()
      this.file(docId, doc);
      for (const b of touched) this.pending.add(b);
      for (const b of doc.buckets) this.pending.add(b);
      return new Set([docId]);
    }
    const flipped = this.settleTopics(touched);
    let changed: Set<string>;
    const moved = this.rescene();
    const rehomed = this.rehome();
    if (moved || rehomed) changed = this.refileAll(touched);
    else {
      this.file(docId, doc);
      for (const b of doc.buckets) touched.add(b);
      for (const id of flipped) if (id !== docId) this.refile(id, touched);
      changed = this.recompute(touched);
    }
    for (const id of flipped) changed.add(id);
    changed.add(docId);
    return changed;
  }

  /** Why a document is taken for an article about another event, or undefined when it is the story's. */
  offTopic(docId: string): OffTopic | undefined {
    return this.docs.get(docId)?.off;
  }

  /**
   * Decides again which documents are off topic; a document that changes
   * side leaves its buckets (added to `touched`) and moves its votes. Returns
   * those documents: the caller files them again once the home is settled.
   */
  private settleTopics(touched: Set<string>): Set<string> {
    // an archive (or a folder of two) has no majority: constant time, however many articles it holds
    if (!this.offDocs.size && !hasMajority(this.docs.size)) return new Set();
    const signatures = new Map<string, EventSignature>();
    if (hasMajority(this.docs.size)) for (const [id, d] of this.docs) if (d.signature) signatures.set(id, d.signature());
    const off = signatures.size ? offTopicArticles(signatures) : new Map<string, OffTopic>();
    const flipped = new Set<string>();
    for (const id of [...this.offDocs, ...off.keys()]) {
      const d = this.docs.get(id);
      if (!d) continue;
      const now = off.get(id);
      const was = d.off;
      if (!!now === !!was) {
        d.off = now;
        continue;
      }
      flipped.add(id);
      for (const b of d.buckets) touched.add(b);
      this.unfile(id);
      // an article set apart casts no vote for the story's home
      if (now) {
        this.unvote(d);
        d.off = now;
      } else {
        d.off = now;
        this.revote(d);
      }
      if (now) this.offDocs.add(id);
      else this.offDocs.delete(id);
    }
    return flipped;
  }

  /** Files a document again (its side changed): its buckets go to `touched`. */
  private refile(id: string, touched: Set<string>): void {
    const d = this.docs.get(id);
    if (!d) return;
    this.unfile(id);
    this.file(id, d);
    for (const b of d.buckets) touched.add(b);
  }

  /** The story's own place (an event key), or '' when no place has a majority. */
  homeEvent(): string {
    return this.home;
  }

  /** Forgets a document. Returns the documents whose conflicts changed. */
  remove(docId: string): Set<string> {
    const doc = this.docs.get(docId);
    if (!doc) return new Set();
    this.unfile(docId);
    this.docs.delete(docId);
    this.offDocs.delete(docId);
    this.unvote(doc);
    this.count(doc.chains, -1);
    if (this.pending) {
      for (const b of doc.buckets) this.pending.add(b);
      for (const id of this.names.dependents(this.names.forget(docId))) this.reinstall(id);
      return new Set();
    }
    const renamed = this.names.forget(docId);
    const changed = this.settle(new Set(doc.buckets));
    for (const id of this.names.dependents(renamed)) for (const d of this.reinstall(id)) changed.add(d);
    changed.delete(docId);
    return changed;
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  /** Every conflict of the story. */
  conflicts(): Conflict[] {
    return flatten(this.bucketConflicts.values());
  }

  /** The conflicts with at least one side in the document. */
  conflictsFor(docId: string): Conflict[] {
    const doc = this.docs.get(docId);
    if (!doc) return [];
    const out: Conflict[] = [];
    for (const b of doc.buckets) for (const c of this.bucketConflictsByDoc.get(b)?.get(docId) ?? []) out.push(c);
    return out;
  }


  /** The claims of a document as filed. */
  claimsOf(docId: string): StoryClaim[] {
    return this.docs.get(docId)?.claims ?? [];
  }

  /** Other documents or sources that agree with the figure (سبعة and 7): for hovers. */
  corroborations(docId: string, figureIndex: number): Corroboration[] {
    const doc = this.docs.get(docId);
    if (!doc) return [];
    const out: Corroboration[] = [];
    const seen = new Set<string>();
    for (const c of doc.claims) {
      if (c.figure !== figureIndex) continue;
      const bucket = flatten(this.buckets.get(this.bucketIn(doc, c))?.values() ?? []);
      for (const o of agreeing(c, bucket)) {
        const key = `${o.docId}#${o.figure}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ docId: o.docId, figure: o.figure, start: o.start, end: o.end, text: o.text, min: o.min, max: o.max, source: o.source, path: o.path, outlet: o.outlet });
      }
    }
    return out;
  }

  /** The bucket of a document's claim: an unplaced claim of an article that never names the home is at the article's own place. */
  private bucketIn(doc: Doc, c: StoryClaim): string {
    // an article about another event: its figures meet only each other
    if (doc.off) return `off:${encodeURIComponent(doc.id)}>${bucketOf(c)}`;
    const event = this.eventOf(c);
    if (event !== c.event) return bucketOf(withFields(c, { event }), this.home);
    // no story place: an unplaced claim is where its sentence is, when the sentence names a place
    // (a country alone, a date line's or a count spread over it, is the story's own: with the claims that name no place)
    if (c.event === '' && !this.home && c.area && votable(c.area[0]!) && !soleCountry(c.area)) return bucketOf(withFields(c, { event: this.sceneOf(c, c.area[0]!) }));
    if (c.event === '' && doc.own && this.home && doc.own !== this.home && !doc.votes.has(this.home)) {
      // a place of the home's province (a district of the home city) is the story's own scene
      const [a, b] = [this.regions.get(doc.own), this.regions.get(this.home)];
      if (a && b && a !== b) return bucketOf(withFields(c, { event: doc.own }), this.home);
    }
    return bucketOf(c, this.home);
  }

  /** event place → its province (claims' region): a fact of the place, so never unlearned. */
  private regions = new Map<string, string>();

  /**
   * The story's scenes (scenes.ts): a wider area → the one narrower area of the
   * story it stands for. Kept from every document's area chains, counted so
   * that a removed document's chains go with it.
   */
  private scene = new Map<string, string>();
  private chainCount = new Map<string, { chain: string[]; n: number }>();
  /** A chain came or went since the scenes were computed. */
  private scenesDirty = false;

  /** The event a claim is compared at: a placed claim's area as the story resolves it. */
  private eventOf(c: StoryClaim): string {
    if (c.event === '' || c.area?.[0] !== c.event) return c.event;
    return this.sceneOf(c, c.event);
  }

  /**
   * The narrower area the story resolves a claim's area to. A count that
   * spreads over its area (area-wide.ts) stays where it is; so does a claim
   * its clause sets at a name the story does not know as a place, located by
   * a known one (في أ بمحافظة ب, أ unknown: aliases.ts), which may be
   * another town than the one the story names there.
   */
  private sceneOf(c: StoryClaim, area: string): string {
    const narrow = this.scene.get(area);
    if (!narrow) return area;
    // جنوب شرق إيران: a side of the country names no whole of its own; the one province the story names
    // there is it, even for a count that spreads (places/compass.ts)
    if (c.quarter && c.event === area && liesToward(this.gaz(), area, narrow, c.quarter)) return narrow;
    return !areaWide(c) && !(c.alias && c.place) ? narrow : area;
  }

  /** Raw votes as the story resolves them. */
  private resolved(raw: Set<string>): Set<string> {
    const out = new Set<string>();
    for (const p of raw) out.add(this.scene.get(p) ?? p);
    return out;
  }

  private count(chains: string[][], delta: 1 | -1): void {
    for (const chain of chains) {
      const key = chain.join('>');
      const e = this.chainCount.get(key);
      if (!e) {
        if (delta > 0) this.chainCount.set(key, { chain, n: 1 });
        this.scenesDirty = true;
      } else if ((e.n += delta) <= 0) {
        this.chainCount.delete(key);
        this.scenesDirty = true;
      }
    }
  }

  /** Recomputes the scenes when a chain came or went; true when they changed (every vote is then counted again). */
  private rescene(): boolean {
    if (!this.scenesDirty) return false;
    this.scenesDirty = false;
    const heads: Heads = new Map();
    for (const { chain } of this.chainCount.values()) addHead(heads, chain);
    // a place in a member of a region the story names lies in that region too (claims/region-members.ts)
    for (const { chain } of this.chainCount.values()) for (const region of regionsOfChain(chain)) if (heads.has(region)) addHead(heads, [...chain, region]);
    const next = sceneMap(heads);
    if (sameScenes(next, this.scene)) return false;
    this.scene = next;
    this.votes.clear();
    this.sceneVotes.clear();
    for (const doc of this.docs.values()) this.revote(doc);
    return true;
  }

  private file(docId: string, doc: Doc): void {
    doc.buckets.clear();
    doc.own = ownPlace(doc.claims.filter((c) => !isTally(c.measure)), (c) => this.eventOf(c));
    if (!doc.off)
      for (const c of doc.claims) {
        if (!c.region || !votable(c.event)) continue;
        this.regions.set(c.event, c.region);
        if (!this.regions.has(this.eventOf(c))) this.regions.set(this.eventOf(c), c.region);
      }
    const put = (b: string, c: StoryClaim) => {
      doc.buckets.add(b);
      let m = this.buckets.get(b);
      if (!m) this.buckets.set(b, (m = new Map()));
      let list = m.get(docId);
      if (!list) m.set(docId, (list = []));
      list.push(c);
    };
    for (const c of doc.claims) put(this.bucketIn(doc, c), c);
    // a town's spreading count, a part of its province's: filed there too, compared only above it (place-part.ts)
    if (!doc.off) for (const c of doc.wholes) put(bucketOf(withFields(c, { event: c.within! }), this.home), c);
  }

  private vote(places: Set<string>, delta: 1 | -1, into = this.votes): void {
    for (const p of places) {
      const n = (into.get(p) ?? 0) + delta;
      if (n > 0) into.set(p, n);
      else into.delete(p);
    }
  }

  /** Counts a document's votes as the story now resolves its places. */
  private revote(doc: Doc): void {
    doc.votes = this.resolved(doc.raw.events);
    doc.scenes = this.resolved(doc.raw.scenes);
    for (const p of doc.votes) doc.scenes.delete(p);
    // an article about another event casts no vote for the story's home
    if (doc.off) return;
    this.vote(doc.votes, 1);
    this.vote(doc.scenes, 1, this.sceneVotes);
  }

  private unvote(doc: Doc): void {
    if (doc.off) return;
    this.vote(doc.votes, -1);
    this.vote(doc.scenes, -1, this.sceneVotes);
  }

  /** scene place → how many documents' unplaced claims are set there (and do not name it as an event) */
  private sceneVotes = new Map<string, number>();

  /** The place most documents vote for (at least two, more than any other), or ''. */
  private static majority(votes: Map<string, number>, more?: Map<string, number>): string {
    let best = '';
    let top = 0;
    let second = 0;
    const keys = more ? new Set([...votes.keys(), ...more.keys()]) : votes.keys();
    for (const p of keys) {
      const n = (votes.get(p) ?? 0) + (more?.get(p) ?? 0);
      if (n > top || (n === top && p < best)) {
        second = top;
        top = n;
        best = p;
      } else if (n > second) second = n;
    }
    return top >= 2 && top > second ? best : '';
  }

  /**
   * Recomputes the home from the votes; true when it changed. Where no place
   * is named as an event by a majority, the scenes of unplaced claims count
   * too (a lead that names its town only outside the toll's clause).
   */
  private rehome(): boolean {
    const home = StoryIndex.majority(this.votes) || (this.sceneVotes.size ? StoryIndex.majority(this.votes, this.sceneVotes) : '') || solePlace(this.votes, this.sceneVotes, this.docs.values());
    if (home === this.home) return false;
    this.home = home;
    return true;
  }

  /** The home changed: every claim is filed again (rare; linear in the story's claims). */
  private refileAll(touched: Set<string>): Set<string> {
    for (const b of this.buckets.keys()) touched.add(b);
    this.buckets.clear();
    for (const [id, doc] of this.docs) {
      this.file(id, doc);
      for (const b of doc.buckets) touched.add(b);
    }
    return this.recompute(touched);
  }

  private unfile(docId: string): void {
    const doc = this.docs.get(docId);
    if (!doc) return;
    for (const b of doc.buckets) {
      const m = this.buckets.get(b);
      m?.delete(docId);
      if (m && m.size === 0) this.buckets.delete(b);
    }
  }

  /** Recomputes the buckets; returns the documents whose conflicts there changed. */
  private recompute(buckets: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    for (const b of buckets) {
      const before = new Map((this.bucketConflicts.get(b) ?? []).map((c) => [c.id, c]));
      const m = this.buckets.get(b);
      // its documents in the order of their ids, the order compare.ts sorts claims in
      const after = m ? compareFiled(b, [...m.keys()].sort().map((id) => m.get(id)!)) : [];
      if (after.length) {
        this.bucketConflicts.set(b, after);
        // one pass over the sides (an archive's conflicts have thousands); conflicts go one
        // after another, so a list that already ends with this one has it
        const byDoc = new Map<string, Conflict[]>();
        for (const c of after) {
          for (const s of c.sides) {
            let list = byDoc.get(s.docId);
            if (!list) byDoc.set(s.docId, (list = []));
            if (list[list.length - 1] !== c) list.push(c);
          }
        }
        this.bucketConflictsByDoc.set(b, byDoc);
      } else {
        this.bucketConflicts.delete(b);
        this.bucketConflictsByDoc.delete(b);
      }
      const now = new Map(after.map((c) => [c.id, c]));
      for (const id of new Set([...before.keys(), ...now.keys()])) {
        const x = before.get(id);
        const y = now.get(id);
        if (x && y) for (const d of affected(x, y)) changed.add(d);
        else for (const s of (x ?? y)!.sides) changed.add(s.docId);
      }
    }
    return changed;
  }
}
