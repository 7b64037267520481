// The file-system calls one local walk makes (read a folder, stat an
// entry, read a link), made on the main thread while the file system
// answers fast, and through the thread pool once it does not.
//
// Why: through the promises API every call is a thread-pool round trip,
// which on a local disk costs far more than the call (a cached lstat is a
// few microseconds): walking 20,000 files took ~480 ms and ~750 ms of CPU
// that way, 32 calls in flight, against ~120 ms and ~120 ms of CPU inline
// (README, Performance, sixth pass). A no-op sync is little more than that
// walk beside a listing.
//
// Why not always inline: on a slow or remote file system (NFS, SMB, a cold
// spinning disk) each call can take milliseconds, and the main thread
// drives every transfer. So a walk watches its own calls and, after a few
// slow ones, makes the rest through the thread pool (32 in flight, as the
// walk asks), for good. A call that hangs outright blocks the main thread
// until the file system answers; through the thread pool it would hang the
// walk all the same.
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';

/** A call slower than this on the main thread counts as slow (a cached local call takes microseconds). */
export const SLOW_CALL_MS = 2;
/** Slow calls a walk takes on the main thread before it moves to the thread pool. */
export const SLOW_CALLS_TO_SWITCH = 4;

export class WalkCalls {
  private slowCalls = 0;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Whether calls are still made on the main thread. */
  get inline(): boolean {
    return this.slowCalls < SLOW_CALLS_TO_SWITCH;
  }

  readdir(path: string): Promise<Dirent[]> {
    return this.call(() => readdirSync(path, { withFileTypes: true }), () => readdir(path, { withFileTypes: true }));
  }

  lstat(path: string): Promise<Stats> {
    return this.call(() => lstatSync(path), () => lstat(path));
  }

  stat(path: string): Promise<Stats> {
    return this.call(() => statSync(path), () => stat(path));
  }

  readlink(path: string): Promise<string> {
    return this.call(() => readlinkSync(path), () => readlink(path));
  }

  realpath(path: string): Promise<string> {
    // The native call on both paths: the promise API's realpath is native, and
    // loop protection compares paths found either way.
    return this.call(() => realpathSync.native(path), () => realpath(path));
  }

  /** The same result either way: a value, or the call's error as a rejection. */
  private call<T>(inline: () => T, pooled: () => Promise<T>): Promise<T> {
    if (!this.inline) return pooled();
    const started = this.clock();
    try {
      return Promise.resolve(inline());
    } catch (err) {
      return Promise.reject(err);
    } finally {
      if (this.clock() - started > SLOW_CALL_MS) this.slowCalls++;
    }
  }
}
