// Pairs quotation marks within each paragraph in one pass, so a quotation
// may run over several sentences but a stray mark never swallows the rest of
// the document. « » and “ ” open and close; " and a lone ” toggle.

import type { DocContext } from '../parse/context.js';

const OPEN = new Set(['«', '“', '„', '‹']);
const CLOSE_OF: Record<string, string> = { '»': '«', '”': '“', '›': '‹', '‟': '„' };
const TOGGLE = new Set(['"', '”']);

export function isQuote(text: string): boolean {
  return OPEN.has(text) || text in CLOSE_OF || TOGGLE.has(text);
}

/** partner[i] is the index of the token that closes (or opens) the quote at token i, else -1. */
export function pairQuotes(ctx: DocContext): Int32Array {
  const partner = new Int32Array(ctx.tokens.length).fill(-1);
  for (const p of ctx.paragraphs) {
    if (p.first === p.last) continue;
    const first = ctx.sentences[p.first]!.first;
    const last = ctx.sentences[p.last - 1]!.last;
    const stack: number[] = [];
    for (let i = first; i < last; i++) {
      const t = ctx.tokens[i]!;
      if (t.type !== 'punct') continue;
      const ch = t.text;
      const top = stack.length ? ctx.tokens[stack[stack.length - 1]!]!.text : '';
      if (ch === '”' && top === '“') close(stack, partner, i);
      else if (TOGGLE.has(ch) && top === ch) close(stack, partner, i);
      else if (OPEN.has(ch) || TOGGLE.has(ch)) stack.push(i);
      else if (ch in CLOSE_OF) {
        // a closer pops down to its opener; toggles left open inside are dropped
        let k = stack.length - 1;
        while (k >= 0 && ctx.tokens[stack[k]!]!.text !== CLOSE_OF[ch]) k--;
        if (k >= 0) {
          stack.length = k + 1;
          close(stack, partner, i);
        }
      }
    }
  }
  return partner;
}

function close(stack: number[], partner: Int32Array, i: number): void {
  const o = stack.pop()!;
  partner[o] = i;
  partner[i] = o;
}
