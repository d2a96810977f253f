// Warming the analysis while the server is idle after it starts. In a fresh
// process the first analyses are mostly V8 compiling the readers (a cold
// analysis of the typing bench's article costs 4–5 times a warm one), so the
// first keys a user types after opening a folder were the slow ones. Here the
// server analyses a short built-in article (data/warm-up.json) until it has
// spent a budget of processor time, one analysis a slice with setImmediate
// between them, so a request that arrives waits for one slice at most; while
// documents are being analysed it waits for them. The analyses are thrown
// away: no document's state, story or diagnostics is touched.
// ISNAD_NO_WARMUP=1 skips it.
import sample from '../core/data/warm-up.json' with { type: 'json' };

export interface WarmUpOptions {
  /** Whether the server has nothing of its own to do (no document waiting or being analysed). */
  idle: () => boolean;
  /** Processor time to spend, in milliseconds. */
  budgetMs?: number;
  /** At most this many analyses, whatever they cost. */
  maxRuns?: number;
  /** Told once, when the warm-up ends. */
  done?: (runs: number, cpuMs: number) => void;
}

/** Starts warming; returns a function that stops it. */
export function warmUp(analyse: (uri: string, text: string) => unknown, options: WarmUpOptions): () => void {
  if (process.env.ISNAD_NO_WARMUP) return () => undefined;
  const budget = options.budgetMs ?? 150;
  const maxRuns = options.maxRuns ?? 100;
  const uri = `isnad-warm-up:///${sample.name}.txt`;
  let stopped = false;
  let runs = 0;
  let spent = 0;
  let timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
  const slice = (): void => {
    timer = undefined;
    if (stopped) return;
    // a document's analysis comes first: look again a little later
    if (!options.idle()) {
      timer = setTimeout(slice, 20);
      return;
    }
    const t0 = process.cpuUsage();
    try {
      analyse(uri, sample.text);
    } catch {
      stopped = true; // a warm-up that fails is only a warm-up not done; the real analysis reports its own errors
      return;
    }
    const d = process.cpuUsage(t0);
    spent += (d.user + d.system) / 1000;
    runs++;
    if (spent < budget && runs < maxRuns) timer = setImmediate(slice);
    else {
      stopped = true;
      try {
        options.done?.(runs, spent);
      } catch {
        // the connection closed meanwhile: nobody to tell
      }
    }
  };
  timer = setImmediate(slice);
  return () => {
    stopped = true;
    if (timer !== undefined) {
      clearTimeout(timer as NodeJS.Timeout);
      clearImmediate(timer as NodeJS.Immediate);
    }
  };
}
