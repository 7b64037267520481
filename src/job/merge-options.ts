// azcp jobs merge FOLDER... / CI mode merge: the options of the job the
// shards are parts of, read from the shards' own job.json, with the merge's
// own choices on top (where its job folder goes, how it prints, how it
// authenticates: SAS tokens are never stored in a job folder).
import type { JobOptions, RawInputs } from '../contract/options.ts';
import { UsageError } from '../contract/errors.ts';
import { parseJobOptions, parseList } from './options.ts';
import { jobFingerprint, placeOf } from './shard.ts';
import { readShardSet } from './shard-set.ts';

/** The merge's own inputs: everything else is the job's, from the shards. */
const MERGE_OWN = [
  'jobDir', 'outputType', 'logLevel', 'authType', 'auth', 'clientId', 'tenantId', 'audience',
  'sasToken', 'accountKey', 'connectionString', 'concurrency', 'failOnMismatch',
] as const;

/** The fingerprint of the job a shard's job.json inputs describe. */
export function fingerprintOfInputs(inputs: RawInputs): string {
  return jobFingerprint(parseJobOptions(inputs));
}

export function mergeOptions(raw: RawInputs, f: (key: string) => string = (k) => k): JobOptions {
  const given = parseList(raw.shardsFrom);
  if (!given.length) throw new UsageError(`${f('shardsFrom')} is missing: give the shard job folders, or a folder that holds them (downloaded artifacts)`);
  const shards = readShardSet(given, fingerprintOfInputs);
  const inputs: RawInputs = { ...shards[0].manifest.inputs };
  // A merge step may repeat the shards' source and destination (copied from
  // their step); if it names others, it is not these shards' merge.
  for (const side of ['source', 'destination'] as const) {
    const own = raw[side];
    if (typeof own === 'string' && own.trim() && placeOf(own, undefined) !== placeOf(inputs[side], undefined)) {
      throw new UsageError(`the merge's ${f(side)} "${placeOf(own, undefined)}" is not the shards' (${placeOf(inputs[side], undefined)}); a merge takes its source and destination from the shards, so leave it out or give theirs`);
    }
  }
  delete inputs.shard;
  for (const k of MERGE_OWN) if (raw[k] !== undefined) inputs[k] = raw[k];
  for (const side of ['source', 'destination'] as const) {
    const sas = raw[`${side}Sas`];
    if (typeof sas === 'string' && sas && typeof inputs[side] === 'string') inputs[side] = `${String(inputs[side]).split('?')[0]}?${sas.replace(/^\?/, '')}`;
  }
  const job = parseJobOptions(inputs, f);
  if (job.command !== 'copy' && job.command !== 'sync') throw new UsageError(`only copy and sync run as shards; these shards are of ${job.command}`);
  return {
    ...job,
    // The whole job, no longer one shard of it; its count stays in merge.
    shard: undefined,
    merge: { folders: shards.map((s) => s.dir) },
    commandLine: String(raw.commandLine ?? ''),
    // job.json of the merge: what was asked of the merge (a rerun merges again).
    inputs: raw,
  };
}
