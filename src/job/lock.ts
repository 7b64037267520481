// Moved to evidence/lock.ts. Kept for the hosts' imports until they point there.
export { JobLockedError, describeOwner, lockedMessage, readLock } from './evidence/lock.ts';
export type { LockState } from './evidence/lock.ts';
