// copy and sync: plan → transfer → delete → reconcile.
import type { Entry } from '../../engine/types.ts';
import { plan, type PlanRules } from '../../engine/diff.ts';
import type { EntryFilter } from '../../engine/filters.ts';
import { runPool } from '../../engine/pool.ts';
import { DEFAULT_SYNC_MAX_DELETE } from '../options.ts';
import { GuardError } from '../../contract/errors.ts';
import type { CommandOutcome, JobHooks } from '../types.ts';
import type { JobContext } from '../context.ts';
import { scopeFilter } from '../scope-filter.ts';
import { openTransferSides } from '../sides.ts';
import { makeTransferRunner } from '../transfer-runner.ts';
import { reconcile, Reconciler, type ReconcileOptions } from '../reconcile.ts';
import { resumeState, doneEarlier } from '../resume.ts';
import { DeletionLog, guardEmptySource, enforceMaxDelete, replayDryRun, runDeletions } from '../delete-guard.ts';
import { withheldUnderLinks } from '../link-guard.ts';
import { runnerInfo } from '../shard.ts';
import { loadListOfFiles } from '../list-of-files.ts';
import { listedSource, listedDestination, byPath } from '../listed-scope.ts';
import { flagOf } from '../../contract/inputs.ts';

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
  const sides = await openTransferSides(ctx, hooks);
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
  const sourceList = (quiet?: boolean) => listedSource(source, listed, quiet);
  const destinationList = () => listedDestination(destination, listed, source.namePrefix);
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
  const resuming = !!hooks.jobId;
  // A copy that overwrites everything has no use for the destination's
  // listing while planning — except on resume, where it tells which objects
  // an earlier run finished after its last journal line was written.
  const needDestination = resuming || !(rules.command === 'copy' && rules.overwrite === 'true');
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
  const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal);
  const deletions = new DeletionLog(ctx.folder.dir);
  ctx.phase = 'transferring';

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
  async function* work(): AsyncGenerator<Entry> {
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
          const reason = step.overwritesNewer ? `${step.reason}; replaces a destination newer than its source` : step.reason;
          ctx.record({ path: step.source.name, size: step.source.size, status: 'DryRun', action: runner.direction, reason });
          ctx.log('info', `would ${runner.direction} ${step.source.name} (${reason})`);
          continue;
        }
        yield step.source;
      } else if (step.kind === 'skip') {
        // A sync finds what an earlier run wrote identical, and skips it:
        // the job transferred it all the same.
        if (earlier?.transferred.has(step.source.name)) ctx.completedEarlier(step.source.name, step.source.size, 'journal', runner.direction);
        else if (step.keptNewer) ctx.keptNewerAtDestination(step.source.name, step.source.size, step.reason);
        else ctx.skip(step.source.name, step.source.size, step.reason);
      } else if (step.kind === 'delete') {
        // Back at the destination since an earlier run deleted it: this run's deletion counts.
        earlier?.deleted.delete(step.destination.name);
        deletions.add(step.destination);
      }
    }
  }
  try {
    await runPool(work(), o.concurrency, (e) => runner.transfer(e), { signal });
  } finally {
    await deletions.close();
  }
  if (earlier) ctx.deletedEarlier(earlier.deleted.size);

  // A shard is one part of a job: its deletions, the empty-source guard
  // and the reconciliation belong to the whole job, which the merge
  // (azcp jobs merge) guards, deletes and proves once.
  if (o.shard) return deferToMerge(ctx, deletions, leftOut);

  guardEmptySource(ctx, leftOut);
  if (deletions.count > 0) {
    await syncDeletions(ctx, deletions, runner.remove, signal);
    await sides.destination.afterDeletes?.();
  }

  if (o.dryRun) return {};
  ctx.phase = 'reconciling';
  const wroteNothing = writesPlanned === 0 && deletions.count === 0 && ctx.enumerationProblems.length === 0;
  const result =
    planningProof && wroteNothing
      ? planningProof.result('planning')
      : await reconcile(filtered(sourceList(true), keep), filtered(destinationList(), keepDestination), reconcileOptions);
  // The report and the summary list the differences; the log keeps them too.
  if (!result.ok) ctx.fileLog('error', `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
  return { reconciliation: result };
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
async function syncDeletions(ctx: JobContext, log: DeletionLog, remove: (e: Entry) => Promise<void>, signal: AbortSignal): Promise<void> {
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
    await replayDryRun(ctx, links.others(log.read()), 'delete');
    links.refuse();
    return;
  }
  await runDeletions(ctx, links.others(log.read()), remove, signal);
  links.refuse();
}
