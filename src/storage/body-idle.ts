// Response bodies that break off or go silent halfway.
//
// A body that goes silent halfway. The per-try timeout ends when
// the headers arrive, and an established connection that stops sending can
// stay open for hours: on a long migration one such body would hold its
// transfer — and the job — forever. The watch ends a body that brought no
// bytes for the try timeout with an error, which the callers' body re-fetch
// then treats like any other body that broke off.

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
