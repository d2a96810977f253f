// Per-document scheduling: coalesces bursts of edits, never drops the last
// one, and lets newer versions supersede older work. A document whose last
// analysis was cheap is analysed on the next turn of the event loop (typing
// feels instant); a costlier one waits a little for the burst to end.
// The job reports how long its analysis itself took: timing the call from
// outside would count only up to its first await (the settings request), so a
// 100 ms analysis would look instant and the wait would never apply. The
// server reports processor time: a loaded machine does not make a document
// slow. Keys that queued during an analysis need no wait to coalesce: the
// connection hands over one message a turn of the event loop, and a cheap
// document is analysed two turns after its last key, not one, so each queued
// key postpones it instead of starting an analysis of its own.
// The wait grows with the cost, from nothing at the knee (slowMs) to the
// delay, one millisecond per millisecond: a threshold made a cliff, where an
// analysis of 41 ms cost every key 150 ms of wait and one of 39 ms none, and
// a loaded machine, timing the same article a little slower, pushed it over.
// So a document waits less than its own analysis takes, and only a truly
// slow one (slowMs + delayMs and over) waits the whole delay.
// A burst postpones a waiting analysis by at most the wait plus the last
// cost: else one slow analysis (the first, cold one after an open) would
// hold every key of a long burst until it ends, and the cost would never be
// measured again; a truly slow document still coalesces.

export interface Job {
  uri: string;
  version: number;
}

/** How long an edit waits for the next one, given the last analysis's cost (ms): 0 up to the knee, then rising as the cost does, to the delay. */
export function waitFor(costMs: number, slowMs: number, delayMs: number): number {
  return Math.min(delayMs, Math.max(0, costMs - slowMs));
}

export class Scheduler {
  private readonly pending = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly cost = new Map<string, number>();
  /** When the waiting analysis of a document is due at the latest (performance.now()). */
  private readonly due = new Map<string, number>();
  /** Jobs started and not yet finished (a job awaits the client's settings before it analyses). */
  private running = 0;

  constructor(
    /** Runs the job; resolves to the milliseconds its analysis took, or undefined if it did none. */
    private readonly run: (uri: string) => Promise<number | undefined>,
    private readonly slowMs = 40,
    private readonly delayMs = 150,
  ) {}

  /** Asks for an analysis of the document's latest version. */
  schedule(uri: string): void {
    this.clear(uri);
    const go = (): void => {
      this.pending.delete(uri);
      this.due.delete(uri);
      this.running++;
      void this.run(uri).then(
        (ms) => {
          this.running--;
          if (ms !== undefined) this.cost.set(uri, ms);
        },
        () => void this.running--, // the job logs its own failures
      );
    };
    const cost = this.cost.get(uri) ?? 0;
    const wait = waitFor(cost, this.slowMs, this.delayMs);
    if (wait < 1) {
      this.due.delete(uri);
      // two turns of the event loop, not one: the connection hands over one queued message a turn, so
      // keys that queued during an analysis would each start one; a key in the next turn postpones it again
      this.pending.set(uri, setImmediate(() => this.pending.set(uri, setImmediate(go))));
      return;
    }
    const now = performance.now();
    const due = this.due.get(uri) ?? now + wait + cost;
    this.due.set(uri, due);
    this.pending.set(uri, setTimeout(go, Math.max(0, Math.min(wait, due - now))));
  }

  /** Whether no analysis is waiting or under way. */
  idle(): boolean {
    return this.pending.size === 0 && this.running === 0;
  }

  /** How long the document's last analysis took, in milliseconds (undefined before the first). */
  lastCost(uri: string): number | undefined {
    return this.cost.get(uri);
  }

  cancel(uri: string): void {
    this.clear(uri);
    this.pending.delete(uri);
    this.due.delete(uri);
    this.cost.delete(uri);
  }

  private clear(uri: string): void {
    const old = this.pending.get(uri);
    if (old === undefined) return;
    clearTimeout(old as NodeJS.Timeout);
    clearImmediate(old as NodeJS.Immediate);
  }
}
