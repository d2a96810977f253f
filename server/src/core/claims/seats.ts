// Seats won by a party (data/claims/seats.json): «حركة النهضة تحصد 52 مقعدا»
// and «فوز حركة النهضة بـ 69 مقعدا» count the seats of one party and
// disagree; «حزب أ يحصل على 13 مقعدا» and «التجمع ب يتصدر بـ 102 مقاعد» are
// two parties' and are never compared. The party is keyed by its head word
// (حزب، حركة، التجمع) and the word after it, articles aside; no party named,
// no claim (a seat count alone is no figure of one event).

import data from '../data/claims/seats.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';
import { isTransparent, longestAt, type Phrase } from './lexicon.js';
import { isClauseBreak, type FigureAt, type Scan } from './scan.js';

const D = data as { seatNouns: string[]; partyHeads: string[]; notParty: string[]; partyWords: number };
const phrases = (list: string[]): Phrase<true>[] => list.map((s) => ({ words: normalize(s).split(/\s+/).filter(Boolean), value: true as const }));
const SEATS = phrases(D.seatNouns);
const HEADS = phrases(D.partyHeads);
const NOT_PARTY = phrases(D.notParty);

/** Is the word right after the figure a seat (52 مقعدا)? */
function seatsAfter(scan: Scan, f: FigureAt): boolean {
  for (let i = f.first; i <= f.last; i++) if (longestAt(scan.ctx, i, SEATS)) return true;
  let i = f.last + 1;
  while (i < scan.ctx.tokens.length && isTransparent(scan.ctx, i)) i++;
  return i <= f.sentence.last && longestAt(scan.ctx, i, SEATS) !== null;
}

/** A word without its article or proclitic and article (النهضة، للأحرار → نهضه، احرار). */
const bare = (norm: string): string => norm.replace(/^[وفب]?(ال|لل)(?=..)/, '');

/** The party the figure's clause names before it (حركة النهضة تحصد 52 مقعدا), as head+word, or null. */
function partyBefore(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  for (let i = f.first - 1, words = 0; i >= f.sentence.first && words < D.partyWords; i--) {
    if (isTransparent(ctx, i)) continue;
    if (isClauseBreak(scan, i) && ctx.tokens[i]!.text !== ':') return null;
    if (scan.figureOf[i]! >= 0) return null;
    if (ctx.tokens[i]!.type !== 'word') continue;
    if (longestAt(ctx, i, HEADS, f.first)) {
      let j = i + 1;
      while (j < f.first && isTransparent(ctx, j)) j++;
      const w = ctx.tokens[j];
      if (!w || j >= f.first || w.type !== 'word' || scan.figureOf[j]! >= 0 || longestAt(ctx, j, NOT_PARTY)) return null;
      return `${bare(ctx.tokens[i]!.norm)} ${bare(w.norm)}`;
    }
    words++;
  }
  return null;
}

/** The party named with «لـ» right after the seat noun (مقابل 25 مقعدا للاتحاد الوطني), as head+word, or null. */
function partyAfter(scan: Scan, f: FigureAt): string | null {
  const { ctx } = scan;
  const next = (from: number) => {
    let j = from;
    while (j <= f.sentence.last && j < ctx.tokens.length && isTransparent(ctx, j)) j++;
    return j <= f.sentence.last && j < ctx.tokens.length && ctx.tokens[j]!.type === 'word' && scan.figureOf[j]! < 0 ? j : -1;
  };
  // the seat noun: the figure's own word (مقعدان) or the word after it
  let seat = f.last;
  if (!longestAt(ctx, seat, SEATS)) seat = next(f.last + 1);
  const head = seat >= 0 ? next(seat + 1) : -1;
  if (head < 0 || !ctx.tokens[head]!.norm.startsWith('ل') || !longestAt(ctx, head, HEADS)) return null;
  const w = next(head + 1);
  if (w < 0 || longestAt(ctx, w, NOT_PARTY)) return null;
  return `${bare(ctx.tokens[head]!.norm)} ${bare(ctx.tokens[w]!.norm)}`;
}

/** A seat count's claim: seats of the party its clause names; 'none' for seats with no party; null when the figure counts no seats. */
export function seatsClaim(scan: Scan, f: FigureAt): { measure: string; group: string } | 'none' | null {
  if (f.figure.kind !== 'count' || !seatsAfter(scan, f)) return null;
  const party = partyAfter(scan, f) ?? partyBefore(scan, f);
  return party ? { measure: 'seats', group: `party:${party}` } : 'none';
}
