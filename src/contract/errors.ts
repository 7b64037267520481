// Errors that decide the exit status. Anything a user wrote wrong, or that is
// missing before any write happens, is a UsageError (exit 2). A guard that
// refuses to act (too many deletions, empty source) is a GuardError (exit 1).

export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = 2;
}

export class GuardError extends Error {
  override name = 'GuardError';
  readonly exitCode = 1;
}

