// One job spread over N machines: which shard this run is (--shard I/N, or
// auto from the CI engine), the job's fingerprint (so shards of different
// jobs are never merged), and the runner a shard ran on (for the merge's
// table). The split itself is engine/shard.ts; the merge is commands/merge.ts.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { UsageError } from '../contract/errors.ts';
import type { JobOptions } from '../contract/options.ts';

/** Shards split by a 32-bit hash; far more shards than machines is a typo. */
export const MAX_SHARDS = 1000;

export interface Shard {
  index: number;
  count: number;
}

function parseShardText(text: string, what: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
    throw new UsageError(`${what} must be I/N with 1 ≤ I ≤ N, e.g. 2/4; got "${text}"`);
  }
  if (Number(m[2]) > MAX_SHARDS) throw new UsageError(`${what} N must be at most ${MAX_SHARDS}; got "${text}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

function wholeNumber(v: string, name: string): number {
  if (!/^\s*\d+\s*$/.test(v)) throw new UsageError(`--shard auto: ${name} must be a whole number; got "${v}"`);
  return Number(v);
}

/**
 * --shard I/N, or `auto`: I and N from the engine that started this run.
 * AZCP_SHARD ("I/N") is the user's own word and wins; then Azure Pipelines
 * (`strategy: parallel`: SYSTEM_JOBPOSITIONINPHASE of SYSTEM_TOTALJOBSINPHASE,
 * 1-based); then a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, 0-based,
 * with AZCP_SHARD_COUNT, since the pod is not told the completion count).
 */
export function resolveShard(text: string, flag: string, env: NodeJS.ProcessEnv = process.env): Shard {
  if (text.trim().toLowerCase() !== 'auto') return parseShardText(text, flag);
  const set = (k: string) => env[k] !== undefined && env[k]!.trim() !== '';
  if (set('AZCP_SHARD')) return parseShardText(env.AZCP_SHARD!, `${flag} auto: AZCP_SHARD`);
  if (set('SYSTEM_JOBPOSITIONINPHASE') || set('SYSTEM_TOTALJOBSINPHASE')) {
    if (!set('SYSTEM_JOBPOSITIONINPHASE') || !set('SYSTEM_TOTALJOBSINPHASE')) {
      throw new UsageError(`${flag} auto: Azure Pipelines sets SYSTEM_JOBPOSITIONINPHASE and SYSTEM_TOTALJOBSINPHASE together; only one is set`);
    }
    const i = wholeNumber(env.SYSTEM_JOBPOSITIONINPHASE!, 'SYSTEM_JOBPOSITIONINPHASE');
    const n = wholeNumber(env.SYSTEM_TOTALJOBSINPHASE!, 'SYSTEM_TOTALJOBSINPHASE');
    return parseShardText(`${i}/${n}`, `${flag} auto (SYSTEM_JOBPOSITIONINPHASE/SYSTEM_TOTALJOBSINPHASE)`);
  }
  if (set('JOB_COMPLETION_INDEX')) {
    if (!set('AZCP_SHARD_COUNT')) throw new UsageError(`${flag} auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but AZCP_SHARD_COUNT is not: set it to the Job's completions`);
    const i = wholeNumber(env.JOB_COMPLETION_INDEX!, 'JOB_COMPLETION_INDEX');
    const n = wholeNumber(env.AZCP_SHARD_COUNT!, 'AZCP_SHARD_COUNT');
    return parseShardText(`${i + 1}/${n}`, `${flag} auto (JOB_COMPLETION_INDEX + 1 / AZCP_SHARD_COUNT)`);
  }
  throw new UsageError(
    `${flag} auto found no shard in the environment: it reads AZCP_SHARD (I/N), Azure Pipelines' SYSTEM_JOBPOSITIONINPHASE and SYSTEM_TOTALJOBSINPHASE, or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with AZCP_SHARD_COUNT`,
  );
}

/** A location as the user wrote it, without its query string: a SAS is never part of a fingerprint. */
export function placeOf(raw: unknown, display: string | undefined): string {
  const text = typeof raw === 'string' && raw.trim() ? raw.trim() : (display ?? '');
  return /^https?:\/\//i.test(text) ? text.split('?')[0] : text;
}

/**
 * What makes a job this job: where from, where to, and every option that
 * shapes its plan or its guards — as written, so the shards of one workflow
 * agree on any runner (a relative local path is not resolved against each
 * runner's own folder). Never a secret: URLs lose their query string, and
 * auth, performance and evidence options are left out.
 */
export function jobFingerprint(o: JobOptions): string {
  const shaping = {
    v: 1,
    command: o.command,
    source: placeOf(o.inputs.source, o.source.display),
    destination: placeOf(o.inputs.destination, o.destination?.display),
    recursive: o.recursive,
    filters: o.filters,
    listOfFiles: o.listOfFiles ?? null,
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination,
    maxDelete: o.maxDelete ?? null,
    allowEmptySource: o.allowEmptySource,
    followSymlinks: o.followSymlinks,
    preserveSymlinks: o.preserveSymlinks,
    dryRun: o.dryRun,
    shards: o.shard?.count ?? null,
  };
  return 'sha256:' + createHash('sha256').update(JSON.stringify(shaping)).digest('hex');
}

/** Where a shard ran, for the merge's table: the runner's name and the CI run it belonged to. */
export interface RunnerInfo {
  name: string;
  ci?: 'github' | 'azure-pipelines' | 'kubernetes';
  /** The CI run (GitHub run id, Azure Pipelines build id): shards of two runs are two jobs. */
  runId?: string;
}

export function runnerInfo(env: NodeJS.ProcessEnv = process.env): RunnerInfo {
  if (env.GITHUB_ACTIONS === 'true') return { name: env.RUNNER_NAME || hostname(), ci: 'github', runId: env.GITHUB_RUN_ID || undefined };
  if (env.TF_BUILD) return { name: env.AGENT_NAME || hostname(), ci: 'azure-pipelines', runId: env.BUILD_BUILDID || undefined };
  if (env.JOB_COMPLETION_INDEX !== undefined && env.KUBERNETES_SERVICE_HOST) return { name: hostname(), ci: 'kubernetes' };
  return { name: hostname() };
}
