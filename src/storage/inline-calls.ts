// File-system calls made on the main thread while the file system answers
// fast, and through the thread pool once it does not. Used by the local walk
// (local/walk-calls.ts) and by downloads putting small files in place
// (disk.ts).
//
// Why: through the promises API every call is a thread-pool round trip,
// which on a local disk costs far more than the call (a cached lstat is a
// few microseconds), and on a machine with few cores each hand-off can cost
// the main thread its core. Walking 20,000 files took ~480 ms and ~750 ms of
// CPU that way, against ~120 ms and ~120 ms inline (README, Performance,
// sixth pass); writing 1,000 small downloads inline cut the job's CPU by ~8%
// (ninth pass).
//
// Why not always inline: on a slow or remote file system (NFS, SMB, a cold
// spinning disk) each call can take milliseconds, and the main thread
// drives every transfer. So each user watches its own calls and, after a
// few slow ones in a row, makes the rest through the thread pool, for good.
// In a row: on a busy machine a fast disk's call now and then takes a few
// milliseconds of wall time (the thread lost its core), which is no reason
// to give up the main thread; a slow file system is slow call after call.
// A call that hangs outright blocks the main thread until the file system
// answers; through the thread pool it would hang its caller all the same.

/** A call slower than this on the main thread counts as slow (a cached local call takes microseconds). */
export const SLOW_CALL_MS = 2;
/** Slow calls in a row taken on the main thread before moving to the thread pool. */
export const SLOW_CALLS_TO_SWITCH = 4;

export class InlineCalls {
  private slowInARow = 0;
  private pooled = false;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Whether calls are still made on the main thread. */
  get inline(): boolean {
    return !this.pooled;
  }

  /** The same result either way: a value, or the call's error as a rejection. */
  protected call<T>(inline: () => T, pooled: () => Promise<T>): Promise<T> {
    if (!this.inline) return pooled();
    const started = this.clock();
    try {
      return Promise.resolve(inline());
    } catch (err) {
      return Promise.reject(err);
    } finally {
      this.slowInARow = this.clock() - started > SLOW_CALL_MS ? this.slowInARow + 1 : 0;
      if (this.slowInARow >= SLOW_CALLS_TO_SWITCH) this.pooled = true;
    }
  }
}
