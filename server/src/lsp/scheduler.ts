// Per-document scheduling: coalesces bursts of edits, never drops the last
// one, and lets newer versions supersede older work. Small documents are
// analysed on the next turn of the event loop (typing feels instant); a
// document whose last analysis was slow waits a little for the burst to end.
// The job reports how long its analysis itself took: timing the call from
// outside would count only up to its first await (the settings request), so a
// 100 ms analysis would look instant and the delay would never apply.
// A burst postpones a waiting analysis by at most the delay or twice the last
// cost, whichever is longer: else one slow analysis (the first, cold one
// after an open) would hold every key of a long burst until it ends, and the
// cost would never be measured again; a truly slow document still coalesces.

export interface Job {
  uri: string;
  version: number;
}

export class Scheduler {
  private readonly pending = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly cost = new Map<string, number>();
  /** When the waiting analysis of a slow document is due at the latest (performance.now()). */
  private readonly due = new Map<string, number>();

  constructor(
    /** Runs the job; resolves to the milliseconds its analysis took, or undefined if it did none. */
    private readonly run: (uri: string) => Promise<number | undefined>,
    private readonly slowMs = 40,
    private readonly delayMs = 150,
  ) {}

  /** Asks for an analysis of the document's latest version. */
  schedule(uri: string): void {
    const old = this.pending.get(uri);
    if (old !== undefined) {
      clearTimeout(old as NodeJS.Timeout);
      clearImmediate(old as NodeJS.Immediate);
    }
    const go = (): void => {
      this.pending.delete(uri);
      this.due.delete(uri);
      void this.run(uri).then(
        (ms) => {
          if (ms !== undefined) this.cost.set(uri, ms);
        },
        () => undefined, // the job logs its own failures
      );
    };
    const cost = this.cost.get(uri) ?? 0;
    const slow = cost > this.slowMs;
    if (!slow) {
      this.due.delete(uri);
      this.pending.set(uri, setImmediate(go));
      return;
    }
    const now = performance.now();
    const due = this.due.get(uri) ?? now + Math.max(this.delayMs, 2 * cost);
    this.due.set(uri, due);
    this.pending.set(uri, setTimeout(go, Math.max(0, Math.min(this.delayMs, due - now))));
  }

  /** How long the document's last analysis took, in milliseconds (undefined before the first). */
  lastCost(uri: string): number | undefined {
    return this.cost.get(uri);
  }

  cancel(uri: string): void {
    const old = this.pending.get(uri);
    if (old !== undefined) {
      clearTimeout(old as NodeJS.Timeout);
      clearImmediate(old as NodeJS.Immediate);
      this.pending.delete(uri);
    }
    this.due.delete(uri);
    this.cost.delete(uri);
  }
}
