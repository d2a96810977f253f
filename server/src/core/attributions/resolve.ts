// Elided and pronoun subjects (وأضاف أن، مشيراً إلى أن، وقالت إن) resolve to
// the last named source; a bare definite head (المصدر، الوكالة) refers back
// to the last source with that head. Decision (docs/guidelines.md): a resolved
// source's span points at the antecedent as written, with resolved = true.
// Gender breaks ties: وقالت prefers the last feminine source (the agency a
// group spoke through), a masculine verb the last masculine one.

import type { ChainLink, SourceType } from '../types.js';
import type { Gender } from './lexicon.js';

export interface Antecedent {
  start: number;
  end: number;
  text: string;
  type: SourceType;
  gender: Gender;
  head: string;
  /** A group in the plural (number.ts): an elided singular verb passes it by. */
  plural: boolean;
  /** The chain of transmission up to and including this source. */
  chain: string[];
  /** Where each element of the chain is written. */
  links: ChainLink[];
}

export interface Speaker extends Antecedent {
  /** The relays it spoke through, each with the chain up to it. */
  relays: Antecedent[];
}

const LOOKBACK = 4;
const ANAPHOR_LOOKBACK = 30;

function agrees(a: Gender, b: Gender): boolean {
  return a === '' || b === '' || a === b;
}

export class SourceTracker {
  private speakers: Speaker[] = [];

  add(s: Speaker): void {
    this.speakers.push(s);
  }

  /** Where the last speaker is written (its start offset), -1 before anyone spoke. */
  lastStart(): number {
    return this.speakers.length ? this.speakers[this.speakers.length - 1]!.start : -1;
  }

  /**
   * The source an elided subject with this verb gender and number stands
   * for: the last speaker that agrees in both, else (as before number was
   * read) the last that agrees in gender.
   */
  resolve(gender: Gender, plural?: boolean): Antecedent | undefined {
    const n = this.speakers.length;
    if (!n) return undefined;
    const from = Math.max(0, n - LOOKBACK);
    let k = -1;
    for (let j = n - 1; j >= from && k < 0; j--) if (agrees(gender, this.speakers[j]!.gender) && (plural === undefined || this.speakers[j]!.plural === plural)) k = j;
    for (let j = n - 1; j >= from && k < 0; j--) if (agrees(gender, this.speakers[j]!.gender)) k = j;
    if (k >= 0) {
      // a relay of a more recent speaker may agree better (وقالت: the agency)
      for (let r = n - 1; r > k; r--) for (const rel of this.speakers[r]!.relays) if (gender && rel.gender === gender) return rel;
      return this.speakers[k];
    }
    for (const rel of this.speakers[n - 1]!.relays) if (agrees(gender, rel.gender)) return rel;
    return this.speakers[n - 1];
  }

  /** The earlier source a bare definite head refers to (المصدر → مصدر أمني …). */
  antecedent(head: string): Antecedent | undefined {
    if (!head) return undefined;
    const n = this.speakers.length;
    for (let k = n - 1; k >= Math.max(0, n - ANAPHOR_LOOKBACK); k--) {
      const s = this.speakers[k]!;
      for (const rel of s.relays) if (rel.head === head) return rel;
      if (s.head === head) return s;
    }
    return undefined;
  }
}
