// Moved to contract/errors.ts. Kept for the hosts' imports until they point there.
export { UsageError, GuardError } from '../contract/errors.ts';
