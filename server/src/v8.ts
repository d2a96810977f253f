// How the server and the CLI ask V8 to run the analysis. The flag is read by
// V8 whenever it collects, so setting it at start-up works
// for every way the process is started (VS Code, another editor, a shell);
// the core bench sets it too, to measure what users run. (A smaller inlining
// budget, --max-inlined-bytecode-size-cumulative=200, made a fresh process's
// first analyses faster, 3.5 → 4.4 MB/s, but an edit in a 10 000-article
// folder 10–20 ms slower: typing matters more, so it is not set.)
import { setFlagsFromString } from 'node:v8';
import flags from './node-flags.json' with { type: 'json' };

/**
 * Node options the server process is started with (the VS Code client, the
 * benches; other editors should pass them too). They cannot be set once the
 * process runs. --v8-pool-size=1: one background thread for V8's compiler and
 * GC instead of four. On two cores the four took the analysing thread's core
 * while the code warmed up: a fresh process's first 200 analyses ran at
 * 3.3–3.5 MB/s, with one thread 5.6 MB/s; edits on the Kirkuk corpus p95
 * 9–13 → 5–6 ms; indexing 10 000 articles about 1 s slower (10.4 s).
 */
export const NODE_FLAGS: readonly string[] = flags;

export const V8_FLAGS = [
  // By default V8 lets the heap grow to up to four times what is live before a
  // full collection when collecting looks cheap: indexing an archive of 10 000
  // articles (about 180 MB live) peaked at 600 MB resident; 1.5× at 385 MB,
  // 1.35× at 350 MB, for 5–10 ms more per edit there.
  '--heap-growing-percent=35',
];

export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
