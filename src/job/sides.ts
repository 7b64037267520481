// Opens the storage sides of a job and checks what can be checked before
// anything is written: credentials offline first, then one request per
// side, source first, in the same order for every backend (a probe, or the
// first page of the side's listing). The only place in job/ that opens
// sides.
import { openSide } from '../storage/backends.ts';
import { isContainerSide, type ContainerSide, type DestinationScope, type Permission, type ScopeEvents, type ScopeRules, type Side, type SideAccess, type SourceScope } from '../storage/side.ts';
import { UsageError } from '../contract/errors.ts';
import { startNow, type StartedIterable } from '../engine/started.ts';
import type { Entry } from '../engine/types.ts';
import type { JobHooks } from './types.ts';
import type { JobContext } from './context.ts';

export interface TransferSides {
  source: Side;
  destination: Side;
  sourceScope: SourceScope;
  destinationScope: DestinationScope;
  /** The side's listing if it was asked for while the sides were opened, once (the next call gets undefined); its reader must read or release it. */
  takeListing(role: 'source' | 'destination'): AsyncIterable<Entry> | undefined;
  /** Lets go of a listing asked for early that the job never took (it ended first). */
  release(): Promise<void>;
}

/** Which sides the job will list in full (not per listed path): only those are asked for early. */
export interface JobListings {
  source: boolean;
  destination: boolean;
}

const accessOf = (ctx: JobContext, hooks: JobHooks): SideAccess => ({ auth: ctx.options.auth, credential: hooks.credential });

export async function openTransferSides(ctx: JobContext, hooks: JobHooks, lists: JobListings = { source: false, destination: false }): Promise<TransferSides> {
  const o = ctx.options;
  const rules: ScopeRules = { command: o.command as 'copy' | 'sync', recursive: o.recursive, followSymlinks: o.followSymlinks, preserveSymlinks: o.preserveSymlinks };
  const source = openSide(o.source, 'source', accessOf(ctx, hooks));
  const destination = openSide(o.destination!, 'destination', accessOf(ctx, hooks));
  // A local source is checked before any request: a mistyped path fails at
  // once, not after the destination's preflight (which can take seconds of
  // retries when the endpoint is unreachable).
  const early = source.features.remote ? undefined : await source.sourceScope(rules, sourceEvents(ctx));
  await source.connect();
  await destination.connect();
  // Registered before the first request: the counters are live, so retries
  // of the preflight probes (and everything after) are in the report.
  ctx.retriesFrom([source, destination]);
  const writes = !o.dryRun;
  for (const w of source.checkAccess(['read', 'list'])) ctx.warn(w);
  const needs: Permission[] = ['list', ...(writes ? ['write' as const] : []), ...(o.deleteDestination && writes ? ['delete' as const] : [])];
  for (const w of destination.checkAccess(needs)) ctx.warn(w);
  const started: Partial<Record<'source' | 'destination', StartedIterable<Entry>>> = {};
  const release = () => Promise.all(Object.values(started).map((l) => l.close())).then(() => {});
  try {
    // Each listing the job will read is asked for as soon as its side is
    // proven, and a side whose listing proves it is proven by that listing's
    // first page, not by a probe before it. A local source's walk starts at
    // once and reads ahead while the destination answers.
    let sourceScope = early;
    if (early) {
      if (lists.source) started.source = startNow(afterThisTurn(early.list()), { readAhead: LOCAL_READ_AHEAD });
    } else if (lists.source && source.listingProves?.()) {
      sourceScope = await source.sourceScope(rules, sourceEvents(ctx));
      started.source = await provenBy(source, sourceScope.list());
    } else await source.probe();
    let destinationScope: DestinationScope;
    if (lists.destination && sourceScope && !sourceScope.single && destination.listingProves?.()) {
      destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
      started.destination = await provenBy(destination, destinationScope.list());
    } else {
      await destination.probe();
      sourceScope ??= await source.sourceScope(rules, sourceEvents(ctx));
      destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
    }
    const takeListing = (role: 'source' | 'destination') => {
      const listing = started[role];
      delete started[role];
      return listing;
    };
    return { source, destination, sourceScope, destinationScope, takeListing, release };
  } catch (err) {
    void release();
    throw err;
  }
}

/** Entries of a local source walked before the planner reads them: one listing page's worth (~1–2 MB held). */
const LOCAL_READ_AHEAD = 5000;

/**
 * The walk of a local tree runs its file-system calls inline while they are
 * fast; waiting one turn of the event loop first lets the destination's
 * request, asked for right after, go out before the walk takes the thread.
 */
async function* afterThisTurn<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  await new Promise((resolve) => setImmediate(resolve));
  yield* items;
}

/** A listing asked for now whose first answer is the side's preflight: its failure is explained as a probe's would be. */
export async function provenBy(side: Side, listing: AsyncIterable<Entry>): Promise<StartedIterable<Entry>> {
  const started = startNow(listing);
  try {
    await started.answered();
  } catch (err) {
    // Only remote sides (container sides) have a listing that proves them.
    throw isContainerSide(side) ? side.preflightError(err) : err;
  }
  return started;
}

/** The target of list, make or remove. Offline: make checks its path before any auth. */
export function targetSide(ctx: JobContext, hooks: JobHooks): ContainerSide {
  const side = openSide(ctx.options.source, 'target', accessOf(ctx, hooks));
  // parseJobOptions already refuses a local target, so this does not happen.
  if (!isContainerSide(side)) throw new UsageError(`${ctx.options.command} works on a container URL, not "${ctx.options.source.display}"`);
  return side;
}

/** Connects the target and checks its credentials offline for what the command will do. */
export async function connectTarget(ctx: JobContext, side: ContainerSide, needs: Permission[]): Promise<void> {
  await side.connect();
  ctx.retriesFrom([side]);
  for (const w of side.checkAccess(needs)) ctx.warn(w);
}

export function sourceEvents(ctx: JobContext): ScopeEvents {
  return {
    onProblem: (p) => {
      ctx.enumerationProblems.push(p);
      ctx.warn(`could not read ${p.path}: ${p.error}`);
    },
    onSkip: (path, reason) => ctx.log('info', `left out ${path}: ${reason}`),
    onUnfollowedLink: (name, path) => ctx.unfollowedLinks.push({ name, path }),
  };
}

function destinationEvents(ctx: JobContext): ScopeEvents {
  return { onProblem: (p) => ctx.warn(`could not read destination ${p.path}: ${p.error}`), onSkip: () => {} };
}
