// What the bidi tests read of a composed string: the text outside every
// isolate (FSI/LRI/RLI … PDI), and whether the isolates are balanced.

export const ARABIC = /[\u0600-\u06FF]/;

/** The text outside every isolate: the frame an embedded run cannot reorder. */
export function outsideIsolates(s: string): string {
  let depth = 0;
  let out = '';
  for (const ch of s) {
    if (/[\u2066-\u2068]/.test(ch)) depth++;
    else if (ch === '\u2069') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Every isolate closed, none closed before it opened. */
export function balancedIsolates(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (/[\u2066-\u2068]/.test(ch)) depth++;
    else if (ch === '\u2069' && --depth < 0) return false;
  }
  return depth === 0;
}
