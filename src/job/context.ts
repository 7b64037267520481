// The running state of one job: counts, capped lists of failures and skips,
// the log, progress ticks. Every piece of the job writes through here so the
// report and the journal never disagree.
import { JobFolder, type TransferRecord } from './evidence/journal.ts';
import { redact, describeError } from '../auth/redact.ts';
import type { JobOptions } from '../contract/options.ts';
import type { Counts, JobHooks, JobReport, Progress } from './types.ts';
import type { LogLevel } from '../contract/options.ts';
import { REPORT_LIST_CAP } from './evidence/report.ts';
import { expiredSasMessage } from '../auth/sas.ts';
import { VERSION } from '../version.ts';
import { printable } from './printable.ts';
import type { Published } from './publish/published.ts';
import { join } from 'node:path';

const LEVELS: Record<LogLevel, number> = { error: 0, warning: 1, info: 2, debug: 3 };

export class JobContext {
  readonly counts: Counts = { total: 0, transferred: 0, skipped: 0, failed: 0, deleted: 0, bytes: 0 };
  readonly scanned = { source: 0, destination: 0 };
  readonly failures: Array<{ path: string; error: string }> = [];
  readonly skipped: Array<{ path: string; reason: string }> = [];
  /** sync: objects that differ from the source by the --overwrite rule's choice (see keptNewer, overwroteNewer). */
  readonly keptNewer: string[] = [];
  readonly overwroteNewer: string[] = [];
  /** Planned transfers over a newer destination, counted once they succeed. */
  private readonly overwritingNewer = new Set<string>();
  readonly warnings: string[] = [];
  /** Downloads by what they were verified against (see Verification). */
  readonly verification = { endToEnd: 0, inTransit: 0, none: 0 };
  /** Problems listing the source: any of them forbids deletions. */
  readonly enumerationProblems: Array<{ path: string; error: string }> = [];
  /** Linked folders of a local source that were not followed: deletions under them are withheld. */
  readonly unfollowedLinks: Array<{ name: string; path: string }> = [];
  /** copy and sync: what the job published (header rules, upload-last, CDN purge). */
  published?: Published;
  /** A CDN purge that failed with purgeFailure fail: the job fails, its files stay live. */
  purgeFailed?: string;
  /** Sections a command adds to the report (a shard's plan, a merge's rows): kept even when the command then throws. */
  readonly reportExtras: Partial<JobReport> = {};
  bytesPlanned = 0;
  bytesInFlight = 0;
  phase: Progress['phase'] = 'planning';
  readonly started = Date.now();
  readonly folder: JobFolder;
  private timer?: NodeJS.Timeout;
  private readonly stats = new Set<{ retries: number }>();
  /** Why the job stopped itself (e.g. credentials rejected); see stop(). */
  stopReason?: string;
  private onStop?: () => void;

  constructor(readonly options: JobOptions, readonly hooks: JobHooks) {
    this.folder = JobFolder.create(options.jobDir, options.inputs, VERSION, hooks.jobId);
    // The host's first line (Init): before the warnings below, so a reader
    // of JSON output knows the job id and log of every message after it.
    hooks.onStart?.({ jobId: this.jobId, jobFolder: this.folder.dir, logPath: join(this.folder.dir, 'azcp.log') });
    // A sync reports what its --overwrite rule left different from the
    // source, 0 included: the count a reader checks is always there.
    if (options.command === 'sync') {
      if (options.overwrite === 'ifSourceNewer') this.counts.keptNewerAtDestination = 0;
      else this.counts.overwroteNewerAtDestination = 0;
    }
    const stale = this.folder.lock.replaced;
    if (stale) {
      this.warn(`job ${this.jobId} was locked by pid ${stale.pid} (since ${stale.startedAt}), which no longer runs: it ended without unlocking (killed?); this run took the lock over`);
    }
  }

  /** Lets the runner abort everything when stop() is called. */
  whenStopped(fn: () => void): void {
    this.onStop = fn;
  }

  /**
   * Stops the whole job: for failures that every other transfer would hit
   * too (rejected credentials, a vanished container). Trying the remaining
   * million files would only bury the cause under a million failures.
   */
  stop(reason: string): void {
    if (this.stopReason) return;
    this.stopReason = redact(reason);
    this.log('error', `stopping the job: ${this.stopReason}`);
    this.onStop?.();
  }

  /** Remembers the sides whose retry counters the report sums. */
  retriesFrom(sides: Iterable<{ stats: { retries: number } }>): void {
    for (const side of sides) this.stats.add(side.stats);
  }

  get retries(): number {
    let n = 0;
    for (const s of this.stats) n += s.retries;
    return n;
  }

  get jobId(): string {
    return this.folder.jobId;
  }

  log(level: LogLevel, message: string): void {
    const text = printable(redact(message));
    // The job log keeps every level; --log-level only decides what is printed.
    this.folder.writeLog(`${new Date().toISOString()} ${level.toUpperCase().padEnd(7)} ${text}`);
    if (LEVELS[level] <= LEVELS[this.options.logLevel]) this.hooks.log?.(level, text);
  }

  /** To the job log only: for lines the host already shows another way.
   *  (The folder redacts everything it writes.) */
  fileLog(level: LogLevel, message: string): void {
    this.folder.writeLog(`${new Date().toISOString()} ${level.toUpperCase().padEnd(7)} ${printable(message)}`);
  }

  warn(message: string): void {
    const text = printable(redact(message));
    if (this.warnings.length < REPORT_LIST_CAP) this.warnings.push(text);
    this.log('warning', text);
  }

  record(rec: TransferRecord): void {
    this.folder.recordTransfer(rec);
    // Every dry-run line passes here, whichever command planned it.
    if (rec.status === 'DryRun') this.hooks.onDryRun?.({ path: rec.path, size: rec.size, action: rec.action, reason: rec.reason });
  }

  /** The source listing has ended: the planned totals are final (progress can give an ETA). */
  listingComplete = false;

  transferred(path: string, size: number, action: string, bytes: number, extra?: Pick<TransferRecord, 'headers' | 'setBy'>): void {
    this.counts.transferred++;
    if (this.overwritingNewer.delete(path)) this.countOverwroteNewer(path);
    if (this.hooks.jobId && bytes < size) {
      // A resumed upload sends only the blocks an earlier run did not stage:
      // the job moved the whole object, part of it before this run.
      this.counts.bytes += size;
      this.resume.bytesEarlier += size - bytes;
    } else this.counts.bytes += bytes;
    this.record({ path, size, status: 'Completed', action, ...extra });
    this.log('debug', `${action} ${path} (${size} bytes)`);
  }

  /** An error as users read it: one line, redacted, with the cause named
   *  when it is known (a SAS that expired during the job). */
  describe(err: unknown): string {
    const o = this.options;
    const sas = (l: typeof o.source | undefined) => (l?.remote ? l.sas ?? o.auth.sasToken : undefined);
    const sides = o.destination ? [{ role: 'source', sas: sas(o.source) }, { role: 'destination', sas: sas(o.destination) }] : [{ role: 'target', sas: sas(o.source) }];
    const expired = expiredSasMessage(err, sides, this.jobId);
    return expired ? redact(expired) : describeError(err);
  }

  failed(path: string, size: number, action: string, err: unknown): void {
    const error = this.describe(err);
    this.counts.failed++;
    if (this.failures.length < REPORT_LIST_CAP) this.failures.push({ path, error });
    this.record({ path, size, status: 'Failed', action, error });
    this.log('error', `${action} failed: ${path}: ${error}`);
  }

  /** Objects a resumed job finds done by an earlier run: they count as
   *  transferred by this job (the report covers the whole job). One found
   *  Completed in the journal is not recorded again (that line stands); one
   *  found only at the destination (the run died between the write and its
   *  journal line) gets its Completed line now, so journal and report agree. */
  readonly resume = { completedEarlier: 0, bytesEarlier: 0, deletedEarlier: 0 };

  completedEarlier(path: string, size: number, evidence: 'journal' | 'destination', action: string): void {
    this.counts.transferred++;
    this.counts.bytes += size;
    this.resume.completedEarlier++;
    this.resume.bytesEarlier += size;
    if (evidence === 'destination') {
      this.record({ path, size, status: 'Completed', action, reason: 'written by an earlier run of this job (same size and time at the destination)' });
    }
    this.log('debug', `${path}: completed in an earlier run of this job (${evidence})`);
  }

  /** Deletions done by earlier runs of a resumed job (their Deleted lines
   *  stand in the journal): the report counts them with this run's. */
  deletedEarlier(count: number): void {
    this.counts.deleted += count;
    this.resume.deletedEarlier += count;
    if (count) this.log('info', `resuming: ${count} deletion(s) were done by earlier runs of this job`);
  }

  /** sync --overwrite ifSourceNewer keeps a destination not older than its source: skipped, and said so. */
  keptNewerAtDestination(path: string, size: number, reason: string): void {
    this.skip(path, size, reason);
    this.counts.keptNewerAtDestination = (this.counts.keptNewerAtDestination ?? 0) + 1;
    if (this.keptNewer.length < REPORT_LIST_CAP) this.keptNewer.push(path);
  }

  /** A sync transfer about to replace a destination newer than its source:
   *  counted when it succeeds (at once in a dry run, as what would happen). */
  overwritesNewerAtDestination(path: string): void {
    if (this.options.dryRun) this.countOverwroteNewer(path);
    else this.overwritingNewer.add(path);
  }

  private countOverwroteNewer(path: string): void {
    this.counts.overwroteNewerAtDestination = (this.counts.overwroteNewerAtDestination ?? 0) + 1;
    if (this.overwroteNewer.length < REPORT_LIST_CAP) this.overwroteNewer.push(path);
  }

  /** Property drift: the bytes were current, the headers or metadata were set anew (no upload). Counted in skipped too. */
  propertiesUpdated(path: string, size: number, differs: string[], extra?: Pick<TransferRecord, 'headers' | 'setBy'>): void {
    this.counts.skipped++;
    this.counts.propertiesUpdated = (this.counts.propertiesUpdated ?? 0) + 1;
    const reason = `content identical; ${this.options.dryRun ? 'would set' : 'set'} ${differs.join(', ')}`;
    this.record({ path, size, status: this.options.dryRun ? 'DryRun' : 'Skipped', action: 'set-properties', reason, ...extra });
    this.log(this.options.dryRun ? 'info' : 'debug', `${path}: ${reason}`);
  }

  skip(path: string, size: number, reason: string): void {
    this.counts.skipped++;
    if (this.skipped.length < REPORT_LIST_CAP) this.skipped.push({ path, reason });
    this.record({ path, size, status: 'Skipped', reason });
  }

  progressSnapshot(): Progress {
    return {
      phase: this.phase,
      scanned: this.scanned.source,
      transferred: this.counts.transferred,
      skipped: this.counts.skipped,
      failed: this.counts.failed,
      deleted: this.counts.deleted,
      bytes: this.counts.bytes + this.bytesInFlight,
      bytesPlanned: this.bytesPlanned,
      elapsedMs: Date.now() - this.started,
      total: this.counts.total,
      retries: this.retries,
      listingComplete: this.listingComplete,
    };
  }

  startProgress(): void {
    if (!this.hooks.progress) return;
    const every = this.hooks.progressIntervalMs ?? 2000;
    this.timer = setInterval(() => this.hooks.progress?.(this.progressSnapshot()), every);
    this.timer.unref();
  }

  stopProgress(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.phase = 'done';
    this.hooks.progress?.(this.progressSnapshot());
  }
}
