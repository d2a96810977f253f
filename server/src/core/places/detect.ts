// Places (GUIDELINES §2, docs/guidelines.md "Places"). One pass over the
// tokens: at each word, the longest gazetteer name (through proclitics and
// spelling variants); otherwise a trigger noun and the name or list of names
// after it. Context words rule out facilities, outlets and persons.
// Linear: every step is a few map look-ups on the words ahead.

import { capitalsByNationality } from './capital-of.js';
import { cityNotCountry } from './country-homograph.js';
import { knownDatelineAgain } from './dateline-known.js';
import { countryNouns } from './country-noun.js';
import { tokenAt, type DocContext } from '../parse/context.js';
import { normalizeWithMap } from '../text/normalize.js';
import type { Place, PlaceType, Token } from '../types.js';
import type { GazetteerEntry } from './entry.js';
import { readings, type Reading } from './clitics.js';
import type { Gazetteer } from './gazetteer.js';
import type { TrieNode } from './trie.js';
import { propagate } from './propagate.js';
import { pickEntry, strongShort, wellKnown } from './rank.js';
import { vowelledEntry } from './vowelled.js';
import { cacheOf, computeInfo, startOf, type Start, type WordInfo } from './words.js';
import { AFTER_NAME, CAPITAL, ROAD_ENDS, DOCUMENT_PHRASES, LANDMARK_HEADS, FACILITY, LIST_FOLLOWERS, LOCATIVE, MEDIA, NOT_NAMES, NOT_TRIGGERS_AS_WRITTEN, PERSON_AFTER, PERSON_BEFORE, TITLES, trigger, type Trigger } from './lexicon.js';
import { nameLike, secondTerm, startsName, takesNext } from './unknown.js';
import { ADJECTIVES } from './lexicon.js';
import { ambiguousWord, personBefore } from './readings.js';
import { dropTeams } from './sports-teams.js';
import { organisationBefore, organisationTail } from './organisation.js';
import { isSurname } from '../lexicon/people.js';
import { preferNamedCountry } from './homonyms.js';
import { dropForeignHomographs } from './foreign-homograph.js';
import { datelineCity } from './dateline-city.js';

/** Particles that fold to a word starting with ال (إلى → الي): no definite noun for an adjective to agree with. */
const AL_PARTICLES = new Set(['الي', 'الا', 'التي', 'الذي', 'الذين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'الان']);

/** Words before a common word that count it (عدة صور، بعض صور): no place follows them. */
const QUANTIFIERS = new Set(['عده', 'بعض', 'كل', 'عشرات', 'مئات', 'الاف', 'الاف', 'احدي', 'احد']);

const QUOTES = new Set(['«', '»', '"', '“', '”', '„', "'", '‘', '’', '(']);
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;
const BREAK = /[\n\r\u2028\u2029]/;

const unstripped = (norm: string): Reading[] => [{ key: norm, skip: 0, stripped: false }];

interface Match {
  first: number;
  last: number;
  /** Normalised characters of the first token left out (proclitics). */
  skip: number;
  stripped: boolean;
  words: number;
  ids: string[];
  /** Normalised first word as looked up. */
  key: string;
}

class Scanner {
  readonly out: Place[] = [];
  private readonly tokens: Token[];
  /** What is known of each word (shared by all documents on this gazetteer): one look-up per word. */
  private readonly words: Map<string, WordInfo>;
  /** Names this document has read as a person's (أحمد X): they stay a person's further on. */
  private readonly persons = new Set<string>();
  /** Names this document has read as an organisation's (شركة X للألبان): they are its name elsewhere too, unless the document places them. */
  private readonly organisations = new Set<string>();
  /** Names this document reads as places for sure: after a trigger noun or a preposition of place (مدينة منبج، في منبج). */
  private readonly placed = new Set<string>();
  /** Names this document gives a trigger noun (محافظة درعا): no person's name, however a word before one reads. */
  private readonly triggered = new Set<string>();
  /** One-word names found alone, and whether a preposition of place stood before them (for the names read later as a person's or an organisation's). */
  private readonly bare: Array<{ place: Place; key: string; strong: boolean }> = [];

  constructor(
    private readonly ctx: DocContext,
    private readonly gaz: Gazetteer,
  ) {
    this.tokens = ctx.tokens;
    this.words = cacheOf(gaz);
  }

  private wordInfo(norm: string): WordInfo {
    return this.words.get(norm) ?? computeInfo(this.gaz, norm);
  }

  /** Index of the word after token i across one plain space (no line break), or -1. */
  private nextWord(i: number): number {
    const s = this.tokens[i + 1];
    if (!s || s.type !== 'space' || (s.text !== ' ' && BREAK.test(s.text))) return -1;
    const w = this.tokens[i + 2];
    return w && w.type === 'word' ? i + 2 : -1;
  }

  /** Index of the next non-space token after i, skipping quotes, in the same paragraph; -1 if none. */
  private nextToken(i: number, skipQuotes: boolean): number {
    for (let j = i + 1; j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      if (t.type === 'space') {
        if (t.text !== ' ' && BREAK.test(t.text)) return -1;
        continue;
      }
      if (skipQuotes && t.type === 'punct' && QUOTES.has(t.text)) continue;
      return j;
    }
    return -1;
  }

  /** Index of the previous word before i, across spaces and quotes, in the same paragraph; -1 if none. */
  private prevWord(i: number): number {
    for (let j = i - 1; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.type === 'space') {
        if (t.text !== ' ' && BREAK.test(t.text)) return -1;
        continue;
      }
      if (t.type === 'punct' && QUOTES.has(t.text)) continue;
      return t.type === 'word' ? j : -1;
    }
    return -1;
  }

  /** Longest gazetteer name starting at token i, through the readings of its first word. */
  private match(i: number, only?: Reading[]): Match | null {
    let best: Match | null = null;
    const starts = only ? this.startsOf(only) : this.wordInfo(this.tokens[i]!.norm).starts;
    // an indexed loop: the lists come from two places (arrays of two kinds), which for-of's compiled code did not expect
    for (let s = 0; s < starts.length; s++) {
      const { r, node: start } = starts[s]!;
      if (!start) continue;
      let node: TrieNode = start;
      let j = i;
      let words = 1;
      let found: Match | null = node.ids.length ? { first: i, last: i, skip: r.skip, stripped: r.stripped, words, ids: node.ids, key: r.key } : null;
      for (;;) {
        const k = this.nextWord(j);
        if (k < 0) break;
        const nn: TrieNode | undefined = node.next.get(this.tokens[k]!.norm);
        if (!nn) break;
        node = nn;
        j = k;
        words++;
        if (node.ids.length) found = { first: i, last: j, skip: r.skip, stripped: r.stripped, words, ids: node.ids, key: r.key };
      }
      if (found && (!best || found.words > best.words)) best = found;
    }
    if (best) {
      const name = this.keyOf(best);
      if (this.gaz.isNotPlace(name)) return null;
    }
    return best;
  }

  /** The starts of the readings given, in a list made as wordInfo's lists are made (one array kind). */
  private startsOf(only: Reading[]): Start[] {
    const out: Start[] = [];
    for (let k = 0; k < only.length; k++) out.push(startOf(only[k]!, this.gaz.start(only[k]!.key)));
    return out;
  }

  private keyOf(m: Match): string {
    const words = [m.key];
    for (let j = m.first + 2; j <= m.last; j += 2) words.push(this.tokens[j]!.norm);
    return words.join(' ');
  }

  private pick(ids: string[], t: Trigger | null): GazetteerEntry | undefined {
    return pickEntry(this.gaz, ids, t?.type ?? null);
  }

  private emitEntry(m: Match, e: GazetteerEntry): void {
    const first = this.tokens[m.first]!;
    let start = first.start;
    if (m.skip) start += normalizeWithMap(first.text).map[m.skip]!;
    const end = this.tokens[m.last]!.end;
    this.out.push({ start, end, text: this.ctx.text.slice(start, end), name: e.ar ?? e.en ?? '', nameEn: e.en ?? undefined, type: e.type, id: e.id, via: e.source === 'team' ? 'team' : 'gazetteer' });
  }

  private emitUnknown(first: number, skip: number, last: number, type: PlaceType): void {
    const t = this.tokens[first]!;
    let start = t.start;
    if (skip) start += normalizeWithMap(t.text).map[skip]!;
    const end = this.tokens[last]!.end;
    const text = this.ctx.text.slice(start, end);
    this.out.push({ start, end, text, name: text.replace(MARKS, ''), type, id: null, via: 'trigger' });
  }

  /**
   * A one-word name read as the accusative of its nisba: 12 سورياً (twelve
   * Syrians), written with tanween, or right after digits (12 سوريا). A name
   * of a place takes no tanween, and is not what a number counts.
   */
  private countedNisba(m: Match): boolean {
    if (m.words !== 1 || m.stripped || !m.key.endsWith('يا')) return false;
    const tok = this.tokens[m.first]!;
    if (/\u064B\u0627?$/.test(tok.text.replace(/\u0640/g, ''))) return true;
    for (let j = m.first - 1; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.type === 'space' && (t.text === ' ' || !BREAK.test(t.text))) continue;
      return t.type === 'number';
    }
    return false;
  }

  /** Words around a gazetteer name that say it names something else (a person, a facility, an outlet). */
  private standsAlone(m: Match, e: GazetteerEntry): boolean {
    if (this.countedNisba(m)) return false;
    // بري، هولاند: a listed surname that is also a small place is the person, and stays one in this document
    if (m.words === 1 && !wellKnown(e) && isSurname(m.key)) {
      this.persons.add(m.key);
      return false;
    }
    const p = this.prevWord(m.first);
    const n0 = this.nextToken(m.last, false);
    const next = n0 === m.last + 2 && this.tokens[n0]!.type === 'word' ? this.tokens[n0]!.norm : undefined;
    if (p >= 0 && !m.stripped) {
      const before = this.tokens[p]!.norm;
      if (PERSON_BEFORE.has(before)) return false;
      if (m.words === 1 && TITLES.has(before)) return false;
      // أحمد X، الرئيس اللبناني X: a person's name, and it stays one in this document
      const pp = this.prevWord(p);
      if (m.words === 1 && personBefore(before, this.tokens[p]!.text, pp >= 0 ? this.tokens[pp]!.norm : undefined, TITLES, wellKnown(e))) {
        // a well-known place is remembered as no person (هبة محمد – دمشق is a byline)
        if (!wellKnown(e)) this.persons.add(m.key);
        return false;
      }
      // شركة X، شركة نفط X، وكالة X للأنباء: a company, body or outlet named after a small place is
      // named, not placed (a well-known place stays, nested: شركة القدس للمستحضرات، جامعة حلب)
      if (!wellKnown(e) && this.organisationName(m, next)) {
        if (m.words === 1) this.organisations.add(m.key);
        return false;
      }
      if (m.words === 1 && (QUANTIFIERS.has(before) || this.tokens[p]!.type === 'number') && ambiguousWord(m.key)) return false;
      // المصالح السعودية: a nisba-shaped name right after a definite noun agrees with it as an adjective
      // (إلى، إلا، التي fold to words with ال too: they are particles, not nouns)
      if (m.words === 1 && m.key.startsWith('ال') && m.key.endsWith('يه') && before.startsWith('ال') && !AL_PARTICLES.has(before)) return false;
      // a facility or outlet named after a place keeps the place (جامعة حلب، جريدة فلسطين);
      // a small foreign town whose name spells a word does not (مسجد النور)
      if (m.words === 1 && facilityOrOutlet(before) && !wellKnown(e) && !this.gaz.inArabWorld(e)) return false;
    }
    const n = this.nextToken(m.last, true);
    if (n >= 0 && this.tokens[n]!.type === 'word') {
      const after = this.tokens[n]!.norm;
      if (AFTER_NAME.has(after) || PERSON_AFTER.has(after)) return false;
    }
    // سيول وادي أ، مياه نهر أ: a one-word name in a construct with a natural feature's name is the common noun
    if (m.words === 1 && next !== undefined && LANDMARK_HEADS.has(next)) {
      const k = this.nextToken(n0, false);
      if (k === n0 + 2 && this.tokens[k]!.type === 'word') return false;
    }
    // جدة الطفل، صور الضحايا: a word that is common too, in a construct with a definite noun, is the word
    // (the first term of a construct never takes ال, so القدس الشريف stays a name and its adjective)
    if (m.words === 1 && next !== undefined && !m.key.startsWith('ال') && e.type !== 'country' && ambiguousWord(m.key) && constructNoun(next) && !this.wordInfo(next).starts.length) return false;
    return true;
  }

  /**
   * Is the small place at m part of an organisation's name: after a body's
   * noun, through the words of the name (شركة نفط X); after an outlet's, when
   * a name noun or a لل-noun says it is the outlet's name (وكالة أنباء X،
   * وكالة X للأنباء; right after an outlet noun alone, facilityOrOutlet decides).
   */
  private organisationName(m: Match, next: string | undefined): boolean {
    const org = organisationBefore(this.tokens, { first: m.first, prevWord: (i) => this.prevWord(i) });
    if (!org) return false;
    return org.kind === 'body' || org.between > 0 || (next !== undefined && organisationTail(next));
  }

  /** A gazetteer name at token i outside any trigger: its entry, or undefined when it is no place here. */
  private alone(m: Match): GazetteerEntry | undefined {
    let ids = m.ids;
    if (m.words === 1 && !this.roadEnd(m)) ids = ids.filter((id) => !this.gaz.isWeak(m.key, id));
    // سالم، القصير: a small place named by a dictionary word or a given name wants a preposition of place
    if (m.words === 1 && !this.locativeBefore(m)) ids = ids.filter((id) => !this.gaz.needsContext(m.key, id));
    // a short name read through a proclitic (لغات → غات) must be a well-known place (بمصر، بغزة)
    if (m.stripped && m.words === 1 && bareLength(m.key) <= 3) ids = ids.filter((id) => strongShort(this.gaz.get(id)));
    // عمّان: the written shadda picks Amman over Oman (places/vowelled.ts)
    const marked = m.words === 1 ? vowelledEntry(this.tokens[m.first]!.text, ids) : undefined;
    const e = (marked ? this.gaz.get(marked) : undefined) ?? (this.capitalBefore(m) ? this.capitalCity(ids) : undefined) ?? this.pick(ids, null);
    return e && this.standsAlone(m, e) ? e : undefined;
  }

  /** Among a name's entries, the city inside the country of the same name (تونس: Tunis in Tunisia), if any. */
  private capitalCity(ids: string[]): GazetteerEntry | undefined {
    const countries = new Set(ids.filter((id) => this.gaz.get(id)?.type === 'country'));
    for (const id of ids) {
      const e = this.gaz.get(id);
      if (e?.type !== 'city') continue;
      let p = e.parent;
      for (let k = 0; p && k < 10 && !countries.has(p); k++) p = this.gaz.get(p)?.parent ?? null;
      if (p && countries.has(p)) return e;
    }
    return undefined;
  }

  /** Is the name after a capital's noun, maybe with its nisba adjective between (العاصمة تونس، العاصمة الكويتية الكويت), or before «العاصمة» (تونس العاصمة)? */
  private capitalBefore(m: Match): boolean {
    if (m.stripped) return false;
    let p = this.prevWord(m.first);
    if (p >= 0 && /^ال.{2,}(ي|يه)$/.test(this.tokens[p]!.norm)) p = this.prevWord(p);
    if (p >= 0 && readings(this.tokens[p]!.norm).some((r) => CAPITAL.has(r.key))) return true;
    // تونس العاصمة، الجزائر العاصمة: the noun with its article right after the name
    const n = this.nextToken(m.last, false);
    return n === m.last + 2 && this.tokens[n]!.type === 'word' && this.tokens[n]!.norm.startsWith('ال') && CAPITAL.has(this.tokens[n]!.norm);
  }

  /** Is the name read after a preposition of place (في القصير) or through the proclitic ب (بالقصير)? */
  private locativeBefore(m: Match): boolean {
    if (m.stripped && m.skip > 0 && this.tokens[m.first]!.norm.startsWith('ب')) return true;
    const p = this.prevWord(m.first);
    if (p >= 0 && LOCATIVE.has(this.tokens[p]!.norm)) {
      // وجاء في الخبر أن …: after a document verb في opens the document that says it
      const pp = this.prevWord(p);
      const prep = this.tokens[p]!.norm;
      return !(pp >= 0 && readings(this.tokens[pp]!.norm).some((r) => DOCUMENT_PHRASES.has(`${r.key} ${prep}`)));
    }
    return this.coordinatedWithPlace(m);
  }

  /** Is the name joined to a place found just before (بيت لحم، والخليل؛ حيفا والخليل)? A road's second end is too (roadEnd). */
  private coordinatedWithPlace(m: Match): boolean {
    const last = this.out[this.out.length - 1];
    if (!last) return false;
    const first = this.tokens[m.first]!;
    const joined = m.stripped && m.skip === 1 && first.norm.startsWith('و');
    let j = m.first - 1;
    let comma = false;
    for (; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.type === 'space' && !BREAK.test(t.text)) continue;
      if (t.type === 'punct' && (t.text === '،' || t.text === ',') && !comma) {
        comma = true;
        continue;
      }
      break;
    }
    if (j < 0 || (!joined && !comma)) return this.roadEnd(m);
    const t = this.tokens[j]!;
    return t.end === last.end || this.roadEnd(m);
  }

  /**
   * Is the name a road's second end, after a dash and the place its first end,
   * the road's noun right before that (طريق عمان - العقبة، الطريق الدولي بغداد - عمان)?
   * A road's noun names the places it joins as a trigger names its place.
   */
  private roadEnd(m: Match): boolean {
    const last = this.out[this.out.length - 1];
    if (!last || m.stripped) return false;
    let j = m.first - 1;
    let dash = false;
    for (; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.type === 'space' && !BREAK.test(t.text)) continue;
      if (t.type === 'punct' && /^[-–—]$/.test(t.text) && !dash) {
        dash = true;
        continue;
      }
      break;
    }
    if (j < 0 || !dash || this.tokens[j]!.end !== last.end) return false;
    const p = this.prevWord(tokenAt(this.ctx, last.start));
    return p >= 0 && readings(this.tokens[p]!.norm).some((r) => ROAD_ENDS.has(r.key));
  }

  /** The trigger noun at token i (with a proclitic, never with the article), if any. */
  private triggerAt(i: number): Trigger | undefined {
    const tok = this.tokens[i]!;
    const t = this.wordInfo(tok.norm).trigger;
    if (!t) return undefined;
    // إحياء (revival) normalises like أحياء (neighbourhoods): the written hamza tells them apart
    const written = tok.text.replace(MARKS, '');
    for (const w of NOT_TRIGGERS_AS_WRITTEN) if (written.endsWith(w)) return undefined;
    // مصادر محلية الأحد: an adjective, unless a preposition is on it or before it (بمحلية أ، في محلية أ) or it opens its sentence
    if (t.afterPreposition && trigger(tok.norm) !== undefined) {
      const p = this.prevWord(i);
      if (p >= 0 && !LOCATIVE.has(this.tokens[p]!.norm)) return undefined;
    }
    return t;
  }

  /** One name after a trigger at token k (gazetteer first, then unknown); returns its last token or -1. */
  private item(k: number, t: Trigger, only?: Reading[], mustEndList = false): number {
    const tok = this.tokens[k]!;
    const m = tok.type === 'word' ? this.match(k, only) : null;
    // مديرية أمن أ: an office's word after its trigger names the office, even when a gazetteer has a place so called
    if (m && m.words === 1 && t.offices?.has(m.key)) return -1;
    // أحياء المدينة: a common word after a trigger is no name, even when a gazetteer has it
    if (m && !(m.words === 1 && NOT_NAMES.has(m.key))) {
      const e = this.pick(m.ids, t);
      if (e) {
        if (m.words === 1) {
          this.placed.add(m.key);
          this.triggered.add(m.key);
        }
        this.emitEntry(m, e);
        return m.last;
      }
    }
    const r = only?.[0] ?? { key: tok.norm, skip: 0, stripped: false };
    const isNumber = tok.type === 'number';
    if (tok.type !== 'word' && !isNumber) return -1;
    if (!startsName(r.key, t, isNumber) || this.gaz.isNotPlace(r.key)) return -1;
    let last = k;
    let cur = r.key;
    let curNumber = isNumber;
    while (takesNext(cur, curNumber)) {
      const n = this.nextToken(last, false);
      const nt = n >= 0 ? this.tokens[n]! : undefined;
      if (!nt || n !== last + 2 || !(nt.type === 'number' || (nt.type === 'word' && nameLike(nt.norm)))) break;
      last = n;
      cur = nt.norm;
      curNumber = nt.type === 'number';
    }
    // a prefix or number word with nothing after it is no name (حي واحد، مدينة أبو)
    if (takesNext(cur, curNumber)) return -1;
    // an indefinite one-word name takes a definite second term (قرية كوكب الهوا)
    if (last === k && !isNumber && !r.key.startsWith('ال')) {
      const n = this.nextToken(last, false);
      const nt = n === last + 2 ? this.tokens[n] : undefined;
      if (nt && nt.type === 'word' && secondTerm(nt.norm) && !this.match(n, unstripped(nt.norm))) last = n;
    }
    if (mustEndList && !this.listEndsAfter(last)) return -1;
    this.emitUnknown(k, r.skip, last, t.type);
    return last;
  }

  /** Does what follows token i let it be the last name of a list (punctuation, end, another و…, في، جنوب …)? */
  private listEndsAfter(i: number): boolean {
    const n = this.nextToken(i, false);
    if (n < 0) return true;
    const t = this.tokens[n]!;
    if (t.type === 'punct' || t.type === 'symbol') return true;
    if (t.type !== 'word') return false;
    return t.norm.startsWith('و') || LIST_FOLLOWERS.has(t.norm);
  }

  /** The name or names after the trigger at token i; returns the index to go on from. */
  private afterTrigger(i: number, t: Trigger): number {
    const k = this.nextToken(i, true);
    if (k < 0) return i + 1;
    // قرى وبلدات: a conjunction right after the trigger joins another noun, not a name
    const first = this.tokens[k]!.norm;
    if (first.startsWith('و') && (trigger(first.slice(1)) || NOT_NAMES.has(first.slice(1)))) return i + 1;
    let last = this.item(k, t);
    if (last < 0) return i + 1;
    if (!t.plural) return last + 1;
    // a list: X وY و«Z» ، W
    for (;;) {
      const n = this.nextToken(last, false);
      if (n < 0) break;
      const tok = this.tokens[n]!;
      let got = -1;
      if (tok.type === 'word' && tok.norm === 'و') {
        const w = this.nextToken(n, true);
        if (w >= 0) got = this.item(w, t, undefined, true);
      } else if (tok.type === 'word' && tok.norm.startsWith('و') && tok.norm.length > 2) {
        const only = readings(tok.norm).filter((r) => r.skip === 1);
        got = this.item(n, t, only, true);
      } else if (tok.type === 'punct' && (tok.text === '،' || tok.text === ',')) {
        const w = this.nextToken(n, true);
        const m = w >= 0 && this.tokens[w]!.type === 'word' ? this.match(w, unstripped(this.tokens[w]!.norm)) : null;
        if (m) got = this.item(w, t);
      }
      if (got < 0) break;
      last = got;
    }
    return last + 1;
  }

  /** #البصرة: a hashtag that is exactly a name. */
  private hashtag(i: number): void {
    const tok = this.tokens[i]!;
    const words = tok.norm.slice(1).split('_').filter(Boolean);
    if (!words.length) return;
    let node = this.gaz.start(words[0]!);
    for (let k = 1; node && k < words.length; k++) node = node.next.get(words[k]!);
    if (!node?.ids.length) return;
    let ids = node.ids;
    if (words.length === 1) ids = ids.filter((id) => !this.gaz.isWeak(words[0]!, id));
    const e = this.pick(ids, null);
    if (!e || this.gaz.isNotPlace(words.join(' '))) return;
    const start = tok.start + 1;
    this.out.push({ start, end: tok.end, text: this.ctx.text.slice(start, tok.end), name: e.ar ?? '', nameEn: e.en ?? undefined, type: e.type, id: e.id, via: e.source === 'team' ? 'team' : 'gazetteer' });
  }

  run(): Place[] {
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      const tok = this.tokens[i]!;
      if (tok.type === 'hashtag') {
        this.hashtag(i);
        i++;
        continue;
      }
      if (tok.type !== 'word') {
        i++;
        continue;
      }
      // most words start no name and are no trigger: one cached look-up rules them out
      const info = this.wordInfo(tok.norm);
      if (info.starts.length === 0 && !info.trigger) {
        i++;
        continue;
      }
      const m = this.match(i);
      if (m) {
        const e = this.alone(m);
        if (e) {
          const strong = m.words === 1 && this.locativeBefore(m); // before the place is out: it is not coordinated with itself
          this.emitEntry(m, e);
          if (m.words === 1) this.bare.push({ place: this.out[this.out.length - 1]!, key: m.key, strong });
          if (strong) this.placed.add(m.key);
          i = m.last + 1;
          continue;
        }
      }
      const t = this.triggerAt(i);
      if (t) {
        i = this.afterTrigger(i, t);
        continue;
      }
      i++;
    }
    return this.forgetReadLater();
  }

  /**
   * The article's memory, once it is read whole: a name it reads as a
   * person's is the person alone anywhere, before or after (… جرش … سامي
   * جرش), but after a preposition of place, and not at all when it gives the
   * name a trigger noun (محافظة درعا … المعروف باسم درعا); a name it reads
   * as an organisation's is the organisation alone anywhere, unless the
   * document places it somewhere (مجلس منبج العسكري … في منبج: the town has
   * a council named after it).
   */
  private forgetReadLater(): Place[] {
    if (!this.persons.size && !this.organisations.size) return this.out;
    const drop = new Set<Place>();
    for (const b of this.bare) {
      if (b.strong) continue;
      if ((this.persons.has(b.key) && !this.triggered.has(b.key)) || (this.organisations.has(b.key) && !this.placed.has(b.key))) drop.add(b.place);
    }
    return drop.size ? this.out.filter((p) => !drop.has(p)) : this.out;
  }
}

/** A definite noun that can be the second term of a construct: not an adjective (الشرقية، المدمرة). */
function constructNoun(norm: string): boolean {
  return norm.startsWith('ال') && norm.length >= 4 && !/(ي|يه|يين|يون)$/.test(norm) && !ADJECTIVES.has(norm);
}

/** Is a reading of the word (proclitics off) a facility or an outlet noun? */
function facilityOrOutlet(norm: string): boolean {
  const rs = readings(norm);
  for (let k = 0; k < rs.length; k++) {
    const h = rs[k]!.key;
    if (FACILITY.has(h) || MEDIA.has(h)) return true;
  }
  return false;
}

const bareLength = (w: string) => (w.startsWith('ال') ? w.length - 2 : w.length);

export function detectPlaces(ctx: DocContext, gazetteer: Gazetteer): Place[] {
  // a shared name (طرابلس) is the place in the country the article names (places/homonyms.ts)
  // a faraway place no other word of the article supports, written as a word, is the word (places/foreign-homograph.ts)
  // عمان - …, طريق عمان - العقبة: a country's name a city abroad bears is that city where the article says so (places/country-homograph.ts)
  const places = cityNotCountry(ctx, preferNamedCountry(ctx, dropTeams(ctx.tokens, propagate(ctx.tokens, ctx.text, new Scanner(ctx, gazetteer).run(), gazetteer)), gazetteer), gazetteer);
  // a date line's unknown city and «في المدينة» that points back to it (places/dateline-city.ts)
  // العاصمة الفرنسية: the capital of the country its adjective names (places/capital-of.ts)
  // «في المدينة / بالولاية» after a known date line: its city or province (places/dateline-known.ts)
  // جنوب البلاد: a side of the one country the article names (places/country-noun.ts)
  return countryNouns(ctx, knownDatelineAgain(ctx, datelineCity(ctx, capitalsByNationality(ctx, dropForeignHomographs(ctx, places, gazetteer), gazetteer)), gazetteer), gazetteer);
}
