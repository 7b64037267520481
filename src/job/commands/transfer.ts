// copy and sync: plan → transfer → delete → reconcile.
import type { Entry } from '../../engine/types.ts';
import { plan, type PlanRules } from '../../engine/diff.ts';
import type { EntryFilter } from '../../engine/filters.ts';
import { runPool } from '../../engine/pool.ts';
import { startNow, type StartedIterable } from '../../engine/started.ts';
import { DEFAULT_SYNC_MAX_DELETE } from '../options.ts';
import { GuardError } from '../../contract/errors.ts';
import type { CommandOutcome, JobHooks } from '../types.ts';
import type { JobContext } from '../context.ts';
import { filtersInUse, scopeFilter } from '../scope-filter.ts';
import type { DestinationScope, SourceScope } from '../../storage/side.ts';
import { openTransferSides, type TransferSides } from '../sides.ts';
import { makeTransferRunner } from '../transfer-runner.ts';
import { reconcile, Reconciler, type ReconcileOptions } from '../reconcile.ts';
import { resumeState, doneEarlier } from '../resume.ts';
import { DeletionLog, guardEmptySource, enforceMaxDelete, replayDryRun, runDeletions } from '../delete-guard.ts';
import { withheldUnderLinks } from '../link-guard.ts';
import { UploadLast, type WriteTask } from '../publish/upload-last.ts';
import { Published, type PublishedReport } from '../publish/published.ts';
import { purgeAfterJob } from '../publish/purge-step.ts';
import { runnerInfo } from '../shard.ts';
import { loadListOfFiles } from '../list-of-files.ts';
import { listedSource, listedDestination, byPath } from '../listed-scope.ts';
import { flagOf } from '../../contract/inputs.ts';
import { mayWriteIntoSource } from '../overlap.ts';

export async function* filtered<T extends Entry>(items: AsyncIterable<T>, keep: EntryFilter, count?: (e: T) => void): AsyncGenerator<T> {
  for await (const e of items) {
    if (!keep(e)) continue;
    count?.(e);
    yield e;
  }
}

async function* nothing(): AsyncGenerator<Entry> {}

export async function transferCommand(ctx: JobContext, hooks: JobHooks, signal: AbortSignal): Promise<CommandOutcome> {
  const o = ctx.options;
  // --list-of-files may list per path: then nothing is listed in full early.
  const sides = await openTransferSides(ctx, hooks, { source: !o.listOfFiles, destination: !o.listOfFiles && listsDestination(o, !!hooks.jobId) });
  try {
    return await transferBetween(ctx, hooks, signal, sides);
  } finally {
    // A listing asked for early and never read (the job ended first): released, not awaited.
    void sides.release();
  }
}

/**
 * A copy that overwrites everything has no use for the destination's
 * listing while planning — except on resume, where it tells which objects
 * an earlier run finished after its last journal line was written.
 */
function listsDestination(o: JobContext['options'], resuming: boolean): boolean {
  return resuming || !(o.command === 'copy' && o.overwrite === 'true');
}

async function transferBetween(ctx: JobContext, hooks: JobHooks, signal: AbortSignal, sides: TransferSides): Promise<CommandOutcome> {
  const o = ctx.options;
  const { sourceScope: source, destinationScope: destination } = sides;
  if (!o.dryRun) await destination.prepare?.();
  const keep = scopeFilter(o, source.namePrefix);
  // --list-of-files: both sides narrowed to the listed paths (sorted in the
  // job folder), so a sync compares and deletes only there.
  const listed = o.listOfFiles ? await loadListOfFiles(o.listOfFiles, ctx.folder.dir, flagOf('listOfFiles'), { resuming: !!hooks.jobId }) : undefined;
  if (listed) {
    ctx.reportExtras.listOfFiles = { paths: listed.count, digest: listed.digest };
    ctx.log('info', `--list-of-files: ${listed.count} distinct path(s)`);
  }
  // The first listing of each side may have been asked for already (sides.ts).
  const sourceList = (quiet?: boolean) => (!quiet && sides.takeListing('source')) || listedSource(source, listed, quiet);
  const destinationList = () => sides.takeListing('destination') ?? listedDestination(destination, listed, source.namePrefix);
  if (listed) ctx.log('info', byPath(source, listed) ? `listing the source under each of the ${listed.count} listed path(s)` : 'listing the whole source beside the sorted list');
  // A wildcard source (`site*`) speaks for the names it chose only: the
  // destination's other objects are neither compared nor deleted.
  const selects = source.selects;
  const keepDestination: EntryFilter = selects ? (e) => selects(e.name) && keep(e) : keep;
  const rules: PlanRules = {
    command: o.command as 'copy' | 'sync',
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination,
  };
  const needDestination = listsDestination(o, !!hooks.jobId);
  // MD5s from the bytes, for sides whose listings carry none (local files).
  const hashSource = sides.source.hash?.bind(sides.source);
  const hashDestination = sides.destination.hash?.bind(sides.destination);
  // What earlier runs of this job did: skipped now, counted in the report.
  const state = await resumeState(ctx, hooks);
  const earlier = state.earlier;

  const reconcileOptions: ReconcileOptions = {
    rules,
    extraIsDifference: rules.command === 'sync' && o.deleteDestination,
    hashSource: o.compareHash === 'md5' ? hashSource : undefined,
  };
  // Fed from the planning listings; used only if the job writes nothing.
  const planningProof = needDestination ? new Reconciler(reconcileOptions) : undefined;
  let writesPlanned = 0;
  const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal, source.namePrefix);
  const deletions = new DeletionLog(ctx.folder.dir);
  const last = new UploadLast(o, ctx.folder.dir, source.namePrefix);
  const published = (ctx.published = new Published(o.purge?.maxPaths));
  // Property drift: a sync with header rules or header flags compares the
  // destination's headers with what it would set, and sets them in place.
  const drift = rules.command === 'sync' && runner.headers.active && !!sides.destination.setProperties;
  if (drift) ctx.counts.propertiesUpdated = 0;
  ctx.phase = 'transferring';

  // Nothing written: the planning listings are the proof, no second listing.
  const wroteNothing = () => writesPlanned === 0 && deletions.count === 0 && ctx.enumerationProblems.length === 0;
  const reconciles = () => !o.dryRun && !o.shard && !(planningProof && wroteNothing());
  // The reconciliation's listing of the source, asked for once every write
  // is handed out: its first page's round trip overlaps the last transfers.
  // Only where the job cannot write into the source's listing (the same
  // container on both sides could), so it sees what a later one would.
  const relistEarly = !mayWriteIntoSource(o.source, o.destination!);
  let sourceRelisting: StartedIterable<Entry> | undefined;

  // Source objects the filters left out: an empty scope then says it was them.
  let leftOut = 0;
  const steps = plan(
    filtered(sourceList(), (e) => keep(e) || (leftOut++, false), (e) => {
      ctx.scanned.source++;
      ctx.counts.total++;
    }),
    needDestination ? filtered(destinationList(), keepDestination, () => ctx.scanned.destination++) : nothing(),
    rules,
    { hashSource, hashDestination },
  );

  // The planner streams into the pool: memory stays flat however many
  // objects there are. Deletions are only written down here; they run after
  // every transfer succeeded and the guards agreed.
  async function* work(): AsyncGenerator<WriteTask> {
    for await (const step of steps) {
      if (planningProof) {
        if (step.kind === 'delete' || step.kind === 'extra') await planningProof.add(step.destination.name, undefined, step.destination);
        else await planningProof.add(step.source.name, step.source, step.destination);
      }
      if (step.kind === 'transfer') {
        const evidence = doneEarlier(step.source, step.destination, state);
        if (evidence) {
          ctx.completedEarlier(step.source.name, step.source.size, evidence, runner.direction);
          continue;
        }
        ctx.bytesPlanned += step.source.size;
        writesPlanned++;
        if (step.overwritesNewer) ctx.overwritesNewerAtDestination(step.source.name);
        if (o.dryRun) {
          let reason = step.overwritesNewer ? `${step.reason}; replaces a destination newer than its source` : step.reason;
          if (last.hold({ kind: 'transfer', entry: step.source })) reason += '; upload-last: after everything else';
          const where = destination.locate(step.source.name);
          if ('target' in where) published.touched(where.target);
          ctx.record({ path: step.source.name, size: step.source.size, status: 'DryRun', action: runner.direction, reason });
          ctx.log('info', `would ${runner.direction} ${step.source.name} (${reason})`);
          continue;
        }
        const task: WriteTask = { kind: 'transfer', entry: step.source };
        if (!last.hold(task)) yield task;
      } else if (step.kind === 'skip') {
        // A sync finds what an earlier run wrote identical, and skips it:
        // the job transferred it all the same.
        if (earlier?.transferred.has(step.source.name)) ctx.completedEarlier(step.source.name, step.source.size, 'journal', runner.direction);
        else if (step.keptNewer) ctx.keptNewerAtDestination(step.source.name, step.source.size, step.reason);
        else if (drift && step.destination) {
          const task: WriteTask = { kind: 'properties', source: step.source, destination: step.destination };
          if (o.dryRun || !last.hold(task)) yield task;
        } else ctx.skip(step.source.name, step.source.size, step.reason);
      } else if (step.kind === 'delete') {
        // Back at the destination since an earlier run deleted it: this run's deletion counts.
        earlier?.deleted.delete(step.destination.name);
        deletions.add(step.destination);
      }
    }
    ctx.listingComplete = true;
    if (relistEarly && reconciles()) sourceRelisting = startNow(filtered(sourceList(true), keep));
  }
  const execute = async (t: WriteTask): Promise<void> => {
    if (t.kind === 'transfer') return runner.transfer(t.entry);
    if (!(await runner.updateProperties(t.source, t.destination))) ctx.skip(t.source.name, t.source.size, 'identical');
  };
  try {
    try {
      await runPool(work(), o.concurrency, execute, { signal });
    } finally {
      await Promise.all([deletions.close(), last.close()]);
    }
    await writeLastGroup(ctx, last, execute, signal);
    if (earlier) ctx.deletedEarlier(earlier.deleted.size);

    // A shard is one part of a job: its deletions, the empty-source guard
    // and the reconciliation belong to the whole job, which the merge
    // (azcp jobs merge) guards, deletes and proves once.
    if (o.shard) return deferToMerge(ctx, deletions, leftOut);

    guardEmptySource(ctx, leftOut);
    if (deletions.count > 0) {
      await syncDeletions(ctx, deletions, runner.remove, (e) => published.touched(sides.destination.properties(e).fullName), signal);
      await sides.destination.afterDeletes?.();
    }
    // The files are live now: the CDN forgets its copies of what changed.
    if (o.purge) await purgeAfterJob(ctx, hooks, o.purge, published, signal);

    if (o.dryRun) return {};
    await keepEmptyFolders(ctx, source, destination, signal);
    ctx.phase = 'reconciling';
    const result = reconciles()
      ? await reconcile(sourceRelisting ?? filtered(sourceList(true), keep), filtered(destinationList(), keepDestination), reconcileOptions)
      : planningProof!.result('planning');
    // The report and the summary list the differences; the log keeps them too.
    if (!result.ok) ctx.fileLog('error', `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
    return { reconciliation: result };
  } finally {
    // Unread when the job ended before its reconciliation (a guard, a
    // failure, a cancel): released, not awaited, as a listing abandoned
    // mid-way is.
    void sourceRelisting?.close();
  }
}

/**
 * Folders of the source that hold no file are made at the destination too,
 * when both sides have real folders (a local tree, a share) and no filter
 * chose among the files (a filtered copy takes files, not folders). After
 * the deletions: a sync's deletions remove folders they emptied, and the
 * source's empty ones must be there at the end.
 */
async function keepEmptyFolders(ctx: JobContext, source: SourceScope, destination: DestinationScope, signal: AbortSignal): Promise<void> {
  if (!source.emptyFolders || !destination.makeFolder || filtersInUse(ctx.options).length > 0 || source.selects) return;
  for await (const name of source.emptyFolders()) {
    signal.throwIfAborted();
    const where = destination.locate(name);
    if (!('target' in where)) {
      ctx.warn(`the empty folder ${name} was not made: ${where.reason}`);
      continue;
    }
    try {
      await destination.makeFolder(where.target);
      ctx.log('debug', `made the empty folder ${name}`);
    } catch (err) {
      ctx.warn(`the empty folder ${name} could not be made: ${(err as Error).message}`);
    }
  }
}

/** What a shard leaves for the merge: its slice's numbers, beside deletions.jsonl. */
function deferToMerge(ctx: JobContext, deletions: DeletionLog, leftOut: number): CommandOutcome {
  const shard = ctx.options.shard!;
  ctx.reportExtras.shardPlan = {
    runner: runnerInfo(),
    sourceScanned: ctx.scanned.source,
    destinationScanned: ctx.scanned.destination,
    leftOutByFilters: leftOut,
    deferredDeletions: { count: deletions.count, bytes: deletions.bytes },
    unreadableSourcePaths: ctx.enumerationProblems.length,
    unfollowedLinks: [...ctx.unfollowedLinks],
  };
  const c = ctx.counts;
  const deferred = deletions.count ? `; ${deletions.count} deletion(s) written down for the merge, none done` : '';
  return {
    deferred: true,
    success: `Shard ${shard.index}/${shard.count} completed: ${c.transferred} transferred, ${c.skipped} skipped${deferred}. azcp jobs merge guards, deletes and reconciles the whole job.`,
  };
}

/** A sync's deletions, after its transfers: only when the source was read whole, every transfer succeeded and the guards agree. */
async function syncDeletions(ctx: JobContext, log: DeletionLog, remove: (e: Entry) => Promise<void>, wouldDelete: (e: Entry) => void, signal: AbortSignal): Promise<void> {
  const o = ctx.options;
  let count = log.count;
  if (ctx.enumerationProblems.length) {
    throw new GuardError(`${ctx.enumerationProblems.length} source path(s) could not be read (first: ${ctx.enumerationProblems[0].path}); ${count} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  if (ctx.counts.failed > 0) {
    ctx.warn(`${count} deletion(s) were not done because ${ctx.counts.failed} transfer(s) failed; run the sync again`);
    return;
  }
  const links = await withheldUnderLinks(ctx.unfollowedLinks, log.read());
  count -= links.total;
  const destinationTotal = Math.max(ctx.scanned.destination, 0);
  enforceMaxDelete(count, o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE, destinationTotal, (allowed, given) => {
    const pct = destinationTotal ? ((count / destinationTotal) * 100).toFixed(1) : '100';
    return (
      `refusing to delete ${count} of ${destinationTotal} destination objects (${pct}%): more than --max-delete ${given} allows (${allowed}); nothing was deleted. ` +
      `Check the source, or raise --max-delete (maxDelete in CI).`
    );
  });
  if (o.dryRun) {
    // The purge a dry run lists includes what it would delete.
    for await (const e of links.others(log.read())) wouldDelete(e);
    await replayDryRun(ctx, links.others(log.read()), 'delete');
    links.refuse();
    return;
  }
  await runDeletions(ctx, links.others(log.read()), remove, signal);
  links.refuse();
}

/**
 * The upload-last group, after everything else: written only when every
 * other transfer succeeded and the source was read whole, so a page never
 * goes live before what it references. Otherwise each is skipped, with why.
 */
async function writeLastGroup(ctx: JobContext, last: UploadLast, execute: (t: WriteTask) => Promise<void>, signal: AbortSignal): Promise<void> {
  if (last.globs.length === 0) return;
  const o = ctx.options;
  const group: NonNullable<PublishedReport['uploadLast']> = { globs: last.globs, held: last.count, written: 0 };
  ctx.published!.report.uploadLast = group;
  if (last.count === 0 || o.dryRun) return;
  const failed = ctx.counts.failed;
  const why = ctx.stopReason
    ? 'the job stopped'
    : signal.aborted
      ? 'the job was cancelled'
      : failed > 0
        ? `${failed} transfer(s) before it failed`
        : ctx.enumerationProblems.length
          ? `${ctx.enumerationProblems.length} source path(s) could not be read`
          : undefined;
  if (why) {
    group.withheld = why;
    ctx.warn(`${last.count} upload-last object(s) (${last.globs.join(', ')}) were not written because ${why}: the live site keeps its current pages, which reference only what is there`);
    for await (const t of last.read()) {
      const e = t.kind === 'transfer' ? t.entry : t.source;
      ctx.skip(e.name, e.size, `not written: ${why} (upload-last objects go only after everything else succeeded)`);
    }
    return;
  }
  ctx.log('info', `writing ${last.count} upload-last object(s) (${last.globs.join(', ')}) now that everything else is written`);
  const before = ctx.counts.transferred + (ctx.counts.propertiesUpdated ?? 0);
  await runPool(last.read(), o.concurrency, execute, { signal });
  group.written = ctx.counts.transferred + (ctx.counts.propertiesUpdated ?? 0) - before;
}
