import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { runPool, withRetry, isTransientError, isAbortError, retryDelayMs } from '../src/engine/pool.ts';

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

// ---- withRetry ----

const transient = (statusCode: number, extra: object = {}) => Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, ...extra });

test('withRetry retries transient errors until success, reporting each retry', async () => {
  const retries: Array<[number, number]> = [];
  const result = await withRetry(
    async (attempt) => {
      if (attempt < 3) throw transient(503);
      return `ok on ${attempt}`;
    },
    { retries: 5, baseDelayMs: 1, isRetryable: isTransientError, onRetry: (_e, attempt, delayMs) => retries.push([attempt, delayMs]) },
  );
  assert.equal(result, 'ok on 3');
  assert.deepEqual(retries.map(([a]) => a), [1, 2]);
});

test('withRetry stops at once on a permanent error', async () => {
  let attempts = 0;
  await assert.rejects(
    withRetry(
      async () => {
        attempts++;
        throw transient(403);
      },
      { retries: 5, baseDelayMs: 1, isRetryable: isTransientError },
    ),
    /HTTP 403/,
  );
  assert.equal(attempts, 1);
});

test('withRetry gives up after `retries` retries and rethrows the last error', async () => {
  let attempts = 0;
  await assert.rejects(
    withRetry(
      async (attempt) => {
        attempts++;
        throw transient(500, { message: `attempt ${attempt}` });
      },
      { retries: 2, baseDelayMs: 1, isRetryable: isTransientError },
    ),
    /attempt 3/,
  );
  assert.equal(attempts, 3);
});

test('withRetry honours retryAfterMs from the error', async () => {
  const delays: number[] = [];
  const started = Date.now();
  await withRetry(
    async (attempt) => {
      if (attempt === 1) throw transient(429, { retryAfterMs: 120 });
    },
    { retries: 1, baseDelayMs: 1, maxDelayMs: 5, isRetryable: isTransientError, onRetry: (_e, _a, d) => delays.push(d) },
  );
  assert.deepEqual(delays, [120], 'the server-given wait, even above maxDelayMs');
  assert.ok(Date.now() - started >= 110, 'and it actually waited');
});

test('backoff is full jitter under an exponential cap bounded by maxDelayMs', () => {
  const opts = { baseDelayMs: 100, maxDelayMs: 1000 };
  for (let i = 0; i < 200; i++) {
    for (const [attempt, cap] of [[1, 100], [2, 200], [3, 400], [4, 800], [5, 1000], [12, 1000]] as const) {
      const d = retryDelayMs(new Error('x'), attempt, opts);
      assert.ok(d >= 0 && d < cap, `attempt ${attempt}: ${d} not in [0, ${cap})`);
    }
  }
  // Jitter: not every delay is the same.
  const samples = new Set(Array.from({ length: 50 }, () => retryDelayMs(new Error('x'), 5, opts)));
  assert.ok(samples.size > 1);
});

test('withRetry stops waiting and throws AbortError when aborted during backoff', async () => {
  const controller = new AbortController();
  const started = Date.now();
  let attempts = 0;
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(
    withRetry(
      async () => {
        attempts++;
        throw transient(503, { retryAfterMs: 10_000 });
      },
      { retries: 3, baseDelayMs: 1, isRetryable: isTransientError, signal: controller.signal },
    ),
    (err: unknown) => isAbortError(err),
  );
  assert.equal(attempts, 1);
  assert.ok(Date.now() - started < 5000);
});

// ---- isTransientError ----

test('isTransientError: throttling, timeouts and server errors are transient; client errors are not', () => {
  for (const code of [408, 429, 500, 502, 503, 504]) assert.equal(isTransientError(transient(code)), true, String(code));
  for (const code of [400, 401, 403, 404, 409, 412, 416, 501]) assert.equal(isTransientError(transient(code)), false, String(code));
});

test('isTransientError: dropped connections are transient, an unknown host is not', () => {
  const net = (code: string) => Object.assign(new Error(code), { code });
  for (const code of ['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'REQUEST_SEND_ERROR']) {
    assert.equal(isTransientError(net(code)), true, code);
  }
  assert.equal(isTransientError(net('ENOTFOUND')), false, 'ENOTFOUND is a wrong account or endpoint');
  assert.equal(isTransientError(net('EACCES')), false);
});

test('isTransientError looks through cause chains (fetch and SDK wrappers)', () => {
  const wrapped = new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
  assert.equal(isTransientError(wrapped), true);
});

test('isTransientError: an abort is never transient, and odd values are not either', () => {
  assert.equal(isTransientError(new DOMException('aborted', 'AbortError')), false);
  assert.equal(isTransientError(Object.assign(new Error('x'), { name: 'AbortError', code: 'ECONNRESET' })), false);
  for (const v of [undefined, null, 'ECONNRESET', 503, {}]) assert.equal(isTransientError(v), false);
});
