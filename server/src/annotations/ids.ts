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
