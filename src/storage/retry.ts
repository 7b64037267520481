// Retries at both levels, for every backend on the Azure core pipeline.
//
// Requests: azcp's own retry policy replaces the SDK's. The SDK retries only
// 500/503 and network errors, while throttling (429), gateway errors
// (502/504) and timeouts (408) are just as transient, and Retry-After should
// be honoured. The policy also counts retries so the report can say how
// rough the ride was.
//
// Bodies: a response body that breaks off or goes silent halfway. The
// per-try timeout ends when the headers arrive, and an established
// connection that stops sending can stay open for hours: on a long
// migration one such body would hold its transfer — and the job — forever.
// The watch ends a body that brought no bytes for the try timeout with an
// error, which the callers' body re-fetch then treats like any other body
// that broke off.

import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline';
import type { RetryTuning } from '../contract/env.ts';
import { isBare500 } from './errors.ts';

export interface RetryStats {
  /** Requests retried after a transient failure. */
  retries: number;
}

/** Tries the SDK's own download stream makes at a body that breaks off (its
 *  maxRetryRequests), where azcp lets the SDK stream a range. */
export const SDK_BODY_RETRIES = 5;

export class BodyIdleError extends Error {
  override name = 'BodyIdleError';
}

export interface IdleWatch {
  /** Call for every chunk that arrives. */
  touch(): void;
  /** Call when the body ended, well or badly. */
  stop(): void;
}

/** Watches `body`: when `touch()` is not called for `ms` (0: never), the
 *  body is destroyed with a BodyIdleError. The consumer calls touch() from
 *  its own read loop, so the watch never changes how the body flows. */
export function watchBodyIdle(body: NodeJS.ReadableStream, ms: number): IdleWatch {
  if (!(ms > 0)) return { touch() {}, stop() {} };
  const stream = body as NodeJS.ReadableStream & { destroy?: (err?: Error) => void };
  let timer: NodeJS.Timeout | undefined = setTimeout(() => stream.destroy?.(new BodyIdleError(`no data for ${ms} ms in the middle of a response (AZCP_TRY_TIMEOUT_MS)`)), ms);
  // The timer alone must not keep a finished job alive.
  timer.unref();
  return {
    // refresh() restarts the same timer: a touch per chunk costs no allocation.
    touch: () => void timer?.refresh(),
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Tries at a response whose body breaks off (or goes silent) after the
 *  service answered: the pipeline retries a request that fails, not a body
 *  that stops halfway (the SDK reports a cut connection as an abort, which
 *  its own stream retries then give up on). */
export const BODY_TRIES = 5;

/**
 * Runs `attempt` until it succeeds, trying again only when it failed after
 * calling `answered()` (the service had answered; its body broke off) — a
 * request that failed has had its retries in the pipeline already. Each
 * try again is counted in `stats.retries`; `beforeRetry` undoes what the
 * failed try reported (progress).
 */
export async function withBodyRetries<T>(
  stats: { retries: number },
  signal: AbortSignal | undefined,
  attempt: (answered: () => void) => Promise<T>,
  beforeRetry?: () => void,
): Promise<T> {
  for (let n = 1; ; n++) {
    let answered = false;
    try {
      return await attempt(() => (answered = true));
    } catch (err) {
      if (!answered || signal?.aborted || n >= BODY_TRIES) throw err;
      beforeRetry?.();
      stats.retries++;
    }
  }
}

const RETRIABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRIABLE_CODES = ['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'REQUEST_SEND_ERROR', 'UND_ERR_SOCKET', 'ECONNABORTED'];

function isRetriableError(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string };
  if (e?.name === 'AbortError' && !/timeout|timed out/i.test(e.message ?? '')) return false;
  const text = `${e?.code ?? ''} ${e?.message ?? ''} ${e?.name ?? ''}`.toUpperCase();
  return RETRIABLE_CODES.some((c) => text.includes(c)) || /socket hang up|timed? ?out|aborted/i.test(e?.message ?? '');
}

function retryAfterMs(response: PipelineResponse): number | undefined {
  const h = response.headers.get('retry-after');
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(h);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener?.('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener?.('abort', onAbort, { once: true });
  });
}

type AbortSignalLike = { aborted: boolean; addEventListener?: AbortSignal['addEventListener']; removeEventListener?: AbortSignal['removeEventListener'] };

function abortError(): Error {
  const e = new Error('The operation was aborted.');
  e.name = 'AbortError';
  return e;
}

export function retryPolicy(tuning: RetryTuning, stats: RetryStats): PipelinePolicy {
  return {
    name: 'azcpRetryPolicy',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      // Only bodies that can be sent again are retried (Buffers, strings,
      // stream factories); a one-shot stream cannot be replayed.
      const replayable = request.body === undefined || request.body === null || typeof request.body !== 'object' || Buffer.isBuffer(request.body) || typeof request.body === 'function' || request.body instanceof Uint8Array;
      const outer = request.abortSignal;
      for (let attempt = 1; ; attempt++) {
        let delay: number | undefined;
        // The per-try timeout is ours, not the HTTP client's: its timeout
        // surfaces as a bare AbortError, indistinguishable from the user
        // cancelling, and so was never retried. A try of our own that runs
        // out is aborted through its own signal and retried like a reset.
        const attemptAbort = new AbortController();
        let timedOut = false;
        const onOuterAbort = () => attemptAbort.abort();
        if (outer?.aborted) throw abortError();
        outer?.addEventListener('abort', onOuterAbort, { once: true });
        const timer = tuning.tryTimeoutMs > 0 ? setTimeout(() => ((timedOut = true), attemptAbort.abort()), tuning.tryTimeoutMs) : undefined;
        request.abortSignal = attemptAbort.signal;
        let keepLink = false;
        try {
          const response = await next(request);
          if (!RETRIABLE_STATUS.has(response.status) || attempt >= tuning.maxTries || !replayable || unnamedCopySourceFailure(request, response)) {
            // A streamed body is read after this returns: the job's cancel
            // must still reach it, and the link goes when the stream ends.
            const body = response.readableStreamBody as NodeJS.ReadableStream & { once?: (e: string, f: () => void) => void } | undefined;
            if (body && outer && typeof body.once === 'function') {
              keepLink = true;
              body.once('close', () => outer.removeEventListener?.('abort', onOuterAbort));
            }
            return response;
          }
          delay = retryAfterMs(response);
          // Drain an unread error body so the socket can be reused.
          (response.readableStreamBody as NodeJS.ReadableStream | undefined)?.resume?.();
        } catch (err) {
          if (outer?.aborted || attempt >= tuning.maxTries || !replayable) throw timedOut && !outer?.aborted ? tryTimeoutError(tuning.tryTimeoutMs, err) : err;
          if (!timedOut && !isRetriableError(err)) throw err;
        } finally {
          if (timer) clearTimeout(timer);
          if (!keepLink) outer?.removeEventListener?.('abort', onOuterAbort);
          request.abortSignal = outer;
        }
        const backoff = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** (attempt - 1));
        const wait = delay !== undefined ? Math.min(delay, tuning.maxDelayMs) : Math.random() * backoff;
        stats.retries++;
        await sleep(wait, outer);
      }
    },
  };
}

/**
 * A bare 500 (no error code) to a copy-from-URL request is an answer, not a
 * hiccup: Azure names its transient 500s (InternalError, OperationTimedOut),
 * while emulators answer a bare 500 for source-auth combinations they do not
 * implement. Retrying it only delays the fallback to another copy API.
 */
function unnamedCopySourceFailure(request: PipelineRequest, response: PipelineResponse): boolean {
  return request.headers.has('x-ms-copy-source') && isBare500(response.status, response.headers.get('x-ms-error-code'));
}

function tryTimeoutError(ms: number, cause: unknown): Error {
  const e = new Error(`no answer within ${ms} ms (AZCP_TRY_TIMEOUT_MS), after every retry`);
  e.name = 'TimeoutError';
  (e as { code?: string }).code = 'ETIMEDOUT';
  (e as { cause?: unknown }).cause = cause;
  return e;
}
