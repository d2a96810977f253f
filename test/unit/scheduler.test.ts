// The per-document scheduler: bursts coalesce to the last version, and a
// document whose analysis was slow waits for the burst to end.
import assert from 'node:assert/strict';
import { Scheduler } from '../../server/src/lsp/scheduler.js';

const tick = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A job that, like the server's, awaits a settings round trip before it analyses. */
function job(costMs: number) {
  const runs: string[] = [];
  const run = async (uri: string): Promise<number> => {
    await sleep(1); // the settings request
    const t = performance.now();
    while (performance.now() - t < costMs) {
      /* analysing */
    }
    runs.push(uri);
    return performance.now() - t;
  };
  return { runs, run };
}

describe('scheduler', () => {
  it('runs a burst of edits once, after the last one', async () => {
    const { runs, run } = job(0);
    const s = new Scheduler(run);
    for (let i = 0; i < 5; i++) s.schedule('a');
    await sleep(20);
    assert.deepEqual(runs, ['a']);
  });

  it('records the analysis the job timed, not the call that returned at its first await', async () => {
    const { run } = job(60);
    const s = new Scheduler(run, 40, 150);
    s.schedule('big');
    await sleep(120);
    assert.ok((s.lastCost('big') ?? 0) >= 60, `cost ${s.lastCost('big')}`);
  });

  it('lets a slow document wait for the burst to end, and a fast one go at once', async () => {
    const slow = job(60);
    const s = new Scheduler(slow.run, 40, 150);
    s.schedule('big');
    await sleep(120);
    assert.equal(slow.runs.length, 1);
    s.schedule('big');
    await sleep(60);
    assert.equal(slow.runs.length, 1, 'a slow document is not analysed on the next turn');
    await sleep(200);
    assert.equal(slow.runs.length, 2, 'it is analysed once the delay has passed');

    const fast = job(0);
    const f = new Scheduler(fast.run, 40, 150);
    f.schedule('small');
    await sleep(20);
    f.schedule('small');
    await sleep(20);
    assert.equal(fast.runs.length, 2);
  });

  it('does not hold a long burst behind one slow analysis: the cost is measured again and a fast document goes at once', async () => {
    let costMs = 60; // the first analysis after an open: cold
    const runs: number[] = [];
    const s = new Scheduler(async () => {
      await sleep(1);
      const t = performance.now();
      while (performance.now() - t < costMs) {
        /* analysing */
      }
      runs.push(performance.now());
      return performance.now() - t;
    }, 40, 150);
    s.schedule('a');
    await sleep(100);
    assert.equal(runs.length, 1);
    costMs = 0; // warm
    const start = performance.now();
    // typing at 50 keys/s for 600 ms: before, nothing ran until the keys stopped
    while (performance.now() - start < 600) {
      s.schedule('a');
      await sleep(20);
    }
    assert.ok(runs.length >= 2 && runs[1]! - start < 400, `analysed ${runs.length - 1} times during the burst, first after ${runs[1] === undefined ? '—' : (runs[1] - start).toFixed(0)} ms`);
    assert.ok(runs.length >= 10, `once fast again, the keys are answered: ${runs.length - 1} analyses`);
  });

  it('cancels a pending job when the document closes', async () => {
    const { runs, run } = job(0);
    const s = new Scheduler(run);
    s.schedule('a');
    s.cancel('a');
    await tick();
    await sleep(10);
    assert.deepEqual(runs, []);
  });
});
