// The AZCP_* numbers: tuning a user (or a test) sets in the environment.
// Each has its fallback and its own rule for what counts as a valid value;
// anything else falls back silently, as each reader always did.

/** Whole numbers of at least `min`. */
const digits = (min = 0) => (v: string | undefined) => (v && /^\d+$/.test(v) && Number(v) >= min ? Number(v) : undefined);
/** Any finite number of at least `min` (fractions too). */
const finite = (min: number) => (v: string | undefined) => {
  const n = Number(v);
  return Number.isFinite(n) && n >= min ? n : undefined;
};

export const ENV_NUMBERS = {
  AZCP_MAX_TRIES: { fallback: 8, read: digits() },
  AZCP_RETRY_DELAY_MS: { fallback: 500, read: digits() },
  AZCP_MAX_RETRY_DELAY_MS: { fallback: 60_000, read: digits() },
  AZCP_TRY_TIMEOUT_MS: { fallback: 5 * 60_000, read: digits() },
  /** azcp.log rotates at this size (keeping LOG_KEEP files): the log never takes more than ~96 MiB of the job folder. */
  AZCP_LOG_ROTATE_BYTES: { fallback: 32 * 1024 * 1024, read: digits(1024) },
  /** transfers.jsonl's cap for routine lines (see JobFolder). */
  AZCP_JOURNAL_MAX_BYTES: { fallback: 1024 * 1024 * 1024, read: digits(1024) },
  /** How often a CI step prints progress. */
  AZCP_PROGRESS_INTERVAL_MS: { fallback: 10_000, read: finite(100) },
} as const;

export type EnvNumber = keyof typeof ENV_NUMBERS;

export function envNumber(name: EnvNumber, env: NodeJS.ProcessEnv = process.env): number {
  return ENV_NUMBERS[name].read(env[name]) ?? ENV_NUMBERS[name].fallback;
}

export interface RetryTuning {
  maxTries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per-try timeout; a stalled request is abandoned and retried. */
  tryTimeoutMs: number;
}

export function retryTuning(env: NodeJS.ProcessEnv = process.env): RetryTuning {
  return {
    maxTries: envNumber('AZCP_MAX_TRIES', env),
    baseDelayMs: envNumber('AZCP_RETRY_DELAY_MS', env),
    maxDelayMs: envNumber('AZCP_MAX_RETRY_DELAY_MS', env),
    tryTimeoutMs: envNumber('AZCP_TRY_TIMEOUT_MS', env),
  };
}

export const logRotateBytes = (env: NodeJS.ProcessEnv = process.env) => envNumber('AZCP_LOG_ROTATE_BYTES', env);
export const journalMaxBytes = (env: NodeJS.ProcessEnv = process.env) => envNumber('AZCP_JOURNAL_MAX_BYTES', env);
export const progressIntervalMs = (env: NodeJS.ProcessEnv = process.env) => envNumber('AZCP_PROGRESS_INTERVAL_MS', env);

/**
 * AZCP_FILE_ENDPOINT: a path-style endpoint whose URLs are Azure Files
 * shares (a custom domain, or the local stand-in
 * http://127.0.0.1:PORT/devstoreaccount1), for every command, with no
 * --from-to. Without a trailing slash; undefined when unset or not a URL.
 */
export function fileEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env.AZCP_FILE_ENDPOINT?.trim();
  if (!v) return undefined;
  try {
    const u = new URL(v);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}
