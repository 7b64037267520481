import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runPool, isAbortError, mapInOrder } from '../src/engine/pool.ts';

// ---- runPool ----

test('runPool never has more than N workers in flight, and runs every item', async () => {
  let inFlight = 0;
  let peak = 0;
  const done: number[] = [];
  const items = Array.from({ length: 50 }, (_, i) => i);
  await runPool(items, 4, async (i) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await sleep(i % 3); // uneven durations, so slots free up out of order
    inFlight--;
    done.push(i);
  });
  assert.equal(peak, 4);
  assert.deepEqual(done.sort((a, b) => a - b), items);
});

test('runPool pulls lazily: never more than N items ahead of the finished ones', async () => {
  let pulled = 0;
  let finished = 0;
  let maxAhead = 0;
  async function* endless() {
    for (let i = 0; ; i++) {
      pulled++;
      maxAhead = Math.max(maxAhead, pulled - finished);
      yield i;
    }
  }
  // A worker failing at item 20 is the only way this infinite run ends.
  await assert.rejects(
    runPool(endless(), 3, async (i) => {
      await sleep(1);
      finished++;
      if (i === 20) throw new Error('stop here');
    }),
    /stop here/,
  );
  assert.ok(maxAhead <= 3, `pulled ${maxAhead} items ahead with concurrency 3`);
  assert.ok(pulled <= 24, `pulled ${pulled} items from an endless listing that stopped at item 20`);
});

test('runPool with a worker that throws: stops pulling, lets running workers finish, rethrows the first error', async () => {
  const started: number[] = [];
  const finished: number[] = [];
  await assert.rejects(
    runPool(
      Array.from({ length: 100 }, (_, i) => i),
      4,
      async (i) => {
        started.push(i);
        if (i === 5) throw new Error('worker 5 broke');
        await sleep(5);
        finished.push(i);
      },
    ),
    /worker 5 broke/,
  );
  assert.ok(started.length < 12, `started ${started.length} items after the failure`);
  // Everything started (except the failed one) finished before runPool rejected.
  assert.deepEqual(finished.sort((a, b) => a - b), started.filter((i) => i !== 5).sort((a, b) => a - b));
});

test('runPool propagates an error from the iterable after in-flight work settles', async () => {
  const finished: number[] = [];
  async function* failingListing() {
    yield 1;
    yield 2;
    throw new Error('listing page 2 failed');
  }
  await assert.rejects(
    runPool(failingListing(), 4, async (i) => {
      await sleep(10);
      finished.push(i);
    }),
    /listing page 2 failed/,
  );
  assert.deepEqual(finished.sort(), [1, 2], 'the items already pulled were completed before the error surfaced');
});

test('runPool on abort: stops pulling, waits for in-flight workers, throws AbortError', async () => {
  const controller = new AbortController();
  let pulled = 0;
  let running = 0;
  let runningWhenRejected = -1;
  async function* endless() {
    for (let i = 0; ; i++) {
      pulled++;
      yield i;
    }
  }
  const run = runPool(
    endless(),
    2,
    async (i) => {
      running++;
      if (i === 10) controller.abort();
      await sleep(5);
      running--;
    },
    { signal: controller.signal },
  );
  await assert.rejects(
    run.finally(() => (runningWhenRejected = running)),
    (err: unknown) => isAbortError(err),
  );
  assert.equal(runningWhenRejected, 0, 'no worker was still running when runPool rejected');
  assert.ok(pulled <= 12, `pulled ${pulled} items; pulling should stop right after the abort at item 10`);
});

test('runPool with an already aborted signal runs nothing', async () => {
  let calls = 0;
  await assert.rejects(
    runPool([1, 2, 3], 2, async () => void calls++, { signal: AbortSignal.abort() }),
    (err: unknown) => isAbortError(err),
  );
  assert.equal(calls, 0);
});

test('runPool on abort does not wait for a listing page that never comes', { timeout: 5000 }, async () => {
  const controller = new AbortController();
  async function* hangsAfterOne() {
    yield 1;
    await new Promise(() => {}); // a listing page that never comes
  }
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(
    runPool(hangsAfterOne(), 2, async () => {}, { signal: controller.signal }),
    (err: unknown) => isAbortError(err),
  );
});

test('runPool closes the iterable when it stops early', async () => {
  let closed = false;
  async function* listing() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      closed = true;
    }
  }
  await assert.rejects(
    runPool(listing(), 2, async (i) => {
      if (i === 3) throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal(closed, true);
});

test('runPool rejects a concurrency below 1', async () => {
  await assert.rejects(runPool([1], 0, async () => {}), RangeError);
});

test('runPool holds nothing per finished item while one task runs long (one big file among many small ones)', async () => {
  // gc() from V8 directly, so the heap reading is after a full collection.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let releaseLong!: () => void;
  const long = new Promise<void>((r) => (releaseLong = r));
  const ITEMS = 300_000;
  let done = 0;
  let heapWhileLongRuns = 0;
  gc();
  const before = process.memoryUsage().heapUsed;
  await runPool(
    (function* () {
      yield -1;
      for (let i = 0; i < ITEMS; i++) yield i;
    })(),
    4,
    async (i) => {
      if (i === -1) return long;
      // A real transfer yields to I/O, so the pool is full when it next pulls.
      await new Promise((r) => setImmediate(r));
      if (++done === ITEMS) {
        gc();
        heapWhileLongRuns = process.memoryUsage().heapUsed;
        releaseLong();
      }
    },
  );
  const grown = heapWhileLongRuns - before;
  // A Promise.race over the running tasks per item held ~300 bytes an item
  // on the long task (89 MB here; 297 MB at a million).
  assert.ok(grown < 3 * 1024 * 1024, `heap grew ${(grown / 1048576).toFixed(1)} MB over ${ITEMS} items`);
});

// ---- mapInOrder ----

test('mapInOrder keeps the items\' order when they finish out of order, with at most N at once', async () => {
  let inFlight = 0;
  let peak = 0;
  const items = Array.from({ length: 40 }, (_, i) => i);
  const out = await mapInOrder(items, 8, async (i) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await sleep((40 - i) % 5); // later items often finish first
    inFlight--;
    return `#${i}`;
  });
  assert.equal(peak, 8);
  assert.deepEqual(out, items.map((i) => `#${i}`));
  assert.deepEqual(await mapInOrder([], 8, async () => 1), []);
});
