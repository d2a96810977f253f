// A reporting preposition's attribution (GUIDELINES §3): …، حسب وكالة الصحافة
// الفرنسية. / وبحسب الشرطة، قتل … / وقتل، وفق الشرطة، ستة … / حسبما أفاد ….

import { clauseContent, MAX_CLAUSE_TOKENS, type Range } from './content.js';
import { attribution, build, clauseStop, relaysAfter, type Doc, type Found } from './doc.js';
import { MARKERS } from './lexicon.js';
import { parseSource, type SourcePhrase } from './source.js';
import { after, before, isPunct } from './words.js';

/** The attribution a reporting preposition opens; its content is the clause before, after or around it. */
export function prepAttribution(d: Doc, c: number): Found | null {
  const { ctx, cues, partner } = d;
  const cue = cues[c]!;
  const j = after(ctx, cue.last);
  if (j < 0) return null;
  const s = ctx.sentences[ctx.tokens[cue.first]!.sentence]!;
  const initial = before(ctx, cue.first) < 0;
  const src = parseSource(ctx, j, { limit: s.last, strict: initial, partner, lam: cue.lamJoined });
  if (!src) return null;
  // وفقاً لأحكام القانون، حسب الأصول: a rule, not a source; a guessed name must look like one
  if (!src.named && (cue.lamJoined || ctx.tokens[src.first]!.norm.startsWith('ال'))) return null;
  // بحسب ما نقلت وكالة … عن مصدر …: the one after عن speaks
  let speaker: SourcePhrase | null = null;
  let srcEnd = src.last;
  const v = cue.via ? after(ctx, src.last) : -1;
  if (v >= 0 && ctx.tokens[v]!.norm === cue.via) {
    speaker = parseSource(ctx, after(ctx, v), { limit: s.last, strict: initial, partner });
    if (speaker) srcEnd = speaker.last;
  }
  const { relays, next } = relaysAfter(d, srcEnd, s.last);
  let content: Range | null;
  let rest = next;
  while (rest >= 0 && isPunct(ctx, rest) && !(partner[rest]! > rest)) rest = after(ctx, rest);
  if (cue.marker) {
    // ورد في التقرير أن …: the document, then أن/إن or a colon, then what it says
    const m = next >= 0 && (MARKERS.has(ctx.tokens[next]!.norm) || isPunct(ctx, next, ':')) ? after(ctx, next) : -1;
    if (m < 0) return null;
    content = clauseContent(ctx, m, clauseStop(d, c, m), partner);
  } else if (initial) content = clauseContent(ctx, next, clauseStop(d, c, next < 0 ? cue.last : next), partner);
  else if (rest < 0) content = clauseContent(ctx, Math.max(s.first, cue.first - MAX_CLAUSE_TOKENS), cue.first, partner); // «…، حسب وكالة …»: the clause before
  else content = clauseContent(ctx, Math.max(s.first, cue.first - MAX_CLAUSE_TOKENS / 2), -1, partner); // «وقتل، وفق الشرطة، ستة …»: the whole sentence
  if (!content) return null;
  const who = build(d, cue, src, relays, speaker);
  if (!who) return null;
  return { attribution: attribution(ctx, cue, who, content), consumed: Math.max(srcEnd, ...relays.map((r) => r.last)), speaker: who };
}

