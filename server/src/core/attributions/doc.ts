// What every cue reads while the document is walked: the cues, the quotation
// pairs, the sources named so far; and how a found source becomes the
// attribution's source as written, with its chain (speaker ← relay ← outlet).

import type { DocContext } from '../parse/context.js';
import type { Attribution, ChainLink } from '../types.js';
import { relayAt, type Relay } from './chain.js';
import { closeParen, endsClause } from './content.js';
import type { Cue } from './cues.js';
import type { SourceTracker, Antecedent } from './resolve.js';
import { pluralCue, pluralSource } from './number.js';
import { clauseSubject } from './clause-subject.js';
import type { SourcePhrase } from './source.js';
import { after, isPunct } from './words.js';

export interface Found {
  attribution: Attribution;
  /** The last token the cue's source and relays cover: cues up to it are spent. */
  consumed: number;
  speaker?: Antecedent & { relays: Antecedent[] };
}

export interface Doc {
  ctx: DocContext;
  cues: Cue[];
  partner: Int32Array;
  tracker: SourceTracker;
  nextEnd: Int32Array;
}

export function text(ctx: DocContext, start: number, end: number): string {
  return ctx.text.slice(start, end);
}

/** First cue after index c, in the sentence of token `from`, that ends a clause there. */
export function clauseStop(d: Doc, c: number, from: number): number {
  const s = d.ctx.tokens[from]!.sentence;
  let k = d.nextEnd[c]!;
  while (k >= 0 && d.cues[k]!.first <= from) k = d.nextEnd[k]!;
  return k >= 0 && d.ctx.tokens[d.cues[k]!.first]!.sentence === s ? d.cues[k]!.first : -1;
}

/** nextEnd[c]: index of the first cue after c that ends a clause, or -1 (one backward pass). */
export function nextEnds(cues: Cue[]): Int32Array {
  const out = new Int32Array(cues.length).fill(-1);
  for (let c = cues.length - 2; c >= 0; c--) out[c] = endsClause(cues[c + 1]!) ? c + 1 : out[c + 1]!;
  return out;
}

export function sentenceLast(ctx: DocContext, i: number): number {
  return ctx.sentences[ctx.tokens[i]!.sentence]!.last;
}

/** Relays and bracketed glosses right after token i: their list and the first token after them. */
export function relaysAfter(d: Doc, i: number, limit: number): { relays: Relay[]; next: number } {
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

/** How the chain names a source: as written, or with the article a لل took (للمصادر → المصادر). */
function nameOf(ctx: DocContext, s: SourcePhrase | Relay): string {
  return s.name ?? text(ctx, s.start, s.end);
}

function linkOf(ctx: DocContext, s: SourcePhrase | Relay): ChainLink {
  return { start: s.start, end: s.end, text: nameOf(ctx, s) };
}

function antecedentOf(ctx: DocContext, s: SourcePhrase | Relay, chain: string[], links: ChainLink[], gender: string): Antecedent {
  return { start: s.start, end: s.end, text: text(ctx, s.start, s.end), type: s.type, gender: (s.gender || gender) as Antecedent['gender'], head: s.head, plural: 'first' in s && pluralSource(ctx.tokens[s.first]!.norm), chain, links };
}

/** The source as written, its chain, and what the tracker should remember of it; null when an elided subject has no antecedent. */
export function build(
  d: Doc, cue: Cue, src: SourcePhrase | null, relays: Relay[], speaker: SourcePhrase | null, cited: Antecedent | null = null,
): Found['speaker'] & { resolved: boolean } | null {
  const { ctx, tracker } = d;
  let who: Antecedent;
  let resolved = false;
  const subject = !src && cue.participle ? clauseSubject(ctx, cue, d.partner, tracker.lastStart()) : null;
  if (subject) {
    // حثّ الرئيس X … قائلاً: the clause's titled subject speaks
    who = antecedentOf(ctx, subject, [nameOf(ctx, subject)], [linkOf(ctx, subject)], cue.gender);
    resolved = true;
  } else if (!src) {
    const ant = tracker.resolve(cue.gender, pluralCue(ctx.tokens[cue.first]!.norm));
    if (!ant) return null;
    who = { ...ant, chain: [...ant.chain], links: [...ant.links] };
    resolved = true;
  } else {
    const written = nameOf(ctx, src);
    const ant = src.anaphor ? tracker.antecedent(src.head) : undefined;
    // المصدر، الوكالة: the chain names the antecedent as first written
    const base = ant ? [...ant.chain] : [written];
    who = antecedentOf(ctx, src, base, ant ? [...ant.links] : [linkOf(ctx, src)], src.type === 'person' ? cue.gender : '');
    if (ant) who.type = ant.type;
  }
  if (speaker) {
    // نقلاً عن مصدر …: the one cited speaks, the citing source relays
    const s = antecedentOf(ctx, speaker, [], [], '');
    s.chain = [nameOf(ctx, speaker), ...who.chain];
    s.links = [linkOf(ctx, speaker), ...who.links];
    who = s;
    resolved = false;
  } else if (cited) {
    // نقلت الوكالة عنه: the one the pronoun stands for speaks, resolved to where it was named
    // (an elided relay resolved to that same speaker is no second link: ونقلت عنه أن …)
    const same = who.links[0]?.start === cited.links[0]?.start && who.chain[0] === cited.chain[0];
    const relay = same ? { chain: who.chain.slice(1), links: who.links.slice(1) } : who;
    who = { ...cited, chain: [cited.chain[0]!, ...relay.chain], links: [cited.links[0]!, ...relay.links] };
    resolved = true;
  }
  // the chain goes on through each relay; each relay remembers the chain up to itself
  const chain = [...who.chain];
  const links = [...who.links];
  const relayAnts: Antecedent[] = [];
  for (const r of relays) {
    chain.push(nameOf(ctx, r));
    links.push(linkOf(ctx, r));
  }
  for (let k = 0; k < relays.length; k++) {
    const upTo = who.chain.length + k + 1;
    relayAnts.push(antecedentOf(ctx, relays[k]!, chain.slice(0, upTo), links.slice(0, upTo), ''));
  }
  return { ...who, chain, links, relays: relayAnts, resolved };
}

/** The attribution as the model stores it. */
export function attribution(ctx: DocContext, cue: Cue, who: Antecedent & { resolved: boolean }, content: { start: number; end: number }): Attribution {
  return {
    cue: { start: cue.start, end: cue.end, text: text(ctx, cue.start, cue.end), lemma: cue.lemma },
    source: { start: who.start, end: who.end, text: who.text, type: who.type, chain: who.chain, links: who.links, ...(who.resolved ? { resolved: true } : {}) },
    content: { start: content.start, end: content.end },
  };
}
