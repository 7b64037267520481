// Opens the storage sides of a job and checks what can be checked before
// anything is written: credentials offline first, then one request per side.
// The only place in job/ that opens sides.
import { openBlobSide, type BlobConnection } from '../storage/blob/client.ts';
import type { BlobLocation } from '../storage/blob/location.ts';
import type { LocalLocation } from '../contract/location.ts';
import type { JobHooks } from './types.ts';
import type { JobContext } from './context.ts';
import { localSourceScope, blobSourceScope, localDestinationScope, blobDestinationScope, type SourceScope, type DestinationScope, type ScopeEvents } from './scope.ts';
import { checkSas } from '../auth/sas.ts';
import { probeContainer } from '../storage/blob/objects.ts';

/** A SAS's offline checks (expiry, sp= letters); other credentials have none. */
function sasWarnings(side: BlobConnection, role: 'source' | 'destination' | 'target', needed: string): string[] {
  return side.auth.kind === 'sas' ? checkSas(side.auth.sas, role, needed) : [];
}

/** Opens the blob sides of a job and checks what can be checked before writing. */
export async function openSides(ctx: JobContext, hooks: JobHooks): Promise<{ source?: BlobConnection; destination?: BlobConnection }> {
  const o = ctx.options;
  const sides: { source?: BlobConnection; destination?: BlobConnection } = {};
  if (o.source.kind === 'blob') sides.source = await openBlobSide(o.source as BlobLocation, o.auth, hooks.credential);
  if (o.destination?.kind === 'blob') sides.destination = await openBlobSide(o.destination as BlobLocation, o.auth, hooks.credential);
  // Registered before the first request: the counters are live, so retries
  // of the preflight probes (and everything after) are in the report.
  ctx.retriesFrom(sides);
  const writes = !o.dryRun;
  if (sides.source) {
    for (const w of sasWarnings(sides.source, o.destination ? 'source' : 'target', o.command === 'remove' && writes ? 'rld' : 'rl')) ctx.warn(w);
  }
  if (sides.destination) {
    const needed = `l${writes ? 'w' : ''}${o.deleteDestination && writes ? 'd' : ''}`;
    for (const w of sasWarnings(sides.destination, 'destination', needed)) ctx.warn(w);
  }
  if (sides.source) await probeContainer(sides.source, o.destination ? 'source' : 'target');
  if (sides.destination) await probeContainer(sides.destination, 'destination');
  return sides;
}

/** The target of list, make or remove, with its SAS checked for `needed` (sp= letters). */
export async function openTarget(ctx: JobContext, hooks: JobHooks, needed: string): Promise<BlobConnection> {
  const side = await openBlobSide(ctx.options.source as BlobLocation, ctx.options.auth, hooks.credential);
  ctx.retriesFrom({ source: side });
  for (const w of sasWarnings(side, 'target', needed)) ctx.warn(w);
  return side;
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

/** A local source is checked before any request: a mistyped path fails at
 *  once, not after the destination's preflight (which can take seconds of
 *  retries when the endpoint is unreachable). */
export async function localSourceFirst(ctx: JobContext): Promise<SourceScope | undefined> {
  const o = ctx.options;
  return o.source.kind === 'local' ? localSourceScope(o.source as LocalLocation, o.command as 'copy' | 'sync', o.recursive, sourceEvents(ctx), { follow: o.followSymlinks, preserve: o.preserveSymlinks }) : undefined;
}

export async function scopesFor(ctx: JobContext, sides: { source?: BlobConnection; destination?: BlobConnection }, localSource: SourceScope | undefined): Promise<{ source: SourceScope; destination: DestinationScope }> {
  const o = ctx.options;
  const source = localSource ?? (await blobSourceScope(sides.source!, o.command as 'copy' | 'sync', o.recursive, sourceEvents(ctx)));
  const destEv: ScopeEvents = { onProblem: (p) => ctx.warn(`could not read destination ${p.path}: ${p.error}`), onSkip: () => {} };
  const destination =
    o.destination!.kind === 'local'
      ? await localDestinationScope(o.destination as LocalLocation, source, o.recursive, destEv, o.preserveSymlinks)
      : await blobDestinationScope(sides.destination!, source, o.recursive);
  return { source, destination };
}
