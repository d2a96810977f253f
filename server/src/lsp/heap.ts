// How far V8 lets the heap grow past what is live before it collects. By
// default it picks up to four times, when the collector looks cheap next to
// the program: indexing an archive (10 000 articles, about 180 MB live) then
// peaked at 600 MB resident. One and a half times keeps it near 400 MB for a
// few more collections during indexing. V8 reads this flag at every
// collection, so setting it at start-up (not only on node's command line)
// works for every client that starts the server, VS Code or another editor.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
