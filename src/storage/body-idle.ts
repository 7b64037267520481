// A response body that goes silent halfway. The per-try timeout ends when
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
