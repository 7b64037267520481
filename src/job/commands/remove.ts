// remove: deletes what a URL names, after the guards agree, and proves by a
// new listing that it is gone.
import { mergeJoin } from '../../engine/diff.ts';
import type { Entry } from '../../engine/types.ts';
import type { JobContext } from '../context.ts';
import type { CommandOutcome, JobHooks, Reconciliation } from '../types.ts';
import { GuardError, UsageError } from '../../contract/errors.ts';
import { filtersInUse, scopeFilter } from '../scope-filter.ts';
import { completedPaths } from '../evidence/journal.ts';
import { targetSide, connectTarget } from '../sides.ts';
import { DeletionLog, enforceMaxDelete, replayDryRun, runDeletions } from '../delete-guard.ts';

export async function removeCommand(ctx: JobContext, hooks: JobHooks, signal: AbortSignal): Promise<CommandOutcome> {
  const o = ctx.options;
  const side = targetSide(ctx, hooks);
  const { one, many, container } = side.nouns;
  await connectTarget(ctx, side, o.dryRun ? ['list'] : ['list', 'delete']);
  await side.probe();
  const loc = side.location;
  const planned = new DeletionLog(ctx.folder.dir);
  // What a percentage in --max-delete is a share of: every object under the
  // URL, before the filters chose which of them go.
  let underUrl = 0;
  // A resumed remove: what earlier runs deleted is gone from the listing,
  // but the report counts the whole job.
  const deletedEarlier = hooks.jobId ? (await completedPaths(o.jobDir, hooks.jobId)).deleted : undefined;
  const note = (e: Entry) => {
    deletedEarlier?.delete(e.name);
    ctx.counts.total++;
    planned.add(e);
  };
  const scope = await side.targetScope('remove');
  try {
    if (scope.single) {
      underUrl = 1;
      note(scope.single);
    } else {
      if (!o.recursive) {
        if (!loc.path) throw new UsageError(`removing a whole ${container}'s ${many} needs --recursive`);
        // Only a name with objects under it is a folder that --recursive would
        // empty; a name with nothing at all is an object that does not exist.
        if (!(await scope.any())) {
          throw new GuardError(`"${loc.display}" does not exist: there is no ${one} of that name, and none under it; nothing was removed`);
        }
        throw new UsageError(`"${loc.display}" is not a ${one} but a folder; add --recursive to remove everything under it`);
      }
      const keep = scopeFilter(o, '');
      for await (const e of scope.list()) {
        underUrl++;
        if (keep(e)) note(e);
      }
    }
  } finally {
    await planned.close();
  }
  ctx.listingComplete = true;
  const count = planned.count;
  ctx.scanned.source = count;
  if (deletedEarlier) ctx.deletedEarlier(deletedEarlier.size);
  if (count === 0) {
    ctx.log('info', 'nothing matched; nothing to remove');
    return { success: 'Nothing matched; nothing was removed.' };
  }
  if (o.maxDelete) {
    enforceMaxDelete(count, o.maxDelete, underUrl, (allowed, given) => `refusing to remove ${count} ${many}: more than --max-delete ${given} allows (${allowed}); nothing was removed`);
  }
  if (o.dryRun) {
    await replayDryRun(ctx, planned.read(), 'remove');
    return {};
  }
  await runDeletions(
    ctx,
    planned.read(),
    async (e) => {
      try {
        await side.remove(e);
        ctx.counts.deleted++;
        ctx.record({ path: e.name, size: e.size, status: 'Deleted', action: 'delete' });
      } catch (err) {
        ctx.failed(e.name, e.size, 'delete', err);
      }
    },
    signal,
  );
  // A backend with real directories removes the ones this left empty (and,
  // when no filter chose among the files, the empty ones under the URL).
  await side.afterDeletes?.({ wholeTree: filtersInUse(o).length === 0 });
  // Proof: list again; every planned name must be gone.
  ctx.phase = 'reconciling';
  const after = scope.relist();
  let remaining = 0;
  let remainingBytes = 0;
  const differences: Reconciliation['differences'] = [];
  for await (const pair of mergeJoin(planned.read(), after)) {
    if (pair.source && pair.destination) {
      remaining++;
      remainingBytes += pair.destination.size;
      if (differences.length < 50) differences.push({ path: pair.name, problem: 'still present after removal' });
    }
  }
  const reconciliation: Reconciliation = {
    basis: 'relisted',
    // "Source" is what was to be removed; "destination" what is still there.
    sourceCount: count,
    sourceBytes: planned.bytes,
    destinationCount: remaining,
    destinationBytes: remainingBytes,
    matched: count - remaining,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: remaining,
    extraIsDifference: true,
    ok: remaining === 0,
    differences,
  };
  return { reconciliation, success: `Removed ${ctx.counts.deleted} ${one}(s); a new listing confirms they are gone.` };
}
