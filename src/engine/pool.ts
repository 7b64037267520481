// Running the plan: a bounded worker pool that pulls work lazily. (Retries
// live in the request pipeline: src/storage/retry.ts.)

/** The error runPool throws when its signal aborts. */
export function abortError(signal?: AbortSignal): DOMException {
  const error = new DOMException('The operation was aborted', 'AbortError');
  if (signal?.reason !== undefined) Object.defineProperty(error, 'cause', { value: signal.reason, configurable: true, writable: true });
  return error;
}

export function isAbortError(err: unknown): boolean {
  return (err as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Runs `worker` on every item with at most `concurrency` running at once.
 *
 * Items are pulled only when a worker slot is free, so at most `concurrency`
 * items are out of the iterable at any time: a plan of millions of steps
 * never sits in memory.
 *
 * Workers must catch their own errors: a failed transfer is a result to
 * record, not a reason to stop the job. If a worker throws anyway, the pool
 * stops pulling, lets the other running workers finish, and rethrows the
 * first such error. An error thrown by the iterable itself (a listing that
 * failed) is handled the same way. On abort the pool stops pulling, waits
 * for running workers (they should watch the same signal) and throws an
 * AbortError.
 */
export async function runPool<T>(
  items: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  worker: (item: T) => Promise<void>,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1; got ${concurrency}`);
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);

  const iterator = iteratorOf(items);
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let listingDone = false; // the iterable finished or threw: nothing to close
  let pullPending = false; // a next() is still unsettled (abort won the race)

  // Never rejects: a thrown error is kept as the pool's failure instead.
  const runWorker = async (item: T): Promise<void> => {
    try {
      await worker(item);
    } catch (error) {
      failure ??= { error };
    }
  };
  // One waiter at most (the loop below), woken when any task ends. A
  // Promise.race over the running tasks would attach a handler to every
  // running task per item, and a task that runs long (one large file among
  // millions of small ones) would hold all of them until it ends.
  let slotFreed: (() => void) | undefined;
  const start = (item: T): void => {
    const task: Promise<void> = runWorker(item).then(() => {
      running.delete(task);
      const wake = slotFreed;
      slotFreed = undefined;
      wake?.();
    });
    running.add(task);
  };

  try {
    while (failure === undefined && !signal?.aborted) {
      while (running.size >= concurrency) await new Promise<void>((resolve) => (slotFreed = resolve));
      if (failure !== undefined || signal?.aborted) break;

      let step: IteratorResult<T> | typeof ABORTED;
      try {
        step = await untilAborted(Promise.resolve(iterator.next()), signal);
      } catch (error) {
        failure ??= { error };
        listingDone = true;
        break;
      }
      if (step === ABORTED) {
        pullPending = true;
        break;
      }
      if (step.done) {
        listingDone = true;
        break;
      }
      start(step.value);
    }
    await Promise.all(running);
  } finally {
    if (!listingDone) await closeIterator(iterator, pullPending);
  }

  if (failure !== undefined) throw failure.error;
  if (signal?.aborted) throw abortError(signal);
}

const ABORTED = Symbol('aborted');

/** Resolves with `promise`, or with ABORTED as soon as the signal aborts. */
function untilAborted<V>(promise: Promise<V>, signal: AbortSignal | undefined): Promise<V | typeof ABORTED> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Both kinds of iterable behind one async interface, so the loop has one shape. */
function iteratorOf<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
}

/**
 * Tells the iterable we stopped early so it can release what it holds (an
 * open listing, a file handle). Not awaited while a next() is still pending:
 * an async generator queues return() behind it, and an abort must not wait
 * for a hung listing page.
 */
async function closeIterator<T>(iterator: AsyncIterator<T> | Iterator<T>, pullPending: boolean): Promise<void> {
  try {
    const closing = Promise.resolve(iterator.return?.());
    if (pullPending) closing.catch(() => {});
    else await closing;
  } catch {
    // The iterable failed while closing; the job's own error is the one to report.
  }
}

/**
 * `fn` over every item, at most `concurrency` at once, results in the
 * items' order. For short lists already in memory (one folder's entries):
 * a file-system call awaited one after another costs a thread-pool round
 * trip each, so a folder of 1,000 files took 1,000 of them in sequence.
 * `fn` must not throw: its result says what went wrong.
 */
export async function mapInOrder<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
