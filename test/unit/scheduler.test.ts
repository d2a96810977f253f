// The per-document scheduler: bursts coalesce to the last version, and a
// document waits for the burst to end as long as its last analysis took, less
// the knee, up to the delay.
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

/** A job that reports the given cost without spending it: the wait the scheduler chooses, measured alone. */
function reporting(costMs: number) {
  const j = { cost: costMs, version: 0, runs: [] as { at: number; version: number }[], run: async (_uri: string): Promise<number> => 0 };
  j.run = async () => {
    const at = performance.now();
    await sleep(1); // the settings request
    j.runs.push({ at, version: j.version });
    return j.cost;
  };
  return j;
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

  it('lets a truly slow document wait for the burst to end, and a fast one go at once', async () => {
    const slow = reporting(400);
    const s = new Scheduler(slow.run, 40, 150);
    s.schedule('big');
    await sleep(20);
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

  it('analyses a mid-sized document (45 ms) within its own cost of the edit, not after the whole delay', async () => {
    const mid = reporting(45);
    const s = new Scheduler(mid.run, 40, 150);
    s.schedule('a');
    await sleep(20);
    assert.equal(mid.runs.length, 1);
    const edit = performance.now();
    s.schedule('a');
    while (mid.runs.length < 2 && performance.now() - edit < 400) await sleep(1);
    const waited = mid.runs[1]!.at - edit;
    assert.ok(waited < 45, `the edit waited ${waited.toFixed(0)} ms for an analysis of 45 ms`);
  });

  it('makes the wait grow with the cost: no cliff at 40 ms, never more than the analysis itself, the whole delay for a truly slow one', async () => {
    const waits: Record<number, number> = {};
    for (const cost of [39, 41, 45, 60, 100, 400]) {
      const j = reporting(cost);
      const s = new Scheduler(j.run, 40, 150);
      s.schedule('a');
      await sleep(5);
      const edit = performance.now();
      s.schedule('a');
      while (j.runs.length < 2 && performance.now() - edit < 600) await sleep(1);
      waits[cost] = j.runs[1]!.at - edit;
    }
    const shown = JSON.stringify(Object.fromEntries(Object.entries(waits).map(([c, w]) => [c, Math.round(w)])));
    assert.ok(waits[41]! - waits[39]! < 20, `41 ms against 39 ms: ${shown}`);
    for (const cost of [41, 45, 60, 100]) assert.ok(waits[cost]! < cost, `a ${cost} ms analysis waits less than itself: ${shown}`);
    assert.ok(waits[100]! > waits[45]!, `a costlier document waits longer: ${shown}`);
    assert.ok(waits[400]! >= 140, `a truly slow document waits the delay: ${shown}`);
  });

  it('runs a burst of 20 edits to a slow document far fewer times than there are edits, and always the last edit', async () => {
    const slow = reporting(200);
    const s = new Scheduler(slow.run, 40, 150);
    slow.version = 1;
    s.schedule('a');
    await sleep(20);
    const before = slow.runs.length;
    for (let v = 2; v <= 21; v++) {
      slow.version = v;
      s.schedule('a');
      await sleep(10);
    }
    await sleep(600);
    const during = slow.runs.slice(before);
    assert.ok(during.length >= 1 && during.length <= 4, `${during.length} analyses for 20 edits`);
    assert.equal(during.at(-1)!.version, 21, 'the last edit is analysed');
  });

  it('answers a mid-sized document typed at 30 keys/s soon after the last key', async () => {
    const mid = reporting(45);
    const s = new Scheduler(mid.run, 40, 150);
    mid.version = 1;
    s.schedule('a');
    await sleep(20);
    let last = 0;
    for (let v = 2; v <= 21; v++) {
      mid.version = v;
      s.schedule('a');
      last = performance.now();
      await sleep(33);
    }
    while (mid.runs.at(-1)?.version !== 21 && performance.now() - last < 600) await sleep(1);
    const lag = mid.runs.at(-1)!.at - last;
    assert.equal(mid.runs.at(-1)!.version, 21);
    assert.ok(lag < 45, `the last key waited ${lag.toFixed(0)} ms`);
    assert.ok(mid.runs.length >= 10, `keys answered while typing: ${mid.runs.length - 1}`);
  });

  it('does not hold a long burst behind one slow analysis: the cost is measured again and a fast document goes at once', async () => {
    const cold = reporting(400); // the first analysis after an open: cold
    const s = new Scheduler(cold.run, 40, 150);
    s.schedule('a');
    await sleep(20);
    assert.equal(cold.runs.length, 1);
    cold.cost = 0; // warm
    const start = performance.now();
    // typing at 50 keys/s for 900 ms: nothing would run until the keys stopped
    while (performance.now() - start < 900) {
      s.schedule('a');
      await sleep(20);
    }
    const first = cold.runs[1]?.at;
    assert.ok(first !== undefined && first - start < 700, `analysed ${cold.runs.length - 1} times during the burst, first after ${first === undefined ? '—' : (first - start).toFixed(0)} ms`);
    assert.ok(cold.runs.length >= 10, `once fast again, the keys are answered: ${cold.runs.length - 1} analyses`);
  });

  it('runs keys handed over one a turn, as the connection hands over those that queued during an analysis, once', async () => {
    const cheap = reporting(10);
    const s = new Scheduler(cheap.run, 40, 150);
    cheap.version = 1;
    s.schedule('a');
    await sleep(20);
    const before = cheap.runs.length;
    // vscode-jsonrpc: one queued message per setImmediate, the next queued after the handler
    await new Promise<void>((done) => {
      const message = (v: number): void => {
        cheap.version = v;
        s.schedule('a');
        if (v < 11) setImmediate(() => message(v + 1));
        else done();
      };
      setImmediate(() => message(2));
    });
    await sleep(20);
    const runs = cheap.runs.slice(before);
    assert.equal(runs.length, 1, `${runs.length} analyses for 10 queued keys`);
    assert.equal(runs[0]!.version, 11, 'the last key is analysed');
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
