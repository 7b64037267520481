// The one-sided commands: list, make, remove.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { runPool } from '../engine/pool.ts';
import { mergeJoin } from '../engine/diff.ts';
import type { Entry } from '../engine/types.ts';
import type { BlobLocation } from '../storage/location.ts';
import { listBlobs, getBlobEntry, deleteBlob, makeContainer, containerExists, type BlobEntry } from '../storage/blob.ts';
import { openBlobSide, type BlobSide } from '../storage/blob-client.ts';
import { checkSas, probeContainer, preflightError } from './preflight.ts';
import type { JobContext } from './context.ts';
import type { JobHooks, Reconciliation } from './types.ts';
import { GuardError, UsageError } from '../contract/errors.ts';
import { scopeFilter } from './scope-filter.ts';
import { wildcardMatcher } from './scope.ts';
import { completedPaths, readJsonLines } from './journal.ts';

function listPrefix(loc: BlobLocation): string {
  return loc.path === '' || loc.path.endsWith('/') ? loc.path : `${loc.path}/`;
}

async function openTarget(ctx: JobContext, hooks: JobHooks, needed: string): Promise<BlobSide> {
  const side = await openBlobSide(ctx.options.source as BlobLocation, ctx.options.auth, hooks.credential);
  ctx.retriesFrom({ source: side });
  for (const w of checkSas(side, 'target', needed)) ctx.warn(w);
  return side;
}

export async function listCommand(ctx: JobContext, hooks: JobHooks, signal?: AbortSignal): Promise<void> {
  const side = await openTarget(ctx, hooks, 'l');
  await probeContainer(side, 'target');
  const loc = side.loc;
  // A path naming one blob lists that blob; otherwise everything below it.
  const exact = loc.path && !loc.path.endsWith('/') && !loc.contentsOnly ? await getBlobEntry(side, loc.path, '') : undefined;
  const out = createWriteStream(join(ctx.folder.dir, 'list.jsonl'));
  const keep = scopeFilter(ctx.options, '');
  const emit = (e: BlobEntry) => {
    const row = { name: e.blobName, size: e.size, lastModified: new Date(e.lastModifiedMs).toISOString(), tier: e.tier, md5: e.md5, contentType: e.contentType };
    ctx.counts.total++;
    ctx.counts.bytes += e.size;
    out.write(JSON.stringify(row) + '\n');
    hooks.onListEntry?.(row);
  };
  try {
    if (exact) emit(exact);
    else {
      const prefix = listPrefix(loc);
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, '') : () => true;
      for await (const e of listBlobs(side, { prefix, stripPrefix: prefix, recursive: true })) {
        // Cancelled (Ctrl-C, or nobody reads the listing any more): stop listing.
        signal?.throwIfAborted();
        if (named(e.name) && keep(e)) emit(e);
      }
    }
  } finally {
    await new Promise<void>((r) => out.end(r));
  }
  ctx.scanned.source = ctx.counts.total;
  // Listed bytes are not transferred bytes; keep the report honest.
  ctx.fileLog('info', `listed ${ctx.counts.total} blobs, ${ctx.counts.bytes} bytes`);
  ctx.counts.bytes = 0;
}

export async function makeCommand(ctx: JobContext, hooks: JobHooks): Promise<void> {
  const loc = ctx.options.source as BlobLocation;
  if (loc.path) throw new UsageError(`make creates a container; give the container URL without a path (…/${loc.container})`);
  const side = await openTarget(ctx, hooks, 'c');
  ctx.counts.total = 1;
  if (ctx.options.dryRun) {
    // A dry run changes nothing: it only says what make would do.
    const exists = await containerExists(side);
    ctx.log('info', exists ? `container ${loc.container} already exists; make would do nothing` : `make would create container ${loc.container}`);
    return;
  }
  let created: boolean;
  try {
    created = await makeContainer(side);
  } catch (err) {
    throw preflightError(err, side, 'target');
  }
  if (created) {
    ctx.counts.transferred = 1;
    ctx.fileLog('info', `created container ${loc.container}`);
  } else {
    ctx.counts.skipped = 1;
    ctx.skipped.push({ path: loc.container, reason: 'container already exists' });
    ctx.fileLog('info', `container ${loc.container} already exists; nothing to do`);
  }
}

const fromFile = (path: string) => readJsonLines<Entry>(path);

async function anyBlobUnder(side: BlobSide, prefix: string): Promise<boolean> {
  for await (const _ of listBlobs(side, { prefix, stripPrefix: '', recursive: true })) return true;
  return false;
}

export async function removeCommand(ctx: JobContext, hooks: JobHooks, signal: AbortSignal): Promise<Reconciliation | undefined> {
  const o = ctx.options;
  const side = await openTarget(ctx, hooks, o.dryRun ? 'l' : 'ld');
  await probeContainer(side, 'target');
  const loc = side.loc;
  const planPath = join(ctx.folder.dir, 'deletions.jsonl');
  const planned = createWriteStream(planPath);
  let count = 0;
  // What a percentage in --max-delete is a share of: every blob under the
  // URL, before the filters chose which of them go.
  let underUrl = 0;
  let plannedBytes = 0;
  // A resumed remove: what earlier runs deleted is gone from the listing,
  // but the report counts the whole job.
  const deletedEarlier = hooks.jobId ? (await completedPaths(o.jobDir, hooks.jobId)).deleted : undefined;
  const note = (e: BlobEntry) => {
    deletedEarlier?.delete(e.name);
    count++;
    plannedBytes += e.size;
    ctx.counts.total++;
    planned.write(JSON.stringify(e) + '\n');
  };
  const exact = loc.path && !loc.path.endsWith('/') && !loc.contentsOnly ? await getBlobEntry(side, loc.path, '') : undefined;
  const prefix = listPrefix(loc);
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
    await new Promise<void>((r) => planned.end(r));
  }
  ctx.scanned.source = count;
  if (deletedEarlier) ctx.deletedEarlier(deletedEarlier.size);
  if (count === 0) {
    ctx.log('info', 'nothing matched; nothing to remove');
    return undefined;
  }
  if (o.maxDelete) {
    const allowed = o.maxDelete.count ?? Math.floor((underUrl * (o.maxDelete.percent ?? 100)) / 100);
    if (count > allowed) {
      throw new GuardError(`refusing to remove ${count} blobs: more than --max-delete ${o.maxDelete.count ?? `${o.maxDelete.percent}%`} allows (${allowed}); nothing was removed`);
    }
  }
  if (o.dryRun) {
    for await (const e of fromFile(planPath)) {
      ctx.record({ path: e.name, size: e.size, status: 'DryRun', action: 'delete' });
      ctx.log('info', `would remove ${e.name}`);
    }
    return undefined;
  }
  ctx.phase = 'deleting';
  await runPool(
    fromFile(planPath),
    o.concurrency,
    async (e) => {
      try {
        await deleteBlob(side, e.name);
        ctx.counts.deleted++;
        ctx.record({ path: e.name, size: e.size, status: 'Deleted', action: 'delete' });
      } catch (err) {
        ctx.failed(e.name, e.size, 'delete', err);
      }
    },
    { signal },
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
  for await (const pair of mergeJoin(fromFile(planPath), after)) {
    if (pair.source && pair.destination) {
      remaining++;
      remainingBytes += pair.destination.size;
      if (differences.length < 50) differences.push({ path: pair.name, problem: 'still present after removal' });
    }
  }
  return {
    basis: 'relisted',
    // "Source" is what was to be removed; "destination" what is still there.
    sourceCount: count,
    sourceBytes: plannedBytes,
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
}
