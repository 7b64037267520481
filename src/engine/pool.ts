// Running the plan: a bounded worker pool that pulls work lazily, retries
// with exponential backoff, and the one definition of "worth retrying".
import { setTimeout as sleep } from 'node:timers/promises';

/** The error runPool and withRetry throw when their signal aborts. */
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
  const start = (item: T): void => {
    const task: Promise<void> = runWorker(item).then(() => {
      running.delete(task);
    });
    running.add(task);
  };

  try {
    while (failure === undefined && !signal?.aborted) {
      // Tasks never reject (see runWorker), so race() only ever signals "a slot freed".
      while (running.size >= concurrency) await Promise.race(running);
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

export interface RetryOptions {
  /** Retries after the first attempt: 3 means up to 4 attempts in all. */
  retries: number;
  /** Backoff cap for the first retry; it doubles each retry. */
  baseDelayMs: number;
  /** Upper bound of the backoff (default 60 s). A server's retryAfterMs is honoured even above it. */
  maxDelayMs?: number;
  isRetryable: (err: unknown) => boolean;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
}

const DEFAULT_MAX_DELAY_MS = 60_000;

/**
 * Calls fn(attempt) (attempt counts from 1) until it succeeds, the error is
 * not retryable, or the retries are used up; then rethrows the last error.
 * Waits between attempts with exponential backoff and full jitter, or
 * exactly err.retryAfterMs when the error carries one (a server's Retry-After).
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const { signal } = opts;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(signal);
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt > opts.retries || signal?.aborted || !opts.isRetryable(err)) throw err;
      const delayMs = retryDelayMs(err, attempt, opts);
      opts.onRetry?.(err, attempt, delayMs);
      try {
        await sleep(delayMs, undefined, { signal });
      } catch {
        throw abortError(signal);
      }
    }
  }
}

/**
 * Full jitter (a random wait between 0 and the exponential cap) spreads
 * the retries of many workers that failed together, instead of having them
 * all hit a throttled account again at the same moment.
 */
export function retryDelayMs(err: unknown, attempt: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  const retryAfterMs = (err as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) return retryAfterMs;
  const cap = Math.min(opts.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, opts.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(Math.random() * cap);
}

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

// Connection-level failures that a later attempt can get past. ENOTFOUND is
// deliberately absent: a host name that does not resolve is a wrong account
// or endpoint, and retrying only delays the message the user needs.
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'REQUEST_SEND_ERROR', // @azure/core-rest-pipeline's wrapper for a failed send
]);

/**
 * Whether a failed storage call is worth another attempt: throttling, server
 * errors, timeouts and dropped connections. Looks through `cause` chains,
 * since fetch and the Azure SDK wrap the socket error. An abort is never
 * transient: the user asked to stop.
 */
export function isTransientError(err: unknown): boolean {
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (isAbortError(e)) return false;
    const { statusCode, code } = e as { statusCode?: unknown; code?: unknown };
    if (typeof statusCode === 'number' && TRANSIENT_STATUS.has(statusCode)) return true;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  }
  return false;
}
