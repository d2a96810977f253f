// Per-document scheduling: coalesces bursts of edits, never drops the last
// one, and lets newer versions supersede older work. Small documents are
// analysed on the next turn of the event loop (typing feels instant); a
// document whose last analysis was slow waits a little for the burst to end.

export interface Job {
  uri: string;
  version: number;
}

export class Scheduler {
  private readonly pending = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly cost = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => void,
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
      const t = performance.now();
      this.run(uri);
      this.cost.set(uri, performance.now() - t);
    };
    const slow = (this.cost.get(uri) ?? 0) > this.slowMs;
    this.pending.set(uri, slow ? setTimeout(go, this.delayMs) : setImmediate(go));
  }

  cancel(uri: string): void {
    const old = this.pending.get(uri);
    if (old !== undefined) {
      clearTimeout(old as NodeJS.Timeout);
      clearImmediate(old as NodeJS.Immediate);
      this.pending.delete(uri);
    }
    this.cost.delete(uri);
  }
}
