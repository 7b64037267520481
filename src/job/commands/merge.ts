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
import { sortedList, SORTED_LIST, type ListOfFiles } from '../list-of-files.ts';
import { keepListed } from '../../engine/listed.ts';
import { compareUtf8 } from '../../engine/order.ts';
import { printable } from '../printable.ts';
import { listedSource, listedDestination } from '../listed-scope.ts';
import type { ObjectProperties } from '../../storage/side.ts';
import { sameEtag } from '../../storage/etag.ts';
import { DestinationChangedError } from '../../storage/errors.ts';

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

  // --list-of-files: the list the shards sorted, checked against the digest their reports name.
  const listed = o.listOfFiles ? await shardList(shards) : undefined;
  if (deferred > 0) {
    await checkDeletionLists(shards, count, inJobScope(o, source, destination, listed));
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
    const clash = sides.destination.features.caseInsensitiveNames ? await writtenUnderAnotherCase(shards) : new Set<string>();
    // Only the name is taken from the shard's list: the destination says
    // again where that name is and what it holds (a stored blobName,
    // fullName or absPath could point anywhere).
    const inScope = scopeFilter(o, source.namePrefix);
    const removeByName = async (stored: Entry) => {
      if (clash.has(stored.name)) {
        return ctx.failed(stored.name, stored.size, 'delete', new Error(`refused: a shard wrote a name differing from "${stored.name}" only by case, and on this destination they are one file; deleting it would delete what was written`));
      }
      const where = destination.locate(stored.name);
      if (!('target' in where)) return ctx.failed(stored.name, stored.size, 'delete', new Error(`refused: ${where.reason}`));
      const current = await sides.destination.stat(where.target, stored.name);
      if (!current) return ctx.log('info', `${stored.name}: already gone from the destination`);
      // The filters again, on what is there now: --include-after/--include-before judge its real time, not the stored one.
      if (!inScope(current)) return ctx.failed(stored.name, stored.size, 'delete', new Error("refused: what the destination holds under this name is left out by the job's filters"));
      // The shard judged the version it listed; one written since (by a
      // deploy between the shards and the merge, say) was never judged.
      if (changedSince(sides.destination.properties(stored), sides.destination.properties(current))) {
        return ctx.failed(stored.name, stored.size, 'delete', new DestinationChangedError('refused: the destination object was written again after its shard listed it; it was not deleted. Run the job again to judge the new version'));
      }
      await runner.remove(current);
    };
    await runDeletions(ctx, links.others(deletionsOf(shards)), removeByName, signal);
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

/** Whether the object now at a name is another version than the one listed:
 *  by ETag where both have one, else by size and time (local files). */
function changedSince(listed: ObjectProperties, now: ObjectProperties): boolean {
  if (listed.etag && now.etag) return !sameEtag(listed.etag, now.etag);
  return listed.size !== now.size || listed.lastModifiedMs !== now.lastModifiedMs;
}

async function* deletionsOf(shards: ShardFolder[]): AsyncGenerator<Entry> {
  for (const s of shards) yield* readJsonLines<Entry>(join(s.dir, 'deletions.jsonl'));
}

/** The shards' sorted list of files, refused unless it is the list their reports name (an edited list would narrow the proof). */
async function shardList(shards: ShardFolder[]): Promise<ListOfFiles> {
  const list = await sortedList(join(shards[0].dir, SORTED_LIST));
  const named = shards.map((s) => s.report?.listOfFiles?.digest).find(Boolean);
  if (!named || list.digest !== named) {
    throw new GuardError(`${list.path} is not the list of files the shards read (its digest differs from their reports'); nothing was deleted and nothing reconciled`);
  }
  return list;
}

/** A name segment no planned name has: the job's names are relative, '/'-separated, and never climb. */
const badSegment = (name: string) => name === '' || name.startsWith('/') || name.split('/').some((seg) => seg === '.' || seg === '..');

/**
 * Whether a name written down by a shard is one this job could plan to
 * delete: a plain relative name the destination can place, inside the
 * source's wildcard, past the job's filters, and (with --list-of-files)
 * listed. A shard folder comes from a CI artifact; the merge believes none
 * of it that it can check. undefined: in scope; otherwise why not.
 */
type ScopeCheck = { name(e: Entry): string | undefined; listed?: ListOfFiles; namePrefix: string };

function inJobScope(o: JobContext['options'], source: { namePrefix: string; selects?: (n: string) => boolean }, destination: { locate(n: string): { target: string } | { reason: string } }, listed: ListOfFiles | undefined): ScopeCheck {
  const keep = scopeFilter(o, source.namePrefix);
  return {
    namePrefix: source.namePrefix,
    listed,
    name(e) {
      if (badSegment(e.name)) return 'not a name any job plans';
      if (!e.name.startsWith(source.namePrefix)) return `outside the source's folder "${source.namePrefix}"`;
      if (source.selects && !source.selects(e.name)) return "outside the source's wildcard";
      if (!keep(e)) return "left out by the job's filters";
      const where = destination.locate(e.name);
      if (!('target' in where)) return where.reason;
      return undefined;
    },
  };
}

/**
 * Before any deletion: each shard's list holds what its report says, only
 * names of its own shard, ascending as planned, and only names of the
 * job's own scope. A list cut short, one from another split, or one with
 * a name the job would never delete is refused rather than half carried out.
 */
async function checkDeletionLists(shards: ShardFolder[], count: number, scope: ScopeCheck): Promise<void> {
  for (const s of shards) {
    const path = join(s.dir, 'deletions.jsonl');
    const expected = s.report!.shardPlan!.deferredDeletions.count;
    let n = 0;
    let last: string | undefined;
    if (expected > 0) {
      for await (const e of readJsonLines<Entry>(path)) {
        if (typeof e?.name !== 'string' || shardOf(e.name, count) !== s.index) {
          throw new GuardError(`${path} holds "${printable(String(e?.name))}", which is not of shard ${s.index}/${count}; nothing was deleted`);
        }
        const why = scope.name(e);
        if (why) throw new GuardError(`${path} holds "${printable(e.name)}", which is not in the job's scope (${why}); nothing was deleted`);
        if (last !== undefined && compareUtf8(last, e.name) >= 0) throw new GuardError(`${path} is not in the order azcp writes it ("${printable(e.name)}" after "${printable(last)}"); nothing was deleted`);
        last = e.name;
        n++;
      }
    }
    if (n !== expected) throw new GuardError(`${path} holds ${n} deletion(s), its report says ${expected}: the folder is incomplete; nothing was deleted`);
    if (n && scope.listed) {
      let kept = 0;
      for await (const _ of keepListed(readJsonLines<Entry>(path), scope.listed.paths(), scope.namePrefix)) kept++;
      if (kept !== n) throw new GuardError(`${path} holds ${n - kept} name(s) the list of files does not name, which is not in the job's scope; nothing was deleted`);
    }
  }
}

/**
 * A destination whose names ignore case (Azure Files): the deferred
 * deletions whose names are, there, one file with a name a shard wrote (a
 * source folder renamed Dir -> dir: dir/x.txt written, Dir/x.txt "extra").
 * The shards' journals say what they wrote; only the deletions' names are
 * held in memory.
 */
async function writtenUnderAnotherCase(shards: ShardFolder[]): Promise<Set<string>> {
  const fold = (n: string) => n.toUpperCase();
  const byFold = new Map<string, string>();
  for await (const e of deletionsOf(shards)) byFold.set(fold(e.name), e.name);
  const clash = new Set<string>();
  if (!byFold.size) return clash;
  for (const s of shards) {
    for await (const rec of readJsonLines<TransferRecord>(join(s.dir, 'transfers.jsonl'))) {
      if (typeof rec?.path !== 'string' || rec.action === 'delete') continue;
      const d = byFold.get(fold(rec.path));
      if (d !== undefined && d !== rec.path) clash.add(d);
    }
  }
  return clash;
}

/** Every shard walks the whole source, so each saw the same unfollowed links: one list of them. */
function linksOf(shards: ShardFolder[]): Array<{ name: string; path: string }> {
  const seen = new Map<string, { name: string; path: string }>();
  for (const s of shards) for (const l of s.report?.shardPlan?.unfollowedLinks ?? []) seen.set(l.name, l);
  return [...seen.values()];
}
