// What a job reports, to hosts and to the job folder.
import type { TokenCredential } from '@azure/core-auth';
import type { LogLevel } from '../contract/options.ts';
import type { PublishedReport } from './publish/published.ts';

export type JobStatus = 'Completed' | 'CompletedWithErrors' | 'Failed' | 'Cancelled' | 'DryRun';

export interface Counts {
  /** Objects in scope at the source (after filters). */
  total: number;
  transferred: number;
  skipped: number;
  failed: number;
  deleted: number;
  /** Bytes transferred. */
  bytes: number;
  /** sync --overwrite ifSourceNewer: skipped because the destination differs
   *  and is not older than its source (kept by that rule; also in skipped). */
  keptNewerAtDestination?: number;
  /** sync (default rule): transfers that replaced a destination newer than its source. */
  overwroteNewerAtDestination?: number;
  /** sync with header rules or header flags: objects whose bytes were current but
   *  whose headers or metadata were set anew, without an upload (also in skipped). */
  propertiesUpdated?: number;
}

export interface Reconciliation {
  /** relisted: both sides listed again after the job wrote; planning: the
   *  job wrote nothing, so the listings made while planning are the proof. */
  basis: 'relisted' | 'planning';
  sourceCount: number;
  sourceBytes: number;
  destinationCount: number;
  destinationBytes: number;
  /** Names present on both sides with the same size (and MD5 where both have one). */
  matched: number;
  /** Source names absent at the destination. */
  missing: number;
  /** sync --overwrite ifSourceNewer: names that differ because the
   *  destination is not older and was kept by that rule (counted in matched:
   *  expected, not a failure). */
  keptNewerAtDestination?: number;
  sizeMismatch: number;
  hashMismatch: number;
  /** Destination names absent at the source (within the scope). */
  extra: number;
  /** Whether `extra` counts as a difference: a sync with deleteDestination,
   *  or a remove (what is still there). Otherwise extras are simply kept. */
  extraIsDifference: boolean;
  /** True when nothing is missing or different. `extra` only fails a sync with deleteDestination. */
  ok: boolean;
  /** First few differences, for the summary. */
  differences: Array<{ path: string; problem: string }>;
}

export interface JobReport {
  jobId: string;
  command: string;
  commandLine: string;
  source: string;
  destination?: string;
  startedAt: string;
  endedAt: string;
  status: JobStatus;
  exitCode: number;
  /** One line that says how the job ended, in plain words. */
  message: string;
  counts: Counts;
  /** Objects scanned at each side during planning. */
  scanned: { source: number; destination: number };
  reconciliation?: Reconciliation;
  failures: Array<{ path: string; error: string }>;
  failuresTotal: number;
  skipped: Array<{ path: string; reason: string }>;
  skippedTotal: number;
  /** Paths behind counts.keptNewerAtDestination (the first REPORT_LIST_CAP). */
  keptNewerAtDestination?: string[];
  /** Paths behind counts.overwroteNewerAtDestination (the first REPORT_LIST_CAP; in a dry run: would replace). */
  overwroteNewerAtDestination?: string[];
  /** HTTP requests that were retried (throttling, server errors, resets). */
  retries: number;
  /** A resumed job (azcp jobs resume): what earlier runs had done.
   *  counts.transferred, counts.bytes and counts.deleted include it: the
   *  report covers the whole job. */
  resume?: {
    /** Objects found done by earlier runs (journal, or the destination). */
    completedEarlier: number;
    /** Bytes of counts.bytes that earlier runs sent (whole objects, and the
     *  blocks of an upload they had staged). */
    bytesEarlier: number;
    deletedEarlier: number;
  };
  /** Present when transfers.jsonl reached its size cap (AZCP_JOURNAL_MAX_BYTES):
   *  how many lines were left out of it. Counts and failures above are complete. */
  journal?: { maxBytes: number; droppedLines: number };
  /** Downloads only: how many were verified end to end against the blob's
   *  Content-MD5 (or were empty), how many only range by range in transit (the blob has no
   *  Content-MD5), and how many not at all. */
  verification?: { endToEnd: number; inTransit: number; none: number };
  /** copy and sync with header rules, header flags, upload-last or a CDN purge: what was published. */
  published?: PublishedReport;
  warnings: string[];
  durationMs: number;
  jobFolder: string;
  reportPath: string;
  /** A shard of one job spread over N machines (--shard I/N): azcp jobs merge combines the N. */
  shard?: { index: number; count: number };
  /** A shard's and a merge's: the hash of what makes the job this job (job/shard.ts jobFingerprint). No secret goes into it. */
  fingerprint?: string;
  /** A shard's: what the merge needs to guard and finish the whole job. */
  shardPlan?: ShardPlan;
  /** --list-of-files: how many distinct paths it named, and the digest of the sorted list (shards of one job must agree). */
  listOfFiles?: { paths: number; digest: string };
  /** A merge's: one row per shard, in shard order. */
  shards?: ShardRow[];
}

/** What a shard leaves for the merge, beside its deletions.jsonl. */
export interface ShardPlan {
  runner: { name: string; ci?: string; runId?: string };
  /** Objects of this shard's slice at each side (before and after the filters: see leftOutByFilters). */
  sourceScanned: number;
  destinationScanned: number;
  /** Source objects of this slice that the filters left out (the empty-source message). */
  leftOutByFilters: number;
  /** Planned deletions, written to deletions.jsonl and not done: the merge guards and runs them. */
  deferredDeletions: { count: number; bytes: number };
  /** Source paths that could not be read: any one forbids the job's deletions. */
  unreadableSourcePaths: number;
  /** Linked folders of a local source that were not followed: deletions under them are withheld. */
  unfollowedLinks: Array<{ name: string; path: string }>;
}

/** One shard as the merge's report and summary show it. */
export interface ShardRow {
  index: number;
  count: number;
  jobId: string;
  status: string;
  files: number;
  transferred: number;
  failed: number;
  bytes: number;
  durationMs: number;
  retries: number;
  deferredDeletions: number;
  runner: string;
}


export interface Progress {
  phase: 'planning' | 'transferring' | 'deleting' | 'reconciling' | 'done';
  scanned: number;
  transferred: number;
  skipped: number;
  failed: number;
  deleted: number;
  bytes: number;
  /** Bytes planned for transfer so far (grows while planning streams). */
  bytesPlanned: number;
  elapsedMs: number;
  /** Objects in scope so far (counts.total): done + skipped + failed reach it at the end. */
  total?: number;
  /** HTTP requests retried so far. */
  retries?: number;
  /** The source listing has ended: total and bytesPlanned are final, so an ETA means something. */
  listingComplete?: boolean;
}

/** The job's first message, once it has an id and a folder (JSON output's Init line). */
export interface JobStart {
  jobId: string;
  jobFolder: string;
  logPath: string;
}

/** A dry run's planned action, as it is recorded (JSON output's Dryrun line). */
export interface DryRunRecord {
  /** The object's name as the job knows it (relative to the location). */
  path: string;
  size: number;
  /** upload, download, copy, delete. */
  action?: string;
  reason?: string;
}

/** What a host lends the job. All optional: the CLI lends little. */
export interface JobHooks {
  /** A credential the host built (GitHub OIDC, Azure Pipelines service connection). */
  credential?: TokenCredential;
  /** Host console. Messages are already redacted. */
  log?: (level: LogLevel, message: string) => void;
  /** Called at a steady interval and at the end. */
  progress?: (p: Progress) => void;
  progressIntervalMs?: number;
  /** Cancels the job (Ctrl-C, CI cancellation): in-flight transfers stop, status Cancelled. */
  signal?: AbortSignal;
  /** list: called for each object as it is listed (the CLI prints it). */
  onListEntry?: (e: ListedObject) => void;
  /** Job id to use (resume); a new one otherwise. */
  jobId?: string;
  /** Called once, before any other message, when the job has its id and folder. */
  onStart?: (start: JobStart) => void;
  /** A dry run: called for each action it would take (also said by log()). */
  onDryRun?: (rec: DryRunRecord) => void;
  /** The job ends on a fatal error (not a failed transfer): called once, with the reason, before the report is built. */
  onFatal?: (message: string) => void;
}

export interface ListedObject {
  name: string;
  size: number;
  lastModified: string;
  tier?: string;
  md5?: string;
  contentType?: string;
}

/** What a command gives back to runJob: the proof of its work, and the line a clean run ends with when the command words it itself. */
export interface CommandOutcome {
  reconciliation?: Reconciliation;
  success?: string;
  /** A shard ran: it did its transfers and wrote its deletions down for the merge; there is nothing to reconcile yet. */
  deferred?: true;
}

/** The old name of ListedObject, kept for the hosts' imports until they use the new one. */
