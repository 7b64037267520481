// Opens the storage sides of a job and checks what can be checked before
// anything is written: credentials offline first, then one request per
// side, in the same order for every backend. The only place in job/ that
// opens sides.
import { openSide } from '../storage/backends.ts';
import { isContainerSide, type ContainerSide, type DestinationScope, type Permission, type ScopeEvents, type ScopeRules, type Side, type SideAccess, type SourceScope } from '../storage/side.ts';
import { UsageError } from '../contract/errors.ts';
import type { JobHooks } from './types.ts';
import type { JobContext } from './context.ts';

export interface TransferSides {
  source: Side;
  destination: Side;
  sourceScope: SourceScope;
  destinationScope: DestinationScope;
}

const accessOf = (ctx: JobContext, hooks: JobHooks): SideAccess => ({ auth: ctx.options.auth, credential: hooks.credential });

export async function openTransferSides(ctx: JobContext, hooks: JobHooks): Promise<TransferSides> {
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
  await source.probe();
  await destination.probe();
  const sourceScope = early ?? (await source.sourceScope(rules, sourceEvents(ctx)));
  const destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
  return { source, destination, sourceScope, destinationScope };
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
