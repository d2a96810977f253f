// How the server and the CLI ask V8 to run the analysis. The flag is read by
// V8 whenever it collects, so setting it at start-up works
// for every way the process is started (VS Code, another editor, a shell);
// the core bench sets it too, to measure what users run. (A smaller inlining
// budget, --max-inlined-bytecode-size-cumulative=200, made a fresh process's
// first analyses faster, 3.5 → 4.4 MB/s, but an edit in a 10 000-article
// folder 10–20 ms slower: typing matters more, so it is not set.)
import { setFlagsFromString } from 'node:v8';

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
