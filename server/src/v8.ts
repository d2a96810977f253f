// How the server and the CLI ask V8 to run the analysis. Both flags are read
// by V8 whenever it collects or compiles, so setting them at start-up works
// for every way the process is started (VS Code, another editor, a shell);
// the core bench sets them too, to measure what users run.
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = [
  // By default V8 lets the heap grow to up to four times what is live before a
  // full collection when collecting looks cheap: indexing an archive of 10 000
  // articles (about 180 MB live) peaked at 600 MB resident. 1.5× keeps it near 400.
  '--heap-growing-percent=50',
  // The optimising compiler inlines up to 920 bytes of bytecode in all into a
  // function by default; the detectors' small helpers then make large ones that
  // take long to compile and are thrown away and compiled again as new words
  // come. A smaller budget halves the compiler's work in a fresh process (the
  // first few hundred articles: 3.5 → 4.4 MB/s) and leaves warm speed as it was.
  '--max-inlined-bytecode-size-cumulative=200',
];

export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
