// Annotation ids: prefix + number. New ids take the next number after the
// largest in use for that prefix, so they never collide with a teammate's
// lines that the file already holds.

import type { AnnLine } from './model.js';

const ID = /^([A-Za-z]+|#[A-Za-z]*)(\d+)$/;

export function idPrefix(id: string): string {
  return ID.exec(id)?.[1] ?? '';
}

export function idNumber(id: string): number {
  const m = ID.exec(id);
  return m ? Number(m[2]) : NaN;
}

/** Every id defined by a line (unparsed and foreign lines included: their ids are taken too). */
export function definedIds(lines: AnnLine[]): Set<string> {
  const s = new Set<string>();
  for (const l of lines) if ('id' in l && l.id) s.add(l.id);
  return s;
}

/** Hands out fresh ids per prefix (T, A, R, N, #, E …). */
export class IdAllocator {
  private readonly next = new Map<string, number>();

  constructor(used: Iterable<string>) {
    for (const id of used) {
      const m = ID.exec(id);
      if (!m) continue;
      const n = Number(m[2]) + 1;
      if (n > (this.next.get(m[1]!) ?? 1)) this.next.set(m[1]!, n);
    }
  }

  take(prefix: string): string {
    const n = this.next.get(prefix) ?? 1;
    this.next.set(prefix, n + 1);
    return `${prefix}${n}`;
  }
}

// Characters that end a token for Isnad's reader (JavaScript's \s), for
// brat's (Python's str.split: also U+001C–U+001F and U+0085) or break a line;
// the other C0 controls and DEL, which no reader keeps in an id.
const NOT_IN_TOKEN = /[\s\u0000-\u001f\u007f\u0085]/gu;

/**
 * A normalisation database or id (the `DB:ID` of an N line) as one token
 * that Isnad's parser and brat's read back: every separator or control
 * character percent-encoded as its UTF-8 bytes (a learnt name «تل عفر» →
 * `تل%20عفر`). Idempotent (the result has nothing left to encode), so
 * rewriting a line already read never encodes twice; `%` itself is kept.
 * A database also loses its `:` (it ends the database), and an empty part
 * becomes `_`, since brat needs a character on each side of the `:`.
 */
export function refToken(s: string, part: 'db' | 'id' = 'id'): string {
  const pattern = part === 'db' ? /[\s\u0000-\u001f\u007f\u0085:]/gu : NOT_IN_TOKEN;
  const out = s.replace(pattern, (c) => Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return out === '' ? '_' : out;
}

/** A normalisation id as a person reads it: the encoded separators back as characters. */
export function refTokenText(token: string): string {
  return token.replace(/(?:%[0-9A-F]{2})+/g, (run) => {
    try {
      const decoded = decodeURIComponent(run);
      return /^[\s\u0000-\u001f\u007f\u0085:]+$/u.test(decoded) ? decoded : run;
    } catch {
      return run;
    }
  });
}
