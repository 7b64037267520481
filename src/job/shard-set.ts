// The N shard job folders of one job, as the merge takes them: found under
// the folders given (a job folder itself, or a folder of downloaded
// artifacts that holds job folders), read, and checked to be one job's.
// What the user handed in wrong (not a shard, two jobs, the same shard
// twice) is a UsageError here, before anything is written; what the shards
// met (missing, failed) is the merge command's to refuse, with a report.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../contract/errors.ts';
import type { RawInputs } from '../contract/options.ts';
import type { JobManifest } from './evidence/journal.ts';
import type { JobReport } from './types.ts';

export interface ShardFolder {
  dir: string;
  jobId: string;
  manifest: JobManifest;
  /** Absent when the shard never finished (killed): the merge refuses it as failed. */
  report?: JobReport;
  index: number;
  count: number;
}

const isJobFolder = (dir: string) => existsSync(join(dir, 'job.json'));

function readJsonAt<T>(path: string, valid: (v: T) => boolean): T {
  let value: T;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${path} cannot be read: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || !valid(value)) throw new Error(`${path} is not what azcp writes there`);
  return value;
}

/** The job folders at or below each given path (two levels: an artifacts folder holds one folder per artifact). `given`: named by the user, not found by looking. */
export function findShardFolders(given: string[]): Array<{ dir: string; given: boolean }> {
  const out: Array<{ dir: string; given: boolean }> = [];
  const subfolders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => join(dir, d.name))
      .sort();
  for (const g of given) {
    const dir = resolve(g);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`shard folder "${g}" does not exist or is not a folder`);
    if (isJobFolder(dir)) {
      out.push({ dir, given: true });
      continue;
    }
    const found: string[] = [];
    for (const sub of subfolders(dir)) {
      if (isJobFolder(sub)) found.push(sub);
      else for (const subsub of subfolders(sub)) if (isJobFolder(subsub)) found.push(subsub);
    }
    if (!found.length) throw new UsageError(`"${g}" holds no azcp job folder (a folder with job.json), nor do its subfolders`);
    out.push(...found.map((d) => ({ dir: d, given: false })));
  }
  return out;
}

/** The files of a shard folder the merge reads (and copies into its own job folder). */
const SHARD_FILES = ['job.json', 'report.json', 'deletions.jsonl', 'transfers.jsonl', 'list-of-files.txt'];

/**
 * A shard folder comes from a CI artifact, and azcp writes only regular
 * files there: a link in its place would have the merge read (and copy
 * into its own journal, an artifact again) whatever it points at.
 */
function refuseLinks(dir: string): void {
  for (const f of SHARD_FILES) {
    let st;
    try {
      st = lstatSync(join(dir, f));
    } catch {
      continue;
    }
    if (!st.isFile()) throw new UsageError(`${join(dir, f)} is not a regular file (a link?); azcp writes only files in a job folder, so this one was not made by a shard; nothing was merged`);
  }
}

function shardOfInputs(inputs: RawInputs): { index: number; count: number } | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(String(inputs.shard ?? ''));
  return m ? { index: Number(m[1]), count: Number(m[2]) } : undefined;
}

/**
 * Reads and checks the shard folders: each is a shard, all have one
 * fingerprint and one shard count, no shard comes twice, and all ran in the
 * same CI run (when they say which). `fingerprintOf` computes a folder's
 * fingerprint from its job.json, so a report cannot claim another job's.
 */
export function readShardSet(given: string[], fingerprintOf: (inputs: RawInputs) => string): ShardFolder[] {
  const seen = new Set<string>();
  const shards: ShardFolder[] = [];
  for (const { dir, given: named } of findShardFolders(given)) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    refuseLinks(dir);
    // A downloaded artifact's folder is named after the artifact, not the
    // job: the files are read where they are, the job id from job.json.
    let manifest: JobManifest;
    let report: JobReport | undefined;
    try {
      manifest = readJsonAt<JobManifest>(join(dir, 'job.json'), (m) => typeof m.inputs === 'object' && m.inputs !== null && typeof m.jobId === 'string');
      report = existsSync(join(dir, 'report.json')) ? readJsonAt<JobReport>(join(dir, 'report.json'), (r) => typeof r.status === 'string' && typeof r.counts === 'object') : undefined;
    } catch (e) {
      // Found by looking, a job.json that is not azcp's is someone else's file.
      if (!named) continue;
      throw new UsageError(`shard folder ${dir}: ${(e as Error).message}`);
    }
    const jobId = manifest.jobId;
    const shard = shardOfInputs(manifest.inputs);
    // A folder of job folders may hold other jobs too (a merge's own, a
    // whole run): only a folder named on purpose must be a shard.
    if (!shard && !named) continue;
    if (!shard) throw new UsageError(`${dir} is not a shard: job ${jobId} ran without --shard, so it is a whole job of its own and there is nothing to merge`);
    shards.push({ dir, jobId, manifest, report, ...shard });
  }
  if (!shards.length) throw new UsageError(`no shard job folder in ${given.join(', ')}: the folders found ran without --shard`);
  const first = shards[0];
  const fp = fingerprintOf(first.manifest.inputs);
  for (const s of shards) {
    const own = fingerprintOf(s.manifest.inputs);
    if (own !== fp) {
      throw new UsageError(
        `shards of different jobs: ${s.dir} (shard ${s.index}/${s.count}) is not of the same job as ${first.dir}: source, destination, filters or options differ (fingerprints ${own.slice(0, 19)}… and ${fp.slice(0, 19)}…); nothing was merged`,
      );
    }
    if (s.report?.fingerprint && s.report.fingerprint !== own) throw new UsageError(`${s.dir}: report.json names another job than its job.json (fingerprint differs); nothing was merged`);
    if (s.count !== first.count) throw new UsageError(`${s.dir} is shard ${s.index} of ${s.count}, ${first.dir} one of ${first.count}: one job has one shard count; nothing was merged`);
  }
  const byIndex = new Map<number, ShardFolder>();
  for (const s of shards) {
    const twin = byIndex.get(s.index);
    if (twin) throw new UsageError(`shard ${s.index}/${s.count} is given twice (${twin.dir} and ${s.dir}); give each shard's job folder once`);
    byIndex.set(s.index, s);
  }
  const lists = new Set(shards.map((s) => s.report?.listOfFiles?.digest).filter(Boolean));
  if (lists.size > 1) throw new UsageError(`the shards read different --list-of-files lists (${lists.size} digests): one job has one list; nothing was merged`);
  const runs = new Set(shards.map((s) => s.report?.shardPlan?.runner.runId).filter(Boolean));
  if (runs.size > 1) throw new UsageError(`the shards ran in different CI runs (${[...runs].join(', ')}): shards of one job run in one; nothing was merged`);
  return shards.sort((a, b) => a.index - b.index);
}
