// One job, start to end: preflight → plan → execute → delete → reconcile →
// report. Hosts call runJob and only translate its JobReport.
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../engine/types.ts';
import { plan, type PlanRules } from '../engine/diff.ts';
import type { EntryFilter } from '../engine/filters.ts';
import { scopeFilter, filtersInUse } from './scope-filter.ts';
import { runPool } from '../engine/pool.ts';
import { openBlobSide, type BlobSide } from '../storage/blob-client.ts';
import type { BlobLocation } from '../storage/location.ts';
import type { LocalLocation } from '../contract/location.ts';
import { md5OfFile, type LocalEntry } from '../storage/local.ts';
import { redact } from '../auth/redact.ts';
import { DEFAULT_SYNC_MAX_DELETE } from './options.ts';
import type { JobOptions } from '../contract/options.ts';
import type { JobHooks, JobReport, Reconciliation } from './types.ts';
import { JobContext } from './context.ts';
import { localSourceScope, blobSourceScope, localDestinationScope, blobDestinationScope, type SourceScope, type DestinationScope, type ScopeEvents } from './scope.ts';
import { checkSas, probeContainer } from './preflight.ts';
import { makeExecutor } from './execute.ts';
import { reconcile, Reconciler, type ReconcileOptions } from './reconcile.ts';
import { formatBytes, verdict, summaryMarkdown } from './report.ts';
import { completedPaths, readJsonLines } from './journal.ts';
import { GuardError, UsageError } from '../contract/errors.ts';
import { withheldUnderLinks } from './link-guard.ts';
import { listCommand, makeCommand, removeCommand } from './commands.ts';

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
  let reconciliation: Reconciliation | undefined;
  try {
    switch (options.command) {
      case 'list':
        await listCommand(ctx, hooks, abort.signal);
        break;
      case 'make':
        await makeCommand(ctx, hooks);
        break;
      case 'remove':
        reconciliation = await removeCommand(ctx, hooks, abort.signal);
        break;
      default:
        reconciliation = await transferCommand(ctx, hooks, abort.signal);
    }
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
  try {
    return finish(ctx, { cancelled: abort.signal.aborted && !ctx.stopReason, fatal, reconciliation, usageError });
  } finally {
    // Also unlocks the job, whatever finish() met.
    await ctx.folder.close();
  }
}

function finish(ctx: JobContext, end: { cancelled: boolean; fatal?: string; reconciliation?: Reconciliation; usageError?: UsageError }): JobReport {
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
    success: successMessage(ctx, end.reconciliation),
    notVerifiedByMd5: notEndToEnd,
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
    retries: ctx.retries,
    ...(ctx.hooks.jobId ? { resume: { ...ctx.resume } } : {}),
    ...(ctx.folder.journalDropped ? { journal: { maxBytes: ctx.folder.journalMaxBytes, droppedLines: ctx.folder.journalDropped } } : {}),
    ...(checked.endToEnd + notEndToEnd > 0 ? { verification: { ...checked } } : {}),
    warnings: ctx.warnings,
    durationMs: endedAt - ctx.started,
    jobFolder: ctx.folder.dir,
    reportPath: join(ctx.folder.dir, 'report.json'),
  };
  ctx.folder.writeFile('report.json', JSON.stringify(report, null, 2) + '\n');
  ctx.folder.writeFile('summary.md', summaryMarkdown(report));
  // Hosts print the report themselves; the log keeps the verdict too.
  ctx.fileLog(report.exitCode === 0 ? 'info' : 'error', report.message);
  return report;
}

function unverifiedWarning(v: { endToEnd: number; inTransit: number; none: number }, checkMd5: string): string {
  const parts: string[] = [];
  if (v.inTransit) parts.push(`${v.inTransit} download(s) had no Content-MD5 to verify against: their bytes were checked range by range in transit only (use --check-md5 FailIfDifferentOrMissing to fail them instead)`);
  if (v.none) parts.push(`${v.none} download(s) were not verified at all${checkMd5 === 'NoCheck' ? ' (--check-md5 NoCheck)' : ' (the service sent a range without its MD5)'}`);
  return parts.join('; ');
}

/** How list, make and remove say that they did what was asked. */
function successMessage(ctx: JobContext, reconciliation: Reconciliation | undefined): string | undefined {
  const o = ctx.options;
  if (o.command === 'list') return `Listed ${ctx.counts.total} blob(s).`;
  if (o.command === 'make') return ctx.counts.transferred ? `Created container ${o.source.display}.` : `Container ${o.source.display} already exists; nothing to do.`;
  if (o.command === 'remove') return reconciliation ? `Removed ${ctx.counts.deleted} blob(s); a new listing confirms they are gone.` : 'Nothing matched; nothing was removed.';
  return undefined;
}

/** Opens the blob sides of a job and checks what can be checked before writing. */
export async function openSides(ctx: JobContext, hooks: JobHooks): Promise<{ source?: BlobSide; destination?: BlobSide }> {
  const o = ctx.options;
  const sides: { source?: BlobSide; destination?: BlobSide } = {};
  if (o.source.kind === 'blob') sides.source = await openBlobSide(o.source as BlobLocation, o.auth, hooks.credential);
  if (o.destination?.kind === 'blob') sides.destination = await openBlobSide(o.destination as BlobLocation, o.auth, hooks.credential);
  // Registered before the first request: the counters are live, so retries
  // of the preflight probes (and everything after) are in the report.
  ctx.retriesFrom(sides);
  const writes = !o.dryRun;
  if (sides.source) {
    for (const w of checkSas(sides.source, o.destination ? 'source' : 'target', o.command === 'remove' && writes ? 'rld' : 'rl')) ctx.warn(w);
  }
  if (sides.destination) {
    const needed = `l${writes ? 'w' : ''}${o.deleteDestination && writes ? 'd' : ''}`;
    for (const w of checkSas(sides.destination, 'destination', needed)) ctx.warn(w);
  }
  if (sides.source) await probeContainer(sides.source, o.destination ? 'source' : 'target');
  if (sides.destination) await probeContainer(sides.destination, 'destination');
  return sides;
}

async function* filtered<T extends Entry>(items: AsyncIterable<T>, keep: EntryFilter, count?: (e: T) => void): AsyncGenerator<T> {
  for await (const e of items) {
    if (!keep(e)) continue;
    count?.(e);
    yield e;
  }
}

async function* nothing(): AsyncGenerator<Entry> {}

export async function md5OfLocal(e: Entry): Promise<string | undefined> {
  const path = (e as LocalEntry).absPath;
  if (!path) return undefined;
  const link = (e as LocalEntry).linkTarget;
  if (link !== undefined) return createHash('md5').update(link).digest('base64');
  return (await md5OfFile(path)).toString('base64');
}

function sourceEvents(ctx: JobContext): ScopeEvents {
  return {
    onProblem: (p) => {
      ctx.enumerationProblems.push(p);
      ctx.warn(`could not read ${p.path}: ${p.error}`);
    },
    onSkip: (path, reason) => ctx.log('info', `left out ${path}: ${reason}`),
    onUnfollowedLink: (name, path) => ctx.unfollowedLinks.push({ name, path }),
  };
}

/** A local source is checked before any request: a mistyped path fails at
 *  once, not after the destination's preflight (which can take seconds of
 *  retries when the endpoint is unreachable). */
async function localSourceFirst(ctx: JobContext): Promise<SourceScope | undefined> {
  const o = ctx.options;
  return o.source.kind === 'local' ? localSourceScope(o.source as LocalLocation, o.command as 'copy' | 'sync', o.recursive, sourceEvents(ctx), { follow: o.followSymlinks, preserve: o.preserveSymlinks }) : undefined;
}

async function scopesFor(ctx: JobContext, sides: { source?: BlobSide; destination?: BlobSide }, localSource: SourceScope | undefined): Promise<{ source: SourceScope; destination: DestinationScope }> {
  const o = ctx.options;
  const source = localSource ?? (await blobSourceScope(sides.source!, o.command as 'copy' | 'sync', o.recursive, sourceEvents(ctx)));
  const destEv: ScopeEvents = { onProblem: (p) => ctx.warn(`could not read destination ${p.path}: ${p.error}`), onSkip: () => {} };
  const destination =
    o.destination!.kind === 'local'
      ? await localDestinationScope(o.destination as LocalLocation, source, o.recursive, destEv, o.preserveSymlinks)
      : await blobDestinationScope(sides.destination!, source, o.recursive);
  return { source, destination };
}

async function transferCommand(ctx: JobContext, hooks: JobHooks, signal: AbortSignal): Promise<Reconciliation | undefined> {
  const o = ctx.options;
  const localSource = await localSourceFirst(ctx);
  const sides = await openSides(ctx, hooks);
  const { source, destination } = await scopesFor(ctx, sides, localSource);
  if (!o.dryRun) await destination.prepare?.();
  const keep = scopeFilter(o, source.namePrefix);
  const rules: PlanRules = {
    command: o.command as 'copy' | 'sync',
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination,
  };
  const resuming = !!hooks.jobId;
  // A copy that overwrites everything has no use for the destination's
  // listing while planning — except on resume, where it tells which objects
  // an earlier run finished after its last journal line was written.
  const needDestination = resuming || !(rules.command === 'copy' && rules.overwrite === 'true');
  const hashSource = o.source.kind === 'local' ? md5OfLocal : undefined;
  // What earlier runs of this job did: skipped now, counted in the report.
  const earlier = hooks.jobId ? await completedPaths(o.jobDir, hooks.jobId) : undefined;
  const done = earlier?.transferred;
  if (done?.size) ctx.log('info', `resuming: ${done.size} objects completed in earlier runs are skipped`);

  const reconcileOptions: ReconcileOptions = {
    rules,
    extraIsDifference: rules.command === 'sync' && o.deleteDestination,
    hashSource: o.compareHash === 'md5' ? hashSource : undefined,
  };
  // Fed from the planning listings; used only if the job writes nothing.
  const planningProof = needDestination ? new Reconciler(reconcileOptions) : undefined;
  let writesPlanned = 0;
  const executor = makeExecutor(ctx, sides, destination, signal);
  const deletionsPath = join(ctx.folder.dir, 'deletions.jsonl');
  const deletions = createWriteStream(deletionsPath);
  let deletionCount = 0;
  ctx.phase = 'transferring';

  // Source objects the filters left out: an empty scope then says it was them.
  let leftOut = 0;
  const steps = plan(
    filtered(source.list(), (e) => keep(e) || (leftOut++, false), (e) => {
      ctx.scanned.source++;
      ctx.counts.total++;
    }),
    needDestination ? filtered(destination.list(), keep, () => ctx.scanned.destination++) : nothing(),
    rules,
    { hashSource, hashDestination: o.destination?.kind === 'local' ? md5OfLocal : undefined },
  );

  // The planner streams into the pool: memory stays flat however many
  // objects there are. Deletions are only written down here; they run after
  // every transfer succeeded and the guards agreed.
  async function* work(): AsyncGenerator<Entry> {
    for await (const step of steps) {
      if (planningProof) {
        if (step.kind === 'delete' || step.kind === 'extra') await planningProof.add(step.destination.name, undefined, step.destination);
        else await planningProof.add(step.source.name, step.source, step.destination);
      }
      if (step.kind === 'transfer') {
        if (done?.has(step.source.name)) {
          ctx.completedEarlier(step.source.name, step.source.size, 'journal', executor.direction);
          continue;
        }
        if (resuming && step.destination && writtenByEarlierRun(step.source, step.destination)) {
          ctx.completedEarlier(step.source.name, step.source.size, 'destination', executor.direction);
          continue;
        }
        ctx.bytesPlanned += step.source.size;
        writesPlanned++;
        if (o.dryRun) {
          ctx.record({ path: step.source.name, size: step.source.size, status: 'DryRun', action: executor.direction, reason: step.reason });
          ctx.log('info', `would ${executor.direction} ${step.source.name} (${step.reason})`);
          continue;
        }
        yield step.source;
      } else if (step.kind === 'skip') {
        // A sync finds what an earlier run wrote identical, and skips it:
        // the job transferred it all the same.
        if (done?.has(step.source.name)) ctx.completedEarlier(step.source.name, step.source.size, 'journal', executor.direction);
        else ctx.skip(step.source.name, step.source.size, step.reason);
      } else if (step.kind === 'delete') {
        // Back at the destination since an earlier run deleted it: this run's deletion counts.
        earlier?.deleted.delete(step.destination.name);
        deletionCount++;
        deletions.write(JSON.stringify(step.destination) + '\n');
      }
    }
  }
  try {
    await runPool(work(), o.concurrency, (e) => executor.transfer(e), { signal });
  } finally {
    await new Promise<void>((r) => deletions.end(r));
  }
  if (earlier) ctx.deletedEarlier(earlier.deleted.size);

  guardEmptySource(ctx, leftOut);
  if (deletionCount > 0) await runDeletions(ctx, deletionsPath, deletionCount, executor.remove, signal);

  if (o.dryRun) return undefined;
  ctx.phase = 'reconciling';
  const wroteNothing = writesPlanned === 0 && deletionCount === 0 && ctx.enumerationProblems.length === 0;
  const result =
    planningProof && wroteNothing
      ? planningProof.result('planning')
      : await reconcile(filtered(source.list(true), keep), filtered(destination.list(), keep), reconcileOptions);
  // The report and the summary list the differences; the log keeps them too.
  if (!result.ok) ctx.fileLog('error', `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
  return result;
}

function guardEmptySource(ctx: JobContext, leftOutByFilters: number): void {
  const o = ctx.options;
  if (ctx.scanned.source > 0 || o.allowEmptySource) return;
  const nothing = `nothing was ${o.command === 'sync' && o.deleteDestination ? 'deleted' : 'transferred'}`;
  const filters = filtersInUse(o);
  if (leftOutByFilters > 0 && filters.length && !ctx.enumerationProblems.length) {
    throw new GuardError(
      `the filters left out all ${leftOutByFilters} object(s) of the source (${o.source.display}): ${filters.join(', ')} matched none of them; ${nothing}. ` +
        `Check the filters, or pass --allow-empty-source true (allowEmptySource in CI) if that is expected.`,
    );
  }
  const what = ctx.enumerationProblems.length ? 'the source could not be read' : 'the source has no files in scope';
  throw new GuardError(`${what} (${o.source.display}); ${nothing}. If an empty source is expected, pass --allow-empty-source true (allowEmptySource in CI).`);
}

/**
 * A killed run can finish a transfer and die before its journal line is
 * written. azcp stamps every object it writes with the source's
 * modification time (blob metadata, or the local file's time), so an object
 * of the same size and the same time is one an earlier run of this job wrote.
 */
function writtenByEarlierRun(source: Entry, destination: Entry): boolean {
  return source.size === destination.size && source.mtimeMs === destination.mtimeMs;
}

const readDeletions = (path: string) => readJsonLines<Entry>(path);

async function runDeletions(ctx: JobContext, path: string, count: number, remove: (e: Entry) => Promise<void>, signal: AbortSignal): Promise<void> {
  const o = ctx.options;
  if (ctx.enumerationProblems.length) {
    throw new GuardError(`${ctx.enumerationProblems.length} source path(s) could not be read (first: ${ctx.enumerationProblems[0].path}); ${count} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  if (ctx.counts.failed > 0) {
    ctx.warn(`${count} deletion(s) were not done because ${ctx.counts.failed} transfer(s) failed; run the sync again`);
    return;
  }
  const links = await withheldUnderLinks(ctx.unfollowedLinks, readDeletions(path));
  count -= links.total;
  const limit = o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE;
  const destinationTotal = Math.max(ctx.scanned.destination, 0);
  const allowed = limit.count !== undefined ? limit.count : Math.floor((destinationTotal * (limit.percent ?? 100)) / 100);
  if (count > allowed) {
    const pct = destinationTotal ? ((count / destinationTotal) * 100).toFixed(1) : '100';
    const given = limit.count !== undefined ? String(limit.count) : `${limit.percent}%`;
    throw new GuardError(
      `refusing to delete ${count} of ${destinationTotal} destination objects (${pct}%): more than --max-delete ${given} allows (${allowed}); nothing was deleted. ` +
        `Check the source, or raise --max-delete (maxDelete in CI).`,
    );
  }
  if (o.dryRun) {
    for await (const e of links.others(readDeletions(path))) {
      ctx.record({ path: e.name, size: e.size, status: 'DryRun', action: 'delete' });
      ctx.log('info', `would delete ${e.name}`);
    }
    links.refuse();
    return;
  }
  ctx.phase = 'deleting';
  await runPool(links.others(readDeletions(path)), o.concurrency, remove, { signal });
  links.refuse();
}

