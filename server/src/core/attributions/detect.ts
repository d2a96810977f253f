// Attributions (GUIDELINES §3): who says what. Cues are found in one pass;
// each cue then reads its source, its relays and its content from the tokens
// around it, and an elided subject resolves to the last named source.
// linkSources gives every figure the source of the content that holds it.

import type { DocContext } from '../parse/context.js';
import type { Attribution, SourceRef } from '../types.js';
import { detectByline } from './byline.js';
import { relayAt, type Relay } from './chain.js';
import { clauseContent, closeParen, endsClause, MAX_CLAUSE_TOKENS, quoteContent, scanToMarker, type MarkerScan, type Range } from './content.js';
import { findCues, type Cue } from './cues.js';
import { innermost, linkFigures } from './link.js';
import { pairQuotes } from './quotes.js';
import { SourceTracker, type Antecedent } from './resolve.js';
import { parseSource, preverbalSource, type SourcePhrase } from './source.js';
import { after, before, isPunct } from './words.js';

export { detectByline } from './byline.js';

/** How far (in tokens) a preposition between a verb and its content may sit (وأوضح المصدر بحسب وكالات … أن). */
const MAX_PREP_GAP = 16;

interface Found {
  attribution: Attribution;
  /** The last token the cue's source and relays cover: cues up to it are spent. */
  consumed: number;
  speaker?: Antecedent & { relays: Antecedent[] };
}

interface Doc {
  ctx: DocContext;
  cues: Cue[];
  partner: Int32Array;
  tracker: SourceTracker;
  nextEnd: Int32Array;
}

function text(ctx: DocContext, start: number, end: number): string {
  return ctx.text.slice(start, end);
}

/** First cue after index c, in the sentence of token `from`, that ends a clause there. */
function clauseStop(d: Doc, c: number, from: number): number {
  const s = d.ctx.tokens[from]!.sentence;
  let k = d.nextEnd[c]!;
  while (k >= 0 && d.cues[k]!.first <= from) k = d.nextEnd[k]!;
  return k >= 0 && d.ctx.tokens[d.cues[k]!.first]!.sentence === s ? d.cues[k]!.first : -1;
}

/** nextEnd[c]: index of the first cue after c that ends a clause, or -1 (one backward pass). */
function nextEnds(cues: Cue[]): Int32Array {
  const out = new Int32Array(cues.length).fill(-1);
  for (let c = cues.length - 2; c >= 0; c--) out[c] = endsClause(cues[c + 1]!) ? c + 1 : out[c + 1]!;
  return out;
}

function sentenceLast(ctx: DocContext, i: number): number {
  return ctx.sentences[ctx.tokens[i]!.sentence]!.last;
}

/** Relays and bracketed glosses right after token i: their list and the first token after them. */
function relaysAfter(d: Doc, i: number, limit: number): { relays: Relay[]; next: number } {
  const relays: Relay[] = [];
  let k = after(d.ctx, i);
  while (k >= 0 && k < limit) {
    if (isPunct(d.ctx, k, '(')) {
      const c = closeParen(d.ctx, k);
      if (c < 0) break;
      k = after(d.ctx, c);
      continue;
    }
    if (isPunct(d.ctx, k, '،,')) {
      const n = after(d.ctx, k);
      const r = n >= 0 ? relayAt(d.ctx, n, limit, d.partner) : null;
      if (!r) break;
      k = n;
      continue;
    }
    const r = relayAt(d.ctx, k, limit, d.partner);
    if (!r) break;
    relays.push(r);
    k = after(d.ctx, r.last);
  }
  return { relays, next: k };
}

function antecedentOf(ctx: DocContext, s: SourcePhrase | Relay, chain: string[], gender: string): Antecedent {
  return { start: s.start, end: s.end, text: text(ctx, s.start, s.end), type: s.type, gender: (s.gender || gender) as Antecedent['gender'], head: s.head, chain };
}

/** The source as written, its chain, and what the tracker should remember of it. */
function build(d: Doc, cue: Cue, src: SourcePhrase | null, relays: Relay[], speaker: SourcePhrase | null): Found['speaker'] & { resolved: boolean } | null {
  const { ctx, tracker } = d;
  const relayTexts = relays.map((r) => text(ctx, r.start, r.end));
  let who: Antecedent;
  let resolved = false;
  if (!src) {
    const ant = tracker.resolve(cue.gender);
    if (!ant) return null;
    who = { ...ant, chain: [...ant.chain] };
    resolved = true;
  } else {
    const written = text(ctx, src.start, src.end);
    const ant = src.anaphor ? tracker.antecedent(src.head) : undefined;
    // المصدر، الوكالة: the chain names the antecedent as first written
    const base = ant ? [...ant.chain] : [written];
    who = antecedentOf(ctx, src, base, src.type === 'person' ? cue.gender : '');
    if (ant) who.type = ant.type;
  }
  if (speaker) {
    // نقلاً عن مصدر …: the one cited speaks, the citing source relays
    const s = antecedentOf(ctx, speaker, [], '');
    s.chain = [s.text, ...who.chain];
    who = s;
    resolved = false;
  }
  const chain = [...who.chain, ...relayTexts];
  const relayAnts: Antecedent[] = relays.map((r, k) => antecedentOf(ctx, r, chain.slice(0, who.chain.length + k + 1), ''));
  return { ...who, chain, relays: relayAnts, resolved };
}

/** نقلت الصحيفة عن مصدر …: the speaker after the verb's preposition, before the content. */
function viaSpeaker(d: Doc, via: string, from: number, limit: number): SourcePhrase | null {
  for (let k = after(d.ctx, from); k >= 0 && k < limit; k = after(d.ctx, k))
    if (d.ctx.tokens[k]!.norm === via) return parseSource(d.ctx, after(d.ctx, k), { limit, strict: false, partner: d.partner });
  return null;
}

function verbAttribution(d: Doc, c: number): Found | null {
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
    else relays.push({ start: ps.start, end: ps.end, type: ps.type, gender: ps.gender, head: ps.head, last: ps.last });
    relays.push(...again.relays);
    sourceLimit = pc.first;
    scan = again;
    spent = again.at;
    next++;
  }
  const marked = scan.kind !== 'none';
  if (!marked) relays.length = 0;

  // the source: after the verb, or before it (فإن مصدراً أمنياً أكد …), or elided
  let src = cue.participle ? null : parseSource(ctx, j, { limit: sourceLimit, strict: !marked, partner });
  let contentFrom = -1;
  if (!cue.participle && !cue.conj && (!src || !src.named)) {
    const pv = preverbalSource(ctx, cue.first, partner);
    if (pv) {
      src = pv;
      contentFrom = j;
    }
  }
  if (src && !src.named && !marked) src = null;
  // relays are what follows the source, never the source itself
  if (src) for (let k = relays.length - 1; k >= 0; k--) if (relays[k]!.start < src.end) relays.splice(k, 1);

  if (marked && cue.via && !speaker) speaker = viaSpeaker(d, cue.via, src ? src.last : cue.last, scan.at);

  let content: Range | null = null;
  if (marked) {
    content = scan.kind === 'quote' ? quoteContent(ctx, scan.content, partner) : clauseContent(ctx, scan.content, clauseStop(d, c, scan.content), partner);
  } else {
    // no أن, no quotation: only a verb that takes what is said as its object (أكد استمرار …)
    if (!cue.object || !src) return null;
    if (contentFrom < 0) {
      const r = relaysAfter(d, src.last, sentEnd);
      relays.push(...r.relays);
      contentFrom = r.next;
    }
    if (contentFrom < 0 || isPunct(ctx, contentFrom, '.!?؟…')) return null;
    content = clauseContent(ctx, contentFrom, clauseStop(d, c, contentFrom), partner, true);
  }
  if (!content) return null;
  if (cue.passive && !src) {
    // قيل إن …: nobody is named; the cue stands for an unknown source
    const cueText = text(ctx, cue.start, cue.end);
    return {
      attribution: {
        cue: { start: cue.start, end: cue.end, text: cueText, lemma: cue.lemma },
        source: { start: cue.start, end: cue.end, text: cueText, type: 'anonymous', chain: [cueText] },
        content,
      },
      consumed: scan.at,
    };
  }
  if (!content) return null;
  const who = build(d, cue, src, relays, speaker);
  if (!who) return null;
  const attribution: Attribution = {
    cue: { start: cue.start, end: cue.end, text: text(ctx, cue.start, cue.end), lemma: cue.lemma },
    source: { start: who.start, end: who.end, text: who.text, type: who.type, chain: who.chain, ...(who.resolved ? { resolved: true } : {}) },
    content: { start: content.start, end: content.end },
  };
  const consumed = Math.max(spent, scan.at, src ? src.last : -1, ...relays.map((r) => r.last));
  return { attribution, consumed, speaker: who.resolved ? undefined : who };
}

function prepAttribution(d: Doc, c: number): Found | null {
  const { ctx, cues, partner } = d;
  const cue = cues[c]!;
  const j = cue.lamJoined ? after(ctx, cue.last) : after(ctx, cue.last);
  if (j < 0) return null;
  const s = ctx.sentences[ctx.tokens[cue.first]!.sentence]!;
  const initial = before(ctx, cue.first) < 0;
  const src = parseSource(ctx, j, { limit: s.last, strict: initial, partner, lam: cue.lamJoined });
  if (!src) return null;
  // وفقاً لأحكام القانون، حسب الأصول: a rule, not a source; a guessed name must look like one
  if (!src.named && (cue.lamJoined || ctx.tokens[src.first]!.norm.startsWith('ال'))) return null;
  const { relays, next } = relaysAfter(d, src.last, s.last);
  let content: Range | null;
  let rest = next;
  while (rest >= 0 && isPunct(ctx, rest) && !(partner[rest]! > rest)) rest = after(ctx, rest);
  if (initial) content = clauseContent(ctx, next, clauseStop(d, c, next < 0 ? cue.last : next), partner);
  else if (rest < 0) content = clauseContent(ctx, Math.max(s.first, cue.first - MAX_CLAUSE_TOKENS), cue.first, partner); // «…، حسب وكالة …»: the clause before
  else content = clauseContent(ctx, Math.max(s.first, cue.first - MAX_CLAUSE_TOKENS / 2), -1, partner); // «وقتل، وفق الشرطة، ستة …»: the whole sentence
  if (!content) return null;
  const who = build(d, cue, src, relays, null);
  if (!who) return null;
  const attribution: Attribution = {
    cue: { start: cue.start, end: cue.end, text: text(ctx, cue.start, cue.end), lemma: cue.lemma },
    source: { start: who.start, end: who.end, text: who.text, type: who.type, chain: who.chain },
    content: { start: content.start, end: content.end },
  };
  return { attribution, consumed: Math.max(src.last, ...relays.map((r) => r.last)), speaker: who };
}

/** A cue inside another attribution's content speaks through that source: extend its chain. */
function nestChains(found: Attribution[]): void {
  const intervals = found.map((a, k) => ({ start: a.content.start, end: a.content.end, owner: k }));
  const queries = found.map((a) => ({ start: Math.min(a.cue.start, a.source.start), end: Math.max(a.cue.end, a.source.end) }));
  const outer = innermost(intervals, queries, found.map((_, k) => k));
  outer.forEach((o, k) => {
    if (o < 0) return;
    const inner = found[k]!.source;
    const more = found[o]!.source.chain.filter((x) => !inner.chain.includes(x));
    if (more.length && found[o]!.source.text !== inner.text) inner.chain = [...inner.chain, ...more];
  });
}

export function detectAttributions(ctx: DocContext): Attribution[] {
  const cues = findCues(ctx);
  if (!cues.length) return [];
  const d: Doc = { ctx, cues, partner: pairQuotes(ctx), tracker: new SourceTracker(), nextEnd: nextEnds(cues) };
  const out: Attribution[] = [];
  let consumed = -1;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (cue.first <= consumed) continue;
    const f = cue.kind === 'verb' ? verbAttribution(d, c) : prepAttribution(d, c);
    if (!f) continue;
    out.push(f.attribution);
    consumed = Math.max(consumed, f.consumed);
    if (f.speaker) d.tracker.add(f.speaker);
  }
  nestChains(out);
  return out;
}

/** Gives every figure its source: the attribution whose content holds it, else the article (its byline when none is given). */
export function linkSources(ctx: DocContext, article: SourceRef): void {
  let voice = article;
  if (!article.text) {
    const by = detectByline(ctx);
    if (by) voice = { text: by, type: 'article', chain: [by], attribution: -1 };
  }
  linkFigures(ctx.figures, ctx.attributions, voice);
}
