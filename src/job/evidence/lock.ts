// The job lock: job.lock in the job folder says which process runs the job.
// It is created exclusively ('wx'), so of two processes starting the same
// job (two `jobs resume`, a resume and a clean) exactly one gets it; the
// other is told who holds it. A process that dies without removing it
// (kill -9, power loss) leaves a lock whose pid no longer runs on this host:
// that lock is stale and the next taker replaces it. A lock written on
// another host cannot be checked from here, so it is respected.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { GuardError } from '../../contract/errors.ts';

export const LOCK_FILE = 'job.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  /** The process's own start (Linux: /proc/PID/stat field 22, clock ticks
   *  since boot). A pid is reused once its process ends; the same pid with
   *  another start is another process, so the lock is stale. */
  processStart?: string;
}

/** What a job folder's lock says about the job. */
export type LockState =
  | { state: 'free' }
  /** Held by a process that runs (on this host), or by one on another host. */
  | { state: 'running'; owner: LockOwner; elsewhere: boolean; path: string }
  /** Its process no longer runs on this host: the job is not running. */
  | { state: 'stale'; owner: LockOwner; path: string }
  /** A lock file that cannot be read: the job may be running. */
  | { state: 'unreadable'; path: string; error: string };

/** Thrown when the lock is held: the job runs now, elsewhere or here. What
 *  was asked cannot be done now (not a usage error): exit 1. */
export class JobLockedError extends GuardError {
  override name = 'JobLockedError';
  constructor(message: string, readonly lock: LockState) {
    super(message);
  }
}

/** When the process with this pid started, where the system says (Linux); undefined elsewhere or when it is gone. */
export function processStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The lock's process still runs: its pid exists and, where the start time
 *  can be read, it is the same process, not a later one given the same pid. */
function ownerRuns(owner: LockOwner): boolean {
  if (!pidRuns(owner.pid)) return false;
  if (owner.processStart === undefined) return true;
  const now = processStartOf(owner.pid);
  return now === undefined || now === owner.processStart;
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export function readLock(dir: string): LockState {
  const path = join(dir, LOCK_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'free' };
    return { state: 'unreadable', path, error: (e as Error).message };
  }
  let owner: LockOwner;
  try {
    owner = JSON.parse(text) as LockOwner;
    if (!Number.isInteger(owner.pid) || owner.pid <= 0 || typeof owner.hostname !== 'string') throw new Error('no pid and hostname in it');
  } catch (e) {
    // Also what a reader sees in the instant between the exclusive create
    // and the write of the owner: treated as held, never as stale.
    return { state: 'unreadable', path, error: (e as Error).message };
  }
  if (owner.hostname !== hostname()) return { state: 'running', owner, elsewhere: true, path };
  return ownerRuns(owner) ? { state: 'running', owner, elsewhere: false, path } : { state: 'stale', owner, path };
}

/** How a lock reads to a user: "pid 123 (since …)" or "pid 123 on host h (since …)". */
export function describeOwner(lock: LockState): string {
  if (lock.state === 'unreadable') return `an unreadable lock file (${lock.path}: ${lock.error})`;
  if (lock.state === 'free') return 'nothing';
  const o = lock.owner;
  return `pid ${o.pid}${lock.state === 'running' && lock.elsewhere ? ` on host ${o.hostname}` : ''} (since ${o.startedAt})`;
}

/** The message for a job that cannot be taken because it runs. */
export function lockedMessage(jobId: string, lock: LockState, doing: string): string {
  if (lock.state === 'unreadable') {
    return `cannot ${doing} job ${jobId}: its lock file ${lock.path} cannot be read (${lock.error}); if no azcp process runs this job, remove that file and try again`;
  }
  if (lock.state === 'running' && lock.elsewhere) {
    return `cannot ${doing} job ${jobId}: it is locked by pid ${lock.owner.pid} on host ${lock.owner.hostname} (since ${lock.owner.startedAt}), which cannot be checked from here; if it no longer runs there, remove ${lock.path} and try again`;
  }
  return `cannot ${doing} job ${jobId}: it is running now (pid ${(lock as { owner: LockOwner }).owner.pid}, since ${(lock as { owner: LockOwner }).owner.startedAt}); wait for it to end, or stop that process first`;
}

/** Locks this process holds, removed at exit whatever the path out
 *  (a second Ctrl-C calls process.exit; an uncaught error ends the process). */
const held = new Set<string>();
let exitHookInstalled = false;

function removeIfOurs(path: string): void {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    if (owner.pid === process.pid && owner.hostname === hostname()) unlinkSync(path);
  } catch {
    // Gone already (the folder was removed), or not ours: nothing to undo.
  }
}

/**
 * Moves a stale lock out of the way. Two processes can find the same stale
 * lock; the one that renames second may be moving the first one's new lock,
 * so what was moved is read back, and a lock that is not the stale one is
 * put back (link fails rather than replace a lock created meanwhile).
 */
function setAsideStale(path: string, stale: LockOwner): boolean {
  const aside = `${path}.${process.pid}.${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return false; // another taker moved it first; the next create decides
  }
  let moved: LockOwner | undefined;
  try {
    moved = JSON.parse(readFileSync(aside, 'utf8')) as LockOwner;
  } catch {
    moved = undefined;
  }
  const same = moved?.pid === stale.pid && moved?.hostname === stale.hostname && moved?.startedAt === stale.startedAt;
  try {
    if (!same) linkSync(aside, path);
  } catch {
    // A third lock appeared meanwhile: the next create sees it.
  }
  try {
    unlinkSync(aside);
  } catch {
    // nothing left to tidy
  }
  return same;
}

export interface JobLock {
  /** Set when a stale lock was replaced: what it said. */
  replaced?: LockOwner;
  release(): void;
}

/**
 * Takes the job folder's lock, replacing a stale one. Throws JobLockedError
 * when the job is running (or may be: another host, an unreadable lock).
 */
export function acquireLock(dir: string, jobId: string, doing: string): JobLock {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), processStart: processStartOf(process.pid) };
  let replaced: LockOwner | undefined;
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const lock = readLock(dir);
      // Two takers of one stale lock: the first removes it and creates its
      // own; the second then finds that one running. One retry is enough
      // for a lock removed between our create and our read.
      if (lock.state === 'free' && attempt < 3) continue;
      if (lock.state === 'stale' && attempt < 3) {
        if (setAsideStale(path, lock.owner)) replaced = lock.owner;
        continue;
      }
      throw new JobLockedError(lockedMessage(jobId, lock, doing), lock);
    }
    try {
      writeSync(fd, JSON.stringify(owner) + '\n');
    } finally {
      closeSync(fd);
    }
    break;
  }
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const p of held) removeIfOurs(p);
    });
  }
  return {
    replaced,
    release: () => {
      if (!held.delete(path)) return;
      removeIfOurs(path);
    },
  };
}
