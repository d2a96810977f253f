// Which parts of an old text are still in the new one, in order: the runs a
// minimal word-level diff keeps (Myers' O(ND) algorithm on tokens, after the
// common prefix and suffix are set aside). A span of the old text that lies
// inside one kept run follows it exactly, whatever else the pull changed.
// Only what the diff keeps whichever end it starts from is trusted: where two
// alignments are equally short (a repeated word), nothing is decided by it.
// The diff gives up (null) when the texts are too different to align cheaply:
// the caller then falls back to recognising each span by its surroundings.

/** [old UTF-16 start, new UTF-16 start, length] of a stretch kept unchanged. */
export type Run = [o: number, n: number, length: number];

/** Most edit steps (inserted or deleted tokens) the diff tries before giving up. */
const MAX_D = 2000;
/** Most token comparisons it spends before giving up: keeps a pull of a huge file linear. */
const MAX_WORK = 20_000_000;

// words and single signs; white space is not a token, so a changed space or line end never decides the alignment
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const WORD_CHAR = /[\p{L}\p{M}\p{N}\uD800-\uDFFF]/u;
const wordish = (s: string, i: number): boolean => WORD_CHAR.test(s[i]!);

function tokens(s: string, ids: Map<string, number>): { id: Int32Array; at: Int32Array; len: Int32Array } {
  const id: number[] = [];
  const at: number[] = [];
  const len: number[] = [];
  for (const m of s.matchAll(TOKEN)) {
    let k = ids.get(m[0]);
    if (k === undefined) ids.set(m[0], (k = ids.size));
    id.push(k);
    at.push(m.index);
    len.push(m[0].length);
  }
  return { id: Int32Array.from(id), at: Int32Array.from(at), len: Int32Array.from(len) };
}

/** Pairs of matched token indexes (ascending), or null when over budget. */
function myers(a: Int32Array, b: Int32Array): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_D);
  const off = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let work = 0;
  let reached = -1;
  for (let d = 0; d <= max && reached < 0; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++, work++;
      next[off + k] = x;
      if (x >= n && y >= m) {
        reached = d;
        break;
      }
    }
    v = next;
    if ((work += d) > MAX_WORK) return null;
  }
  if (reached < 0) return null;
  // walk back through the saved frontiers
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = reached; d >= 0; d--) {
    const t = trace[d]!;
    const at = (k: number): number => t[k + d + 1]!;
    const k = x - y;
    let pk: number;
    if (d === 0) pk = 0;
    else pk = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const px = d === 0 ? 0 : at(pk);
    const py = px - pk;
    // the snake from the step's end to (x, y)
    const sx = d === 0 ? 0 : pk === k + 1 ? px : px + 1;
    const sy = sx - k;
    while (x > sx && y > sy) pairs.push([--x, --y]);
    x = px;
    y = py;
  }
  return pairs.reverse();
}

/** The stretches of `a` kept in `b`, in order; null when the texts are too different for the diff. */
export function equalRuns(a: string, b: string): Run[] | null {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  // the prefix taken first puts an insertion as late as it can go; the suffix taken first, as early:
  // where they differ (ستة → ستةستة) the text could be either copy, and only what both keep is kept
  if (!(p === a.length && p === b.length)) {
    let q1 = q;
    while (q1 < max && a.charCodeAt(a.length - 1 - q1) === b.charCodeAt(b.length - 1 - q1)) q1++;
    p = Math.min(p, max - q1);
  }
  // back to whole tokens of the old text: a word of it cut by the prefix or suffix would be a
  // different token in the middle. A word of the old text kept whole stays kept, even when the
  // pull glued new letters to it (في + بيت): its characters did not move, and a diff of tokens
  // would take it for deleted and match it to another occurrence of the word.
  while (p > 0 && p < a.length && wordish(a, p - 1) && wordish(a, p)) p--;
  while (q > 0 && q < a.length && wordish(a, a.length - q) && wordish(a, a.length - q - 1)) q--;
  const runs: Run[] = [];
  const push = (o: number, n: number, len: number): void => {
    if (len <= 0) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[2] === o && last[1] + last[2] === n) last[2] += len;
    else runs.push([o, n, len]);
  };
  push(0, 0, p);
  const am = a.slice(p, a.length - q);
  const bm = b.slice(p, b.length - q);
  if (am.length && bm.length) {
    const ids = new Map<string, number>();
    const ta = tokens(am, ids);
    const tb = tokens(bm, ids);
    const pairs = myers(ta.id, tb.id);
    // the same diff from the other end: where two alignments are equally short (a repeated word), they differ
    const back = pairs && myers(ta.id.slice().reverse(), tb.id.slice().reverse());
    if (!pairs || !back) return null;
    const n = ta.id.length;
    const m = tb.id.length;
    const both = new Set(back.map(([i, j]) => (n - 1 - i) * (m + 1) + (m - 1 - j)));
    // only tokens both alignments keep at the same place are followed; the others are told by their surroundings
    for (const [i, j] of pairs) if (both.has(i * (m + 1) + j)) push(p + ta.at[i]!, p + tb.at[j]!, ta.len[i]!);
  }
  push(a.length - q, b.length - q, q);
  return runs;
}

/** The run holding old offset `x` (x < o + length; `x` at a run's end counts for an empty span). */
function runAt(runs: Run[], x: number, empty: boolean): Run | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (x < r[0]) hi = mid - 1;
    else if (x >= r[0] + r[2] && !(empty && x === r[0] + r[2])) lo = mid + 1;
    else return r;
  }
  return null;
}

/**
 * The shift (new − old) of old[s, e) when its first and last characters were
 * kept with the same shift (the white space between may have changed: the
 * caller checks the text), or null.
 */
export function shiftOf(runs: Run[], s: number, e: number): number | null {
  const first = runAt(runs, s, s === e);
  if (!first) return null;
  if (s === e) return first[1] - first[0];
  const last = runAt(runs, e - 1, false);
  if (!last || last[1] - last[0] !== first[1] - first[0]) return null;
  return first[1] - first[0];
}
