// Relays: the medium a source speaks through (GUIDELINES §3, chains of
// transmission). قائد الشرطة … لـ«وكالة»، التنظيم عبر وكالة «س»، المصدر
// بحسب وكالات أنباء محلية. The chain is speaker ← relay ← outlet, as written.

import type { DocContext } from '../parse/context.js';
import type { SourceType } from '../types.js';
import { RELAY_MODIFIERS, RELAY_PHRASES, RELAYS, type Gender } from './lexicon.js';
import { headAt, isLamRelay, nameAt, nameQuote, parseSource, type SourcePhrase } from './source.js';
import { after, isWord, matchWords } from './words.js';

export interface Relay {
  start: number;
  end: number;
  type: SourceType;
  gender: Gender;
  head: string;
  /** The name for the chain when it differs from the span (للوكالة … → الوكالة …). */
  name?: string;
  /** Last token the relay phrase covers (its modifiers included). */
  last: number;
}

function relayOf(s: SourcePhrase): Omit<Relay, 'last'> {
  return { start: s.start, end: s.end, type: s.type, gender: s.gender, head: s.head, ...(s.name ? { name: s.name } : {}) };
}

/** Skips a modifier of the relay (التابعة له): the last token it covers, or i - 1. */
function skipModifier(ctx: DocContext, i: number): number {
  if (!isWord(ctx, i) || !RELAY_MODIFIERS.has(ctx.tokens[i]!.norm)) return -1;
  const n = after(ctx, i);
  return n >= 0 && isWord(ctx, n) && ctx.tokens[n]!.norm.startsWith('ل') ? n : i;
}

function finish(ctx: DocContext, r: Omit<Relay, 'last'>, last: number): Relay {
  const n = after(ctx, last);
  const m = n >= 0 ? skipModifier(ctx, n) : -1;
  return { ...r, last: m >= 0 ? m : last };
}

// a word that starts no relay phrase is not tried against each of them
const RELAY_FIRST = new Set(RELAY_PHRASES.map((p) => p[0]!));

/** The relay introduced at token i (لـ«X»، لوكالة X، عبر X), or null. */
export function relayAt(ctx: DocContext, i: number, limit: number, partner: Int32Array): Relay | null {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word') return null;
  if (isLamRelay(ctx, i, partner)) {
    if (t.norm === 'ل') {
      const j = after(ctx, i);
      const q = nameQuote(ctx, j, partner);
      if (q > 0 && q < limit) {
        const inner = after(ctx, j);
        let lastWord = q - 1;
        while (ctx.tokens[lastWord]!.type === 'space') lastWord--;
        return finish(ctx, { start: ctx.tokens[inner]!.start, end: ctx.tokens[lastWord]!.end, type: 'agency', gender: 'f', head: '' }, q);
      }
      const s = parseSource(ctx, j, { limit, strict: true, partner });
      return s ? finish(ctx, relayOf(s), s.last) : null;
    }
    const s = parseSource(ctx, i, { limit, strict: true, partner, lam: true });
    return s ? finish(ctx, relayOf(s), s.last) : null;
  }
  // an outlet named bare after the source is who it told (أبلغ مصدر أمني وكالة «س» أن …)
  const bare = headAt(ctx, i);
  if ((bare && bare.value.type === 'agency') || nameAt(ctx, i)?.value === 'agency') {
    const s = parseSource(ctx, i, { limit, strict: true, partner });
    if (s && s.type === 'agency') return finish(ctx, relayOf(s), s.last);
  }
  let from = -1;
  if (RELAYS.has(t.norm)) from = after(ctx, i);
  else if (RELAY_FIRST.has(t.norm))
    for (const p of RELAY_PHRASES) {
      const last = matchWords(ctx, i, p);
      if (last >= 0) from = after(ctx, last);
    }
  if (from < 0) return null;
  const s = parseSource(ctx, from, { limit, strict: true, partner });
  // عبر مكبرات الصوت is no relay: the medium must be a known source
  return s && s.named ? finish(ctx, relayOf(s), s.last) : null;
}
