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

/**
 * Every AZCP_* environment variable azcp reads, for `azcp env` (AzCopy's
 * `azcopy env`): what it does, its default, and whether its value is a
 * secret (then shown only as set / unset). test/env-command.test.ts fails
 * when src/ reads an AZCP_* variable that is not listed here.
 */
export interface EnvVariable {
  name: string;
  help: string;
  /** What applies when it is unset, in words or as the value. */
  default: string;
  secret?: true;
}

const numberRow = (name: EnvNumber, help: string): EnvVariable => ({ name, help, default: String(ENV_NUMBERS[name].fallback) });

export const ENV_VARIABLES: readonly EnvVariable[] = [
  { name: 'AZCP_JOB_DIR', help: 'Where job folders go (--job-dir).', default: '~/.azcp/jobs' },
  { name: 'AZCP_CONCURRENCY', help: 'Transfers in flight (--concurrency).', default: '16 per core, at most 64' },
  { name: 'AZCP_SAS_TOKEN', help: 'A SAS token for URLs without one (also AZURE_STORAGE_SAS_TOKEN).', default: 'unset', secret: true },
  { name: 'AZCP_ACCOUNT_KEY', help: 'The storage account key (also AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY).', default: 'unset', secret: true },
  { name: 'AZCP_CONNECTION_STRING', help: 'A storage connection string (also AZURE_STORAGE_CONNECTION_STRING).', default: 'unset', secret: true },
  { name: 'AZCP_CLIENT_SECRET', help: 'azcp login --service-principal: the client secret (also AZURE_CLIENT_SECRET).', default: 'unset', secret: true },
  { name: 'AZCP_COMPILE_CACHE', help: 'Node 22+: where the compiled bundle is kept between runs (a folder of your own); off turns it off.', default: '~/.azcp/compile-cache' },
  { name: 'AZCP_LOGIN_DIR', help: 'Where azcp login keeps its session (no secret in it).', default: '~/.azcp' },
  { name: 'AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE', help: 'azcp login: keep the refresh token in a file readable only by you where no keyring is available (true|false).', default: 'false' },
  { name: 'AZCP_DISABLE_INSTANCE_DISCOVERY', help: 'Entra ID: skip authority validation (true|false); default on for non-Microsoft authority hosts.', default: 'by authority host' },
  { name: 'AZCP_USE_MANAGED_IDENTITY', help: '--auth auto: add the managed identity to the identity chain.', default: 'unset' },
  { name: 'AZCP_FILE_ENDPOINT', help: 'A path-style endpoint whose URLs are Azure Files shares (a custom domain, or the local stand-in), for every command.', default: 'unset' },
  { name: 'AZCP_ARM_ENDPOINT', help: 'Azure Resource Manager for --purge-cdn (another cloud: its ARM endpoint), https only.', default: 'https://management.azure.com' },
  { name: 'AZCP_SHARD', help: '--shard auto: this run is shard I of N ("I/N", 1-based).', default: 'unset' },
  { name: 'AZCP_SHARD_COUNT', help: '--shard auto in a Kubernetes Indexed Job: N, beside JOB_COMPLETION_INDEX (0-based).', default: 'unset' },
  { name: 'AZCP_HOST', help: 'Force the host: cli, github or azure-pipelines.', default: 'detected' },
  numberRow('AZCP_MAX_TRIES', 'Tries per request before it fails.'),
  numberRow('AZCP_RETRY_DELAY_MS', 'First retry delay (doubles each try), ms.'),
  numberRow('AZCP_MAX_RETRY_DELAY_MS', 'Longest retry delay, ms.'),
  numberRow('AZCP_TRY_TIMEOUT_MS', 'A request that stalls this long is abandoned and retried, ms.'),
  numberRow('AZCP_LOG_ROTATE_BYTES', 'azcp.log rotates at this size, bytes.'),
  numberRow('AZCP_JOURNAL_MAX_BYTES', "transfers.jsonl's cap for routine lines, bytes."),
  { name: 'AZCP_PROGRESS_INTERVAL_MS', help: 'How often progress is printed to a log or CI step (a terminal redraws every 500 ms; --output-type json: 2000), ms.', default: String(ENV_NUMBERS.AZCP_PROGRESS_INTERVAL_MS.fallback) },
];
