// remove: deletes what a URL names, after the guards agree, and proves by a
// new listing that it is gone.
import { mergeJoin } from '../../engine/diff.ts';
import { listBlobs } from '../../storage/blob/list.ts';
import { getBlobEntry, deleteBlob, probeContainer } from '../../storage/blob/objects.ts';
import type { BlobEntry } from '../../storage/blob/entry.ts';
import type { BlobConnection } from '../../storage/blob/client.ts';
import type { JobContext } from '../context.ts';
import type { CommandOutcome, JobHooks, Reconciliation } from '../types.ts';
import { GuardError, UsageError } from '../../contract/errors.ts';
import { scopeFilter } from '../scope-filter.ts';
import { wildcardMatcher, withSlash } from '../scope.ts';
import { completedPaths } from '../evidence/journal.ts';
import { openTarget } from '../sides.ts';
import { DeletionLog, enforceMaxDelete, replayDryRun, runDeletions } from '../delete-guard.ts';

async function anyBlobUnder(side: BlobConnection, prefix: string): Promise<boolean> {
  for await (const _ of listBlobs(side, { prefix, stripPrefix: '', recursive: true })) return true;
  return false;
}

export async function removeCommand(ctx: JobContext, hooks: JobHooks, signal: AbortSignal): Promise<CommandOutcome> {
  const o = ctx.options;
  const side = await openTarget(ctx, hooks, o.dryRun ? 'l' : 'ld');
  await probeContainer(side, 'target');
  const loc = side.loc;
  const planned = new DeletionLog(ctx.folder.dir);
  // What a percentage in --max-delete is a share of: every blob under the
  // URL, before the filters chose which of them go.
  let underUrl = 0;
  // A resumed remove: what earlier runs deleted is gone from the listing,
  // but the report counts the whole job.
  const deletedEarlier = hooks.jobId ? (await completedPaths(o.jobDir, hooks.jobId)).deleted : undefined;
  const note = (e: BlobEntry) => {
    deletedEarlier?.delete(e.name);
    ctx.counts.total++;
    planned.add(e);
  };
  const exact = loc.path && !loc.path.endsWith('/') && !loc.contentsOnly ? await getBlobEntry(side, loc.path, '') : undefined;
  const prefix = withSlash(loc.path);
  try {
    if (exact) {
      underUrl = 1;
      note(exact);
    } else {
      if (!o.recursive) {
        if (!loc.path) throw new UsageError(`removing a whole container's blobs needs --recursive`);
        // Only a name with blobs under it is a folder that --recursive would
        // empty; a name with nothing at all is a blob that does not exist.
        if (!(await anyBlobUnder(side, prefix))) {
          throw new GuardError(`"${loc.display}" does not exist: there is no blob of that name, and none under it; nothing was removed`);
        }
        throw new UsageError(`"${loc.display}" is not a blob but a folder; add --recursive to remove everything under it`);
      }
      const keep = scopeFilter(o, '');
      // A wildcard in the URL chooses what is under the URL at all: only
      // names whose first segment below the prefix match it.
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, prefix) : () => true;
      for await (const e of listBlobs(side, { prefix, stripPrefix: '', recursive: true })) {
        if (!named(e.name)) continue;
        underUrl++;
        if (keep(e)) note(e);
      }
    }
  } finally {
    await planned.close();
  }
  const count = planned.count;
  ctx.scanned.source = count;
  if (deletedEarlier) ctx.deletedEarlier(deletedEarlier.size);
  if (count === 0) {
    ctx.log('info', 'nothing matched; nothing to remove');
    return { success: 'Nothing matched; nothing was removed.' };
  }
  if (o.maxDelete) {
    enforceMaxDelete(count, o.maxDelete, underUrl, (allowed, given) => `refusing to remove ${count} blobs: more than --max-delete ${given} allows (${allowed}); nothing was removed`);
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
        await deleteBlob(side, e.name);
        ctx.counts.deleted++;
        ctx.record({ path: e.name, size: e.size, status: 'Deleted', action: 'delete' });
      } catch (err) {
        ctx.failed(e.name, e.size, 'delete', err);
      }
    },
    signal,
  );
  // Proof: list again; every planned name must be gone.
  ctx.phase = 'reconciling';
  const after = exact ? (async function* () {
    const still = await getBlobEntry(side, exact.blobName, '');
    if (still) yield still;
  })() : listBlobs(side, { prefix, stripPrefix: '', recursive: true });
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
  return { reconciliation, success: `Removed ${ctx.counts.deleted} blob(s); a new listing confirms they are gone.` };
}
