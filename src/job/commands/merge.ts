// azcp jobs merge (CI mode merge): finishes one job that N shards ran in
// parts. The shards did the transfers and wrote their deletions down; the
// merge sums their counts, refuses when a shard is missing or did not
// complete, applies the delete guards once over the whole job (max-delete
// against the whole destination, the empty source, unreadable source
// paths, links not followed), runs the deferred deletions, and reconciles
// the whole scope. Its report is the job's: one report.json, one
// transfers.jsonl (the shards' lines, then the deletions) and one
// summary.md with a row per shard.
import { join } from 'node:path';
import type { Entry } from '../../engine/types.ts';
import { shardOf } from '../../engine/shard.ts';
import type { EntryFilter } from '../../engine/filters.ts';
import type { PlanRules } from '../../engine/diff.ts';
import { GuardError } from '../../contract/errors.ts';
import type { CommandOutcome, JobHooks, JobReport, ShardRow } from '../types.ts';
import type { JobContext } from '../context.ts';
import { REPORT_LIST_CAP } from '../evidence/report.ts';
import { readJsonLines, type TransferRecord } from '../evidence/journal.ts';
import { readShardSet, type ShardFolder } from '../shard-set.ts';
import { fingerprintOfInputs } from '../merge-options.ts';
import { openTransferSides } from '../sides.ts';
import { makeTransferRunner } from '../transfer-runner.ts';
import { scopeFilter } from '../scope-filter.ts';
import { reconcile, type ReconcileOptions } from '../reconcile.ts';
import { DEFAULT_SYNC_MAX_DELETE } from '../options.ts';
import { guardEmptySource, enforceMaxDelete, replayDryRun, runDeletions } from '../delete-guard.ts';
import { withheldUnderLinks } from '../link-guard.ts';
import { filtered } from './transfer.ts';
import { sortedList, SORTED_LIST } from '../list-of-files.ts';
import { listedSource, listedDestination } from '../listed-scope.ts';

/** A shard that completed its part: Completed, or DryRun for a dry run. */
const finished = (r: JobReport | undefined): r is JobReport => r?.status === 'Completed' || r?.status === 'DryRun';

export async function mergeCommand(ctx: JobContext, hooks: JobHooks, signal: AbortSignal): Promise<CommandOutcome> {
  const o = ctx.options;
  const shards = readShardSet(o.merge!.folders, fingerprintOfInputs);
  const count = shards[0].count;
  ctx.reportExtras.fingerprint = fingerprintOfInputs(shards[0].manifest.inputs);
  ctx.reportExtras.shards = shards.map(rowOf);
  sumShards(ctx, shards);
  ctx.log('info', `merging ${shards.length} of ${count} shard(s) of one ${o.command} job: ${shards.map((s) => `${s.index}=${s.jobId}`).join(', ')}`);
  await copyJournals(ctx, shards);

  // Every shard must be there and have completed its part: otherwise what
  // looks deleted at the source may only be what a missing shard did not list.
  const present = new Set(shards.map((s) => s.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
  if (missing.length) {
    throw new GuardError(`shard(s) ${missing.join(', ')} of ${count} missing: the merge needs every shard of the job; nothing was deleted and nothing reconciled. Run the missing shard(s) (--shard I/${count}) and merge again.`);
  }
  const unfinished = shards.filter((s) => !finished(s.report));
  if (unfinished.length) {
    const said = unfinished.map((s) => `shard ${s.index}/${count} (job ${s.jobId}) ${s.report ? `ended ${s.report.status}: ${s.report.message}` : 'never finished (killed?): resume it with azcp jobs resume'}`);
    throw new GuardError(`${said.join('; ')}. Nothing was deleted: deletions run only when every shard completed. Resume or rerun the shard(s), then merge again.`);
  }

  const sides = await openTransferSides(ctx, hooks);
  const { sourceScope: source, destinationScope: destination } = sides;
  const plans = shards.map((s) => s.report!.shardPlan!);
  const unreadable = plans.reduce((n, p) => n + p.unreadableSourcePaths, 0);
  const deferred = plans.reduce((n, p) => n + p.deferredDeletions.count, 0);
  if (unreadable) {
    throw new GuardError(`${unreadable} source path(s) could not be read by the shards; ${deferred} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  guardEmptySource(ctx, plans.reduce((n, p) => n + p.leftOutByFilters, 0));

  if (deferred > 0) {
    await checkDeletionLists(shards, count);
    const links = await withheldUnderLinks(linksOf(shards), deletionsOf(shards));
    const allowedCount = deferred - links.total;
    const destinationTotal = ctx.scanned.destination;
    enforceMaxDelete(allowedCount, o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE, destinationTotal, (allowed, given) => {
      const pct = destinationTotal ? ((allowedCount / destinationTotal) * 100).toFixed(1) : '100';
      return (
        `refusing to delete ${allowedCount} of ${destinationTotal} destination objects (${pct}%, over all ${count} shards): more than --max-delete ${given} allows (${allowed}); nothing was deleted. ` +
        `Check the source, or raise --max-delete (maxDelete in CI) and run the shards again.`
      );
    });
    if (o.dryRun) {
      await replayDryRun(ctx, links.others(deletionsOf(shards)), 'delete');
      links.refuse();
      return {};
    }
    const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal);
    await runDeletions(ctx, links.others(deletionsOf(shards)), runner.remove, signal);
    await sides.destination.afterDeletes?.();
    links.refuse();
  }
  if (o.dryRun) return {};

  ctx.phase = 'reconciling';
  const keep = scopeFilter(o, source.namePrefix);
  const selects = source.selects;
  const keepDestination: EntryFilter = selects ? (e) => selects(e.name) && keep(e) : keep;
  const rules: PlanRules = { command: o.command as 'copy' | 'sync', overwrite: o.overwrite, compareHash: o.compareHash, mirrorMode: o.mirrorMode, deleteDestination: o.deleteDestination };
  const options: ReconcileOptions = {
    rules,
    extraIsDifference: rules.command === 'sync' && o.deleteDestination,
    hashSource: o.compareHash === 'md5' ? sides.source.hash?.bind(sides.source) : undefined,
  };
  // --list-of-files: the list the shards sorted (all of one digest) narrows the proof as it narrowed the plan.
  const listed = o.listOfFiles ? await sortedList(join(shards[0].dir, SORTED_LIST)) : undefined;
  const result = await reconcile(filtered(listedSource(source, listed, true), keep), filtered(listedDestination(destination, listed, source.namePrefix), keepDestination), options);
  if (!result.ok) ctx.fileLog('error', `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
  return { reconciliation: result };
}

function rowOf(s: ShardFolder): ShardRow {
  const r = s.report;
  return {
    index: s.index,
    count: s.count,
    jobId: s.jobId,
    status: r?.status ?? 'Interrupted',
    files: r?.counts.total ?? 0,
    transferred: r?.counts.transferred ?? 0,
    failed: r?.counts.failed ?? 0,
    bytes: r?.counts.bytes ?? 0,
    durationMs: r?.durationMs ?? 0,
    retries: r?.retries ?? 0,
    deferredDeletions: r?.shardPlan?.deferredDeletions.count ?? 0,
    runner: r?.shardPlan?.runner.name ?? '',
  };
}

/** The job's counts are the shards' added up: the report covers the whole job. */
function sumShards(ctx: JobContext, shards: ShardFolder[]): void {
  const c = ctx.counts;
  let retries = 0;
  for (const s of shards) {
    const r = s.report;
    if (!r) continue;
    c.total += r.counts.total;
    c.transferred += r.counts.transferred;
    c.skipped += r.counts.skipped;
    c.failed += r.counts.failed;
    c.bytes += r.counts.bytes;
    if (r.counts.keptNewerAtDestination !== undefined) c.keptNewerAtDestination = (c.keptNewerAtDestination ?? 0) + r.counts.keptNewerAtDestination;
    if (r.counts.overwroteNewerAtDestination !== undefined) c.overwroteNewerAtDestination = (c.overwroteNewerAtDestination ?? 0) + r.counts.overwroteNewerAtDestination;
    ctx.scanned.source += r.shardPlan?.sourceScanned ?? r.scanned.source;
    ctx.scanned.destination += r.shardPlan?.destinationScanned ?? r.scanned.destination;
    retries += r.retries;
    const room = (list: unknown[]) => Math.max(0, REPORT_LIST_CAP - list.length);
    ctx.failures.push(...r.failures.slice(0, room(ctx.failures)));
    ctx.skipped.push(...r.skipped.slice(0, room(ctx.skipped)));
    ctx.keptNewer.push(...(r.keptNewerAtDestination ?? []).slice(0, room(ctx.keptNewer)));
    ctx.overwroteNewer.push(...(r.overwroteNewerAtDestination ?? []).slice(0, room(ctx.overwroteNewer)));
    if (r.verification) {
      ctx.verification.endToEnd += r.verification.endToEnd;
      ctx.verification.inTransit += r.verification.inTransit;
      ctx.verification.none += r.verification.none;
    }
    for (const w of r.warnings.slice(0, 20)) ctx.warn(`shard ${s.index}/${s.count}: ${w}`);
  }
  // The shards' retries, as one more counter beside the merge's own sides.
  ctx.retriesFrom([{ stats: { retries } }]);
}

/** The shards' transfer lines, so the job's one journal says what happened to every object. */
async function copyJournals(ctx: JobContext, shards: ShardFolder[]): Promise<void> {
  for (const s of shards) {
    for await (const rec of readJsonLines<TransferRecord>(join(s.dir, 'transfers.jsonl'))) ctx.record(rec);
  }
}

async function* deletionsOf(shards: ShardFolder[]): AsyncGenerator<Entry> {
  for (const s of shards) yield* readJsonLines<Entry>(join(s.dir, 'deletions.jsonl'));
}

/**
 * Before any deletion: each shard's list holds what its report says, and
 * only names of its own shard. A list cut short, or one from another
 * split, is refused rather than half carried out.
 */
async function checkDeletionLists(shards: ShardFolder[], count: number): Promise<void> {
  for (const s of shards) {
    const expected = s.report!.shardPlan!.deferredDeletions.count;
    let n = 0;
    if (expected > 0) {
      for await (const e of readJsonLines<Entry>(join(s.dir, 'deletions.jsonl'))) {
        if (typeof e?.name !== 'string' || shardOf(e.name, count) !== s.index) {
          throw new GuardError(`${join(s.dir, 'deletions.jsonl')} holds "${String(e?.name)}", which is not of shard ${s.index}/${count}; nothing was deleted`);
        }
        n++;
      }
    }
    if (n !== expected) throw new GuardError(`${join(s.dir, 'deletions.jsonl')} holds ${n} deletion(s), its report says ${expected}: the folder is incomplete; nothing was deleted`);
  }
}

/** Every shard walks the whole source, so each saw the same unfollowed links: one list of them. */
function linksOf(shards: ShardFolder[]): Array<{ name: string; path: string }> {
  const seen = new Map<string, { name: string; path: string }>();
  for (const s of shards) for (const l of s.report?.shardPlan?.unfollowedLinks ?? []) seen.set(l.name, l);
  return [...seen.values()];
}
