// The article's own voice (GUIDELINES §3): its byline or outlet, the source
// of every figure outside any content. Read from the first line: a name
// before a colon (فلان الفلاني:، متابعة فلانة:), a role word and a name
// on a line of its own (بقلم …), or an agency in brackets ((وكالة) -).

import type { DocContext } from '../parse/context.js';
import { BYLINE_ROLES, HEADS, MARKERS, NAMES, VERBS } from './lexicon.js';
import { matchTable } from './words.js';

const MAX_NAME_WORDS = 4;

export function detectByline(ctx: DocContext): string | undefined {
  const p = ctx.paragraphs[0];
  if (!p || p.first === p.last) return undefined;
  const first = ctx.sentences[p.first]!.first;
  const last = ctx.sentences[p.last - 1]!.last;
  const tokens = ctx.tokens;
  // an agency in brackets near the start: مدينة (وكالة) -
  for (let k = first, words = 0; k < last && words < 6; k++) {
    const t = tokens[k]!;
    if (t.type === 'word') words++;
    if (t.text === '(') {
      let n = k + 1;
      while (n < last && tokens[n]!.type === 'space') n++;
      const m = matchTable(ctx, n, NAMES);
      if (m && m.value === 'agency' && tokens[m.last + 1]?.text === ')') return ctx.text.slice(tokens[n]!.start, tokens[m.last]!.end);
    }
  }
  // words up to a colon, or the whole line when it is short
  const words: number[] = [];
  let colon = false;
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (t.type === 'space') continue;
    if (t.type === 'punct' && (t.text === ':' || t.text === '：')) {
      colon = true;
      break;
    }
    if (t.type !== 'word' || words.length > MAX_NAME_WORDS + 1) return undefined;
    words.push(k);
  }
  if (!words.length) return undefined;
  let a = 0;
  const role = BYLINE_ROLES.has(tokens[words[0]!]!.norm);
  if (role) a = 1;
  if (!colon && (!role || words.length === 1)) return undefined;
  const name = words.slice(a);
  if (!name.length || name.length > MAX_NAME_WORDS) return undefined;
  for (const k of name) {
    const n = tokens[k]!.norm;
    if (VERBS.has(n) || MARKERS.has(n)) return undefined;
  }
  // a headline label (عاجل:) is no byline: one word must be a known outlet
  if (name.length === 1 && !matchTable(ctx, name[0]!, NAMES)) return undefined;
  if (matchTable(ctx, name[0]!, HEADS) && !role) return undefined;
  return ctx.text.slice(tokens[name[0]!]!.start, tokens[name[name.length - 1]!]!.end);
}
