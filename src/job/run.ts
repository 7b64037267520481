// One job, start to end: the context and its folder, the abort wiring, the
// command (copy and sync: plan → transfer → delete → reconcile; list, make,
// remove), then the report. Hosts call runJob and only translate its JobReport.
import { setMaxListeners } from 'node:events';
import { join } from 'node:path';
import { redact } from '../auth/redact.ts';
import type { Command, JobOptions } from '../contract/options.ts';
import { GuardError, UsageError } from '../contract/errors.ts';
import type { CommandOutcome, JobHooks, JobReport, Reconciliation } from './types.ts';
import { JobContext } from './context.ts';
import { verdict, summaryMarkdown, unverifiedWarning } from './evidence/report.ts';
import { formatBytes } from './evidence/format.ts';
import { jobFingerprint } from './shard.ts';
import { transferCommand } from './commands/transfer.ts';
import { listCommand } from './commands/list.ts';
import { makeCommand } from './commands/make.ts';
import { removeCommand } from './commands/remove.ts';
import { mergeCommand } from './commands/merge.ts';

export type CommandRun = (ctx: JobContext, hooks: JobHooks, signal: AbortSignal) => Promise<CommandOutcome>;

const COMMAND_RUNS: Record<Command, CommandRun> = {
  copy: transferCommand,
  sync: transferCommand,
  list: listCommand,
  make: makeCommand,
  remove: removeCommand,
};

export async function runJob(options: JobOptions, hooks: JobHooks = {}): Promise<JobReport> {
  const ctx = new JobContext(options, hooks);
  ctx.fileLog('info', `azcp ${options.command} job ${ctx.jobId}: ${options.commandLine}`);
  const abort = new AbortController();
  // Every request in flight (blocks and ranges of many files) listens to this
  // one signal; Node's default of 10 listeners printed a
  // MaxListenersExceededWarning into users' terminals on ordinary jobs.
  setMaxListeners(0, abort.signal);
  const onAbort = () => abort.abort();
  ctx.whenStopped(onAbort);
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  if (hooks.signal?.aborted) abort.abort();
  ctx.startProgress();
  let fatal: string | undefined;
  let usageError: UsageError | undefined;
  let outcome: CommandOutcome | undefined;
  try {
    // A merge finishes a copy or sync that shards ran: it has its own run.
    const run = options.merge ? mergeCommand : COMMAND_RUNS[options.command];
    outcome = await run(ctx, hooks, abort.signal);
  } catch (err) {
    // Only the job's own signal means "cancelled": an AbortError from
    // anywhere else (a request the SDK gave up on) is a failure, or the job
    // would end without reconciling and still look fine.
    if (ctx.stopReason) {
      fatal = `the job stopped: ${ctx.stopReason}`;
    } else if (abort.signal.aborted) {
      ctx.log('warning', 'cancelled');
    } else if (err instanceof UsageError) {
      usageError = err;
      fatal = redact(err.message);
    } else {
      fatal = err instanceof GuardError ? redact(err.message) : `the job stopped: ${ctx.describe(err)}`;
    }
    if (fatal) ctx.log('error', fatal);
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    ctx.stopProgress();
  }
  if (!fatal && ctx.stopReason) fatal = `the job stopped: ${ctx.stopReason}`;
  // Hosts that tell a fatal error from a failed transfer (JSON lines: AzCopy's Error line) hear it here.
  if (fatal) hooks.onFatal?.(fatal);
  try {
    return finish(ctx, { cancelled: abort.signal.aborted && !ctx.stopReason, fatal, reconciliation: outcome?.reconciliation, success: outcome?.success, usageError });
  } finally {
    // Also unlocks the job, whatever finish() met.
    await ctx.folder.close();
  }
}

function finish(ctx: JobContext, end: { cancelled: boolean; fatal?: string; reconciliation?: Reconciliation; success?: string; usageError?: UsageError }): JobReport {
  const o = ctx.options;
  if (ctx.folder.journalDropped) {
    ctx.warn(`transfers.jsonl reached its ${formatBytes(ctx.folder.journalMaxBytes)} cap: ${ctx.folder.journalDropped} line(s) were left out (routine ones first; AZCP_JOURNAL_MAX_BYTES raises it). The counts and failures in this report are complete.`);
  }
  const checked = ctx.verification;
  const notEndToEnd = checked.inTransit + checked.none;
  // One line for all of them, not one per file: "matches" must not claim
  // more than was checked.
  if (notEndToEnd > 0) ctx.warn(unverifiedWarning(checked, o.checkMd5));
  const v = verdict({
    cancelled: end.cancelled,
    dryRun: o.dryRun,
    fatal: end.fatal,
    counts: ctx.counts,
    reconciliation: end.reconciliation,
    unreadable: ctx.enumerationProblems.length,
    success: end.success,
    notVerifiedByMd5: notEndToEnd,
    purgeFailed: ctx.purgeFailed,
  });
  const endedAt = Date.now();
  const report: JobReport = {
    jobId: ctx.jobId,
    command: o.command,
    commandLine: redact(o.commandLine),
    source: o.source.display,
    destination: o.destination?.display,
    startedAt: new Date(ctx.started).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    status: v.status,
    exitCode: end.usageError ? 2 : v.exitCode,
    message: v.message,
    counts: { ...ctx.counts },
    scanned: { ...ctx.scanned },
    reconciliation: end.reconciliation,
    failures: ctx.failures,
    failuresTotal: ctx.counts.failed,
    skipped: ctx.skipped,
    skippedTotal: ctx.counts.skipped,
    ...(ctx.counts.keptNewerAtDestination !== undefined ? { keptNewerAtDestination: ctx.keptNewer } : {}),
    ...(ctx.counts.overwroteNewerAtDestination !== undefined ? { overwroteNewerAtDestination: ctx.overwroteNewer } : {}),
    retries: ctx.retries,
    ...(ctx.hooks.jobId ? { resume: { ...ctx.resume } } : {}),
    ...(ctx.folder.journalDropped ? { journal: { maxBytes: ctx.folder.journalMaxBytes, droppedLines: ctx.folder.journalDropped } } : {}),
    ...(checked.endToEnd + notEndToEnd > 0 ? { verification: { ...checked } } : {}),
    ...(ctx.published && Object.keys(ctx.published.report).length ? { published: ctx.published.report } : {}),
    warnings: ctx.warnings,
    durationMs: endedAt - ctx.started,
    jobFolder: ctx.folder.dir,
    reportPath: join(ctx.folder.dir, 'report.json'),
    // A shard says which one it is and of which job, whatever it met:
    // the merge must be able to name a failed shard too.
    ...(o.shard ? { shard: { ...o.shard }, fingerprint: jobFingerprint(o) } : {}),
    ...ctx.reportExtras,
  };
  ctx.folder.writeFile('report.json', JSON.stringify(report, null, 2) + '\n');
  ctx.folder.writeFile('summary.md', summaryMarkdown(report));
  // Hosts print the report themselves; the log keeps the verdict too.
  ctx.fileLog(report.exitCode === 0 ? 'info' : 'error', report.message);
  return report;
}
