// A reporting verb's attribution (GUIDELINES §3): قال مصدر أمني إن …،
// وأضاف أن …، فإن مصدراً أمنياً أكد …، قيل إن …، نقلت الصحيفة عن مصدر أن ….

import type { Relay } from './chain.js';
import { clauseContent, endsClause, MAX_CLAUSE_TOKENS, quoteContent, scanToMarker, type MarkerScan, type Range } from './content.js';
import { attribution, build, clauseStop, relaysAfter, sentenceLast, text, type Doc, type Found } from './doc.js';
import { SOURCE_PREPOSITIONS, TIME_PHRASES, VEHICLES, VERBS, type Gender } from './lexicon.js';
import { isLamRelay, parseSource, preverbalSource, type SourcePhrase } from './source.js';
import { after, before, isPunct, matchWords } from './words.js';
import { normalize } from '../text/normalize.js';
import monthsData from '../data/figures/months.json' with { type: 'json' };

// first words of the time phrases: a source that starts with none of them is read at once
const TIME_FIRST = new Set(TIME_PHRASES.map((w) => w[0]!));

/** The token after the time phrases that start at j (قال مؤخراً رئيس …): the source starts there. */
function afterTime(d: Doc, j: number): number {
  for (let guard = 0; j >= 0 && guard < 3; guard++) {
    if (!TIME_FIRST.has(d.ctx.tokens[j]!.norm)) return j;
    let last = -1;
    for (const w of TIME_PHRASES) if ((last = matchWords(d.ctx, j, w)) >= 0) break;
    if (last < 0) return j;
    j = after(d.ctx, last);
  }
  return j;
}

// words of a time phrase between a source and what it reports as an object
// (أعلنت الوزارة الأحد، مقتل …؛ وثقت الشبكة منذ آذار 2011 وحتى نيسان الماضي مقتل …)
const MONTH_WORDS = new Set(Object.values(monthsData.months).flat().flatMap((m) => normalize(m).split(/\s+/)));
const TIME_WORDS = new Set([...TIME_PHRASES.flat(), ...MONTH_WORDS, ...['منذ', 'حتى', 'وحتى', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'من', 'الى', 'يوم'].map(normalize)]);
const MAX_TIME_WORDS = 10;

/** The token after a time phrase (and the commas around it) that starts at k, or k when none does. */
function afterTimeWords(d: Doc, k: number, limit: number): number {
  const { ctx } = d;
  let j = k;
  let words = 0;
  let timeSeen = false;
  while (j >= 0 && j < limit && words <= MAX_TIME_WORDS) {
    const t = ctx.tokens[j]!;
    if (t.type === 'number' || (t.type === 'word' && TIME_WORDS.has(t.norm))) {
      if (t.type === 'word' && !TIME_FIRST.has(t.norm) && !MONTH_WORDS.has(t.norm) && !timeSeen && t.norm !== 'منذ') break;
      timeSeen = true;
      words++;
    } else if (!(isPunct(ctx, j, '،,/') && (timeSeen || words === 0))) break;
    j = after(ctx, j);
  }
  return timeSeen ? j : k;
}

/** How far back (in words) the statement noun of «تصريح لفلان … قال» may be. */
const MAX_STATEMENT_WORDS = 12;

/**
 * The source named by a statement noun before the verb, in its sentence:
 * تصريح لوزير الدفاع فلان قال فيه، وفي تصريح لـ نائب الرئيس، فلان، اليوم، قال.
 * Between the source and the verb only commas, time words and a name of at
 * most three words (its apposition) may stand.
 */
function statementOf(d: Doc, verb: number): SourcePhrase | null {
  const { ctx, partner } = d;
  const sentence = ctx.tokens[verb]!.sentence;
  let words = 0;
  for (let k = before(ctx, verb); k >= 0 && ctx.tokens[k]!.sentence === sentence && words < MAX_STATEMENT_WORDS; k = before(ctx, k)) {
    if (ctx.tokens[k]!.type !== 'word') continue;
    words++;
    const n = ctx.tokens[k]!.norm;
    if (n !== 'ل' && !VEHICLES.has(n.replace(/^[وف]?(في|ب)?/, ''))) {
      if (VERBS.has(n)) return null;
      continue;
    }
    if (n === 'ل') continue;
    // the statement noun: its source follows with لـ, joined or written apart
    const l = after(ctx, k);
    if (l < 0 || l >= verb) return null;
    const apart = ctx.tokens[l]!.norm === 'ل';
    const first = apart ? after(ctx, l) : l;
    if (first < 0 || first >= verb) return null;
    const src = parseSource(ctx, first, { limit: verb, strict: false, partner, lam: !apart });
    // تصريح لوكالة …: the outlet it was given to, not its speaker
    if (!src || !src.named || src.type === 'agency') return null;
    let names = 0;
    for (let m = after(ctx, src.last); m >= 0 && m < verb; m = after(ctx, m)) {
      const t = ctx.tokens[m]!;
      if (isPunct(ctx, m, '،,')) continue;
      if (t.type === 'word' && (TIME_WORDS.has(t.norm) || ++names <= 3) && !VERBS.has(t.norm)) continue;
      return null;
    }
    return src;
  }
  return null;
}

/** How far (in tokens) a preposition between a verb and its content may sit (وأوضح المصدر بحسب وكالات … أن). */
const MAX_PREP_GAP = 16;

/** The gender a pronoun joined to the verb's preposition refers with (عنه، عنها، عنهم), or null when the word is none. */
function viaPronoun(d: Doc, via: string, from: number, limit: number): Gender | null {
  for (let k = after(d.ctx, from); k >= 0 && k < limit; k = after(d.ctx, k)) {
    const n = d.ctx.tokens[k]!.norm;
    if (!n.startsWith(via) || n.length === via.length) continue;
    const suffix = n.slice(via.length);
    if (suffix === 'ه') return 'm';
    if (suffix === 'ها') return 'f';
    if (suffix === 'هم' || suffix === 'هما' || suffix === 'هن') return '';
  }
  return null;
}

/** The gender of the pronoun joined to the verb's preposition in the one word at k (عنه), or null. */
function viaPronounAt(d: Doc, via: string, k: number): Gender | null {
  return k >= 0 ? viaPronoun(d, via, before(d.ctx, k), after(d.ctx, k)) : null;
}

/** نقلت الصحيفة عن مصدر …: the speaker after the verb's preposition, before the content. */
function viaSpeaker(d: Doc, via: string, from: number, limit: number): SourcePhrase | null {
  for (let k = after(d.ctx, from); k >= 0 && k < limit; k = after(d.ctx, k))
    if (d.ctx.tokens[k]!.norm === via) return parseSource(d.ctx, after(d.ctx, k), { limit, strict: false, partner: d.partner });
  return null;
}

/**
 * What was said before the verb (‏«…»، قال المحافظ. / الوضع مستقر، قال
 * المحافظ.): a verb after a comma whose source runs to the sentence end.
 */
function saidBefore(d: Doc, c: number): Found | null {
  const { ctx, cues, partner } = d;
  const cue = cues[c]!;
  const comma = before(ctx, cue.first);
  if (comma < 0 || !isPunct(ctx, comma, '،,')) return null;
  const s = ctx.sentences[ctx.tokens[cue.first]!.sentence]!;
  const src = parseSource(ctx, after(ctx, cue.last), { limit: s.last, strict: false, partner });
  if (!src) return null;
  const { relays, next } = relaysAfter(d, src.last, s.last);
  let rest = next;
  while (rest >= 0) {
    if (isPunct(ctx, rest) && !(partner[rest]! > rest)) rest = after(ctx, rest);
    else if (SOURCE_PREPOSITIONS.has(ctx.tokens[rest]!.norm) && VEHICLES.has(ctx.tokens[after(ctx, rest)]?.norm ?? '')) {
      // في بيان …: the medium, up to the next punctuation
      while (rest >= 0 && !isPunct(ctx, rest)) rest = after(ctx, rest);
    } else break;
  }
  // the sentence may go on with a new clause of its own (، وأضاف أن …)
  const nextCue = cues[c + 1];
  if (rest >= 0 && !(nextCue && nextCue.first === rest && endsClause(nextCue))) return null;
  const q = before(ctx, comma);
  const content =
    q >= 0 && partner[q]! >= 0 && partner[q]! < q
      ? quoteContent(ctx, partner[q]!, partner) // a quotation, maybe over several sentences
      : clauseContent(ctx, Math.max(s.first, cue.first - MAX_CLAUSE_TOKENS), comma, partner);
  if (!content) return null;
  const who = build(d, cue, src, relays, null);
  if (!who) return null;
  return { attribution: attribution(ctx, cue, who, content), consumed: Math.max(src.last, ...relays.map((r) => r.last)), speaker: who };
}

/** The attribution a reporting verb opens: source after (or before) it, or elided; content after أن, a colon or a quotation. */
export function verbAttribution(d: Doc, c: number): Found | null {
  const { ctx, cues, partner } = d;
  const cue = cues[c]!;
  const j = after(ctx, cue.last);
  if (j < 0) return null;
  const sentEnd = sentenceLast(ctx, cue.first);
  // where the content opens; a preposition on the way is a relay (بحسب وكالات …)
  let scan: MarkerScan = scanToMarker(ctx, j, cues[c + 1]?.first ?? -1, partner);
  const relays: Relay[] = [...scan.relays];
  let speaker: SourcePhrase | null = null;
  let sourceLimit = scan.kind === 'none' ? sentEnd : scan.at;
  let spent = -1;
  let next = c + 1;
  while (scan.kind === 'none' && next < cues.length) {
    const pc = cues[next]!;
    if (pc.kind !== 'prep' || pc.first >= sentEnd || pc.first - j > MAX_PREP_GAP) break;
    const ps = parseSource(ctx, after(ctx, pc.last), { limit: sentEnd, strict: true, partner, lam: pc.lamJoined });
    if (!ps) break;
    const again = scanToMarker(ctx, after(ctx, ps.last), cues[next + 1]?.first ?? -1, partner);
    if (again.kind === 'none') break;
    if (pc.role === 'speaker') speaker = ps;
    else relays.push({ start: ps.start, end: ps.end, type: ps.type, gender: ps.gender, head: ps.head, last: ps.last, ...(ps.name ? { name: ps.name } : {}) });
    relays.push(...again.relays);
    sourceLimit = pc.first;
    scan = again;
    spent = again.at;
    next++;
  }
  const marked = scan.kind !== 'none';
  if (!marked) relays.length = 0;
  if (!marked && !cue.participle && !cue.firstPerson) {
    const late = saidBefore(d, c);
    if (late) return late;
  }

  // the source: after the verb, or before it (فإن مصدراً أمنياً أكد …), or elided
  const elided = cue.participle || cue.firstPerson;
  // a hashtag sign before the source (قال #التحالف) is no word of it
  const j1 = !elided && j >= 0 && isPunct(ctx, j, '#') ? after(ctx, j) : j;
  const sj0 = elided ? j : afterTime(d, j1);
  // نقلت عنه وكالة محلية أن …: the pronoun object comes first, the subject after it
  const fronted = !elided && cue.via && marked ? viaPronounAt(d, cue.via, sj0) : null;
  const sj = fronted !== null ? afterTime(d, after(ctx, sj0)) : sj0;
  // وأضاف لوكالة رويترز أن …: the outlet it told is a relay; the subject is elided
  const toldFirst = !elided && sj >= 0 && isLamRelay(ctx, sj, partner);
  let src = elided || toldFirst || sj < 0 || (sj >= sourceLimit && sourceLimit >= 0) ? null : parseSource(ctx, sj, { limit: sourceLimit, strict: !marked, partner });
  let contentFrom = -1;
  if (!elided && (!src || !src.named)) {
    // after a verb with و/ف only أما … ف fronts a subject (أما المحافظ فقال)
    const pv = preverbalSource(ctx, cue.first, partner, cue.conj);
    if (pv) {
      src = pv;
      contentFrom = j;
    }
  }
  if (!elided && (!src || !src.named) && marked) {
    // في تصريح لوزير الدفاع فلان قال فيه إن …: the one the statement is of speaks
    const st = statementOf(d, cue.first);
    if (st) src = st;
  }
  if (src && !src.named && !marked) src = null;
  // relays are what follows the source, never the source itself
  if (src) for (let k = relays.length - 1; k >= 0; k--) if (relays[k]!.start < src.end) relays.splice(k, 1);

  if (marked && cue.via && !speaker) speaker = viaSpeaker(d, cue.via, src ? src.last : cue.last, scan.at);
  // نقلت الوكالة عنه أن …: the pronoun is a source already speaking, agreeing in gender
  const pronoun = fronted !== null && src ? fronted : marked && cue.via && !speaker ? viaPronoun(d, cue.via, src ? src.last : cue.last, scan.at) : null;
  const cited = pronoun !== null ? d.tracker.resolve(pronoun) ?? null : null;

  let content: Range | null = null;
  if (marked) {
    content = scan.kind === 'quote' ? quoteContent(ctx, scan.content, partner) : clauseContent(ctx, scan.content, clauseStop(d, c, scan.content), partner);
  } else {
    // no أن, no quotation: only a verb that takes what is said as its object (أكد استمرار …)
    if (!cue.object || !src) return null;
    if (contentFrom < 0) {
      const r = relaysAfter(d, src.last, sentEnd);
      relays.push(...r.relays);
      contentFrom = r.next >= 0 ? afterTimeWords(d, r.next, sentEnd) : r.next;
    }
    if (contentFrom < 0 || isPunct(ctx, contentFrom, '.!?؟…')) return null;
    if (cue.objectPrep) {
      // أشار إلى سقوط …: what is said follows the preposition, which must be there
      if (ctx.tokens[contentFrom]!.norm !== cue.objectPrep) return null;
      contentFrom = after(ctx, contentFrom);
      if (contentFrom < 0) return null;
    }
    content = clauseContent(ctx, contentFrom, clauseStop(d, c, contentFrom), partner, true);
  }
  if (!content) return null;
  if (cue.passive && !src) {
    // قيل إن …: nobody is named; the cue stands for an unknown source
    const cueText = text(ctx, cue.start, cue.end);
    return {
      attribution: {
        cue: { start: cue.start, end: cue.end, text: cueText, lemma: cue.lemma },
        source: { start: cue.start, end: cue.end, text: cueText, type: 'anonymous', chain: [cueText], links: [{ start: cue.start, end: cue.end, text: cueText }] },
        content,
      },
      consumed: scan.at,
    };
  }
  const who = build(d, cue, src, relays, speaker, cited);
  if (!who) return null;
  const consumed = Math.max(spent, scan.at, src ? src.last : -1, ...relays.map((r) => r.last));
  return { attribution: attribution(ctx, cue, who, content), consumed, speaker: who.resolved ? undefined : who };
}

